#include "core/errors.hpp"
#include "core/rt_sessions.hpp"
#include "http/api.hpp"
#include "services/auth_service.hpp"
#include "services/rt_sessions.hpp"

namespace lindungi::http {

namespace {

nlohmann::json user_json(const services::UserView& u) {
  nlohmann::json permissions = nlohmann::json::array();
  // Every permission: to_string names each enumerator and gives "" past the last one.
  for (int p = 0; !to_string(static_cast<Permission>(p)).empty(); ++p)
    if (role_has(u.role, static_cast<Permission>(p))) permissions.push_back(std::string{to_string(static_cast<Permission>(p))});
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

nlohmann::json otp_json(const services::OtpStatus& o) {
  return {{"wajib", o.wajib}, {"aktif", o.aktif}, {"sisa_kode_pemulihan", o.sisa_kode_pemulihan}};
}

std::string text_field(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string()) throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

std::string session_cookie(const std::string& value, bool secure, int max_age) {
  return std::string{services::AuthService::kCookie} + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age) + (secure ? "; Secure" : "");
}

}  // namespace

void add_auth_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"POST", "/api/v1/auth/login",
                    [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto result = services::AuthService(app).login(
                          text_field(body, "username"), text_field(body, "password"), req.client,
                          text_field(body, "kode_otp"), text_field(body, "kode_pemulihan"));
                      auto res = ApiResponse::json({{"user", user_json(result.user)},
                                                    {"csrf_token", result.csrf},
                                                    {"sesi_terbatas", result.terbatas},
                                                    {"otp", otp_json(result.otp)}});
                      const int max_age = static_cast<int>(
                          std::chrono::duration_cast<std::chrono::seconds>(services::AuthService::kSessionLifetime).count());
                      res.headers.emplace_back("Set-Cookie", session_cookie(result.token, req.secure, max_age));
                      return res;
                    },
                    false});

  routes.push_back({"GET", "/api/v1/auth/me",
                    [&app](const ApiRequest& req) {
                      services::AuthService auth(app);
                      const auto session = auth.current(req.session_token);
                      if (!session) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
                      return ApiResponse::json({{"user", user_json(session->user)},
                                                {"csrf_token", session->csrf},
                                                {"sesi_terbatas", session->terbatas},
                                                {"otp", otp_json(auth.otp_status(session->user.id))}});
                    },
                    true, false, true});

  routes.push_back({"POST", "/api/v1/auth/logout",
                    [&app](const ApiRequest& req) {
                      services::AuthService(app).logout(req.session_token, req.actor);
                      ApiResponse res;
                      res.status = 204;
                      res.headers.emplace_back("Set-Cookie", session_cookie("", req.secure, 0));
                      return res;
                    },
                    true, false, true});

  // Second factor (issue 16 item 8): enrolment, open to the restricted session.
  routes.push_back({"POST", "/api/v1/auth/otp/mulai",
                    [&app](const ApiRequest& req) {
                      const auto e = services::AuthService(app).start_otp(req.actor);
                      return ApiResponse::json({{"rahasia", e.rahasia}, {"uri", e.uri}});
                    },
                    true, false, true});
  routes.push_back({"POST", "/api/v1/auth/otp/konfirmasi",
                    [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto codes =
                          services::AuthService(app).confirm_otp(req.actor, text_field(body, "kode_otp"));
                      return ApiResponse::json({{"kode_pemulihan", codes}});
                    },
                    true, false, true});
  routes.push_back({"POST", "/api/v1/auth/otp/kode-pemulihan", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto codes =
                          services::AuthService(app).regenerate_recovery_codes(req.actor, text_field(body, "kode_otp"));
                      return ApiResponse::json({{"kode_pemulihan", codes}});
                    }});

  routes.push_back({"POST", "/api/v1/auth/password", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      services::AuthService(app).change_password(req.actor, text_field(body, "password_lama"),
                                                                 text_field(body, "password_baru"));
                      ApiResponse res;
                      res.status = 204;
                      res.headers.emplace_back("Set-Cookie", session_cookie("", req.secure, 0));
                      return res;
                    }});

  routes.push_back({"GET", "/api/v1/users", [&app](const ApiRequest& req) {
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& u : services::AuthService(app).list_users(req.actor)) items.push_back(user_json(u));
                      return ApiResponse::json({{"items", items}});
                    }});

  routes.push_back({"POST", "/api/v1/users", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      services::NewUser u{text_field(body, "username"), text_field(body, "nama"),
                                          text_field(body, "role"),     text_field(body, "area"),
                                          text_field(body, "kohort"),   text_field(body, "password")};
                      return ApiResponse::json(user_json(services::AuthService(app).create_user(req.actor, u)), 201);
                    }});

  // An admin resets a user's second factor (a lost phone): audited; the user enrols again.
  routes.push_back({"POST", R"(/api/v1/users/:id(\d{1,18})/reset-otp)", [&app](const ApiRequest& req) {
                      services::AuthService(app).reset_otp(req.actor, req.param_int("id"));
                      ApiResponse res;
                      res.status = 204;
                      return res;
                    }});

  // Issue 21 item 4: a lost phone. The area's RT heads with their live sessions, a page at a time,
  // and ending all of one head's sessions (the next login, on the new phone, starts a new one).
  routes.push_back({"GET", "/api/v1/users/sesi-rt", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto all = services::RtSessionService(app).list(req.actor);
                      nlohmann::json items = nlohmann::json::array();
                      for (std::size_t i = static_cast<std::size_t>(page.offset());
                           i < all.size() && items.size() < static_cast<std::size_t>(page.limit); ++i) {
                        nlohmann::json sesi = nlohmann::json::array();
                        for (const auto& x : all[i].sesi)
                          sesi.push_back({{"dibuat", x.dibuat}, {"terakhir_aktif", x.terakhir_aktif}});
                        const auto& u = all[i];
                        items.push_back({{"id", u.id},
                                         {"username", u.username},
                                         {"nama", u.nama},
                                         {"area", u.area},
                                         {"area_nama", u.area_nama},
                                         {"sesi", sesi}});
                      }
                      return ApiResponse::page(items, static_cast<std::int64_t>(all.size()), page);
                    }});

  routes.push_back({"DELETE", R"(/api/v1/users/:id(\d{1,18})/sesi)", [&app](const ApiRequest& req) {
                      const int ended = services::RtSessionService(app).end_all(req.actor, req.param_int("id"));
                      return ApiResponse::json({{"diakhiri", ended}});
                    }});

  routes.push_back({"PUT", R"(/api/v1/users/:id(\d{1,18})/aktif)", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object() || !body.contains("aktif") || !body["aktif"].is_boolean())
                        throw ValidationError("aktif", "tipe_salah", "Kolom 'aktif' harus true atau false");
                      services::AuthService(app).set_active(req.actor, req.param_int("id"), body["aktif"].get<bool>());
                      ApiResponse res;
                      res.status = 204;
                      return res;
                    }});
}

}  // namespace lindungi::http
