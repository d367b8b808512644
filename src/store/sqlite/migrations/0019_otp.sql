-- Second factor (issue 16 item 8): TOTP (RFC 6238) for admin_kota, auditor and petugas_bpjs.
-- Demo and test accounts are flagged so that they keep logging in with a password alone; a
-- production server refuses to start while an active one exists.
ALTER TABLE pengguna ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;

-- One factor per account: pending (aktif = 0) from the start of enrolment until the first code
-- confirms it. langkah_terakhir is the last accepted 30-second step: a code is accepted once.
CREATE TABLE pengguna_otp (
  pengguna_id       INTEGER PRIMARY KEY REFERENCES pengguna (id),
  rahasia           TEXT NOT NULL,  -- base32
  aktif             INTEGER NOT NULL DEFAULT 0,
  langkah_terakhir  INTEGER NOT NULL DEFAULT -1,
  dibuat            TEXT NOT NULL
);

-- One-time recovery codes, only their hashes; dipakai is when a code was used ('' = unused).
CREATE TABLE kode_pemulihan (
  pengguna_id  INTEGER NOT NULL REFERENCES pengguna (id),
  hash_kode    TEXT NOT NULL,
  dipakai      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (pengguna_id, hash_kode)
);
