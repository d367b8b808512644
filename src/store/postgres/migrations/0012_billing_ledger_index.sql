-- The billing run reads a funder's year worker by worker, month by month (iuran, dibayar,
-- dibayar_pada of 12 million allocations for a million members): with those three in the index
-- the read can be an index-only scan (docs/PERFORMANCE.md, billing run). It replaces the index of
-- 0006 with the same key, which serves every query that one did.
CREATE INDEX alokasi_sumber_pekerja_buku ON alokasi (sumber_dana, tahun, pekerja_id, bulan)
  INCLUDE (iuran, dibayar, dibayar_pada);
DROP INDEX IF EXISTS alokasi_sumber_pekerja;
