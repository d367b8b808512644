// Funders over HTTP (docs/API.md "Sumber dana"): funders, budgets, allocations and a member's
// ledger; the JSON both ways is wire/funding.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/funding_service.hpp"
#include "wire/billing.hpp"
#include "wire/fields.hpp"
#include "wire/funding.hpp"

namespace lindungi::http {

void add_funding_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/funders", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::FundingService(app).funders(req.actor, page.offset(), page.limit);
                      return ApiResponse::page(wire::funders_json(result.items).at("items"), result.total, page);
                    }});

  routes.push_back({"POST", "/api/v1/funders", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto f = services::FundingService(app).put_funder(req.actor, wire::funder_request(body));
                      return ApiResponse::json(wire::to_json(wire::funder_answer(f)), 201);
                    }});

  routes.push_back(
      {"PUT", R"(/api/v1/funders/:kode([a-z0-9_.:]{1,64})/budget/:tahun(\d{4}))", [&app](const ApiRequest& req) {
         const auto body = req.json_body();
         if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
         const auto b = wire::budget_request(body);
         const int tahun = static_cast<int>(req.param_int("tahun"));
         services::FundingService(app).set_budget(req.actor, req.params.at("kode"), tahun, b.pagu, b.kuota);
         ApiResponse res;
         res.status = 204;
         return res;
       }});

  // Allocate workers to a funder: {"pekerja":[1,2,3],"sumber_dana":"apbd_kota","mulai":"2026-01","bulan":12}
  routes.push_back({"POST", "/api/v1/allocations", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto b = wire::allocation_request(body);
                      return ApiResponse::json(wire::allocation_outcomes_json(services::FundingService(app).allocate(
                          req.actor, b.pekerja, b.sumber_dana, b.mulai, b.bulan)));
                    }});

  // Issue 22 item 4: each worker funded by the first funder of his kab/kota's order of priority
  // that can pay.
  routes.push_back({"POST", "/api/v1/allocations/prioritas", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto ids = wire::id_list_field(body, "pekerja");
                      const YearMonth mulai = wire::month_field(body, "mulai");
                      const int bulan = wire::int_field(body, "bulan", 1, 12).value_or(12);
                      return ApiResponse::json(wire::allocation_outcomes_json(
                          services::FundingService(app).allocate_by_priority(req.actor, ids, mulai, bulan)));
                    }});

  routes.push_back({"GET", "/api/v1/reports/budget", [&app](const ApiRequest& req) {
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      return ApiResponse::json(
                          wire::budgets_json(services::FundingService(app).budgets(req.actor, tahun), tahun));
                    }});

  // The member's month-by-month ledger; ?tanggal=2026-05-20 also answers "covered on that day?".
  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/ledger)", [&app](const ApiRequest& req) {
                      std::optional<Date> on;
                      if (const std::string t = req.query_or("tanggal"); !t.empty()) {
                        on = parse_date(t);
                        if (!on) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + t + "' tidak valid", "tanggal");
                      }
                      return ApiResponse::json(
                          wire::to_json(services::FundingService(app).ledger(req.actor, req.param_int("id"), on), on));
                    }});
}

}  // namespace lindungi::http
