-- Scale (issue 8): the coverage dashboard's counts per status, kept per RT and per kelurahan by
-- triggers on pekerja, so they change in the same transaction as every write that moves a worker
-- or changes a status (forms, imports, verification, funding, BPJS, claims, even a raw SQL
-- statement). Counting pekerja itself reads every worker of the area: 10 million rows for the
-- whole registry (docs/SCALING.md).
CREATE TABLE ringkasan_rt (
  kode_kelurahan  TEXT NOT NULL,
  rt              INTEGER NOT NULL,
  status          TEXT NOT NULL,
  jumlah          INTEGER NOT NULL,
  PRIMARY KEY (kode_kelurahan, rt, status)
) WITHOUT ROWID;

CREATE TABLE ringkasan_kelurahan (
  kode_kelurahan  TEXT NOT NULL,
  status          TEXT NOT NULL,
  jumlah          INTEGER NOT NULL,
  PRIMARY KEY (kode_kelurahan, status)
) WITHOUT ROWID;

INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah)
  SELECT kode_kelurahan, rt, status, count(*) FROM pekerja GROUP BY kode_kelurahan, rt, status;
INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah)
  SELECT kode_kelurahan, status, count(*) FROM pekerja GROUP BY kode_kelurahan, status;

CREATE TRIGGER ringkasan_pekerja_baru AFTER INSERT ON pekerja BEGIN
  INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.rt, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = jumlah + 1;
  INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = jumlah + 1;
END;

CREATE TRIGGER ringkasan_pekerja_ubah AFTER UPDATE OF kode_kelurahan, rt, status ON pekerja
WHEN OLD.kode_kelurahan IS NOT NEW.kode_kelurahan OR OLD.rt IS NOT NEW.rt OR OLD.status IS NOT NEW.status BEGIN
  UPDATE ringkasan_rt SET jumlah = jumlah - 1
    WHERE kode_kelurahan = OLD.kode_kelurahan AND rt = OLD.rt AND status = OLD.status;
  UPDATE ringkasan_kelurahan SET jumlah = jumlah - 1 WHERE kode_kelurahan = OLD.kode_kelurahan AND status = OLD.status;
  INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.rt, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = jumlah + 1;
  INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = jumlah + 1;
END;

CREATE TRIGGER ringkasan_pekerja_hapus AFTER DELETE ON pekerja BEGIN
  UPDATE ringkasan_rt SET jumlah = jumlah - 1
    WHERE kode_kelurahan = OLD.kode_kelurahan AND rt = OLD.rt AND status = OLD.status;
  UPDATE ringkasan_kelurahan SET jumlah = jumlah - 1 WHERE kode_kelurahan = OLD.kode_kelurahan AND status = OLD.status;
END;
