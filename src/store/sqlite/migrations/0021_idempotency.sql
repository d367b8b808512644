-- Idempotency keys (issue 21 item 3): a write sent again with the same Idempotency-Key (a phone
-- resending a draft whose answer it never received) writes nothing and gets the first answer.
-- The row is inserted in the same transaction as the write it guards (store/idempotency_store.hpp),
-- so a crash leaves both or neither; the answer is added right after the commit. Keyed per user:
-- another account's key never collides. `sidik` is the request's fingerprint (method, path and
-- body), so the same key with another request is refused. Rows past `kedaluwarsa` are ignored
-- and deleted by the clean-up (docs/API.md "Idempotency-Key").
CREATE TABLE idempotensi (
  pengguna    TEXT NOT NULL,
  kunci       TEXT NOT NULL,
  sidik       TEXT NOT NULL,
  metode      TEXT NOT NULL,
  rute        TEXT NOT NULL,
  status      INTEGER NOT NULL DEFAULT 0,
  tipe        TEXT NOT NULL DEFAULT '',
  jawaban     TEXT NOT NULL DEFAULT '',
  dibuat      TEXT NOT NULL,
  kedaluwarsa TEXT NOT NULL,
  PRIMARY KEY (pengguna, kunci)
);
CREATE INDEX idempotensi_kedaluwarsa ON idempotensi (kedaluwarsa);
