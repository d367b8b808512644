#include "http/api.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "core/error_detail.hpp"
#include "core/errors.hpp"
#include "services/auth_service.hpp"
#include "services/idempotency.hpp"
#include "services/logging.hpp"
#include "services/session_idle.hpp"

namespace lindungi::http {

services::Language ApiRequest::language() const {
  const auto it = headers.find("accept-language");
  return services::language_from_accept(it == headers.end() ? std::string_view{} : std::string_view{it->second});
}

std::string ApiRequest::query_or(const std::string& name, const std::string& fallback) const {
  const auto it = query.find(name);
  return it == query.end() ? fallback : it->second;
}

int ApiRequest::query_int(const std::string& name, int fallback, int min, int max) const {
  const auto it = query.find(name);
  if (it == query.end() || it->second.empty()) return fallback;
  const std::string& v = it->second;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) < min ||
      std::stoi(v) > max)
    throw BadRequest("parameter_tidak_valid",
                     "Parameter '" + name + "' harus angka " + std::to_string(min) + "-" + std::to_string(max), name);
  return std::stoi(v);
}

std::int64_t ApiRequest::param_int(const std::string& name) const {
  const auto it = params.find(name);
  if (it == params.end() || it->second.empty() || it->second.size() > 18 ||
      it->second.find_first_not_of("0123456789") != std::string::npos)
    throw BadRequest("parameter_tidak_valid", "Parameter '" + name + "' harus angka", name);
  return std::stoll(it->second);
}

nlohmann::json ApiRequest::json_body() const {
  try {
    return nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    throw BadRequest("json_tidak_valid",
                     "Isi permintaan bukan JSON yang valid (posisi byte " + std::to_string(e.byte) + ")");
  }
}

nlohmann::json ApiRequest::object_body(EmptyBody empty) const {
  if (body.empty() && empty == EmptyBody::allowed) return nlohmann::json::object();
  auto j = json_body();
  if (!j.is_object()) throw ValidationError("", "bukan_objek", "Isi permintaan harus objek JSON");
  return j;
}

ApiRequest::PageQuery ApiRequest::page_query() const {
  PageQuery q;
  q.limit = query_int("limit", 50, 1, 500);
  q.page = query_int("page", 1, 1, 1'000'000);
  return q;
}

ApiResponse ApiResponse::json(const nlohmann::json& j, int status) {
  ApiResponse r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

ApiResponse ApiResponse::json_text(std::string text, int status) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(text);
  return r;
}

// Keys in the order nlohmann::json writes an object (sorted), so both forms give the same bytes.
ApiResponse ApiResponse::page_text(const std::string& items_array, std::int64_t total,
                                   const ApiRequest::PageQuery& query) {
  return json_text("{\"items\":" + items_array + ",\"limit\":" + std::to_string(query.limit) +
                   ",\"page\":" + std::to_string(query.page) + ",\"total\":" + std::to_string(total) + "}");
}

ApiResponse ApiResponse::page(const nlohmann::json& items, std::int64_t total, const ApiRequest::PageQuery& query) {
  return page_text(items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), total, query);
}

ApiResponse error_response(int status, const std::string& code, const std::string& message, const std::string& field) {
  nlohmann::json err = {{"code", code}, {"message", message}, {"field", field}};
  return ApiResponse::json({{"error", err}}, status);
}

namespace {

// The error object of one of our errors: its code, message and field, and the facts of its detail
// (core/error_detail.hpp) when it has one.
nlohmann::json error_object(const Error& e) {
  nlohmann::json err = {{"code", e.code()}, {"message", e.what()}, {"field", e.field()}};
  if (const auto* more = dynamic_cast<const HasErrorDetail*>(&e))
    for (const auto& [name, value] : more->detail()) err[name] = value;
  return err;
}

ApiResponse error_answer(int status, const Error& e) { return ApiResponse::json({{"error", error_object(e)}}, status); }

}  // namespace

ApiResponse error_response(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const ValidationError& e) {
    nlohmann::json body = {{"error", error_object(e)}};
    nlohmann::json all = nlohmann::json::array();
    for (const auto& f : e.errors()) all.push_back({{"field", f.field}, {"code", f.code}, {"message", f.message}});
    body["error"]["errors"] = all;
    return ApiResponse::json(body, 422);
  } catch (const BadRequest& e) {
    return error_answer(400, e);
  } catch (const Unauthorized& e) {
    return error_answer(401, e);
  } catch (const Forbidden& e) {
    return error_answer(403, e);
  } catch (const NotFound& e) {
    return error_answer(404, e);
  } catch (const Conflict& e) {
    return error_answer(409, e);
  } catch (const TooManyAttempts& e) {
    return error_answer(429, e);
  } catch (const nlohmann::json::exception&) {
    return error_response(400, "json_tidak_valid", "Isi permintaan JSON tidak sesuai format yang diharapkan");
  } catch (const std::exception& e) {
    // Details stay in the server log (without any NIK a database message may quote); the client
    // learns nothing about internals.
    spdlog::error("kesalahan server: {}", services::logging::redact(e.what()));
  } catch (...) {
    spdlog::error("kesalahan server tanpa keterangan");
  }
  return error_response(500, "kesalahan_server", "Terjadi kesalahan pada server; silakan coba lagi");
}

