#pragma once
// Accounts and sessions on the wire (docs/API.md "Akun dan sesi"): the user, the session document
// and the second factor's state as JSON, and the bodies the account routes read.
#include <nlohmann/json.hpp>
#include <string>

#include "services/auth_service.hpp"
#include "services/rt_sessions.hpp"

namespace lindungi::wire {

// {"id","username","nama","role","area","area_nama","kohort","aktif","permissions":[...]}
nlohmann::json to_json(const services::UserView& user);
nlohmann::json to_json(const services::OtpStatus& otp);
// GET /users: {"items":[user]}.
nlohmann::json users_json(const std::vector<services::UserView>& users);
// One RT head of GET /users/sesi-rt: {"id","username","nama","area","area_nama","sesi":[{"dibuat",
// "terakhir_aktif"}]}.
nlohmann::json to_json(const services::RtSessions& head);
// The session document of /auth/login and /auth/me: {"user","csrf_token","sesi_terbatas","otp"}.
nlohmann::json session_json(const services::UserView& user, const std::string& csrf, bool terbatas,
                            const services::OtpStatus& otp);
nlohmann::json to_json(const services::OtpEnrolment& enrolment);
nlohmann::json recovery_codes_json(const std::vector<std::string>& codes);

// Request bodies; a missing text field is "" for the service to refuse.
// POST /auth/login {"username","password","kode_otp","kode_pemulihan"}.
struct LoginBody {
  std::string username, password, kode_otp, kode_pemulihan;
};
LoginBody login_request(const nlohmann::json& body);
// POST /auth/otp/konfirmasi and /auth/otp/kode-pemulihan {"kode_otp"}.
std::string otp_code(const nlohmann::json& body);
// POST /auth/password {"password_lama","password_baru"}.
struct PasswordBody {
  std::string password_lama, password_baru;
};
PasswordBody password_change(const nlohmann::json& body);
// POST /users {"username","nama","role","area","kohort","password"}.
services::NewUser new_user(const nlohmann::json& body);
// PUT /users/:id/aktif {"aktif": true|false}, required.
bool user_active(const nlohmann::json& body);

}  // namespace lindungi::wire
