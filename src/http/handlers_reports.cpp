#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/region_service.hpp"
#include "services/report_documents.hpp"
#include "services/report_service.hpp"
#include "wire/reports.hpp"

namespace lindungi::http {

void add_report_routes(std::vector<Route>& routes, services::App& app) {
  // DESIGN.md §5: the same document as `lindungi report coverage --json`; also as XLSX or PDF
  // (?format=, issue 6).
  routes.push_back(
      {"GET", "/api/v1/reports/coverage", [&app](const ApiRequest& req) {
         const auto format = report_format(req);
         const std::string level_text = req.query_or("level", "kecamatan");
         const auto level = parse_region_level(level_text);
         if (!level)
           throw BadRequest("tingkat_tidak_valid",
                            "Tingkat '" + level_text + "' tidak dikenal (kota, kecamatan, kelurahan, rt)", "level");
         services::ReportService reports(app);
         const std::string wilayah = req.query_or("wilayah");
         const auto report = reports.coverage(req.actor, *level, wilayah);
         if (format != ReportFormat::json)
           return report_file(req, format,
                              services::coverage_document(app, report, wilayah.empty() ? req.actor.area : wilayah));
         return ApiResponse::json(wire::coverage_json(report.level, report.rows, report.total));
       }});

  // Coverage trend by month for the dashboard (issue 6).
  routes.push_back({"GET", "/api/v1/reports/coverage/trend", [&app](const ApiRequest& req) {
                      const int months = req.query_int("bulan", 12, 1, 36);
                      const auto trend =
                          services::ReportService(app).coverage_trend(req.actor, req.query_or("wilayah"), months);
                      return ApiResponse::json(wire::coverage_trend_json(trend.area, trend.months));
                    }});

  // Public: aggregates for citizens and the press, no login.
  routes.push_back({"GET", "/api/v1/public/coverage",
                    [&app](const ApiRequest& req) {
                      const std::string level_text = req.query_or("level", "kecamatan");
                      const auto level = parse_region_level(level_text);
                      if (!level)
                        throw BadRequest("tingkat_tidak_valid", "Tingkat '" + level_text + "' tidak dikenal", "level");
                      const std::string kabkota = req.query_or("wilayah");
                      const auto report = services::ReportService(app).public_coverage(*level, kabkota);
                      auto out = wire::coverage_json(report.level, report.rows, report.total);
                      // One kab/kota chosen (issue 17 item 8): its boundary map, or null when none ships.
                      if (!kabkota.empty()) {
                        const std::string peta = services::boundary_map_url(kabkota);
                        out["peta"] = peta.empty() ? nlohmann::json(nullptr) : nlohmann::json(peta);
                      }
                      // The date the figures hold for (issue 17 item 8): today by the one clock.
                      out["tanggal"] = app.today().iso();
                      return ApiResponse::json(out);
                    },
                    false});
}

}  // namespace lindungi::http
