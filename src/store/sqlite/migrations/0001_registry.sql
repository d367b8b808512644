-- Regions served by this deployment (Kemendagri codes), RTs, the registry of workers and heirs,
-- coverage potential per area, and the append-only audit log.
CREATE TABLE wilayah (
  kode      TEXT PRIMARY KEY,
  tingkat   TEXT NOT NULL CHECK (tingkat IN ('provinsi', 'kota', 'kecamatan', 'kelurahan')),
  nama      TEXT NOT NULL,
  induk     TEXT REFERENCES wilayah (kode),
  kode_bps  TEXT NOT NULL DEFAULT '',
  lat       REAL,
  lng       REAL
);

CREATE TABLE rt (
  kode            TEXT PRIMARY KEY,               -- 15.71.01.1001.007
  kode_kelurahan  TEXT NOT NULL REFERENCES wilayah (kode),
  nomor           INTEGER NOT NULL CHECK (nomor BETWEEN 1 AND 999),
  nama_ketua      TEXT NOT NULL DEFAULT '',
  UNIQUE (kode_kelurahan, nomor)
);

-- Potential workforce and members covered by other BPJS routes, as counts per area, entered by
-- the city or sent by BPJS. An area without its own row sums its children.
CREATE TABLE potensi (
  kode          TEXT PRIMARY KEY,
  potensi       INTEGER NOT NULL CHECK (potensi >= 0),
  peserta_lain  INTEGER NOT NULL CHECK (peserta_lain >= 0),
  sumber        TEXT NOT NULL DEFAULT '',
  diperbarui    TEXT NOT NULL
);

CREATE TABLE pekerja (
  id              INTEGER PRIMARY KEY,
  nik             TEXT NOT NULL UNIQUE CHECK (length(nik) = 16),
  nama            TEXT NOT NULL,
  tanggal_lahir   TEXT NOT NULL,
  jenis_kelamin   TEXT NOT NULL CHECK (jenis_kelamin IN ('L', 'P')),
  kode_kelurahan  TEXT NOT NULL REFERENCES wilayah (kode),
  rt              INTEGER NOT NULL,
  alamat          TEXT NOT NULL DEFAULT '',
  no_hp           TEXT NOT NULL DEFAULT '',
  pekerjaan       TEXT NOT NULL,
  penghasilan     INTEGER NOT NULL CHECK (penghasilan >= 0),
  kategori        TEXT NOT NULL CHECK (kategori IN ('pekerja_rentan', 'petugas_keagamaan', 'ketua_rt')),
  status          TEXT NOT NULL DEFAULT 'didata' CHECK (status IN
                    ('didata', 'diverifikasi', 'ditolak', 'dialokasikan', 'didaftarkan', 'aktif', 'ditolak_bpjs')),
  sumber_dana     TEXT NOT NULL DEFAULT '',
  kpj             TEXT NOT NULL DEFAULT '',
  alasan          TEXT NOT NULL DEFAULT '',
  persetujuan     INTEGER NOT NULL DEFAULT 0,
  dibuat          TEXT NOT NULL,
  diperbarui      TEXT NOT NULL,
  versi           INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (kode_kelurahan, rt) REFERENCES rt (kode_kelurahan, nomor)
);
CREATE INDEX pekerja_wilayah ON pekerja (kode_kelurahan, rt, status);
CREATE INDEX pekerja_nama ON pekerja (nama COLLATE NOCASE);
CREATE INDEX pekerja_status ON pekerja (status, kategori);

CREATE TABLE ahli_waris (
  id             INTEGER PRIMARY KEY,
  pekerja_id     INTEGER NOT NULL REFERENCES pekerja (id),
  urutan         INTEGER NOT NULL,
  nama           TEXT NOT NULL,
  hubungan       TEXT NOT NULL,
  nik            TEXT NOT NULL DEFAULT '',
  tanggal_lahir  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ahli_waris_pekerja ON ahli_waris (pekerja_id);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  waktu      TEXT NOT NULL,
  pelaku     TEXT NOT NULL,
  aksi       TEXT NOT NULL,
  entitas    TEXT NOT NULL,
  entitas_id TEXT NOT NULL,
  perubahan  TEXT NOT NULL    -- JSON: {"field": [old, new], ...}
);
CREATE INDEX audit_entitas ON audit_log (entitas, entitas_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
