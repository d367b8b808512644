#pragma once
// Users, login sessions, second factors and the audit log's pages on either database; both
// backends' sessions forward to these. Appending to and scanning the audit chain stay per backend
// (sqlite_accounts.cpp, pg_accounts.cpp): PostgreSQL buffers entries for one COPY and pages scans.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/row.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

std::optional<UserRecord> user_by_username(rows::Db& db, std::string_view username);
std::optional<UserRecord> user_by_id(rows::Db& db, std::int64_t id);
std::vector<UserRecord> users(rows::Db& db, std::string_view area);
void insert_user(rows::Db& db, UserRecord& user);
void update_user(rows::Db& db, const UserRecord& user);
void put_session(rows::Db& db, const SessionRecord& session);
std::optional<SessionRecord> session_by_hash(rows::Db& db, std::string_view hash_token);
void delete_session(rows::Db& db, std::string_view hash_token);
void delete_sessions_of(rows::Db& db, std::int64_t pengguna_id);
void delete_expired_sessions(rows::Db& db, std::string_view now);
std::int64_t count_live_sessions(rows::Db& db, std::string_view now);
std::vector<SessionRecord> live_sessions(rows::Db& db, std::string_view now);
std::optional<OtpRecord> otp_of(rows::Db& db, std::int64_t pengguna_id);
void put_otp(rows::Db& db, const OtpRecord& otp);
void delete_otp(rows::Db& db, std::int64_t pengguna_id);
void replace_recovery_codes(rows::Db& db, std::int64_t pengguna_id, const std::vector<std::string>& hashes);
bool use_recovery_code(rows::Db& db, std::int64_t pengguna_id, std::string_view hash, std::string_view now);
int unused_recovery_codes(rows::Db& db, std::int64_t pengguna_id);
Page<AuditEntry> audit_entries(rows::Db& db, std::string_view entitas, std::string_view entitas_id, int offset,
                               int limit, std::string_view area);

// The columns of audit_log but id, in the order the chain hashes are read back.
struct AuditFields {
  template <typename F, typename E>
  void operator()(F&& f, E& e) const {
    f("waktu", e.waktu);
    f("pelaku", e.pelaku);
    f("aksi", e.aksi);
    f("entitas", e.entitas);
    f("entitas_id", e.entitas_id);
    f("perubahan", e.perubahan);
    f("hash_sebelum", e.hash_sebelum);
    f("hash", e.hash);
    f("wilayah", e.wilayah);
  }
};
using AuditLog = rows::Table<AuditEntry, AuditFields>;

}  // namespace lindungi::store::records
