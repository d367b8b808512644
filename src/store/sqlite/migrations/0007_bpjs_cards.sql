-- Registration with BPJS (DESIGN.md §2 step 4): batches sent as files, each worker's row as sent
-- and BPJS's answer to it, and the response files that changed something. Member cards (step 5):
-- card batches and cards with their unguessable verification token and who/when per state.
CREATE TABLE pendaftaran_bpjs (
  id       INTEGER PRIMARY KEY,
  dibuat   TEXT NOT NULL,
  pelaku   TEXT NOT NULL,
  wilayah  TEXT NOT NULL DEFAULT ''  -- the area the batch was made for ('' = all)
);

CREATE TABLE pendaftaran_bpjs_pekerja (
  pendaftaran_id   INTEGER NOT NULL REFERENCES pendaftaran_bpjs (id),
  pekerja_id       INTEGER NOT NULL REFERENCES pekerja (id),
  nik              TEXT NOT NULL,  -- as sent: BPJS answers by NIK even if the record is corrected later
  baris            TEXT NOT NULL,  -- JSON array: the row exactly as exported
  status           TEXT NOT NULL DEFAULT 'dikirim' CHECK (status IN ('dikirim', 'diterima', 'ditolak')),
  kpj              TEXT NOT NULL DEFAULT '',
  tanggal_efektif  TEXT NOT NULL DEFAULT '',
  alasan           TEXT NOT NULL DEFAULT '',
  dijawab          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (pendaftaran_id, pekerja_id)
);
CREATE INDEX pendaftaran_bpjs_pekerja_pekerja ON pendaftaran_bpjs_pekerja (pekerja_id);
CREATE INDEX pendaftaran_bpjs_pekerja_nik ON pendaftaran_bpjs_pekerja (nik);

CREATE TABLE jawaban_bpjs (
  id              INTEGER PRIMARY KEY,
  pendaftaran_id  INTEGER NOT NULL REFERENCES pendaftaran_bpjs (id),
  waktu           TEXT NOT NULL,
  pelaku          TEXT NOT NULL,
  nama_berkas     TEXT NOT NULL,
  baris           INTEGER NOT NULL,
  diterima        INTEGER NOT NULL,
  ditolak         INTEGER NOT NULL,
  tidak_berubah   INTEGER NOT NULL,
  galat           INTEGER NOT NULL
);

-- One member number, one worker.
CREATE UNIQUE INDEX pekerja_kpj ON pekerja (kpj) WHERE kpj <> '';

CREATE TABLE kartu_batch (
  id              INTEGER PRIMARY KEY,
  dibuat          TEXT NOT NULL,
  pelaku          TEXT NOT NULL,
  wilayah         TEXT NOT NULL DEFAULT '',
  pendaftaran_id  INTEGER REFERENCES pendaftaran_bpjs (id)
);

CREATE TABLE kartu (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES kartu_batch (id),
  pekerja_id       INTEGER NOT NULL REFERENCES pekerja (id),
  token            TEXT NOT NULL UNIQUE,
  status           TEXT NOT NULL DEFAULT 'diminta' CHECK (status IN ('diminta', 'dicetak', 'diserahkan')),
  diminta_oleh     TEXT NOT NULL,
  diminta_pada     TEXT NOT NULL,
  dicetak_oleh     TEXT NOT NULL DEFAULT '',
  dicetak_pada     TEXT NOT NULL DEFAULT '',
  diserahkan_oleh  TEXT NOT NULL DEFAULT '',
  diserahkan_pada  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX kartu_batch_id ON kartu (batch_id);
CREATE INDEX kartu_pekerja ON kartu (pekerja_id);
