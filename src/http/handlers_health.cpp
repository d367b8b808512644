#include "http/api.hpp"

namespace lindungi::http {

void add_health_routes(std::vector<Route>& routes, services::App& app) {
  // Issue 16 item 6: a health check anyone may call as often as they like, so it costs nothing:
  // no database query (it counted every worker), only what the process already knows.
  routes.push_back({"GET", "/api/v1/health",
                    [&app](const ApiRequest&) {
                      const auto fixed = app.fixed_today();
                      return ApiResponse::json(
                          {{"status", "ok"},
                           {"database", app.database_backend()},
                           {"today", app.today().iso()},
                           // The one clock (issue 15): a fixed date is said.
                           {"tanggal_tetap", fixed ? nlohmann::json(fixed->iso()) : nlohmann::json()}});
                    },
                    false});
}

}  // namespace lindungi::http
