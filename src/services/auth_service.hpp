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
#include "store/store.hpp"

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

struct LoginResult {
  std::string token;  // goes to the client in an HttpOnly cookie, never stored
  std::string csrf;
  UserView user;
};

struct AuthenticatedSession {
  Actor actor;
  std::string csrf;
  UserView user;
};

struct NewUser {
  std::string username;
  std::string nama;
  std::string role;
  std::string area;
  std::string kohort;
  std::string password;
};

class AuthService {
 public:
  explicit AuthService(App& app) : app_(app) {}

  static constexpr const char* kCookie = "lindungi_sesi";
  static constexpr std::chrono::hours kSessionLifetime{12};

  // Throws Unauthorized (wrong name or password, same message for both) or TooManyAttempts
  // when throttled.
  LoginResult login(const std::string& username, const std::string& password, const std::string& client);
  // The session's actor and CSRF token (user details only partly filled when served from the
  // short-lived cache); nullopt when the token is unknown, expired or the account inactive.
  std::optional<AuthenticatedSession> authenticate(const std::string& token);
  // The same with the full account read from the database.
  std::optional<AuthenticatedSession> current(const std::string& token);
  void logout(const std::string& token, const Actor& actor);
  void change_password(const Actor& actor, const std::string& old_password, const std::string& new_password);

  // By an admin within their area, or by the system (CLI: the first admin).
  UserView create_user(const Actor& actor, const NewUser& user);
  std::vector<UserView> list_users(const Actor& actor);
  void set_active(const Actor& actor, std::int64_t user_id, bool active);

  static std::string hash_password(const std::string& password);
  static bool verify_password(const std::string& hash, const std::string& password);
  static std::string hash_token(const std::string& token);

 private:
  UserView view(const store::UserRecord& u) const;
  App& app_;
};

}  // namespace lindungi::services
