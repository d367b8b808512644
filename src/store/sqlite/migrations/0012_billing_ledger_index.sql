-- The billing run reads a funder's year worker by worker, month by month (iuran, dibayar,
-- dibayar_pada of 12 million allocations for a million members): with those three in the index
-- the read never looks up a table row (docs/PERFORMANCE.md, billing run). It replaces the
-- index of 0006 with the same leading columns, which serves every query that one did. A payment
-- now also rewrites the line's index entry.
CREATE INDEX alokasi_sumber_pekerja_buku ON alokasi (sumber_dana, tahun, pekerja_id, bulan, iuran, dibayar, dibayar_pada);
DROP INDEX alokasi_sumber_pekerja;
