-- Issue 16 item 4: a material edit (NIK, name, birth date, income, RT, heirs) of a verified or
-- active worker waits here for a second person with the verifying permission in its area, who
-- approves (it is applied then) or rejects it. Kept after the decision: the record of who
-- proposed and who decided.
CREATE TABLE perubahan_tertunda (
  id            INTEGER PRIMARY KEY,
  pekerja_id    INTEGER NOT NULL REFERENCES pekerja (id),
  wilayah       TEXT NOT NULL,
  usulan        TEXT NOT NULL,
  perubahan     TEXT NOT NULL,
  versi         INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'menunggu' CHECK (status IN ('menunggu', 'disetujui', 'ditolak')),
  diajukan_oleh TEXT NOT NULL,
  diajukan_pada TEXT NOT NULL,
  diputus_oleh  TEXT NOT NULL DEFAULT '',
  diputus_pada  TEXT NOT NULL DEFAULT '',
  alasan        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX perubahan_tertunda_status ON perubahan_tertunda (status, pekerja_id);
