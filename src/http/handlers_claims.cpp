// Claims over HTTP (issue 5): events and claim cases, documents (raw file body, the checklist
// item in the path and the file name in ?nama_berkas=, as imports do), BPJS's steps, the
// scholarship follow-up and the claims report (JSON, XLSX or PDF: report_file.hpp).
#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/claims_service.hpp"
#include "services/report_documents.hpp"
#include "wire/claims.hpp"

namespace lindungi::http {

namespace {

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
                      const auto in = wire::event_input(req.object_body());
                      return ApiResponse::json(wire::to_json(services::ClaimsService(app).record_event(req.actor, in)),
                                               201);
                    }});

  routes.push_back({"GET", "/api/v1/claims", [&app](const ApiRequest& req) {
                      const auto worker = req.query_int("pekerja_id", 0, 0, 999'999'999);
                      const auto page = req.page_query();
                      const auto result =
                          services::ClaimsService(app).list(req.actor, req.query_or("wilayah"), req.query_or("status"),
                                                            worker, page.offset(), page.limit);
                      return ApiResponse::page(wire::to_json(result.items).at("items"), result.total, page);
                    }});

  routes.push_back({"GET", R"(/api/v1/claims/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::to_json(services::ClaimsService(app).get(req.actor, req.param_int("id"))));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/cover)", [&app](const ApiRequest& req) {
                      const auto b = wire::claim_decision(req.object_body());
                      return ApiResponse::json(wire::to_json(services::ClaimsService(app).confirm_cover(
                          req.actor, req.param_int("id"), b.keputusan, b.alasan)));
                    }});

  // One parameter name for the document in both routes (OpenAPI allows one path template): here the
  // checklist item's code, in the download below the stored document's number.
  Route upload{"POST", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen([a-z_]{1,40}))",
               [&app](const ApiRequest& req) {
                 return ApiResponse::json(wire::to_json(services::ClaimsService(app).upload_document(
                                              req.actor, req.param_int("id"), req.params.at("dokumen"),
                                              req.query_or("nama_berkas", "dokumen"), req.body)),
                                          201);
               }};
  upload.upload = true;
  routes.push_back(std::move(upload));

  routes.push_back(
      {"GET", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen(\d{1,18}))", [&app](const ApiRequest& req) {
         auto f =
             services::ClaimsService(app).download_document(req.actor, req.param_int("id"), req.param_int("dokumen"));
         ApiResponse r;
         r.content_type = f.mime;
         r.body = std::move(f.bytes);
         r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + f.name + "\"");
         r.headers.emplace_back("X-Content-Type-Options", "nosniff");
         return r;
       }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/submit)", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::to_json(services::ClaimsService(app).submit(req.actor, req.param_int("id"))));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/decision)", [&app](const ApiRequest& req) {
                      const auto b = wire::claim_decision(req.object_body());
                      return ApiResponse::json(wire::to_json(services::ClaimsService(app).decide(
                          req.actor, req.param_int("id"), b.keputusan, b.alasan, b.jumlah)));
                    }});

  routes.push_back({"POST", R"(/api/v1/claims/:id(\d{1,18})/payment)", [&app](const ApiRequest& req) {
                      const auto b = wire::payment(req.object_body());
                      return ApiResponse::json(wire::to_json(services::ClaimsService(app).pay(
                          req.actor, req.param_int("id"), b.jumlah, b.tanggal, b.referensi)));
                    }});

  routes.push_back({"GET", "/api/v1/scholarships/due", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int year = req.query_int("tahun", school_year_of(app.today()), 2015, 2100);
                      const std::string wilayah = req.query_or("wilayah");
                      const auto due = services::ClaimsService(app).scholarships_due(req.actor, year, wilayah);
                      if (format != ReportFormat::json)
                        return report_file(req, format,
                                           services::scholarships_due_document(
                                               app, due, year, wilayah.empty() ? req.actor.area : wilayah));
                      return ApiResponse::json(wire::scholarships_due_json(due, year));
                    }});

  routes.push_back({"POST", R"(/api/v1/scholarships/:id(\d{1,18})/years)", [&app](const ApiRequest& req) {
                      const auto b = wire::enrolment(req.object_body(), school_year_of(app.today()));
                      return ApiResponse::json(wire::to_json(services::ClaimsService(app).record_enrolment(
                                                   req.actor, req.param_int("id"), b.tahun_ajaran, b.jenjang, b.bukti,
                                                   b.menikah, b.bekerja, b.pengecualian_3a)),
                                               201);
                    }});

  routes.push_back(
      {"POST", R"(/api/v1/scholarship-years/:id(\d{1,18})/payment)", [&app](const ApiRequest& req) {
         const auto b = wire::scholarship_payment(req.object_body());
         return ApiResponse::json(wire::scholarship_payment_json(
             services::ClaimsService(app).pay_scholarship(req.actor, req.param_int("id"), b.tanggal, b.referensi)));
       }});

  routes.push_back({"GET", "/api/v1/reports/claims", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const Date today = app.today();
                      const Date from = query_date(req, "dari", Date{today.year, 1, 1});
                      const Date to = query_date(req, "sampai", today);
                      const std::string wilayah = req.query_or("wilayah");
                      const auto r = services::ClaimsService(app).report(req.actor, from, to, wilayah);
                      if (format == ReportFormat::json) return ApiResponse::json(wire::to_json(r));
                      return report_file(req, format,
                                         services::claims_document(app, r, wilayah.empty() ? req.actor.area : wilayah));
                    }});
}

}  // namespace lindungi::http
