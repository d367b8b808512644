-- Invoices (tagihan) per funder per period, their lines (one funded worker-month each, never on
-- two invoices), and payments recorded against them (one per bank / SP2D reference).
-- alokasi.dibayar and dibayar_pada are written by payments only, so an invoice's dibayar always
-- equals the sum of its lines' dibayar. Nothing deletes allocations (ids must only grow, below).
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

-- An invoice's lines, month by month: the funder's allocations of that month whose id lies in
-- (id_dari, id_sampai]. Allocation ids only grow, and a new invoice of a month starts where the
-- last live invoice of that month ended (id_dari = its id_sampai) and ends at the newest
-- allocation, so no allocation is on two live invoices, and issuing an invoice writes one row per
-- month instead of one per worker-month (a yearly run for a million members: 12 rows, not 12
-- million; bench/billing_bench.sh). Only the newest invoice of a month may be cancelled; its rows
-- are then deleted, which hands its range back to the next invoice.
CREATE TABLE tagihan_bulan (
  tagihan_id   INTEGER NOT NULL REFERENCES tagihan (id),
  sumber_dana  TEXT NOT NULL,
  bulan        TEXT NOT NULL,  -- YYYY-MM
  id_dari      INTEGER NOT NULL,
  id_sampai    INTEGER NOT NULL CHECK (id_sampai > id_dari),
  PRIMARY KEY (tagihan_id, bulan)
);
CREATE UNIQUE INDEX tagihan_bulan_rentang ON tagihan_bulan (sumber_dana, bulan, id_sampai);

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
-- An invoice month's lines and their total, from the index alone.
CREATE INDEX alokasi_sumber_bulan ON alokasi (sumber_dana, bulan, id, iuran);
