#include <algorithm>
#include <span>

#include "core/errors.hpp"
#include "core/rt_sessions.hpp"
#include "http/api.hpp"
#include "services/auth_service.hpp"
#include "services/rt_sessions.hpp"
#include "wire/accounts.hpp"
#include "wire/lists.hpp"

namespace lindungi::http {

namespace {

std::string session_cookie(const std::string& value, bool secure, int max_age) {
  return std::string{services::AuthService::kCookie} + "=" + value +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
}

}  // namespace

void add_auth_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back(
      {"POST", "/api/v1/auth/login",
       [&app](const ApiRequest& req) {
         const auto body = req.json_body();
         if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
         const auto b = wire::login_request(body);
         const auto result =
             services::AuthService(app).login(b.username, b.password, req.client, b.kode_otp, b.kode_pemulihan);
         auto res = ApiResponse::json(wire::session_json(result.user, result.csrf, result.terbatas, result.otp));
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
                      return ApiResponse::json(wire::session_json(session->user, session->csrf, session->terbatas,
                                                                  auth.otp_status(session->user.id)));
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
                      return ApiResponse::json(wire::to_json(e));
                    },
                    true, false, true});
  routes.push_back({"POST", "/api/v1/auth/otp/konfirmasi",
                    [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      return ApiResponse::json(wire::recovery_codes_json(
                          services::AuthService(app).confirm_otp(req.actor, wire::otp_code(body))));
                    },
                    true, false, true});
  routes.push_back({"POST", "/api/v1/auth/otp/kode-pemulihan", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      return ApiResponse::json(wire::recovery_codes_json(
                          services::AuthService(app).regenerate_recovery_codes(req.actor, wire::otp_code(body))));
                    }});

  routes.push_back({"POST", "/api/v1/auth/password", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto b = wire::password_change(body);
                      services::AuthService(app).change_password(req.actor, b.password_lama, b.password_baru);
                      ApiResponse res;
                      res.status = 204;
                      res.headers.emplace_back("Set-Cookie", session_cookie("", req.secure, 0));
                      return res;
                    }});

  routes.push_back({"GET", "/api/v1/users", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::AuthService(app).list_users(req.actor, page.offset(), page.limit);
                      return ApiResponse::page(wire::users_json(result.items).at("items"), result.total, page);
                    }});

  routes.push_back({"POST", "/api/v1/users", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      return ApiResponse::json(
                          wire::to_json(services::AuthService(app).create_user(req.actor, wire::new_user(body))), 201);
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
                      const auto from = std::min(all.size(), static_cast<std::size_t>(page.offset()));
                      const auto to = std::min(all.size(), from + static_cast<std::size_t>(page.limit));
                      const std::span<const services::RtSessions> shown(all.data() + from, to - from);
                      return ApiResponse::page(
                          wire::json_array(shown, [](const services::RtSessions& u) { return wire::to_json(u); }),
                          static_cast<std::int64_t>(all.size()), page);
                    }});

  routes.push_back({"DELETE", R"(/api/v1/users/:id(\d{1,18})/sesi)", [&app](const ApiRequest& req) {
                      const int ended = services::RtSessionService(app).end_all(req.actor, req.param_int("id"));
                      return ApiResponse::json({{"diakhiri", ended}});
                    }});

  routes.push_back({"PUT", R"(/api/v1/users/:id(\d{1,18})/aktif)", [&app](const ApiRequest& req) {
                      services::AuthService(app).set_active(req.actor, req.param_int("id"),
                                                            wire::user_active(req.json_body()));
                      ApiResponse res;
                      res.status = 204;
                      return res;
                    }});
}

}  // namespace lindungi::http
