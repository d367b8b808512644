-- PostgreSQL dialect of src/store/sqlite/migrations/0013_holidays.sql.
-- Holidays as data (issue 15): the national holidays and cuti bersama of each year's SKB, and per
-- year whether its decree is entered in full.
CREATE TABLE libur (
  tanggal     TEXT COLLATE "C" PRIMARY KEY,
  jenis       TEXT COLLATE "C" NOT NULL CHECK (jenis IN ('libur_nasional', 'cuti_bersama')),
  nama        TEXT COLLATE "C" NOT NULL,
  dasar       TEXT COLLATE "C" NOT NULL,
  diubah_oleh TEXT COLLATE "C" NOT NULL,
  diubah      TEXT COLLATE "C" NOT NULL
);
CREATE TABLE libur_tahun (
  tahun       INTEGER PRIMARY KEY,
  lengkap     BOOLEAN NOT NULL DEFAULT FALSE,
  dasar       TEXT COLLATE "C" NOT NULL,
  diubah_oleh TEXT COLLATE "C" NOT NULL,
  diubah      TEXT COLLATE "C" NOT NULL
);
