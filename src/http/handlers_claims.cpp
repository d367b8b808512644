// Claims over HTTP (issue 5): events and claim cases, documents (raw file body, the checklist
// item in the path and the file name in ?nama_berkas=, as imports do), BPJS's steps, the
// scholarship follow-up and the claims report (JSON, XLSX or PDF: report_file.hpp).
#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/claims_service.hpp"
#include "services/report_documents.hpp"

namespace lindungi::http {

namespace {

using nlohmann::json;

std::optional<Date> date_field(const json& body, const std::string& name) {
  if (!body.contains(name) || body[name].is_null()) return std::nullopt;
  if (!body[name].is_string()) throw ValidationError(name, "tanggal_tidak_valid", "Kolom '" + name + "' harus tanggal");
  const auto d = parse_date(body[name].get<std::string>());
  if (!d)
    throw ValidationError(name, "tanggal_tidak_valid",
                          "Tanggal '" + body[name].get<std::string>() + "' tidak valid (YYYY-MM-DD atau DD/MM/YYYY)");
  return d;
}

Date required_date(const json& body, const std::string& name) {
  const auto d = date_field(body, name);
  if (!d) throw ValidationError(name, "wajib_diisi", "Kolom '" + name + "' wajib diisi");
  return *d;
}

Date query_date(const ApiRequest& req, const std::string& name, const Date& fallback) {
  const std::string v = req.query_or(name);
  if (v.empty()) return fallback;
  const auto d = parse_date(v);
  if (!d) throw BadRequest("tanggal_tidak_valid", "Parameter '" + name + "' bukan tanggal yang valid", name);
  return *d;
}

}  // namespace

void add_claim_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"POST", "/api/v1/claims", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      services::EventInput in;
                      in.pekerja_id = b.value("pekerja_id", std::int64_t{0});
                      in.jenis = b.value("jenis", "");
                      in.tanggal = date_field(b, "tanggal");
                      in.kecelakaan_kerja = b.value("kecelakaan_kerja", false);
                      in.akibat = b.value("akibat", "");
                      in.tempat = b.value("tempat", "");
                      in.uraian = b.value("uraian", "");
                      in.persen = b.value("persen", 0);
                      in.bagian_tubuh = b.value("bagian_tubuh", "");
                      in.persen_fungsi = b.value("persen_fungsi", 100);
                      in.bulan_stmb = b.value("bulan_stmb", 0);
                      return ApiResponse::json(services::ClaimsService(app).record_event(req.actor, in), 201);
                    }});

  routes.push_back({"GET", "/api/v1/claims", [&app](const ApiRequest& req) {
                      const auto worker = req.query_int("pekerja_id", 0, 0, 999'999'999);
                      return ApiResponse::json(services::ClaimsService(app).list(req.actor, req.query_or("wilayah"),
                                                                                 req.query_or("status"), worker));
                    }});

  routes.push_back({"GET", R"(/api/v1/claims/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return ApiResponse::json(services::ClaimsService(app).get(req.actor, req.param_int("id")));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/cover)", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      return ApiResponse::json(services::ClaimsService(app).confirm_cover(
                          req.actor, req.param_int("id"), b.value("keputusan", ""), b.value("alasan", "")));
                    }});

  // One parameter name for the document in both routes (OpenAPI allows one path template): here the
  // checklist item's code, in the download below the stored document's number.
  Route upload{"POST", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen([a-z_]{1,40}))", [&app](const ApiRequest& req) {
                 return ApiResponse::json(
                     services::ClaimsService(app).upload_document(req.actor, req.param_int("id"), req.params.at("dokumen"),
                                                                  req.query_or("nama_berkas", "dokumen"), req.body),
                     201);
               }};
  upload.upload = true;
  routes.push_back(std::move(upload));

  routes.push_back({"GET", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen(\d{1,18}))", [&app](const ApiRequest& req) {
                      auto f = services::ClaimsService(app).download_document(req.actor, req.param_int("id"),
                                                                              req.param_int("dokumen"));
                      ApiResponse r;
                      r.content_type = f.mime;
                      r.body = std::move(f.bytes);
                      r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + f.name + "\"");
                      r.headers.emplace_back("X-Content-Type-Options", "nosniff");
                      return r;
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/submit)", [&app](const ApiRequest& req) {
                      return ApiResponse::json(services::ClaimsService(app).submit(req.actor, req.param_int("id")));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/decision)", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      std::optional<Rupiah> amount;
                      if (b.contains("jumlah") && !b["jumlah"].is_null()) amount = b["jumlah"].get<Rupiah>();
                      return ApiResponse::json(services::ClaimsService(app).decide(
                          req.actor, req.param_int("id"), b.value("keputusan", ""), b.value("alasan", ""), amount));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/payment)", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      return ApiResponse::json(
                          services::ClaimsService(app).pay(req.actor, req.param_int("id"), b.value("jumlah", Rupiah{0}),
                                                           required_date(b, "tanggal"), b.value("referensi", "")));
                    }});

  routes.push_back({"GET", "/api/v1/scholarships/due", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int year = req.query_int("tahun", school_year_of(app.today()), 2015, 2100);
                      const std::string wilayah = req.query_or("wilayah");
                      const auto due = services::ClaimsService(app).scholarships_due(req.actor, year, wilayah);
                      const json j = services::scholarship_due_json(due, year);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::scholarships_due_document(
                                                       app, j, year, wilayah.empty() ? req.actor.area : wilayah));
                      return ApiResponse::json(j);
                    }});

  routes.push_back({"POST", R"(/api/v1/scholarships/:id(\d{1,18})/years)", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      return ApiResponse::json(
                          services::ClaimsService(app).record_enrolment(
                              req.actor, req.param_int("id"), b.value("tahun_ajaran", school_year_of(app.today())),
                              b.value("jenjang", ""), b.value("bukti", ""), b.value("menikah", false),
                              b.value("bekerja", false), b.value("pengecualian_3a", false)),
                          201);
                    }});

  routes.push_back({"POST", R"(/api/v1/scholarship-years/:id(\d{1,18})/payment)", [&app](const ApiRequest& req) {
                      const json b = req.object_body();
                      return ApiResponse::json(services::ClaimsService(app).pay_scholarship(
                          req.actor, req.param_int("id"), required_date(b, "tanggal"), b.value("referensi", "")));
                    }});

  routes.push_back({"GET", "/api/v1/reports/claims", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const Date today = app.today();
                      const Date from = query_date(req, "dari", Date{today.year, 1, 1});
                      const Date to = query_date(req, "sampai", today);
                      const std::string wilayah = req.query_or("wilayah");
                      const json r = services::ClaimsService(app).report(req.actor, from, to, wilayah);
                      if (format == ReportFormat::json) return ApiResponse::json(r);
                      return report_file(req, format,
                                         services::claims_document(app, r, wilayah.empty() ? req.actor.area : wilayah));
                    }});
}

}  // namespace lindungi::http
