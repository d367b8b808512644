#pragma once
// The audit key file (issue 16 item 5): the HMAC key the audit chain is keyed with, kept outside
// the database so that whoever can write the database (its owner, a DBA, a stolen backup) cannot
// recompute the chain after a rewrite. One small text file, 0600:
//   kunci=<64 hex digits>
//   mulai=<the first audit entry id that must be keyed>
// Entries before `mulai` were written before the database had a key (legacy).
#include <cstdint>
#include <optional>
#include <string>

namespace lindungi::services {

struct AuditKeyFile {
  std::string key;
  std::int64_t from_id = 1;
};

// Where the key is kept when nothing else is said: LINDUNGI_AUDIT_KEY_FILE, else
// `<database file>.kunci-audit` for SQLite (beside the database, and beside each backup), or
// var/kunci-audit under the working directory for PostgreSQL (a URL names no folder).
std::string default_audit_key_file(const std::string& db_location);
// `<database file>.kunci-audit`, whatever the environment says: where backup writes the key of a
// backup and where restore looks for it.
std::string audit_key_file_beside(const std::string& sqlite_file);

// nullopt when the file does not exist; throws (Indonesian message) when it is unreadable or not
// a key file.
std::optional<AuditKeyFile> read_audit_key(const std::string& file);

// Creates the file with a fresh random key, mode 0600, never replacing one: when another process
// created it first, that key is returned.
AuditKeyFile create_audit_key(const std::string& file, std::int64_t from_id);

// Writes `key` to `file` (0600), replacing it atomically: for backup and restore, which carry the
// key with the database.
void write_audit_key(const std::string& file, const AuditKeyFile& key);

}  // namespace lindungi::services
