// Accounts' JSON both ways (wire/accounts.hpp).
#include "wire/accounts.hpp"

#include "core/errors.hpp"
#include "core/rt_sessions.hpp"
#include "wire/fields.hpp"
#include "wire/lists.hpp"

namespace lindungi::wire {

using nlohmann::json;

json to_json(const services::UserView& u) {
  json permissions = json::array();
  // Every permission: to_string names each enumerator and gives "" past the last one.
  for (int p = 0; !to_string(static_cast<Permission>(p)).empty(); ++p)
    if (role_has(u.role, static_cast<Permission>(p)))
      permissions.push_back(std::string{to_string(static_cast<Permission>(p))});
  if (can_end_rt_sessions(u.role)) permissions.push_back(std::string{kEndRtSessions});  // issue 21 item 4
  return {{"id", u.id},
          {"username", u.username},
          {"nama", u.nama},
          {"role", std::string{to_string(u.role)}},
          {"area", u.area},
          {"area_nama", u.area_nama},
          {"kohort", u.kohort},
          {"aktif", u.aktif},
          {"permissions", permissions}};
}

json to_json(const services::OtpStatus& o) {
  return {{"wajib", o.wajib}, {"aktif", o.aktif}, {"sisa_kode_pemulihan", o.sisa_kode_pemulihan}};
}

json session_json(const services::UserView& user, const std::string& csrf, bool terbatas,
                  const services::OtpStatus& otp) {
  return {{"user", to_json(user)}, {"csrf_token", csrf}, {"sesi_terbatas", terbatas}, {"otp", to_json(otp)}};
}

json to_json(const services::OtpEnrolment& e) { return {{"rahasia", e.rahasia}, {"uri", e.uri}}; }

json recovery_codes_json(const std::vector<std::string>& codes) { return {{"kode_pemulihan", codes}}; }

LoginBody login_request(const json& body) {
  LoginBody b;
  b.username = text_field(body, "username").value_or("");
  b.password = text_field(body, "password").value_or("");
  b.kode_otp = text_field(body, "kode_otp").value_or("");
  b.kode_pemulihan = text_field(body, "kode_pemulihan").value_or("");
  return b;
}

std::string otp_code(const json& body) { return text_field(body, "kode_otp").value_or(""); }

PasswordBody password_change(const json& body) {
  return {text_field(body, "password_lama").value_or(""), text_field(body, "password_baru").value_or("")};
}

services::NewUser new_user(const json& body) {
  services::NewUser u;
  u.username = text_field(body, "username").value_or("");
  u.nama = text_field(body, "nama").value_or("");
  u.role = text_field(body, "role").value_or("");
  u.area = text_field(body, "area").value_or("");
  u.kohort = text_field(body, "kohort").value_or("");
  u.password = text_field(body, "password").value_or("");
  return u;
}

bool user_active(const json& body) {
  if (!body.is_object() || !body.contains("aktif") || !body["aktif"].is_boolean())
    throw ValidationError("aktif", "tipe_salah", "Kolom 'aktif' harus true atau false");
  return body["aktif"].get<bool>();
}

nlohmann::json users_json(const std::vector<services::UserView>& users) {
  return items_json(json_array(users, [](const services::UserView& u) { return to_json(u); }));
}

nlohmann::json to_json(const services::RtSessions& head) {
  const auto sesi = json_array(head.sesi, [](const services::RtSessions::Login& x) {
    return nlohmann::json{{"dibuat", x.dibuat}, {"terakhir_aktif", x.terakhir_aktif}};
  });
  return {{"id", head.id},     {"username", head.username},   {"nama", head.nama},
          {"area", head.area}, {"area_nama", head.area_nama}, {"sesi", sesi}};
}

}  // namespace lindungi::wire
