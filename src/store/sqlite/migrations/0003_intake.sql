-- Intake and verification (issue #3): who recorded each worker (maker-checker), imports of the
-- template with their row problems, the "same person, other NIK" review queue, the kelurahan's
-- decisions, and the active-member files BPJS sends.
ALTER TABLE pekerja ADD COLUMN dicatat_oleh TEXT NOT NULL DEFAULT '';

-- The duplicate search compares people born on the same day; the index alone says which of them
-- share the kelurahan or have a near NIK, so only those rows are read.
CREATE INDEX pekerja_tanggal_lahir ON pekerja (tanggal_lahir, kode_kelurahan, nik);

CREATE TABLE impor (
  id           INTEGER PRIMARY KEY,
  waktu        TEXT NOT NULL,
  pelaku       TEXT NOT NULL,
  wilayah      TEXT NOT NULL DEFAULT '',
  nama_berkas  TEXT NOT NULL,
  format       TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  ukuran       INTEGER NOT NULL CHECK (ukuran >= 0),
  baris        INTEGER NOT NULL,
  dibuat       INTEGER NOT NULL,
  diperbarui   INTEGER NOT NULL,
  tetap        INTEGER NOT NULL,
  ditolak      INTEGER NOT NULL,
  duplikat     INTEGER NOT NULL,
  peringatan   INTEGER NOT NULL
);
CREATE INDEX impor_wilayah ON impor (wilayah, id);

CREATE TABLE impor_masalah (
  impor_id  INTEGER NOT NULL REFERENCES impor (id),
  urutan    INTEGER NOT NULL,
  baris     INTEGER NOT NULL,
  kolom     TEXT NOT NULL,
  kode      TEXT NOT NULL,
  pesan     TEXT NOT NULL,
  tingkat   TEXT NOT NULL CHECK (tingkat IN ('galat', 'peringatan')),
  PRIMARY KEY (impor_id, urutan)
) WITHOUT ROWID;

-- A pair is stored once (pekerja_a < pekerja_b) and never deleted: a dismissed pair stays
-- dismissed when a later import or scan finds it again.
CREATE TABLE duplikat (
  id               INTEGER PRIMARY KEY,
  pekerja_a        INTEGER NOT NULL REFERENCES pekerja (id),
  pekerja_b        INTEGER NOT NULL REFERENCES pekerja (id),
  skor             REAL NOT NULL CHECK (skor >= 0 AND skor <= 1),
  alasan           TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'menunggu' CHECK (status IN ('menunggu', 'digabung', 'bukan_duplikat')),
  sumber           TEXT NOT NULL,
  dibuat           TEXT NOT NULL,
  diputuskan_oleh  TEXT NOT NULL DEFAULT '',
  diputuskan_pada  TEXT NOT NULL DEFAULT '',
  catatan          TEXT NOT NULL DEFAULT '',
  pekerja_tetap    INTEGER REFERENCES pekerja (id),
  CHECK (pekerja_a < pekerja_b),
  UNIQUE (pekerja_a, pekerja_b)
);
CREATE INDEX duplikat_status ON duplikat (status, id);
CREATE INDEX duplikat_b ON duplikat (pekerja_b);

CREATE TABLE keputusan_verifikasi (
  id          INTEGER PRIMARY KEY,
  pekerja_id  INTEGER NOT NULL REFERENCES pekerja (id),
  keputusan   TEXT NOT NULL CHECK (keputusan IN ('diverifikasi', 'ditolak')),
  alasan      TEXT NOT NULL DEFAULT '',
  oleh        TEXT NOT NULL,
  waktu       TEXT NOT NULL
);
CREATE INDEX keputusan_pekerja ON keputusan_verifikasi (pekerja_id);
CREATE TRIGGER keputusan_no_update BEFORE UPDATE ON keputusan_verifikasi
BEGIN SELECT RAISE(ABORT, 'keputusan_verifikasi is append-only'); END;
CREATE TRIGGER keputusan_no_delete BEFORE DELETE ON keputusan_verifikasi
BEGIN SELECT RAISE(ABORT, 'keputusan_verifikasi is append-only'); END;

-- BPJS's files of active members (any segment, any payer); the members of the latest file.
CREATE TABLE bpjs_berkas_aktif (
  id           INTEGER PRIMARY KEY,
  waktu        TEXT NOT NULL,
  pelaku       TEXT NOT NULL,
  nama_berkas  TEXT NOT NULL,
  baris        INTEGER NOT NULL,
  diterima     INTEGER NOT NULL,
  ditolak      INTEGER NOT NULL,
  cocok        INTEGER NOT NULL
);

CREATE TABLE bpjs_peserta_aktif (
  nik        TEXT PRIMARY KEY CHECK (length(nik) = 16),
  kpj        TEXT NOT NULL,
  segmen     TEXT NOT NULL CHECK (segmen IN ('PU', 'BPU')),
  pembayar   TEXT NOT NULL DEFAULT '',
  berkas_id  INTEGER NOT NULL REFERENCES bpjs_berkas_aktif (id)
) WITHOUT ROWID;
