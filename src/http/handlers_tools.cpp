#include "core/errors.hpp"
#include "core/jakon.hpp"
#include "core/jakon_project.hpp"  // Jakon (issue 9): the deadline
#include "core/nik.hpp"
#include "core/phone.hpp"
#include "core/premium.hpp"
#include "http/api.hpp"
#include "wire/tools.hpp"

namespace lindungi::http {

void add_tool_routes(std::vector<Route>& routes, services::App& app) {
  // What a NIK encodes; no registry lookup, so nothing personal is disclosed.
  routes.push_back({"GET", R"(/api/v1/nik/:nik([^/]{1,40}))", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::nik_json(analyze_nik(req.params.at("nik"), app.today(), &app.regions())));
                    }});

  // The phone rule of core/worker.cpp for the worker form's live check (issue 20 item 5), so that
  // the browser holds no copy of it. A POST: a phone number is personal data, kept out of URLs.
  routes.push_back({"POST", "/api/v1/no-hp", [](const ApiRequest& req) {
                      const auto body = req.object_body();
                      const auto typed = body.contains("no_hp") && body["no_hp"].is_string()
                                             ? body["no_hp"].get<std::string>().substr(0, 64)
                                             : std::string{};
                      if (const auto phone = normalize_phone(typed))
                        return ApiResponse::json({{"valid", true}, {"no_hp", *phone}, {"pesan", nullptr}});
                      return ApiResponse::json({{"valid", false}, {"no_hp", nullptr}, {"pesan", phone_problem()}});
                    }});

  // The premium calculator (RULES.md §2): ?income=1000000&months=12&workers=20&jht=1
  routes.push_back({"GET", "/api/v1/premium",
                    [&app](const ApiRequest& req) {
                      PremiumRequest p;
                      const std::string income = req.query_or("income", "1000000");
                      const auto rp = parse_rupiah(income);
                      if (!rp)
                        throw BadRequest("penghasilan_tidak_valid", "Penghasilan '" + income + "' tidak valid",
                                         "income");
                      p.income = *rp;
                      p.months = req.query_int("months", 1, 1, 120);
                      p.workers = req.query_int("workers", 1, 1, 10'000'000);
                      const std::string jht = req.query_or("jht", "0");
                      p.jht = jht == "1" || jht == "true";
                      p.on = app.today();
                      return ApiResponse::json(wire::premium_json(compute_premium(app.rules(), p)));
                    },
                    false});

  // The construction premium calculator (RULES.md §6.2): ?value=850000000&ppn_included=1&ppn=11
  routes.push_back({"GET", "/api/v1/jakon",
                    [&app](const ApiRequest& req) {
                      const std::string value = req.query_or("value");
                      const auto rp = parse_rupiah(value);
                      if (!rp) throw BadRequest("nilai_tidak_valid", "Nilai '" + value + "' tidak valid", "value");
                      const std::string included = req.query_or("ppn_included", "0");
                      const std::string ppn = req.query_or("ppn");
                      std::optional<int> percent;
                      if (!ppn.empty()) percent = req.query_int("ppn", 11, 0, 50);
                      auto out = wire::jakon_json(compute_jakon(
                          app.rules(), {*rp, included == "1" || included == "true", percent, app.today()}));
                      // Jakon (issue 9): ?spk=YYYY-MM-DD adds the registration deadline for the project form.
                      if (const std::string spk = req.query_or("spk"); !spk.empty()) {
                        const auto d = parse_date(spk);
                        if (!d) throw BadRequest("tanggal_tidak_valid", "Tanggal SPK '" + spk + "' tidak valid", "spk");
                        out["batas_daftar"] = registration_deadline(*app.calendar(), *d).iso();
                      }
                      return ApiResponse::json(out);
                    },
                    false});
}

}  // namespace lindungi::http
