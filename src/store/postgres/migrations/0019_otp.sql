-- PostgreSQL dialect of src/store/sqlite/migrations/0019_otp.sql.
-- Second factor (issue 16 item 8): TOTP (RFC 6238) for admin_kota, auditor and petugas_bpjs.
-- Demo and test accounts are flagged so that they keep logging in with a password alone; a
-- production server refuses to start while an active one exists.
ALTER TABLE pengguna ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- One factor per account: pending (aktif = FALSE) from the start of enrolment until the first
-- code confirms it. langkah_terakhir is the last accepted 30-second step: a code is accepted once.
CREATE TABLE pengguna_otp (
  pengguna_id       BIGINT PRIMARY KEY REFERENCES pengguna (id),
  rahasia           TEXT COLLATE "C" NOT NULL,  -- base32
  aktif             BOOLEAN NOT NULL DEFAULT FALSE,
  langkah_terakhir  BIGINT NOT NULL DEFAULT -1,
  dibuat            TEXT COLLATE "C" NOT NULL
);

-- One-time recovery codes, only their hashes; dipakai is when a code was used ('' = unused).
CREATE TABLE kode_pemulihan (
  pengguna_id  BIGINT NOT NULL REFERENCES pengguna (id),
  hash_kode    TEXT COLLATE "C" NOT NULL,
  dipakai      TEXT COLLATE "C" NOT NULL DEFAULT '',
  PRIMARY KEY (pengguna_id, hash_kode)
);
