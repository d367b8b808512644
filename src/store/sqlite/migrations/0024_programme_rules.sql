-- The programme's rules per kab/kota (issue 22 item 4): its income ceiling and age limits, whether
-- its RTs have a fund and its size, and the funders' order of priority, one row per kab/kota and
-- date it takes effect (RULES.md: a new rule gets a new row, the old row keeps governing old
-- periods). A kab/kota without a row follows the shipped rule book (src/core/rules.cpp). Edited by
-- the kab/kota's admin (audited). `prioritas_dana` lists funder kinds, comma-separated, the one
-- that pays first first. (0023 is taken by the message outbox of another branch.)
CREATE TABLE aturan_program (
  wilayah           TEXT NOT NULL,              -- the kab/kota's code, 15.71
  berlaku_mulai     TEXT NOT NULL,              -- YYYY-MM-DD
  usia_min          INTEGER NOT NULL,
  usia_maks         INTEGER NOT NULL,
  batas_penghasilan INTEGER NOT NULL,           -- Rupiah per month
  dana_rt           INTEGER NOT NULL DEFAULT 0, -- whether its RTs have a fund
  dana_rt_per_tahun INTEGER NOT NULL DEFAULT 0, -- Rupiah per RT per year
  prioritas_dana    TEXT NOT NULL,
  dasar_hukum       TEXT NOT NULL,
  diubah_oleh       TEXT NOT NULL,
  diubah            TEXT NOT NULL,
  PRIMARY KEY (wilayah, berlaku_mulai),
  CHECK (usia_min <= usia_maks AND batas_penghasilan > 0 AND dana_rt_per_tahun >= 0)
);
