-- The audit queue (issue 16 item 6): audit entries of reads are made durable without the writer
-- lock, then folded into audit_log when the writer is free (Store::queue_audit, fold_audit_queue).
-- Both backends get both tables (one schema, tests/unit/schema_parity_test.cpp), each uses one:
--
-- PostgreSQL queues in audit_antrian, a plain INSERT that no lock guards; the fold appends and
-- deletes in one transaction. SQLite cannot: any write to this file waits for its one writer, so
-- its queue is a database of its own next to this one (<db>.antrian-audit: its own lock, WAL)
-- and audit_antrian stays empty here. How far each queue file (its random
-- identity) has been folded is written in audit_antrian_lipat, in the same transaction as the
-- folded entries: a crash between that commit and the queue's clean-up cannot append them twice.
CREATE TABLE audit_antrian (
  id         INTEGER PRIMARY KEY,
  waktu      TEXT NOT NULL,
  pelaku     TEXT NOT NULL,
  aksi       TEXT NOT NULL,
  entitas    TEXT NOT NULL,
  entitas_id TEXT NOT NULL,
  perubahan  TEXT NOT NULL,
  wilayah    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_antrian_lipat (
  antrian TEXT PRIMARY KEY,
  sampai  INTEGER NOT NULL
);
