-- PostgreSQL dialect of src/store/sqlite/migrations/0024_programme_rules.sql.
-- The programme's rules per kab/kota (issue 22 item 4), one row per kab/kota and date it takes
-- effect. (0023 is taken by the message outbox of another branch.)
CREATE TABLE aturan_program (
  wilayah           TEXT COLLATE "C" NOT NULL,
  berlaku_mulai     TEXT COLLATE "C" NOT NULL,
  usia_min          INTEGER NOT NULL,
  usia_maks         INTEGER NOT NULL,
  batas_penghasilan BIGINT NOT NULL,
  dana_rt           BOOLEAN NOT NULL DEFAULT FALSE,
  dana_rt_per_tahun BIGINT NOT NULL DEFAULT 0,
  prioritas_dana    TEXT COLLATE "C" NOT NULL,
  dasar_hukum       TEXT COLLATE "C" NOT NULL,
  diubah_oleh       TEXT COLLATE "C" NOT NULL,
  diubah            TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (wilayah, berlaku_mulai),
  CHECK (usia_min <= usia_maks AND batas_penghasilan > 0 AND dana_rt_per_tahun >= 0)
);
