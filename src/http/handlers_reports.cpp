#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/worker.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/planner_service.hpp"
#include "services/region_service.hpp"
#include "services/report_documents.hpp"
#include "services/report_service.hpp"
#include "wire/funnel.hpp"
#include "wire/planner.hpp"
#include "wire/reports.hpp"

namespace lindungi::http {

namespace {

// The planner's what-if parameters: tambah_anggaran=KODE:RUPIAH[,KODE:RUPIAH…] (a funder's budget
// raised), pindah_provinsi=PEKERJAAN[,…] (occupations moved to the province's cohort),
// dana_rt=RUPIAH (every RT has an RT fund of that much for premiums).
PlanWhatIf what_if(const ApiRequest& req) {
  PlanWhatIf w;
  auto split = [](const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find(',', start), text.size());
      if (end > start) parts.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    return parts;
  };
  for (const auto& part : split(req.query_or("tambah_anggaran"))) {
    const std::size_t colon = part.rfind(':');
    const auto amount = colon == std::string::npos ? std::nullopt : parse_rupiah(part.substr(colon + 1));
    if (!amount || colon == 0)
      throw BadRequest(
          "tambah_anggaran_tidak_valid",
          "Tambahan anggaran '" + part + "' tidak dapat dibaca: tulis sumber dana, titik dua, lalu jumlah rupiah",
          "tambah_anggaran");
    w.extra_budget[part.substr(0, colon)] += *amount;
  }
  for (const auto& code : split(req.query_or("pindah_provinsi"))) {
    bool known = false;
    for (const auto& o : occupations()) known = known || o.code == code;
    if (!known)
      throw BadRequest("pekerjaan_tidak_dikenal", "Pekerjaan '" + code + "' tidak dikenal", "pindah_provinsi");
    w.to_province.push_back(code);
  }
  if (const std::string text = req.query_or("dana_rt"); !text.empty()) {
    const auto amount = parse_rupiah(text);
    if (!amount) throw BadRequest("dana_rt_tidak_valid", "Dana RT '" + text + "' bukan jumlah rupiah", "dana_rt");
    w.rt_fund = *amount;
  }
  return w;
}

}  // namespace

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
         return ApiResponse::json(wire::coverage_json(report.level, report.rows, report.total, report.protected_basis));
       }});

  // The road to universal coverage (issue 22 item 1): the funnel of an area, rows per `level`.
  routes.push_back({"GET", "/api/v1/reports/funnel", [&app](const ApiRequest& req) {
                      const std::string level_text = req.query_or("level", "kecamatan");
                      const auto level = parse_region_level(level_text);
                      if (!level)
                        throw BadRequest("tingkat_tidak_valid",
                                         "Tingkat '" + level_text + "' tidak dikenal (kota, kecamatan, kelurahan, rt)",
                                         "level");
                      const auto report = services::ReportService(app).funnel(
                          req.actor, *level, req.query_or("wilayah"), req.query_or("kategori"));
                      return ApiResponse::json(wire::to_json(report, app.today()));
                    }});

  // The budget planner (issue 22 item 2): ?target=PERSEN|semua&tahun=YYYY and the what-if
  // parameters (docs/PLANNER.md); nothing is written. Also as XLSX (every ranked worker) or PDF.
  routes.push_back({"GET", "/api/v1/reports/rencana", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      services::PlanRequest plan;
                      const std::string target = req.query_or("target", "100");
                      if (target == "semua") {
                        plan.target = PlanTargetKind::all_on_record;
                      } else {
                        const auto pct = parse_rupiah(target);
                        if (!pct || *pct < 1 || *pct > 100)
                          throw BadRequest("target_tidak_valid",
                                           "Target '" + target +
                                               "' tidak dikenal: persen cakupan 1 sampai 100, atau 'semua' untuk "
                                               "semua pekerja rentan yang terdata",
                                           "target");
                        plan.percent = static_cast<int>(*pct);
                      }
                      plan.year = req.query_int("tahun", 0, 2000, 2100);
                      plan.within = req.query_or("wilayah");
                      plan.what_if = what_if(req);
                      const int per_rt = req.query_int("per_rt", 5, 0, 100);
                      const auto report = services::PlannerService(app).plan(req.actor, plan);
                      if (format != ReportFormat::json)
                        return report_file(req, format,
                                           services::plan_document(app, report, format == ReportFormat::pdf ? 3 : 0));
                      return ApiResponse::json(wire::to_json(report, app.today(), per_rt));
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
                      auto out = wire::coverage_json(report.level, report.rows, report.total, report.protected_basis);
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
