// The programme's rules per kab/kota (issue 22 item 4): read by the roles of the area, a row added
// or a future row corrected by the kab/kota's admin (audited); the JSON is wire/programme_rules.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/programme_rules_service.hpp"
#include "wire/programme_rules.hpp"

namespace lindungi::http {

void add_programme_rules_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/aturan", [&app](const ApiRequest& req) {
                      const std::string kode = req.query_or("wilayah", req.actor.area);
                      if (kode.empty())
                        throw BadRequest("wilayah_wajib", "Pilih kabupaten/kota (?wilayah=15.71)", "wilayah");
                      std::optional<Date> on;
                      if (const std::string t = req.query_or("tanggal"); !t.empty()) {
                        on = parse_iso_date(t);
                        if (!on) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + t + "' tidak valid", "tanggal");
                      }
                      return ApiResponse::json(
                          wire::to_json(services::ProgrammeRulesService(app).view(req.actor, kode, on)));
                    }});

  routes.push_back({"PUT", R"(/api/v1/aturan/:wilayah(\d{2}\.\d{2}))", [&app](const ApiRequest& req) {
                      const auto rules = wire::rule_set_request(req.json_body(), req.params.at("wilayah"));
                      return ApiResponse::json(
                          wire::to_json(services::ProgrammeRulesService(app).put(req.actor, rules)));
                    }});
}

}  // namespace lindungi::http
