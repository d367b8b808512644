-- PostgreSQL dialect of src/store/sqlite/migrations/0011_status_summary.sql.
-- Scale (issue 8): the coverage dashboard's counts per status, kept per RT and per kelurahan by
-- triggers on pekerja, in the same transaction as every write that moves a worker or changes a
-- status. Statement-level triggers with transition tables: a COPY of a million workers
-- aggregates its rows once per statement instead of running an upsert per row.
CREATE TABLE ringkasan_rt (
  kode_kelurahan  TEXT COLLATE "C" NOT NULL,
  rt              INTEGER NOT NULL,
  status          TEXT COLLATE "C" NOT NULL,
  jumlah          BIGINT NOT NULL,
  PRIMARY KEY (kode_kelurahan, rt, status)
);

CREATE TABLE ringkasan_kelurahan (
  kode_kelurahan  TEXT COLLATE "C" NOT NULL,
  status          TEXT COLLATE "C" NOT NULL,
  jumlah          BIGINT NOT NULL,
  PRIMARY KEY (kode_kelurahan, status)
);

INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah)
  SELECT kode_kelurahan, rt, status, count(*) FROM pekerja GROUP BY kode_kelurahan, rt, status;
INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah)
  SELECT kode_kelurahan, status, count(*) FROM pekerja GROUP BY kode_kelurahan, status;

-- The rows a statement added (+1) and removed (-1), summed per key, added to both summaries in
-- one statement; keys whose sum is 0 (an update that moved nobody) are left alone. Summed first:
-- one upsert may touch a key only once.
CREATE FUNCTION ringkasan_ubah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH selisih AS (SELECT kode_kelurahan, rt, status, count(*) AS d FROM baru GROUP BY 1, 2, 3),
    per_rt AS (
      INSERT INTO ringkasan_rt AS r (kode_kelurahan, rt, status, jumlah) SELECT * FROM selisih
      ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah RETURNING 1)
    INSERT INTO ringkasan_kelurahan AS r (kode_kelurahan, status, jumlah)
      SELECT kode_kelurahan, status, sum(d) FROM selisih GROUP BY 1, 2
      ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH selisih AS (
      SELECT kode_kelurahan, rt, status, sum(d) AS d FROM (
        SELECT kode_kelurahan, rt, status, 1 AS d FROM baru
        UNION ALL SELECT kode_kelurahan, rt, status, -1 FROM lama) x
      GROUP BY 1, 2, 3 HAVING sum(d) <> 0),
    per_rt AS (
      INSERT INTO ringkasan_rt AS r (kode_kelurahan, rt, status, jumlah) SELECT * FROM selisih
      ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah RETURNING 1)
    INSERT INTO ringkasan_kelurahan AS r (kode_kelurahan, status, jumlah)
      SELECT kode_kelurahan, status, sum(d) FROM selisih GROUP BY 1, 2
      ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah;
  ELSE
    WITH selisih AS (SELECT kode_kelurahan, rt, status, -count(*) AS d FROM lama GROUP BY 1, 2, 3),
    per_rt AS (
      INSERT INTO ringkasan_rt AS r (kode_kelurahan, rt, status, jumlah) SELECT * FROM selisih
      ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah RETURNING 1)
    INSERT INTO ringkasan_kelurahan AS r (kode_kelurahan, status, jumlah)
      SELECT kode_kelurahan, status, sum(d) FROM selisih GROUP BY 1, 2
      ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = r.jumlah + excluded.jumlah;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER ringkasan_pekerja_baru AFTER INSERT ON pekerja REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION ringkasan_ubah();
CREATE TRIGGER ringkasan_pekerja_ubah AFTER UPDATE ON pekerja REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION ringkasan_ubah();
CREATE TRIGGER ringkasan_pekerja_hapus AFTER DELETE ON pekerja REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION ringkasan_ubah();
