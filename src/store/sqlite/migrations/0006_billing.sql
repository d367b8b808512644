-- Invoices (tagihan) per funder per period, their lines (one funded worker-month each, never on
-- two invoices: the allocation is the line's key), and payments recorded against them (one per
-- bank / SP2D reference). alokasi.dibayar and dibayar_pada are written by payments only, so an
-- invoice's dibayar always equals the sum of its lines' dibayar.
CREATE TABLE tagihan (
  id           INTEGER PRIMARY KEY,
  nomor        TEXT NOT NULL UNIQUE,
  sumber_dana  TEXT NOT NULL REFERENCES sumber_dana (kode),
  dari         TEXT NOT NULL,  -- YYYY-MM, first contribution month
  sampai       TEXT NOT NULL,  -- YYYY-MM, last contribution month
  tahun        INTEGER NOT NULL,
  baris        INTEGER NOT NULL DEFAULT 0,
  total        INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
  dibayar      INTEGER NOT NULL DEFAULT 0 CHECK (dibayar >= 0 AND dibayar <= total),
  status       TEXT NOT NULL DEFAULT 'terbit' CHECK (status IN ('terbit', 'sebagian', 'lunas', 'batal')),
  alasan_batal TEXT NOT NULL DEFAULT '',
  pelaku       TEXT NOT NULL,
  dibuat       TEXT NOT NULL
);
CREATE INDEX tagihan_sumber ON tagihan (sumber_dana, tahun);

-- alokasi_id has no REFERENCES clause on purpose: lines are only ever inserted from a SELECT over
-- alokasi, and a foreign-key probe per line would cost a yearly billing run of 12 million lines
-- about a second (bench/billing_bench.sh).
CREATE TABLE tagihan_baris (
  alokasi_id  INTEGER PRIMARY KEY,
  tagihan_id  INTEGER NOT NULL REFERENCES tagihan (id)
);
CREATE INDEX tagihan_baris_tagihan ON tagihan_baris (tagihan_id);

CREATE TABLE pembayaran (
  id          INTEGER PRIMARY KEY,
  tagihan_id  INTEGER NOT NULL REFERENCES tagihan (id),
  referensi   TEXT NOT NULL UNIQUE,
  jumlah      INTEGER NOT NULL CHECK (jumlah > 0),
  tanggal     TEXT NOT NULL,  -- YYYY-MM-DD, when the money was paid
  pelaku      TEXT NOT NULL,
  dibuat      TEXT NOT NULL
);
CREATE INDEX pembayaran_tagihan ON pembayaran (tagihan_id);

-- A funder's year read worker by worker, month by month (arrears, the billing run) without a sort
-- of millions of rows; it also serves everything the (sumber_dana, tahun) index of 0005 did.
CREATE INDEX alokasi_sumber_pekerja ON alokasi (sumber_dana, tahun, pekerja_id, bulan);
DROP INDEX alokasi_sumber;
