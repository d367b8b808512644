-- PostgreSQL dialect of src/store/sqlite/migrations/0014_audit_area.sql.
-- Area everywhere (issue 16 item 1): each audit entry carries the area (region or RT code) of what
-- it concerns, so that GET /audit shows an actor only the entries of its own area. New entries get
-- it from Session::append_audit (store.cpp's audit_area); this back-fills the older entries by the
-- same rule ('' when it cannot place them: system-wide roles only). The area is not hashed.
ALTER TABLE audit_log ADD COLUMN wilayah TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX audit_wilayah ON audit_log (wilayah, id);

-- The log is append-only; the back-fill is the one update it ever gets, inside this migration.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log a SET wilayah = coalesce(CASE a.entitas
  WHEN 'pekerja' THEN (SELECT p.kode_kelurahan || '.' || lpad(p.rt::text, 3, '0') FROM pekerja p
                       WHERE p.id::text = a.entitas_id)
  WHEN 'sumber_dana' THEN (SELECT f.wilayah FROM sumber_dana f WHERE f.kode = split_part(a.entitas_id, '/', 1))
  WHEN 'tagihan' THEN (SELECT f.wilayah FROM tagihan t JOIN sumber_dana f ON f.kode = t.sumber_dana
                       WHERE t.id::text = a.entitas_id)
  WHEN 'klaim' THEN (SELECT k.wilayah FROM klaim k WHERE k.id::text = a.entitas_id)
  WHEN 'kartu' THEN (SELECT p.kode_kelurahan || '.' || lpad(p.rt::text, 3, '0') FROM kartu k
                     JOIN pekerja p ON p.id = k.pekerja_id WHERE k.id::text = a.entitas_id)
  WHEN 'batch_kartu' THEN (SELECT b.wilayah FROM kartu_batch b WHERE b.id::text = a.entitas_id)
  WHEN 'pendaftaran_bpjs' THEN (SELECT b.wilayah FROM pendaftaran_bpjs b WHERE b.id::text = a.entitas_id)
  WHEN 'proyek' THEN (SELECT j.kode_kelurahan || '.' || lpad(j.rt::text, 3, '0') FROM proyek j
                      WHERE j.id::text = a.entitas_id)
  WHEN 'duplikat' THEN CASE WHEN a.entitas_id ~ '^[0-9]+$'
                       THEN (SELECT p.kode_kelurahan || '.' || lpad(p.rt::text, 3, '0') FROM duplikat d
                             JOIN pekerja p ON p.id = d.pekerja_a WHERE d.id::text = a.entitas_id)
                       WHEN a.entitas_id ~ '^[0-9]{2}' THEN a.entitas_id END
  WHEN 'impor' THEN (SELECT i.wilayah FROM impor i WHERE i.id::text = a.entitas_id)
  WHEN 'pengguna' THEN (SELECT u.wilayah FROM pengguna u WHERE u.id::text = a.entitas_id
                        OR lower(u.username) = lower(a.entitas_id) LIMIT 1)
  WHEN 'rt' THEN a.entitas_id
  WHEN 'wilayah' THEN a.entitas_id
  WHEN 'bpjs_berkas_aktif' THEN (SELECT u.wilayah FROM pengguna u WHERE lower(u.username) = lower(a.pelaku) LIMIT 1)
END, '');
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
