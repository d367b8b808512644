-- Area everywhere (issue 16 item 1): BPJS's active-member list is kept per area. A city's upload
-- replaces only its own rows and gates only its own workers (verification, allocation, the import's
-- warnings look a NIK up with the worker's RT). Rows and files of uploads before this migration get
-- the uploader's area; the machine operator's uploads stay '' (deployment-wide).
ALTER TABLE bpjs_berkas_aktif ADD COLUMN wilayah TEXT NOT NULL DEFAULT '';
UPDATE bpjs_berkas_aktif SET wilayah = coalesce(
  (SELECT u.wilayah FROM pengguna u WHERE lower(u.username) = lower(bpjs_berkas_aktif.pelaku)), '');

-- The key becomes (area, NIK): two cities' files may both list one NIK.
CREATE TABLE bpjs_peserta_aktif_baru (
  wilayah    TEXT NOT NULL DEFAULT '',
  nik        TEXT NOT NULL CHECK (length(nik) = 16),
  kpj        TEXT NOT NULL,
  segmen     TEXT NOT NULL CHECK (segmen IN ('PU', 'BPU')),
  pembayar   TEXT NOT NULL DEFAULT '',
  berkas_id  INTEGER NOT NULL REFERENCES bpjs_berkas_aktif (id),
  PRIMARY KEY (wilayah, nik)
) WITHOUT ROWID;
INSERT INTO bpjs_peserta_aktif_baru (wilayah, nik, kpj, segmen, pembayar, berkas_id)
  SELECT coalesce(f.wilayah, ''), m.nik, m.kpj, m.segmen, m.pembayar, m.berkas_id
  FROM bpjs_peserta_aktif m LEFT JOIN bpjs_berkas_aktif f ON f.id = m.berkas_id;
DROP TABLE bpjs_peserta_aktif;
ALTER TABLE bpjs_peserta_aktif_baru RENAME TO bpjs_peserta_aktif;
CREATE INDEX bpjs_peserta_aktif_nik ON bpjs_peserta_aktif (nik);
