#include <algorithm>
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/report_output.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "services/planner_service.hpp"
#include "services/report_documents.hpp"
#include "services/report_service.hpp"
#include "wire/planner.hpp"
#include "wire/reports.hpp"

namespace lindungi::cli {

void add_report_commands(CLI::App& app, Action& action) {
  auto* report = app.add_subcommand("report", "Laporan / reports");
  report->require_subcommand(1);
  auto* cmd = report->add_subcommand("coverage", "Capaian cakupan semesta per wilayah / universal-coverage progress");
  auto db = std::make_shared<std::string>();
  auto level = std::make_shared<std::string>("kecamatan");
  auto within = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--level", *level, "kota | kecamatan | kelurahan | rt")->capture_default_str();
  cmd->add_option("--wilayah", *within, "Hanya di dalam wilayah ini (kode Kemendagri)");
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  const auto files = add_report_file_options(cmd);  // issue 6
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        const auto lvl = parse_region_level(*level);
        if (!lvl || *lvl == RegionLevel::provinsi)
          throw BadRequest("tingkat_tidak_valid",
                           "Tingkat '" + *level + "' tidak dikenal (kota, kecamatan, kelurahan, rt)", "level");
        auto application = services::App::open(*db);
        services::ReportService reports(*application);
        const auto r = reports.coverage(Actor::system(), *lvl, *within);
        write_report_files(*files, services::coverage_document(*application, r, *within));
        if (*json) {
          print_json(wire::coverage_json(r.level, r.rows, r.total, r.protected_basis));
          return 0;
        }
        std::printf("%-18s %-28s %8s %9s %8s %9s %8s\n", "Kode", "Nama", "Pekerja", "Terverif.", "Terlind.", "Potensi",
                    "Cakupan");
        auto line = [](const CoverageRow& row) {
          const auto pct = row.figures.coverage_pct();
          // Many areas in one deployment (issue 8 item 3): an unknown potential is "-", never 0 or 0%.
          const std::string potensi = pct ? format_thousands(row.figures.potential) : "-";
          const std::string cakupan =
              pct ? std::to_string(*pct).substr(0, std::to_string(*pct).find('.') + 2) + "%" : "tidak diketahui";
          std::printf("%-18s %-28.28s %8s %9s %8s %9s %8s\n", row.kode.c_str(), row.nama.c_str(),
                      format_thousands(row.figures.workers).c_str(), format_thousands(row.figures.verified).c_str(),
                      format_thousands(row.figures.covered).c_str(), potensi.c_str(), cakupan.c_str());
        };
        for (const auto& row : r.rows) line(row);
        line(r.total);
        return 0;
      });
    };
  });
  // The budget planner (issue 22 item 2; docs/PLANNER.md): the same answer as
  // GET /api/v1/reports/rencana, without the what-if parameters.
  auto* plan = report->add_subcommand("rencana", "Rencana anggaran menuju cakupan semesta / budget planner");
  auto plan_db = std::make_shared<std::string>();
  auto target = std::make_shared<std::string>("100");
  auto year = std::make_shared<int>(0);
  auto plan_within = std::make_shared<std::string>();
  auto per_rt = std::make_shared<int>(5);
  auto plan_json = std::make_shared<bool>(false);
  plan->add_option("--db", *plan_db, "Berkas SQLite")->required();
  plan->add_option("--target", *target, "Persen cakupan 1-100, atau semua")->capture_default_str();
  plan->add_option("--tahun", *year, "Tahun anggaran (bawaan: tahun depan)");
  plan->add_option("--wilayah", *plan_within, "Hanya di dalam wilayah ini (kode Kemendagri)");
  plan->add_option("--per-rt", *per_rt, "Pekerja per RT dalam peringkat JSON (0-100)")->capture_default_str();
  plan->add_flag("--json", *plan_json, "Cetak satu dokumen JSON");
  const auto plan_files = add_report_file_options(plan);
  plan->callback([=, &action] {
    action = [=] {
      return guarded(*plan_json, [&] {
        services::PlanRequest request;
        if (*target == "semua") {
          request.target = PlanTargetKind::all_on_record;
        } else {
          const auto pct = parse_rupiah(*target);
          if (!pct || *pct < 1 || *pct > 100)
            throw BadRequest("target_tidak_valid",
                             "Target '" + *target + "' tidak dikenal: persen cakupan 1 sampai 100, atau 'semua'",
                             "target");
          request.percent = static_cast<int>(*pct);
        }
        request.year = *year;
        request.within = *plan_within;
        auto application = services::App::open(*plan_db);
        const auto r = services::PlannerService(*application).plan(Actor::system(), request);
        // The document lists every ranked worker: built only when a file is asked for.
        if (!plan_files->xlsx.empty() || !plan_files->pdf.empty())
          write_report_files(*plan_files, services::plan_document(*application, r, 0));
        if (*plan_json) {
          print_json(wire::to_json(r, application->today(), std::clamp(*per_rt, 0, 100)));
          return 0;
        }
        std::printf("Rencana %d, %s: %s pekerja baru (%s belum terdata), iuran %s\n", r.result.year, r.nama.c_str(),
                    format_thousands(r.result.to_cover).c_str(), format_thousands(r.result.to_cover_unrecorded).c_str(),
                    format_rupiah(r.result.total_iuran).c_str());
        for (const auto& l : r.result.lines)
          std::printf("  %-44.44s %10s pekerja %20s\n", l.nama.c_str(), format_thousands(l.pekerja).c_str(),
                      format_rupiah(l.iuran).c_str());
        return 0;
      });
    };
  });
}

}  // namespace lindungi::cli
