#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/region_service.hpp"
#include "services/report_service.hpp"
#include "wire/reports.hpp"

namespace lindungi::http {

void add_region_routes(std::vector<Route>& routes, services::App& app) {
  // The region tree (province > city > kecamatan > kelurahan) with worker counts per area.
  routes.push_back({"GET", "/api/v1/regions", [&app](const ApiRequest& req) {
                      services::ReportService reports(app);
                      const auto rows = reports.region_tree_counts(req.actor);
                      std::map<std::string, nlohmann::json> nodes;
                      for (const auto& row : rows) {
                        auto node = wire::coverage_row_json(row);
                        const Region* r = app.regions().find(row.kode);
                        node["tingkat"] = r ? std::string{to_string(r->level)} : "";
                        // Many areas in one deployment (issue 8 item 3): which kab/kota has a map.
                        if (r && r->level == RegionLevel::kabkota) {
                          const std::string peta = services::boundary_map_url(r->kode);
                          node["peta"] = peta.empty() ? nlohmann::json(nullptr) : nlohmann::json(peta);
                        }
                        node["children"] = nlohmann::json::array();
                        nodes[row.kode] = std::move(node);
                      }
                      // Attach children deepest first so each subtree is complete when moved.
                      nlohmann::json roots = nlohmann::json::array();
                      for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
                        const std::string parent = parent_code(it->first);
                        auto p = nodes.find(parent);
                        if (p != nodes.end()) p->second["children"].insert(p->second["children"].begin(), it->second);
                      }
                      for (auto& [kode, node] : nodes)
                        if (!nodes.contains(parent_code(kode))) roots.push_back(node);
                      return ApiResponse::json({{"regions", roots}});
                    }});

  routes.push_back({"GET", R"(/api/v1/regions/:kode([0-9.]{2,17})/rts)", [&app](const ApiRequest& req) {
                      const std::string kode = req.params.at("kode");
                      const auto rts = services::RegionService(app).rts_of(req.actor, kode);
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& rt : rts)
                        items.push_back({{"kode", rt.kode}, {"nomor", rt.nomor}, {"nama_ketua", rt.nama_ketua}});
                      return ApiResponse::json({{"kelurahan", app.regions().find(kode)->nama}, {"items", items}});
                    }});
}

}  // namespace lindungi::http
