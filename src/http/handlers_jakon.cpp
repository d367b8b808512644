// Kampung Bahagia construction projects (issue 9): parse, call JakonService, render.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/jakon_service.hpp"
#include "services/report_documents.hpp"
#include "wire/jakon.hpp"

namespace lindungi::http {

namespace {

ApiResponse project(const services::ProjectView& v, int status = 200) {
  return ApiResponse::json(wire::project_json(v, wire::NikView::masked), status);
}

}  // namespace

void add_jakon_routes(std::vector<Route>& routes, services::App& app) {
  // ?wilayah=&status=&jenis=&kepatuhan=tanpa_sertifikat|terlambat|mulai_tanpa_perlindungan|patuh&q=&page=&limit=
  routes.push_back({"GET", "/api/v1/projects", [&app](const ApiRequest& req) {
                      services::ProjectListQuery q;
                      q.area = req.query_or("wilayah");
                      q.status = req.query_or("status");
                      q.jenis = req.query_or("jenis");
                      q.kepatuhan = req.query_or("kepatuhan");
                      q.q = req.query_or("q");
                      const auto page = req.page_query();
                      q.limit = page.limit;
                      q.offset = page.offset();
                      const auto result = services::JakonService(app).list(req.actor, q);
                      return ApiResponse::page(wire::projects_json(result.items), result.total, page);
                    }});

  routes.push_back({"POST", "/api/v1/projects", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      return project(services::JakonService(app).create(req.actor, wire::project_input(body)), 201);
                    }});

  routes.push_back({"GET", R"(/api/v1/projects/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return project(services::JakonService(app).get(req.actor, req.param_int("id")));
                    }});

  routes.push_back({"PUT", R"(/api/v1/projects/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      const auto in = wire::project_update(req.object_body(ApiRequest::EmptyBody::refused));
                      return project(services::JakonService(app).update(req.actor, req.param_int("id"), in));
                    }});

  // {"nomor_sertifikat":"…","tanggal_bayar":"2026-11-02","jumlah_bayar":192000}
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate)", [&app](const ApiRequest& req) {
                      const auto b = wire::certificate(req.object_body(ApiRequest::EmptyBody::refused));
                      return project(services::JakonService(app).record_certificate(
                          req.actor, req.param_int("id"), b.nomor_sertifikat, b.tanggal_bayar, b.jumlah_bayar));
                    }});

  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate/revoke)", [&app](const ApiRequest& req) {
                      const auto alasan = wire::revoke_reason(req.object_body(ApiRequest::EmptyBody::refused));
                      return project(
                          services::JakonService(app).revoke_certificate(req.actor, req.param_int("id"), alasan));
                    }});

  // {"tanggal":"2026-11-20"} (default today)
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/start)", [&app](const ApiRequest& req) {
                      const auto day = wire::project_day(req.object_body());
                      return project(services::JakonService(app).start(req.actor, req.param_int("id"), day));
                    }});

  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/finish)", [&app](const ApiRequest& req) {
                      const auto day = wire::project_day(req.object_body());
                      return project(services::JakonService(app).finish(req.actor, req.param_int("id"), day));
                    }});

  // {"nik":"…","nama":"…","peran":"tukang"}
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/workers)", [&app](const ApiRequest& req) {
                      const auto w = wire::project_worker(req.object_body(ApiRequest::EmptyBody::refused));
                      return project(services::JakonService(app).add_worker(req.actor, req.param_int("id"), w), 201);
                    }});

  routes.push_back(
      {"DELETE", R"(/api/v1/projects/:id(\d{1,18})/workers/:wid(\d{1,18}))", [&app](const ApiRequest& req) {
         return project(
             services::JakonService(app).remove_worker(req.actor, req.param_int("id"), req.param_int("wid")));
       }});

  // The compliance report: ?wilayah=&format=json|xlsx|pdf
  routes.push_back({"GET", "/api/v1/reports/projects", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const auto report = services::JakonService(app).compliance(req.actor, req.query_or("wilayah"));
                      if (format == ReportFormat::json) return ApiResponse::json(wire::to_json(report));
                      return report_file(req, format, services::compliance_document(app, report));
                    }});
}

}  // namespace lindungi::http
