#pragma once
// Accounts and sessions (issue: security): argon2id password hashes, random 256-bit session
// tokens of which only a hash is stored, a CSRF token per session, login throttling.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "services/app.hpp"
#include "store/accounts_store.hpp"

namespace lindungi::services {

struct UserView {
  std::int64_t id = 0;
  std::string username;
  std::string nama;
  Role role = Role::publik;
  std::string area;
  std::string area_nama;
  std::string kohort;
  bool aktif = true;
};

// Second factor (issue 16 item 8).
struct OtpStatus {
  bool wajib = false;  // the role requires it (admin_kota, auditor, petugas_bpjs) and the account is no demo one
  bool aktif = false;  // confirmed: every login asks for a code
  int sisa_kode_pemulihan = 0;
};

struct OtpEnrolment {
  std::string rahasia;  // base32, to type into the app
  std::string uri;      // otpauth://, to paste or scan
};

struct LoginResult {
  std::string token;  // goes to the client in an HttpOnly cookie, never stored
  std::string csrf;
  UserView user;
  // A role that requires a second factor, without one yet: the session can only enrol it.
  bool terbatas = false;
  OtpStatus otp;
};

struct AuthenticatedSession {
  Actor actor;
  std::string csrf;
  UserView user;
  bool terbatas = false;  // see LoginResult::terbatas
};

struct NewUser {
  std::string username;
  std::string nama;
  std::string role;
  std::string area;
  std::string kohort;
  std::string password;
  // Demo and test accounts only (never through the API): exempt from the second factor;
  // `serve --produksi` refuses to start while an active one exists.
  bool demo = false;
};

class AuthService {
 public:
  explicit AuthService(App& app) : app_(app) {}

  static constexpr const char* kCookie = "lindungi_sesi";
  static constexpr std::chrono::hours kSessionLifetime{12};

  static constexpr int kRecoveryCodes = 10;

  // Throws Unauthorized (wrong name or password, same message for both) or TooManyAttempts
  // when throttled. An account with a confirmed second factor also needs `kode_otp` (a TOTP code
  // not used before) or `kode_pemulihan` (an unused recovery code): without either, Unauthorized
  // "perlu_kode_otp"; with a wrong one, Unauthorized "kode_otp_salah", counted by the throttle.
  LoginResult login(const std::string& username, const std::string& password, const std::string& client,
                    const std::string& kode_otp = {}, const std::string& kode_pemulihan = {});
  // The session's actor and CSRF token (user details only partly filled when served from the
  // short-lived cache); nullopt when the token is unknown, expired or the account inactive.
  std::optional<AuthenticatedSession> authenticate(const std::string& token);
  // The same with the full account read from the database.
  std::optional<AuthenticatedSession> current(const std::string& token);
  void logout(const std::string& token, const Actor& actor);
  void change_password(const Actor& actor, const std::string& old_password, const std::string& new_password);

  // By an admin within their area, or by the system (CLI: the first admin).
  UserView create_user(const Actor& actor, const NewUser& user);
  // A page of the accounts within the actor's area, by area then username.
  store::Page<UserView> list_users(const Actor& actor, int offset, int limit);
  void set_active(const Actor& actor, std::int64_t user_id, bool active);

  // Second factor (issue 16 item 8), each step audited. start_otp: a new pending secret (Conflict
  // when one is already confirmed). confirm_otp: the first code confirms it; returns the recovery
  // codes, shown once. regenerate_recovery_codes: new codes against a current TOTP code.
  // reset_otp: an admin within their area (or the CLI) removes a user's factor and sessions.
  OtpStatus otp_status(std::int64_t user_id);
  OtpEnrolment start_otp(const Actor& actor);
  std::vector<std::string> confirm_otp(const Actor& actor, const std::string& kode_otp);
  std::vector<std::string> regenerate_recovery_codes(const Actor& actor, const std::string& kode_otp);
  void reset_otp(const Actor& actor, std::int64_t user_id);
  // `lindungi user reset-otp USERNAME`: the account by its name (NotFound naming the field), then
  // reset_otp. Returns the account's id.
  std::int64_t reset_otp_by_username(const Actor& actor, const std::string& username);
  // Active demo or test accounts, by username: a production server does not start while any exist.
  std::vector<std::string> active_demo_accounts();
  static bool role_requires_otp(Role role);

  static std::string hash_password(const std::string& password);
  // The test programs (tests/minimum_hash_cost.cpp, before main) hash their accounts' passwords at
  // libsodium's minimum argon2id cost: each test makes and logs in several accounts, and at the
  // interactive cost (64 MiB, ~0.1-0.5 s a hash) that was most of the integration suite's time. A
  // hash records its own cost, so verifying stays the same code; the server and the CLI never call
  // this (tests/cli/contract_test.py checks the demo's hashes carry the interactive cost).
  static void use_minimum_hash_cost_for_tests();
  static bool verify_password(const std::string& hash, const std::string& password);
  static std::string hash_token(const std::string& token);

 private:
  UserView view(const store::UserRecord& u) const;
  App& app_;
};

}  // namespace lindungi::services
