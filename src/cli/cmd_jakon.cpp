// `lindungi proyek …`: Kampung Bahagia construction projects (issue 9).
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/report_output.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "services/jakon_service.hpp"
#include "services/report_documents.hpp"
#include "wire/jakon.hpp"

namespace lindungi::cli {

void add_jakon_commands(CLI::App& app, Action& action) {
  auto* proyek = app.add_subcommand("proyek", "Proyek konstruksi Kampung Bahagia / construction projects (Jakon)");
  proyek->require_subcommand(1);
  {
    auto* cmd = proyek->add_subcommand(
        "compliance", "Proyek tanpa sertifikat, terlambat, atau dimulai tanpa perlindungan, per RT dan kelurahan");
    auto db = std::make_shared<std::string>();
    auto within = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--wilayah", *within, "Hanya di dalam wilayah ini (kode Kemendagri)");
    const auto files = add_report_file_options(cmd);
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          const auto r = services::JakonService(*application).compliance(Actor::system(), *within);
          write_report_files(*files, services::compliance_document(*application, r));
          if (*json) {
            print_json(wire::to_json(r));
            return 0;
          }
          std::printf("%-20s %-30s %7s %9s %9s %9s %7s\n", "Kode", "Nama", "Proyek", "Tnp.sert", "Terlambat",
                      "Mulai-tnp", "Patuh");
          auto line = [](const services::ComplianceRow& x) {
            std::printf("%-20s %-30.30s %7lld %9lld %9lld %9lld %7lld\n", x.kode.c_str(), x.nama.c_str(),
                        static_cast<long long>(x.proyek), static_cast<long long>(x.tanpa_sertifikat),
                        static_cast<long long>(x.terlambat), static_cast<long long>(x.mulai_tanpa_perlindungan),
                        static_cast<long long>(x.patuh));
          };
          for (const auto& x : r.per_kelurahan) line(x);
          line(r.total);
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = proyek->add_subcommand("list", "Daftar proyek / list projects");
    auto db = std::make_shared<std::string>();
    auto within = std::make_shared<std::string>();
    auto filter = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--wilayah", *within, "Hanya di dalam wilayah ini (kode Kemendagri)");
    cmd->add_option("--kepatuhan", *filter, "tanpa_sertifikat | terlambat | mulai_tanpa_perlindungan | patuh");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          services::ProjectListQuery q;
          q.area = *within;
          q.kepatuhan = *filter;
          q.limit = 100'000;
          const auto page = services::JakonService(*application).list(Actor::system(), q);
          if (*json) {
            print_json({{"items", wire::projects_json(page.items)}, {"total", page.total}});
            return 0;
          }
          for (const auto& v : page.items)
            std::printf("%6lld %-20s %-13s %-40.40s %14s %s\n", static_cast<long long>(v.project.id),
                        v.project.kode_rt().c_str(), std::string{to_string(v.project.status)}.c_str(),
                        v.project.nama.c_str(), format_rupiah(v.project.iuran).c_str(),
                        v.compliance.patuh() ? "patuh" : "BERMASALAH");
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
