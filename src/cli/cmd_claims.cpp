// `lindungi claims report|scholarships-due` (issue 5): the claims report and the yearly
// scholarship follow-up list, as the operator of the machine (the API serves the same per user).
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/report_output.hpp"
#include "core/claims.hpp"
#include "core/errors.hpp"
#include "services/claims_service.hpp"
#include "services/report_documents.hpp"
#include "wire/claims.hpp"

namespace lindungi::cli {

namespace {

Date date_option(const std::string& text, const Date& fallback, const char* name) {
  if (text.empty()) return fallback;
  const auto d = parse_date(text);
  if (!d)
    throw BadRequest("tanggal_tidak_valid", "Tanggal '" + text + "' tidak valid (YYYY-MM-DD atau DD/MM/YYYY)", name);
  return *d;
}

}  // namespace

void add_claims_commands(CLI::App& app, Action& action) {
  auto* claims = app.add_subcommand("claims", "Klaim JKM/JKK dan beasiswa / claims and scholarships");
  claims->require_subcommand(1);

  auto* report = claims->add_subcommand("report", "Klaim dibuka, dibayar, tertunda per kelurahan / claims report");
  auto db = std::make_shared<std::string>();
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  auto within = std::make_shared<std::string>();
  auto year = std::make_shared<int>(0);
  auto json = std::make_shared<bool>(false);
  report->add_option("--db", *db, "Berkas SQLite")->required();
  report->add_option("--dari", *from, "Awal periode (bawaan: 1 Januari tahun ini)");
  report->add_option("--sampai", *to, "Akhir periode (bawaan: hari ini)");
  report->add_option("--wilayah", *within, "Hanya di dalam wilayah ini (kode Kemendagri)");
  report->add_flag("--json", *json, "Cetak satu dokumen JSON");
  const auto report_files = add_report_file_options(report);  // issue 6
  report->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        const Date today = application->today();
        const auto report = services::ClaimsService(*application)
                                .report(Actor::system(), date_option(*from, Date{today.year, 1, 1}, "dari"),
                                        date_option(*to, today, "sampai"), *within);
        write_report_files(*report_files, services::claims_document(*application, report, *within));
        const nlohmann::json r = wire::to_json(report);
        if (*json) {
          print_json(r);
          return 0;
        }
        std::printf("%-18s %-28s %7s %8s %9s %8s %16s\n", "Kode", "Kelurahan", "Dibuka", "Dibayar", "Tertunda",
                    "Ditolak", "Jumlah dibayar");
        auto line = [](const std::string& kode, const std::string& nama, const nlohmann::json& x) {
          std::printf("%-18s %-28.28s %7lld %8lld %9lld %8lld %16s\n", kode.c_str(), nama.c_str(),
                      static_cast<long long>(x["dibuka"].get<std::int64_t>()),
                      static_cast<long long>(x["dibayar"].get<std::int64_t>()),
                      static_cast<long long>(x["tertunda"].get<std::int64_t>()),
                      static_cast<long long>(x["ditolak"].get<std::int64_t>()),
                      format_rupiah(x["jumlah_dibayar"].get<std::int64_t>()).c_str());
        };
        for (const auto& row : r["rows"]) line(row["kode"], row["nama"], row);
        line("", "Total", r["total"]);
        std::printf("Beasiswa jatuh tempo tahun ajaran %s: %zu anak\n",
                    r["beasiswa_jatuh_tempo"]["tahun_ajaran"].get<std::string>().c_str(),
                    r["beasiswa_jatuh_tempo"]["items"].size());
        return 0;
      });
    };
  });

  auto* due = claims->add_subcommand("scholarships-due", "Anak yang jatuh tempo beasiswa pada satu tahun ajaran");
  due->add_option("--db", *db, "Berkas SQLite")->required();
  due->add_option("--tahun", *year, "Tahun ajaran dimulai Juli tahun ini (bawaan: tahun ajaran berjalan)");
  due->add_option("--wilayah", *within, "Hanya di dalam wilayah ini (kode Kemendagri)");
  due->add_flag("--json", *json, "Cetak satu dokumen JSON");
  const auto due_files = add_report_file_options(due);  // issue 6
  due->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        const int y = *year ? *year : school_year_of(application->today());
        const auto list = services::ClaimsService(*application).scholarships_due(Actor::system(), y, *within);
        write_report_files(*due_files, services::scholarships_due_document(*application, list, y, *within));
        const auto j = wire::scholarships_due_json(list, y);
        if (*json) {
          print_json(j);
          return 0;
        }
        std::printf("Tahun ajaran %s: %zu anak\n", j["tahun_ajaran"].get<std::string>().c_str(), j["items"].size());
        for (const auto& i : j["items"])
          std::printf("  %-28s kasus #%lld  %s\n", i["nama"].get<std::string>().c_str(),
                      static_cast<long long>(i["klaim_id"].get<std::int64_t>()),
                      i["status"].get<std::string>().c_str());
        return 0;
      });
    };
  });
}

}  // namespace lindungi::cli
