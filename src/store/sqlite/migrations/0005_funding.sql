-- Funders, their fiscal-year budgets, and the month-by-month allocation ledger: one funder per
-- worker per contribution month, enforced by the database as well as by the rules.
CREATE TABLE sumber_dana (
  kode       TEXT PRIMARY KEY,
  nama       TEXT NOT NULL,
  jenis      TEXT NOT NULL CHECK (jenis IN ('apbd_kota', 'apbd_provinsi', 'dana_kampung_bahagia', 'mandiri', 'donatur')),
  wilayah    TEXT NOT NULL DEFAULT '',
  pekerjaan  TEXT NOT NULL DEFAULT '',  -- occupation codes separated by commas; empty = any
  aktif      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE anggaran (
  sumber_dana  TEXT NOT NULL REFERENCES sumber_dana (kode),
  tahun        INTEGER NOT NULL,
  pagu         INTEGER NOT NULL CHECK (pagu >= 0),
  kuota        INTEGER NOT NULL DEFAULT 0 CHECK (kuota >= 0),
  PRIMARY KEY (sumber_dana, tahun)
);

CREATE TABLE alokasi (
  id            INTEGER PRIMARY KEY,
  pekerja_id    INTEGER NOT NULL REFERENCES pekerja (id),
  sumber_dana   TEXT NOT NULL REFERENCES sumber_dana (kode),
  bulan         TEXT NOT NULL,  -- YYYY-MM, the contribution month
  tahun         INTEGER NOT NULL,
  iuran         INTEGER NOT NULL CHECK (iuran >= 0),
  dibayar       INTEGER NOT NULL DEFAULT 0 CHECK (dibayar >= 0),
  dibayar_pada  TEXT NOT NULL DEFAULT '',
  dibuat        TEXT NOT NULL,
  UNIQUE (pekerja_id, bulan)
);
CREATE INDEX alokasi_sumber ON alokasi (sumber_dana, tahun);
