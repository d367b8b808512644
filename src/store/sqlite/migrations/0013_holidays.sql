-- Holidays as data (issue 15): the national holidays and cuti bersama of each year's SKB, which
-- every working-day computation counts (claims SLA, Jakon's 14 working days, premium due dates),
-- and per year whether its decree is entered in full. Filled from data/reference on open for the
-- years not yet present; edited by the city admin afterwards (audited).
CREATE TABLE libur (
  tanggal     TEXT PRIMARY KEY,  -- YYYY-MM-DD
  jenis       TEXT NOT NULL CHECK (jenis IN ('libur_nasional', 'cuti_bersama')),
  nama        TEXT NOT NULL,
  dasar       TEXT NOT NULL,
  diubah_oleh TEXT NOT NULL,
  diubah      TEXT NOT NULL
);
CREATE TABLE libur_tahun (
  tahun       INTEGER PRIMARY KEY,
  lengkap     INTEGER NOT NULL DEFAULT 0,
  dasar       TEXT NOT NULL,
  diubah_oleh TEXT NOT NULL,
  diubah      TEXT NOT NULL
);
