-- Kampung Bahagia construction projects (issue 9): the project with its premium and the BPJS
-- certificate gate, and the workers listed on it by NIK. Rupiah as integers, dates ISO.
CREATE TABLE proyek (
  id               INTEGER PRIMARY KEY,
  jenis            TEXT NOT NULL CHECK (jenis IN ('swakelola', 'kontrak')),
  nama             TEXT NOT NULL,
  kode_kelurahan   TEXT NOT NULL REFERENCES wilayah (kode),
  rt               INTEGER NOT NULL CHECK (rt BETWEEN 1 AND 999),
  nilai            INTEGER NOT NULL CHECK (nilai > 0),
  ppn_termasuk     INTEGER NOT NULL DEFAULT 0,
  ppn_persen       INTEGER NOT NULL DEFAULT 0,
  upah_bulanan     INTEGER NOT NULL DEFAULT 0,
  tanggal_spk      TEXT NOT NULL DEFAULT '',
  rencana_mulai    TEXT NOT NULL DEFAULT '',
  rencana_selesai  TEXT NOT NULL DEFAULT '',
  pelaksana        TEXT NOT NULL DEFAULT '',
  iuran            INTEGER NOT NULL DEFAULT 0 CHECK (iuran >= 0),
  dasar_iuran      TEXT NOT NULL DEFAULT 'nilai_kontrak',
  sumber_aturan    TEXT NOT NULL DEFAULT '',
  tanggal_aturan   TEXT NOT NULL DEFAULT '',
  nomor_sertifikat TEXT NOT NULL DEFAULT '',
  tanggal_bayar    TEXT NOT NULL DEFAULT '',
  jumlah_bayar     INTEGER NOT NULL DEFAULT 0 CHECK (jumlah_bayar >= 0),
  status           TEXT NOT NULL DEFAULT 'direncanakan'
                   CHECK (status IN ('direncanakan', 'bersertifikat', 'dimulai', 'selesai')),
  tanggal_mulai    TEXT NOT NULL DEFAULT '',
  tanggal_selesai  TEXT NOT NULL DEFAULT '',
  versi            INTEGER NOT NULL DEFAULT 1,
  dibuat_oleh      TEXT NOT NULL DEFAULT '',
  dibuat           TEXT NOT NULL,
  diubah           TEXT NOT NULL
);
-- Area scoping and the per-RT report read by kelurahan and RT.
CREATE INDEX proyek_wilayah ON proyek (kode_kelurahan, rt);

CREATE TABLE proyek_pekerja (
  id          INTEGER PRIMARY KEY,  -- lists show NIKs masked, so rows are addressed by id
  proyek_id   INTEGER NOT NULL REFERENCES proyek (id) ON DELETE CASCADE,
  nik         TEXT NOT NULL,
  nama        TEXT NOT NULL,
  peran       TEXT NOT NULL DEFAULT '',
  pekerja_id  INTEGER REFERENCES pekerja (id),
  dibuat      TEXT NOT NULL,
  UNIQUE (proyek_id, nik)
);
CREATE INDEX proyek_pekerja_nik ON proyek_pekerja (nik);
