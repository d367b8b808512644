-- Claims (issue 5): a death or accident recorded on a worker opens a claim case; its documents are
-- files outside the database (path and SHA-256 here); scholarship children and their school years.

-- A recorded death sets the worker's status to 'meninggal'. SQLite cannot ALTER a CHECK
-- constraint, and rebuilding the registry table would rewrite every worker (and clash with other
-- migrations touching it): this only widens the allowed list, which SQLite documents as safe to
-- do by editing the stored schema (lang_altertable.html, "other kinds of table schema changes";
-- existing rows satisfy the wider check). RESET reloads the schema on this connection; the
-- CREATE TABLEs below bump the schema cookie so that other connections reload it too. All of it
-- is inside the migration's transaction.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, '''ditolak_bpjs''', '''ditolak_bpjs'', ''meninggal''')
 WHERE type = 'table' AND name = 'pekerja' AND sql NOT LIKE '%''meninggal''%';
PRAGMA writable_schema = RESET;
CREATE TABLE klaim (
  id                    INTEGER PRIMARY KEY,
  pekerja_id            INTEGER NOT NULL REFERENCES pekerja (id),
  wilayah               TEXT NOT NULL,  -- the worker's RT code when the event was recorded
  sumber_dana           TEXT NOT NULL DEFAULT '',
  jenis_kejadian        TEXT NOT NULL CHECK (jenis_kejadian IN ('meninggal', 'kecelakaan')),
  kecelakaan_kerja      INTEGER NOT NULL DEFAULT 0,
  akibat                TEXT NOT NULL DEFAULT '',
  tanggal_kejadian      TEXT NOT NULL,
  tempat                TEXT NOT NULL DEFAULT '',
  uraian                TEXT NOT NULL DEFAULT '',
  jenis_klaim           TEXT NOT NULL,
  status                TEXT NOT NULL,
  pertanggungan         TEXT NOT NULL,
  alasan_pertanggungan  TEXT NOT NULL DEFAULT '',
  konfirmasi_oleh       TEXT NOT NULL DEFAULT '',
  konfirmasi_pada       TEXT NOT NULL DEFAULT '',
  manfaat               TEXT NOT NULL DEFAULT '{}',  -- the benefit breakdown (JSON)
  manfaat_total         INTEGER NOT NULL DEFAULT 0,
  ahli_waris            TEXT NOT NULL DEFAULT '{}',  -- the proposed heirs with the why (JSON)
  pengembalian          INTEGER NOT NULL DEFAULT 0,  -- refund of months paid after the event month
  bulan_dibatalkan      TEXT NOT NULL DEFAULT '[]',  -- unpaid months removed from the ledger (JSON)
  dokumen_lengkap_pada  TEXT NOT NULL DEFAULT '',
  diajukan_pada         TEXT NOT NULL DEFAULT '',
  keputusan             TEXT NOT NULL DEFAULT '',
  alasan_keputusan      TEXT NOT NULL DEFAULT '',
  diputus_oleh          TEXT NOT NULL DEFAULT '',
  diputus_pada          TEXT NOT NULL DEFAULT '',
  jumlah_disetujui      INTEGER NOT NULL DEFAULT 0,
  dibayar_jumlah        INTEGER NOT NULL DEFAULT 0,
  dibayar_pada          TEXT NOT NULL DEFAULT '',
  referensi             TEXT NOT NULL DEFAULT '',
  dibuat_oleh           TEXT NOT NULL,
  dibuat_pada           TEXT NOT NULL,
  versi                 INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX klaim_pekerja ON klaim (pekerja_id);
CREATE INDEX klaim_wilayah ON klaim (wilayah);
-- A person dies once: the database refuses a second death even if two requests race.
CREATE UNIQUE INDEX klaim_satu_kematian ON klaim (pekerja_id) WHERE jenis_kejadian = 'meninggal';

CREATE TABLE klaim_dokumen (
  id             INTEGER PRIMARY KEY,
  klaim_id       INTEGER NOT NULL REFERENCES klaim (id),
  kode           TEXT NOT NULL,  -- the checklist item
  nama_berkas    TEXT NOT NULL,
  jenis          TEXT NOT NULL,  -- application/pdf | image/jpeg | image/png, from the content
  ukuran         INTEGER NOT NULL,
  sha256         TEXT NOT NULL,
  berkas         TEXT NOT NULL,  -- path relative to the files directory
  diunggah_oleh  TEXT NOT NULL,
  diunggah_pada  TEXT NOT NULL
);
CREATE INDEX klaim_dokumen_klaim ON klaim_dokumen (klaim_id);

CREATE TABLE beasiswa_anak (
  id             INTEGER PRIMARY KEY,
  klaim_id       INTEGER NOT NULL REFERENCES klaim (id),
  nama           TEXT NOT NULL,
  nik            TEXT NOT NULL DEFAULT '',
  tanggal_lahir  TEXT NOT NULL,
  urutan         INTEGER NOT NULL  -- 1 or 2: at most two children
);
CREATE INDEX beasiswa_anak_klaim ON beasiswa_anak (klaim_id);

CREATE TABLE beasiswa_tahun (
  id            INTEGER PRIMARY KEY,
  anak_id       INTEGER NOT NULL REFERENCES beasiswa_anak (id),
  tahun_ajaran  INTEGER NOT NULL,  -- the year the school year starts (July)
  jenjang       TEXT NOT NULL CHECK (jenjang IN ('tk_sd', 'smp', 'sma', 'kuliah')),
  jumlah        INTEGER NOT NULL CHECK (jumlah > 0),
  bukti         TEXT NOT NULL,     -- proof of enrolment (school, letter number)
  dicatat_oleh  TEXT NOT NULL,
  dicatat_pada  TEXT NOT NULL,
  dibayar_pada  TEXT NOT NULL DEFAULT '',
  referensi     TEXT NOT NULL DEFAULT '',
  UNIQUE (anak_id, tahun_ajaran)
);
