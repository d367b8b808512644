#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/funding_service.hpp"

namespace lindungi::http {

namespace {

nlohmann::json funder_json(const store::FunderRecord& f) {
  return {{"kode", f.kode}, {"nama", f.nama}, {"jenis", f.jenis}, {"wilayah", f.wilayah}, {"pekerjaan", f.pekerjaan},
          {"aktif", f.aktif}};
}

std::string text(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string()) throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

std::int64_t integer(const nlohmann::json& body, const char* name, std::int64_t fallback) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_number_integer()) throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus angka");
  return it->get<std::int64_t>();
}

YearMonth parse_month(const std::string& text, const char* field) {
  if (text.size() != 7 || text[4] != '-' || text.find_first_not_of("0123456789-") != std::string::npos)
    throw ValidationError(field, "bulan_tidak_valid", "Bulan harus berformat YYYY-MM, mis. 2026-01");
  const YearMonth m{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2))};
  if (m.month < 1 || m.month > 12 || m.year < 2015 || m.year > 2100)
    throw ValidationError(field, "bulan_tidak_valid", "Bulan '" + text + "' tidak valid");
  return m;
}

}  // namespace

void add_funding_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/funders", [&app](const ApiRequest& req) {
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& f : services::FundingService(app).funders(req.actor)) items.push_back(funder_json(f));
                      return ApiResponse::json({{"items", items}});
                    }});

  routes.push_back({"POST", "/api/v1/funders", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      store::FunderRecord f{text(body, "kode"), text(body, "nama"), text(body, "jenis"),
                                            text(body, "wilayah"), {}, true};
                      if (const auto it = body.find("pekerjaan"); it != body.end() && it->is_array())
                        for (const auto& p : *it)
                          if (p.is_string()) f.pekerjaan.push_back(p.get<std::string>());
                      f = services::FundingService(app).put_funder(req.actor, f);
                      return ApiResponse::json(funder_json(f), 201);
                    }});

  routes.push_back({"PUT", R"(/api/v1/funders/:kode([a-z0-9_.:]{1,64})/budget/:tahun(\d{4}))", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const int tahun = static_cast<int>(req.param_int("tahun"));
                      services::FundingService(app).set_budget(req.actor, req.params.at("kode"), tahun,
                                                               integer(body, "pagu", -1), integer(body, "kuota", 0));
                      ApiResponse res;
                      res.status = 204;
                      return res;
                    }});

  // Allocate workers to a funder: {"pekerja":[1,2,3],"sumber_dana":"apbd_kota","mulai":"2026-01","bulan":12}
  routes.push_back({"POST", "/api/v1/allocations", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      std::vector<std::int64_t> ids;
                      const auto it = body.find("pekerja");
                      if (it == body.end() || !it->is_array())
                        throw ValidationError("pekerja", "wajib_diisi", "Daftar id pekerja wajib diisi");
                      for (const auto& id : *it) {
                        if (!id.is_number_integer()) throw ValidationError("pekerja", "tipe_salah", "Id pekerja harus angka");
                        ids.push_back(id.get<std::int64_t>());
                      }
                      const auto outcomes = services::FundingService(app).allocate(
                          req.actor, ids, text(body, "sumber_dana"), parse_month(text(body, "mulai"), "mulai"),
                          static_cast<int>(integer(body, "bulan", 12)));
                      nlohmann::json items = nlohmann::json::array();
                      int accepted = 0;
                      for (const auto& o : outcomes) {
                        nlohmann::json problems = nlohmann::json::array();
                        for (const auto& p : o.problems)
                          problems.push_back({{"field", p.field}, {"code", p.code}, {"message", p.message}});
                        items.push_back({{"pekerja_id", o.pekerja_id}, {"nama", o.nama}, {"ok", o.ok},
                                         {"iuran", o.amount}, {"masalah", problems}});
                        accepted += o.ok;
                      }
                      return ApiResponse::json({{"accepted", accepted},
                                                {"rejected", static_cast<int>(outcomes.size()) - accepted},
                                                {"items", items}});
                    }});

  routes.push_back({"GET", "/api/v1/reports/budget", [&app](const ApiRequest& req) {
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      nlohmann::json rows = nlohmann::json::array();
                      for (const auto& b : services::FundingService(app).budgets(req.actor, tahun))
                        rows.push_back({{"sumber_dana", b.sumber_dana}, {"tahun", b.tahun}, {"pagu", b.pagu},
                                        {"kuota", b.kuota}, {"terpakai", b.terpakai}, {"pekerja", b.pekerja},
                                        {"sisa", b.pagu - b.terpakai},
                                        {"persen_terpakai", b.pagu > 0 ? 100.0 * b.terpakai / b.pagu : 0.0}});
                      return ApiResponse::json({{"tahun", tahun}, {"rows", rows}});
                    }});

  // The member's month-by-month ledger; ?tanggal=2026-05-20 also answers "covered on that day?".
  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/ledger)", [&app](const ApiRequest& req) {
                      std::optional<Date> on;
                      if (const std::string t = req.query_or("tanggal"); !t.empty()) {
                        on = parse_date(t);
                        if (!on) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + t + "' tidak valid", "tanggal");
                      }
                      const auto r = services::FundingService(app).ledger(req.actor, req.param_int("id"), on);
                      nlohmann::json months = nlohmann::json::array();
                      for (std::size_t i = 0; i < r.months.size(); ++i) {
                        const auto& m = r.months[i];
                        nlohmann::json row = {{"bulan", m.entry.month.iso()}, {"iuran", m.entry.billed},
                                              {"dibayar", m.entry.paid}, {"sumber_dana", m.entry.funder},
                                              {"status", std::string{to_string(m.state)}}};
                        // A month BPJS's answers do not let us bill: why, in words (issue 17).
                        if (r.not_billed[i] != NotBillable::none)
                          row["keterangan"] = std::string{to_words(r.not_billed[i])};
                        months.push_back(std::move(row));
                      }
                      nlohmann::json out = {{"pekerja_id", r.worker.id}, {"months", months}};
                      if (r.cover)
                        out["cover"] = {{"tanggal", on->iso()}, {"status", std::string{to_string(r.cover->cover)}},
                                        {"alasan", r.cover->reason}};
                      return ApiResponse::json(out);
                    }});
}

}  // namespace lindungi::http
