#include <cstdio>

#include "cli/commands.hpp"
#include "cli/report_output.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "services/report_documents.hpp"
#include "services/report_service.hpp"
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
          print_json(wire::coverage_json(r.level, r.rows, r.total));
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
}

}  // namespace lindungi::cli
