#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "core/errors.hpp"
#include "formats/table_writer.hpp"
#include "services/app.hpp"
#include "services/bpjs_active_service.hpp"
#include "services/dedup_service.hpp"
#include "services/import_service.hpp"
#include "services/verification_service.hpp"
#include "wire/intake.hpp"

namespace lindungi::cli {

namespace {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw BadRequest("berkas_tidak_ada", "Berkas '" + path + "' tidak ditemukan", "file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw BadRequest("berkas_tidak_terbaca", "Berkas '" + path + "' tidak dapat dibuka", "file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_table_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw BadRequest("berkas_tidak_tertulis", "Berkas '" + path + "' tidak dapat ditulis", "out");
}

// The person at the keyboard, for the audit log: commands run as the system actor.
Actor cli_actor() {
  const char* user = std::getenv("USER");
  return Actor::system(std::string{"cli:"} + (user && *user ? user : "sistem"));
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The error report next to the answer: XLSX or CSV by the file's extension.
void write_issue_report(const std::string& path, const std::vector<store::ImportIssue>& issues) {
  formats::Table t;
  t.sheet = "Masalah";
  t.header = services::issue_header();
  t.rows = services::issue_rows(issues);
  t.numeric = {true};
  t.widths = {8, 20, 12, 28, 100};
  write_table_file(path, ends_with(path, ".xlsx") ? formats::table_xlsx({t}) : formats::table_csv(t));
}

void add_import(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand(
      "import", "Impor templat pekerja (CSV/XLSX), uji coba atau simpan / import the worker template (DESIGN.md §6)");
  auto db = std::make_shared<std::string>();
  auto file = std::make_shared<std::string>();
  auto name = std::make_shared<std::string>();
  auto report = std::make_shared<std::string>();
  auto dry_run = std::make_shared<bool>(false);
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--file", *file, "Berkas CSV atau XLSX sesuai templat")->required();
  cmd->add_option("--name", *name, "Nama berkas untuk riwayat impor (bawaan: nama berkas)");
  cmd->add_option("--errors-out", *report, "Tulis laporan masalah per baris ke berkas .xlsx atau .csv");
  cmd->add_flag("--dry-run", *dry_run, "Uji coba: laporkan per baris tanpa menyimpan");
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        std::string bytes = read_file(*file);
        auto application = services::App::open(*db);
        services::ImportOptions options;
        options.dry_run = *dry_run;
        options.file_name = name->empty() ? std::filesystem::path(*file).filename().string() : *name;
        services::ImportService importer(*application);
        ProgressBar bar(ProgressBar::wanted(*json));
        options.progress = bar.reporter();
        const auto r = importer.run(cli_actor(), std::move(bytes), options);
        bar.finish();
        if (!report->empty()) {
          auto issues = r.errors;
          issues.insert(issues.end(), r.warnings.begin(), r.warnings.end());
          write_issue_report(*report, issues);
        }
        if (*json) {
          print_json(wire::import_result_json(r));
          return 0;
        }
        std::printf("%s\n", r.message.c_str());
        const std::size_t shown = std::min<std::size_t>(r.errors.size(), 50);
        for (std::size_t i = 0; i < shown; ++i) std::printf("  Galat: %s\n", r.errors[i].message.c_str());
        if (r.errors.size() > shown) std::printf("  ... dan %zu galat lain\n", r.errors.size() - shown);
        if (!r.warnings.empty()) std::printf("  %zu peringatan (lihat --json atau --errors-out)\n", r.warnings.size());
        return 0;
      });
    };
  });
}

void add_template(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("template", "Tulis templat impor pekerja (CSV atau XLSX) / write the import template");
  auto format = std::make_shared<std::string>("xlsx");
  auto out = std::make_shared<std::string>();
  cmd->add_option("--format", *format, "csv | xlsx")->capture_default_str()->check(CLI::IsMember({"csv", "xlsx"}));
  cmd->add_option("--out", *out, "Berkas tujuan")->required();
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(false, [&] {
        write_table_file(*out, *format == "csv" ? formats::template_csv() : formats::template_xlsx());
        std::printf("Templat %s ditulis ke %s\n", format->c_str(), out->c_str());
        return 0;
      });
    };
  });
}

