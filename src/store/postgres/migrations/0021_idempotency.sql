-- PostgreSQL dialect of src/store/sqlite/migrations/0021_idempotency.sql (which explains the table).
CREATE TABLE idempotensi (
  pengguna    TEXT COLLATE "C" NOT NULL,
  kunci       TEXT COLLATE "C" NOT NULL,
  sidik       TEXT COLLATE "C" NOT NULL,
  metode      TEXT COLLATE "C" NOT NULL,
  rute        TEXT COLLATE "C" NOT NULL,
  status      INTEGER NOT NULL DEFAULT 0,
  tipe        TEXT COLLATE "C" NOT NULL DEFAULT '',
  jawaban     TEXT COLLATE "C" NOT NULL DEFAULT '',
  dibuat      TEXT COLLATE "C" NOT NULL,
  kedaluwarsa TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (pengguna, kunci)
);
CREATE INDEX idempotensi_kedaluwarsa ON idempotensi (kedaluwarsa);
