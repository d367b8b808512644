#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/region_service.hpp"
#include "services/report_service.hpp"
#include "wire/regions.hpp"
#include "wire/reports.hpp"

namespace lindungi::http {

void add_region_routes(std::vector<Route>& routes, services::App& app) {
  // The region tree (province > city > kecamatan > kelurahan) with worker counts per area.
  routes.push_back({"GET", "/api/v1/regions", [&app](const ApiRequest& req) {
                      services::ReportService reports(app);
                      return ApiResponse::json(
                          wire::region_tree_json(reports.region_tree_counts(req.actor), app.regions()));
                    }});

  routes.push_back({"GET", R"(/api/v1/regions/:kode([0-9.]{2,17})/rts)", [&app](const ApiRequest& req) {
                      const std::string kode = req.params.at("kode");
                      const auto rts = services::RegionService(app).rts_of(req.actor, kode);
                      return ApiResponse::json(wire::rts_json(app.regions().find(kode)->nama, rts));
                    }});
}

}  // namespace lindungi::http
