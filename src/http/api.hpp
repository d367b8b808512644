#pragma once
// The HTTP API as plain C++: routes map a request to a response. Only server.cpp knows RESTinio;
// handlers stay cheap to compile and easy to test.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/access.hpp"
#include "services/app.hpp"
#include "services/message_catalogue.hpp"

namespace lindungi::http {

struct ApiRequest {
  std::string method;
  std::string path;
  std::map<std::string, std::string> query;   // decoded
  std::map<std::string, std::string> params;  // from the route pattern
  std::map<std::string, std::string> headers; // lower-case names
  std::string body;
  std::string client;   // the peer's address, for login throttling
  bool secure = false;  // reached over TLS (directly or behind a proxy): cookies get Secure
  // Set by dispatch() from the session cookie before the handler runs.
  Actor actor;
  std::string session_token;
  std::string csrf;

  // Typed accessors that throw BadRequest naming the parameter.
  std::string query_or(const std::string& name, const std::string& fallback = {}) const;
  int query_int(const std::string& name, int fallback, int min, int max) const;
  std::int64_t param_int(const std::string& name) const;
  // Parses the body as JSON; BadRequest with a position when it is not.
  nlohmann::json json_body() const;
  // The language the client asked for with Accept-Language (issue 17 item 10): for the files a
  // handler writes (reports, error reports); JSON answers are translated by server.cpp.
  services::Language language() const;
  // The body as a JSON object, the one body parser of the routes that take fields: not JSON is
  // 400 json_tidak_valid, JSON of another shape 422 bukan_objek (as a worker's form answers). An
  // empty body is {} (every field absent) unless `empty` is EmptyBody::refused (then not JSON).
  enum class EmptyBody { allowed, refused };
  nlohmann::json object_body(EmptyBody empty = EmptyBody::allowed) const;
  // ?page=1&limit=50 (page from 1, limit 1-500): the one paging query of every list.
  struct PageQuery {
    int page = 1;
    int limit = 50;
    int offset() const { return (page - 1) * limit; }
  };
  PageQuery page_query() const;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static ApiResponse json(const nlohmann::json& j, int status = 200);
  // A JSON document already written as text.
  static ApiResponse json_text(std::string text, int status = 200);
  // The one paging envelope of every list: {"items":[...],"limit":L,"page":P,"total":N}; the
  // items as JSON values, or as the text of a JSON array (a list written as text for speed).
  static ApiResponse page(const nlohmann::json& items, std::int64_t total, const ApiRequest::PageQuery& query);
  static ApiResponse page_text(const std::string& items_array, std::int64_t total, const ApiRequest::PageQuery& query);
};

struct Route {
  std::string method;   // GET, POST, PUT, ...
  std::string pattern;  // express syntax: /api/v1/workers/:id(\d+)
  std::function<ApiResponse(const ApiRequest&)> handler;
  bool requires_login = true;  // false only for public aggregates, health and login itself
  bool upload = false;         // the body is a file (up to ServerOptions::max_upload_bytes), not JSON
  // Open to a restricted session (a role that requires a second factor, not enrolled yet: issue
  // 16 item 8): only the routes that enrol it, show the account, change the password, log out.
  bool while_enrolling = false;
};

// Runs one route for one request: resolves the session cookie to an actor, refuses a missing
// login (401) and a write without the session's CSRF token (403), calls the handler, and turns
// any exception into the JSON error. The only place where these checks are made.
ApiResponse dispatch(services::App& app, const Route& route, ApiRequest& request);

// The JSON error body of DESIGN.md §5 for any exception: the one place where errors become
// HTTP statuses. Unknown exceptions become a 500 without internals.
ApiResponse error_response(const std::exception_ptr& error);
ApiResponse error_response(int status, const std::string& code, const std::string& message,
                           const std::string& field = {});

// Every /api/v1 route, from the handler files.
std::vector<Route> api_routes(services::App& app);
void add_health_routes(std::vector<Route>& routes, services::App& app);
void add_region_routes(std::vector<Route>& routes, services::App& app);
void add_worker_routes(std::vector<Route>& routes, services::App& app);
void add_report_routes(std::vector<Route>& routes, services::App& app);
void add_tool_routes(std::vector<Route>& routes, services::App& app);
void add_auth_routes(std::vector<Route>& routes, services::App& app);
void add_audit_routes(std::vector<Route>& routes, services::App& app);
void add_funding_routes(std::vector<Route>& routes, services::App& app);
void add_import_routes(std::vector<Route>& routes, services::App& app);        // handlers_imports.cpp
void add_duplicate_routes(std::vector<Route>& routes, services::App& app);     // handlers_imports.cpp
void add_verification_routes(std::vector<Route>& routes, services::App& app);  // handlers_verification.cpp
// Jakon (issue 9): construction projects and their compliance report.
void add_jakon_routes(std::vector<Route>& routes, services::App& app);  // handlers_jakon.cpp
// Claims (issue 5): cases, documents, scholarships, the claims report.
void add_claim_routes(std::vector<Route>& routes, services::App& app);  // handlers_claims.cpp
// BPJS registration and member cards (issue 4 items 4-5): handlers_bpjs.cpp.
void add_bpjs_registration_routes(std::vector<Route>& routes, services::App& app);
void add_card_routes(std::vector<Route>& routes, services::App& app);
// Billing (issue 4): invoices, payments, arrears, renewals, RT fund, billing reports.
void add_billing_routes(std::vector<Route>& routes, services::App& app);  // handlers_billing.cpp
// Many areas in one deployment (issue 8 item 3): creating RTs.
void add_province_routes(std::vector<Route>& routes, services::App& app);  // handlers_province.cpp
// Holidays as data (issue 15).
void add_calendar_routes(std::vector<Route>& routes, services::App& app);         // handlers_calendar.cpp
void add_programme_rules_routes(std::vector<Route>& routes, services::App& app);  // handlers_programme_rules.cpp
// Cek Perlindungan (issue 20 item 1): POST /public/cek.
void add_protection_routes(std::vector<Route>& routes, services::App& app);  // handlers_protection.cpp
// The API's contract (docs/openapi.yaml) as JSON and its reference page (issue 18 item 5).
void add_openapi_routes(std::vector<Route>& routes);  // handlers_openapi.cpp

}  // namespace lindungi::http
