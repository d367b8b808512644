-- Area everywhere (issue 16 item 1): each audit entry carries the area (region or RT code) of what
-- it concerns, so that GET /audit shows an actor only the entries of its own area, like the
-- records themselves. New entries get it from Session::append_audit (store.cpp's audit_area);
-- this back-fills the entries written before, by the same rule. Entries it cannot place stay ''
-- (seen only by system-wide roles). The area is not hashed, so the chain still verifies.
ALTER TABLE audit_log ADD COLUMN wilayah TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_wilayah ON audit_log (wilayah, id);

-- The log is append-only; the back-fill is the one update it ever gets, inside this migration.
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET wilayah = coalesce(CASE entitas
  WHEN 'pekerja' THEN (SELECT p.kode_kelurahan || '.' || printf('%03d', p.rt) FROM pekerja p
                       WHERE p.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'sumber_dana' THEN (SELECT f.wilayah FROM sumber_dana f WHERE f.kode = CASE
                             WHEN instr(audit_log.entitas_id, '/') > 0
                             THEN substr(audit_log.entitas_id, 1, instr(audit_log.entitas_id, '/') - 1)
                             ELSE audit_log.entitas_id END)
  WHEN 'tagihan' THEN (SELECT f.wilayah FROM tagihan t JOIN sumber_dana f ON f.kode = t.sumber_dana
                       WHERE t.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'klaim' THEN (SELECT k.wilayah FROM klaim k WHERE k.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'kartu' THEN (SELECT p.kode_kelurahan || '.' || printf('%03d', p.rt) FROM kartu k
                     JOIN pekerja p ON p.id = k.pekerja_id WHERE k.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'batch_kartu' THEN (SELECT b.wilayah FROM kartu_batch b WHERE b.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'pendaftaran_bpjs' THEN (SELECT b.wilayah FROM pendaftaran_bpjs b
                                WHERE b.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'proyek' THEN (SELECT j.kode_kelurahan || '.' || printf('%03d', j.rt) FROM proyek j
                      WHERE j.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'duplikat' THEN CASE WHEN audit_log.entitas_id GLOB '[0-9]*' AND audit_log.entitas_id NOT GLOB '*.*'
                       THEN (SELECT p.kode_kelurahan || '.' || printf('%03d', p.rt) FROM duplikat d
                             JOIN pekerja p ON p.id = d.pekerja_a WHERE d.id = CAST(audit_log.entitas_id AS INTEGER))
                       WHEN audit_log.entitas_id GLOB '[0-9][0-9]*' THEN audit_log.entitas_id END
  WHEN 'impor' THEN (SELECT i.wilayah FROM impor i WHERE i.id = CAST(audit_log.entitas_id AS INTEGER))
  WHEN 'pengguna' THEN (SELECT u.wilayah FROM pengguna u WHERE CAST(u.id AS TEXT) = audit_log.entitas_id
                        OR lower(u.username) = lower(audit_log.entitas_id) LIMIT 1)
  WHEN 'rt' THEN audit_log.entitas_id
  WHEN 'wilayah' THEN audit_log.entitas_id
  WHEN 'bpjs_berkas_aktif' THEN (SELECT u.wilayah FROM pengguna u WHERE lower(u.username) = lower(audit_log.pelaku))
END, '');
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