namespace {

std::string cookie_value(const std::string& header, const std::string& name) {
  std::size_t pos = 0;
  while (pos < header.size()) {
    const std::size_t end = std::min(header.find(';', pos), header.size());
    std::string part = header.substr(pos, end - pos);
    const auto b = part.find_first_not_of(' ');
    if (b != std::string::npos) part = part.substr(b);
    if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 && part[name.size()] == '=')
      return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return {};
}

bool same(const std::string& a, const std::string& b) {
  // Constant time in the length of the expected token.
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

ApiResponse replayed(const services::KeptAnswer& first) {
  ApiResponse r = ApiResponse::json_text(first.body, first.status);
  r.content_type = first.content_type;
  r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

// A write with an Idempotency-Key (issue 21 item 3; services/idempotency.hpp says how): the first
// answer again when the key was used for this request, else the handler with the key claimed by
// its writes, and its answer kept when one of them committed.
ApiResponse keyed_dispatch(services::App& app, const Route& route, ApiRequest& req, const std::string& kunci) {
  // The query is part of the request (POST /imports?dry_run=1 is not the import itself).
  std::string target = req.path;
  for (const auto& [name, value] : req.query)
    target += (target.size() == req.path.size() ? "?" : "&") + name + "=" + value;
  services::IdempotentRequest keyed(app, req.actor, kunci, req.method, target, req.body);
  if (auto first = keyed.kept()) return replayed(*first);
  ApiResponse res;
  {
    const auto claim = keyed.claim();
    try {
      res = route.handler(req);
    } catch (...) {
      // Another request with this key wrote first; this one wrote nothing.
      if (keyed.taken_meanwhile()) return replayed(keyed.first_answer());
      res = error_response(std::current_exception());
    }
  }
  try {
    keyed.keep({res.status, res.content_type, res.body});
  } catch (const std::exception& e) {
    // The write is committed and its key with it: a repeat is refused (409), never written twice.
    spdlog::error("jawaban kunci idempotensi tidak tersimpan: {}", services::logging::redact(e.what()));
  }
  return res;
}

}  // namespace

ApiResponse dispatch(services::App& app, const Route& route, ApiRequest& req) {
  try {
    req.actor = Actor{"publik", Role::publik, "", ""};
    std::string refused_token;
    bool restricted = false;
    if (const auto it = req.headers.find("cookie"); it != req.headers.end()) {
      const std::string token = cookie_value(it->second, services::AuthService::kCookie);
      if (auto session = services::AuthService(app).authenticate(token)) {
        req.actor = session->actor;
        req.session_token = token;
        req.csrf = session->csrf;
        restricted = session->terbatas;
      } else {
        refused_token = token;
      }
    }
    if (route.requires_login && req.actor.role == Role::publik) {
      // Say why a session the browser still holds has ended (issue 16 item 8): the login screen
      // shows it.
      using End = services::SessionEnd;
      switch (refused_token.empty() ? End::unknown : services::why_session_refused(app, refused_token)) {
        case End::idle:
          throw Unauthorized("sesi_tidak_aktif",
                             "Sesi berakhir karena tidak aktif selama 30 menit; silakan masuk lagi");
        case End::expired:
          throw Unauthorized("sesi_kedaluwarsa", "Sesi berakhir (batas 12 jam); silakan masuk lagi");
        case End::unknown:
          break;
      }
      throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
    }
    if (restricted && route.requires_login && !route.while_enrolling)
      throw Forbidden(
          "perlu_daftar_otp",
          "Peran Anda wajib memakai verifikasi dua langkah: daftarkan aplikasi autentikator terlebih dahulu");
    const bool writes = req.method != "GET" && req.method != "HEAD";
    if (writes && !req.session_token.empty()) {
      const auto it = req.headers.find("x-csrf-token");
      if (it == req.headers.end() || !same(it->second, req.csrf))
        throw Forbidden("csrf_tidak_valid", "Token keamanan (CSRF) tidak ada atau tidak cocok; muat ulang halaman");
    }
    // Holidays entered by another process (the CLI) reach a running server within a minute.
    app.refresh_calendar_if_stale();
    // Session mechanics (login, logout, password, second factor) are no records: never keyed.
    if (const auto key = req.headers.find("idempotency-key");
        writes && key != req.headers.end() && req.actor.role != Role::publik && !req.path.starts_with("/api/v1/auth/"))
      return keyed_dispatch(app, route, req, key->second);
    return route.handler(req);
  } catch (...) {
    return error_response(std::current_exception());
  }
}

std::vector<Route> api_routes(services::App& app) {
  std::vector<Route> routes;
  add_auth_routes(routes, app);
  add_audit_routes(routes, app);
  add_health_routes(routes, app);
  add_region_routes(routes, app);
  add_worker_routes(routes, app);
  add_report_routes(routes, app);
  add_tool_routes(routes, app);
  add_funding_routes(routes, app);
  add_import_routes(routes, app);
  add_duplicate_routes(routes, app);
  add_verification_routes(routes, app);
  add_jakon_routes(routes, app);  // Jakon (issue 9)
  add_claim_routes(routes, app);  // claims (issue 5)
  // BPJS registration and member cards (issue 4 items 4-5).
  add_bpjs_registration_routes(routes, app);
  add_card_routes(routes, app);
  // Billing (issue 4).
  add_billing_routes(routes, app);
  // Many areas in one deployment (issue 8 item 3).
  add_province_routes(routes, app);
  // Holidays as data (issue 15).
  add_calendar_routes(routes, app);
  add_programme_rules_routes(routes, app);
  add_protection_routes(routes, app);  // Cek Perlindungan (issue 20 item 1)
  add_openapi_routes(routes);
  return routes;
}

}  // namespace lindungi::http
