#pragma once
// The accounts aggregate (issue 18 item 2): users, login sessions, second factors and recovery
// codes, reached through Session::accounts() in the caller's transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string nama;
  std::string peran;
  std::string wilayah;
  std::string kohort;
  std::string hash_sandi;
  bool aktif = true;
  std::string dibuat;
  std::string sandi_diganti;
  // Demo and test accounts log in with a password alone (issue 16 item 8); `serve --produksi`
  // refuses to start while an active one exists.
  bool demo = false;
  // Issue 16 item 4: the username of the account that created this one ("" for the CLI or the
  // demo), so that two-person rules count an account an admin created as that admin.
  std::string dibuat_oleh{};
};

// Second factor (issue 16 item 8): an account's TOTP secret (RFC 6238), pending until the user
// confirms it with a first code, and the last time step accepted so that a code works once.
struct OtpRecord {
  std::int64_t pengguna_id = 0;
  std::string rahasia;  // base32, as the authenticator app receives it
  bool aktif = false;
  std::int64_t langkah_terakhir = -1;
  std::string dibuat;
};

struct SessionRecord {
  std::string hash_token;
  std::int64_t pengguna_id = 0;
  std::string csrf;
  std::string dibuat;
  std::string kedaluwarsa;  // ISO 8601 UTC
};

class AccountsSession {
 public:
  virtual ~AccountsSession() = default;

  virtual std::optional<UserRecord> user_by_username(std::string_view username) = 0;
  virtual std::optional<UserRecord> user_by_id(std::int64_t id) = 0;
  virtual std::vector<UserRecord> users(std::string_view area) = 0;
  // The same accounts a page at a time (the API's list), in the same order (area, then username).
  virtual Page<UserRecord> users_page(std::string_view area, int offset, int limit) = 0;
  virtual void insert_user(UserRecord& user) = 0;        // sets id; UniqueViolation when the username exists
  virtual void update_user(const UserRecord& user) = 0;  // MissingRow when the account is gone
  virtual void put_session(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> session_by_hash(std::string_view hash_token) = 0;
  virtual void delete_session(std::string_view hash_token) = 0;
  virtual void delete_sessions_of(std::int64_t pengguna_id) = 0;
  virtual void delete_expired_sessions(std::string_view now) = 0;
  // Sessions whose expiry (kedaluwarsa) is not before `now` (GET /metrics, issue 19 item 4).
  virtual std::int64_t count_live_sessions(std::string_view now) = 0;
  // The same sessions, oldest first (issue 21 item 4: the operator who ends a lost phone's).
  virtual std::vector<SessionRecord> live_sessions(std::string_view now) = 0;
  // Second factor (issue 16 item 8). put_otp inserts or replaces; delete_otp also removes the
  // recovery codes. Recovery codes are stored as hashes; use_recovery_code marks a matching
  // unused one used and says whether there was one.
  virtual std::optional<OtpRecord> otp_of(std::int64_t pengguna_id) = 0;
  virtual void put_otp(const OtpRecord& otp) = 0;
  virtual void delete_otp(std::int64_t pengguna_id) = 0;
  virtual void replace_recovery_codes(std::int64_t pengguna_id, const std::vector<std::string>& hashes) = 0;
  virtual bool use_recovery_code(std::int64_t pengguna_id, std::string_view hash, std::string_view now) = 0;
  virtual int unused_recovery_codes(std::int64_t pengguna_id) = 0;
};

}  // namespace lindungi::store
