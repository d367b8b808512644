-- Messages to workers and their heirs (issue 20): the outbox, the edited templates, and the
-- worker's consent to receive messages.
CREATE TABLE pesan (
  id             INTEGER PRIMARY KEY,
  kunci          TEXT NOT NULL UNIQUE,  -- the event's identity and the gateway's idempotency key
  pekerja_id     INTEGER NOT NULL REFERENCES pekerja (id),
  kode_kelurahan TEXT NOT NULL,
  rt             INTEGER NOT NULL,
  penerima       TEXT NOT NULL CHECK (penerima IN ('pekerja', 'ahli_waris')),
  nama_penerima  TEXT NOT NULL DEFAULT '',
  no_hp          TEXT NOT NULL,
  templat        TEXT NOT NULL,
  isi            TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'antre' CHECK (status IN ('antre', 'terkirim', 'gagal')),
  alasan         TEXT NOT NULL DEFAULT '',
  percobaan      INTEGER NOT NULL DEFAULT 0,
  coba_pada      TEXT NOT NULL,
  dibuat         TEXT NOT NULL,
  terkirim_pada  TEXT NOT NULL DEFAULT '',
  id_gateway     TEXT NOT NULL DEFAULT '',
  diubah_oleh    TEXT NOT NULL DEFAULT ''
);
-- The delivery's question: queued and due, oldest first.
CREATE INDEX pesan_antre ON pesan (status, coba_pada, id);
CREATE INDEX pesan_pekerja ON pesan (pekerja_id, id);
CREATE INDEX pesan_wilayah ON pesan (kode_kelurahan, rt, id);

CREATE TABLE templat_pesan (
  kode        TEXT PRIMARY KEY,
  isi         TEXT NOT NULL,
  diubah_oleh TEXT NOT NULL,
  diubah      TEXT NOT NULL
);

-- Consent to messages (UU 27/2022): asked on the form; an import leaves it off (no column in the
-- template, DESIGN.md §6), so an imported worker gets nothing until the form records a yes.
ALTER TABLE pekerja ADD COLUMN setuju_pesan INTEGER NOT NULL DEFAULT 0;
