#pragma once
// Session::accounts() on either database (issue 18): users, login sessions, second factors and
// recovery codes, their SQL and mapping written once over the row API.
#include <memory>

#include "store/accounts_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Accounts final : public AccountsSession {
 public:
  explicit Accounts(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::optional<UserRecord> user_by_username(std::string_view username) override;
  std::optional<UserRecord> user_by_id(std::int64_t id) override;
  std::vector<UserRecord> users(std::string_view area) override;
  Page<UserRecord> users_page(std::string_view area, int offset, int limit) override;
  void insert_user(UserRecord& u) override;
  void update_user(const UserRecord& u) override;
  void put_session(const SessionRecord& x) override;
  std::optional<SessionRecord> session_by_hash(std::string_view hash_token) override;
  void delete_session(std::string_view hash_token) override;
  void delete_sessions_of(std::int64_t pengguna_id) override;
  void delete_expired_sessions(std::string_view now) override;
  std::int64_t count_live_sessions(std::string_view now) override;
  std::vector<SessionRecord> live_sessions(std::string_view now) override;
  std::optional<OtpRecord> otp_of(std::int64_t pengguna_id) override;
  void put_otp(const OtpRecord& o) override;
  void delete_otp(std::int64_t pengguna_id) override;
  void replace_recovery_codes(std::int64_t pengguna_id, const std::vector<std::string>& hashes) override;
  bool use_recovery_code(std::int64_t pengguna_id, std::string_view hash, std::string_view now) override;
  int unused_recovery_codes(std::int64_t pengguna_id) override;

 private:
  rows::Db& db() { return *db_; }
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records
