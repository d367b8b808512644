-- User accounts with a role and an area, login sessions, and the audit log's hash chain.
CREATE TABLE pengguna (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  nama           TEXT NOT NULL,
  peran          TEXT NOT NULL CHECK (peran IN ('ketua_rt', 'operator_kelurahan', 'operator_kecamatan',
                   'admin_kota', 'petugas_bpjs', 'pemprov', 'auditor')),
  wilayah        TEXT NOT NULL,            -- region or RT code the account is scoped to
  kohort         TEXT NOT NULL DEFAULT '', -- funder code that further limits what it sees
  hash_sandi     TEXT NOT NULL,            -- argon2id, libsodium crypto_pwhash_str
  aktif          INTEGER NOT NULL DEFAULT 1,
  dibuat         TEXT NOT NULL,
  sandi_diganti  TEXT NOT NULL
);

-- Only a hash of the session token is stored: a copy of the database opens no session.
CREATE TABLE sesi (
  hash_token   TEXT PRIMARY KEY,
  pengguna_id  INTEGER NOT NULL REFERENCES pengguna (id),
  csrf         TEXT NOT NULL,
  dibuat       TEXT NOT NULL,
  kedaluwarsa  TEXT NOT NULL
);
CREATE INDEX sesi_pengguna ON sesi (pengguna_id);

-- Each entry carries the hash of the previous one: `lindungi audit verify` finds any edit or
-- deletion. Entries written before this migration start the chain.
ALTER TABLE audit_log ADD COLUMN hash_sebelum TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