void add_bpjs_active(CLI::App& app, Action& action) {
  auto* group = app.add_subcommand("bpjs-active", "Berkas peserta aktif dari BPJS / BPJS's active-member file");
  group->require_subcommand(1);
  auto* cmd = group->add_subcommand("import", "Ganti daftar peserta aktif dengan berkas BPJS terbaru");
  auto db = std::make_shared<std::string>();
  auto file = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--file", *file, "CSV/XLSX: nik, kpj, segmen (PU/BPU), pembayar")->required();
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        std::string bytes = read_file(*file);
        auto application = services::App::open(*db);
        services::BpjsActiveService bpjs(*application);
        const auto r =
            bpjs.import_file(cli_actor(), std::move(bytes), std::filesystem::path(*file).filename().string());
        if (*json) {
          print_json(wire::bpjs_import_json(r));
        } else {
          std::printf(
              "Berkas BPJS #%lld: %lld baris, %lld diterima, %lld ditolak; %lld pekerja di registri sudah peserta "
              "aktif.\n",
              static_cast<long long>(r.file.id), static_cast<long long>(r.file.rows),
              static_cast<long long>(r.file.accepted), static_cast<long long>(r.file.rejected),
              static_cast<long long>(r.file.matched));
          for (const auto& e : r.errors) std::printf("  Galat: %s\n", e.message.c_str());
        }
        return 0;
      });
    };
  });
}

void add_verify(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("verify", "Verifikasi atau tolak pekerja (kelurahan) / verify or reject workers");
  auto db = std::make_shared<std::string>();
  auto ids = std::make_shared<std::vector<std::int64_t>>();
  auto reject = std::make_shared<bool>(false);
  auto reason = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--id", *ids, "Id pekerja (boleh berulang)")->required();
  cmd->add_flag("--reject", *reject, "Tolak (bawaan: verifikasi)");
  cmd->add_option("--reason", *reason, "Alasan (wajib untuk penolakan)");
  auto set_aside = std::make_shared<std::string>();
  cmd->add_option("--abaikan-peringatan", *set_aside,
                  "Alasan mengabaikan peringatan NIK (satu --id saja) / why a NIK warning may be set aside");
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        services::VerificationService verification(*application);
        if (!set_aside->empty() && (ids->size() != 1 || *reject))
          throw BadRequest("abaikan_satu_pekerja",
                           "--abaikan-peringatan hanya untuk verifikasi satu pekerja (satu --id)",
                           "abaikan-peringatan");
        std::vector<services::DecisionOutcome> outcomes;
        if (!set_aside->empty()) {
          services::DecisionOutcome o;
          o.pekerja_id = ids->front();
          try {
            o.status =
                verification.decide(cli_actor(), ids->front(), Decision::verify, *reason, std::nullopt, *set_aside)
                    .status;
            o.ok = true;
          } catch (const Error& e) {
            o.code = e.code();
            o.message = e.what();
          }
          outcomes.push_back(std::move(o));
        } else {
          outcomes =
              verification.decide_many(cli_actor(), *ids, *reject ? Decision::reject : Decision::verify, *reason);
        }
        bool all = true;
        nlohmann::json list = nlohmann::json::array();
        for (const auto& o : outcomes) {
          all = all && o.ok;
          list.push_back(wire::decision_outcome_json(o));
          if (!*json)
            std::printf("Pekerja #%lld: %s\n", static_cast<long long>(o.pekerja_id),
                        o.ok ? o.status.c_str() : o.message.c_str());
        }
        if (*json) print_json({{"results", list}});
        return all ? 0 : 1;
      });
    };
  });
}

void add_dedup(CLI::App& app, Action& action) {
  auto* group = app.add_subcommand("dedup", "Dugaan duplikat (orang sama, NIK lain) / suspected duplicates");
  group->require_subcommand(1);
  auto* cmd = group->add_subcommand("scan", "Bandingkan semua pekerja yang lahir di hari yang sama dalam wilayah");
  auto db = std::make_shared<std::string>();
  auto area = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--wilayah", *area, "Kode wilayah (bawaan: semua)");
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        services::DedupService dedup(*application);
        const auto r = dedup.scan(cli_actor(), *area);
        if (*json)
          print_json({{"compared", r.compared}, {"found", r.found}, {"added", r.added}});
        else
          std::printf("%lld pasangan dibandingkan, %lld dugaan duplikat, %lld baru masuk antrean.\n",
                      static_cast<long long>(r.compared), static_cast<long long>(r.found),
                      static_cast<long long>(r.added));
        return 0;
      });
    };
  });
}

}  // namespace

void add_intake_commands(CLI::App& app, Action& action) {
  add_import(app, action);
  add_template(app, action);
  add_bpjs_active(app, action);
  add_verify(app, action);
  add_dedup(app, action);
}

}  // namespace lindungi::cli
