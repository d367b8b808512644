#include "http/api.hpp"

namespace lindungi::http {

void add_health_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/health",
                    [&app](const ApiRequest&) {
                      const auto fixed = app.fixed_today();
                      std::int64_t workers = 0;
                      app.store().read([&](store::Session& s) { workers = s.count_workers(); });
                      return ApiResponse::json(
                          {{"status", "ok"},
                           {"database", app.store().backend()},
                           {"workers", workers},
                           {"today", app.today().iso()},
                           // The one clock (issue 15): a fixed date is said.
                           {"tanggal_tetap", fixed ? nlohmann::json(fixed->iso()) : nlohmann::json()}});
                    },
                    false});
}

}  // namespace lindungi::http
