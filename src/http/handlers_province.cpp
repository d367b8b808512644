// Many areas in one deployment (issue 8 item 3): creating the RTs of a kelurahan/desa, so that
// workers can be recorded in a kab/kota whose RT list was never loaded.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/region_service.hpp"
#include "wire/regions.hpp"

namespace lindungi::http {

void add_province_routes(std::vector<Route>& routes, services::App& app) {
  // {"nomor": 7, "nama_ketua": "…"} -> 201 {"kode","kode_kelurahan","nomor","nama_ketua"}
  routes.push_back({"POST", R"(/api/v1/regions/:kode([0-9.]{2,17})/rts)", [&app](const ApiRequest& req) {
                      const auto b = wire::rt_request(req.json_body());
                      const auto rt = services::RegionService(app).create_rt(req.actor, req.params.at("kode"), b.nomor,
                                                                             b.nama_ketua);
                      return ApiResponse::json(wire::rt_json(rt), 201);
                    }});
}

}  // namespace lindungi::http
