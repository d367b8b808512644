#pragma once
// Accounts, sessions and the audit log in PostgreSQL; PgSession forwards to these.
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "store/postgres/pg_connection.hpp"
#include "store/store.hpp"

namespace lindungi::store::pg {

std::optional<UserRecord> user_by_username(Tx& t, std::string_view username);
std::optional<UserRecord> user_by_id(Tx& t, std::int64_t id);
std::vector<UserRecord> users(Tx& t, std::string_view area);
void insert_user(Tx& t, UserRecord& user);
void update_user(Tx& t, const UserRecord& user);
void put_session(Tx& t, const SessionRecord& session);
std::optional<SessionRecord> session_by_hash(Tx& t, std::string_view hash_token);
void delete_session(Tx& t, std::string_view hash_token);
void delete_sessions_of(Tx& t, std::int64_t pengguna_id);
void delete_expired_sessions(Tx& t, std::string_view now);
std::int64_t count_live_sessions(Tx& t, std::string_view now);
std::optional<OtpRecord> otp_of(Tx& t, std::int64_t pengguna_id);
void put_otp(Tx& t, const OtpRecord& otp);
void delete_otp(Tx& t, std::int64_t pengguna_id);
void replace_recovery_codes(Tx& t, std::int64_t pengguna_id, const std::vector<std::string>& hashes);
bool use_recovery_code(Tx& t, std::int64_t pengguna_id, std::string_view hash, std::string_view now);
int unused_recovery_codes(Tx& t, std::int64_t pengguna_id);

void append_audit(Tx& t, const AuditEntry& entry, std::string_view key);
void scan_audit(Tx& t, const std::function<bool(const AuditEntry&)>& visit);
Page<AuditEntry> audit_entries(Tx& t, std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                               std::string_view area);

}  // namespace lindungi::store::pg
