-- PostgreSQL dialect of src/store/sqlite/migrations/0015_bpjs_active_area.sql.
-- Area everywhere (issue 16 item 1): BPJS's active-member list is kept per area. A city's upload
-- replaces only its own rows and gates only its own workers. Older rows and files get the
-- uploader's area; the machine operator's uploads stay '' (deployment-wide).
ALTER TABLE bpjs_berkas_aktif ADD COLUMN wilayah TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE bpjs_berkas_aktif f SET wilayah = coalesce(
  (SELECT u.wilayah FROM pengguna u WHERE lower(u.username) = lower(f.pelaku) LIMIT 1), '');

-- The key becomes (area, NIK): two cities' files may both list one NIK.
ALTER TABLE bpjs_peserta_aktif ADD COLUMN wilayah TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE bpjs_peserta_aktif m SET wilayah = f.wilayah FROM bpjs_berkas_aktif f WHERE f.id = m.berkas_id;
ALTER TABLE bpjs_peserta_aktif DROP CONSTRAINT bpjs_peserta_aktif_pkey;
ALTER TABLE bpjs_peserta_aktif ADD PRIMARY KEY (wilayah, nik);
CREATE INDEX bpjs_peserta_aktif_nik ON bpjs_peserta_aktif (nik);
