#pragma once
// Issue 19 item 5: backups that restore. One archive (tar + gzip) holds
//   manifest.json      format, versions, time, backend, every table's row count, the audit
//                      chain's head, and the size and SHA-256 of every other member;
//   database.sqlite    SQLite's online backup (a consistent snapshot while the server runs), or
//   database.pgdump    pg_dump -Fc of a PostgreSQL database;
//   berkas/...         the claim-document files.
// The audit key is not in the archive: it is written beside it (<archive>.kunci-audit), to be
// kept apart (issue 16 item 5). A restore checks the whole archive against its manifest, the row
// counts and the audit chain in a staging folder before it replaces anything.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lindungi::services {

struct BackupRequest {
  std::string db;              // the location as given (a PostgreSQL URL without its password)
  std::string password;        // PostgreSQL: from the password file, or empty (libpq's ~/.pgpass)
  std::string files_dir;       // claim documents; empty: the database's default
  std::string audit_key_file;  // empty: the database's default
  std::string out;             // the archive to write (must not exist)
};

struct BackupSummary {
  std::string archive;
  std::string key_file;
  std::string backend;
  std::int64_t files = 0;
  std::int64_t bytes = 0;  // the archive's size
  std::int64_t audit_entries = 0;
  std::map<std::string, std::int64_t> rows;  // per table
};

BackupSummary create_backup(const BackupRequest& request);

struct RestoreRequest {
  std::string from;            // an archive, or a plain SQLite copy made by an older release
  std::string db;              // the SQLite file, or PostgreSQL URL (without password), to restore into
  std::string password;        // PostgreSQL: from the password file, or empty (libpq's ~/.pgpass)
  std::string files_dir;       // empty: berkas/ beside `db`
  std::string audit_key_file;  // empty: <from>.kunci-audit
  bool force = false;          // replace an existing database, and claim files of other bytes
};

struct RestoreSummary {
  bool archive = false;  // false: a plain SQLite copy (no manifest, no claim files)
  std::int64_t audit_entries = 0;
  std::int64_t files = 0;
  std::int64_t tables = 0;
  std::string files_dir;
};

RestoreSummary restore_backup(const RestoreRequest& request);

// Issue 19 item 6 on PostgreSQL: opening a database made by an older release takes a backup first,
// then migrates. When the database at `location` (a libpq URL, possibly with its password) has
// migrations pending, writes `pg_dump -Fc` of it to <dir>/lindungi-sebelum-migrasi-<version>-
// <time>.pgdump (mode 0600) and returns that path; nothing (empty) for a new or current database.
// Without pg_dump on PATH, or when the dump fails, it throws Conflict naming `lindungi backup`, and
// nothing is migrated. LINDUNGI_MIGRASI_TANPA_CADANGAN=1 lets an operator who made a backup another
// way migrate without it. (SQLite copies its file itself: store/sqlite backup_before_migration.)
std::string backup_before_pg_migration(const std::string& location, const std::string& dir);
// Where App::open puts that dump: LINDUNGI_BACKUP_DIR (the configuration's backup-dir), else
// cadangan/ in the working directory (/var/lib/lindungi under systemd).
std::string pre_migration_backup_dir();

// Whether `path` starts like a gzip file (an archive) rather than a SQLite database.
bool is_backup_archive(const std::string& path);

// The archive name for a daily backup in `dir`: lindungi-YYYYMMDD-HHMMSS.tar.gz (UTC+7 wall time).
std::string dated_backup_name(const std::string& dir);
// Issue 19 item 5: retention. Deletes the oldest lindungi-*.tar.gz archives in `dir` (and their
// key files) beyond the newest `keep`; returns the names it deleted. Other files are left alone.
std::vector<std::string> prune_backups(const std::string& dir, int keep);

}  // namespace lindungi::services
