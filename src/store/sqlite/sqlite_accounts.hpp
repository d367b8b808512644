#pragma once
// Accounts, sessions and the audit log in SQLite; SqliteSession forwards to these.
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::sqlite {

std::optional<UserRecord> user_by_username(Connection& c, std::string_view username);
std::optional<UserRecord> user_by_id(Connection& c, std::int64_t id);
std::vector<UserRecord> users(Connection& c, std::string_view area);
void insert_user(Connection& c, UserRecord& user);
void update_user(Connection& c, const UserRecord& user);
void put_session(Connection& c, const SessionRecord& session);
std::optional<SessionRecord> session_by_hash(Connection& c, std::string_view hash_token);
void delete_session(Connection& c, std::string_view hash_token);
void delete_sessions_of(Connection& c, std::int64_t pengguna_id);
void delete_expired_sessions(Connection& c, std::string_view now);
std::int64_t count_live_sessions(Connection& c, std::string_view now);
std::optional<OtpRecord> otp_of(Connection& c, std::int64_t pengguna_id);
void put_otp(Connection& c, const OtpRecord& otp);
void delete_otp(Connection& c, std::int64_t pengguna_id);
void replace_recovery_codes(Connection& c, std::int64_t pengguna_id, const std::vector<std::string>& hashes);
bool use_recovery_code(Connection& c, std::int64_t pengguna_id, std::string_view hash, std::string_view now);
int unused_recovery_codes(Connection& c, std::int64_t pengguna_id);

void append_audit(Connection& c, const AuditEntry& entry, std::string_view key);
void scan_audit(Connection& c, const std::function<bool(const AuditEntry&)>& visit);
Page<AuditEntry> audit_entries(Connection& c, std::string_view entitas, std::string_view entitas_id, int offset,
                               int limit, std::string_view area);

}  // namespace lindungi::store::sqlite
