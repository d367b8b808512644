// Issue 19 item 2: `lindungi config check [--config FILE]` says, in Indonesian, what is wrong with
// a configuration before the server is started with it: unknown keys (with their line), values
// that are not numbers, an unreadable file, a database it cannot open, a password file with loose
// permissions, a password written into the database URL, production with the demo or the test
// clock. It changes nothing (the database is opened read-only or only connected to).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "cli/commands.hpp"
#include "cli/config_file.hpp"
#include "clock/clock.hpp"
#include "services/database_location.hpp"

namespace lindungi::cli {

namespace {

bool truthy(const std::string& v) {
  return v == "true" || v == "1" || v == "yes" || v == "on" || v == "ya" || v == "TRUE" || v == "True";
}

bool falsy(const std::string& v) {
  return v == "false" || v == "0" || v == "no" || v == "off" || v == "tidak" || v == "FALSE" || v == "False";
}

std::vector<std::string> check_config(const CLI::App& app, const std::string& path) {
  std::string why;
  const auto config = read_config(path, why);
  if (!config) return {why};
  const CLI::App* serve = app.get_subcommand("serve");
  const CLI::App* backup = app.get_subcommand("backup");
  std::vector<std::string> problems = config->problems;
  std::map<std::string, ConfigEntry> values;  // by the option's long name
  for (const auto& e : config->entries) {
    const CLI::Option* opt = option_for_key(*serve, e.key);
    if (opt == nullptr) opt = option_for_key(*backup, e.key);
    if (opt == nullptr) {
      problems.push_back("baris " + std::to_string(e.line) + ": kunci tidak dikenal '" + e.key + "'");
      continue;
    }
    std::string name = opt->get_lnames().empty() ? e.key : opt->get_lnames().front();
    if (values.count(name) != 0)
      problems.push_back("baris " + std::to_string(e.line) + ": kunci '" + e.key + "' sudah ditulis di baris " +
                         std::to_string(values[name].line));
    values[name] = e;
  }
  const auto at = [&](const std::string& name) { return "baris " + std::to_string(values[name].line) + ": "; };
  const auto has = [&](const std::string& name) { return values.count(name) != 0; };
  // Numbers and switches.
  const std::map<std::string, std::pair<long, long>> ranges = {
      {"port", {1, 65535}}, {"threads", {1, 64}}, {"max-connections", {8, 100000}}, {"backup-keep", {1, 3650}}};
  for (const auto& [name, range] : ranges) {
    if (!has(name)) continue;
    const std::string& v = values[name].value;
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || n < range.first || n > range.second)
      problems.push_back(at(name) + name + " harus bilangan bulat " + std::to_string(range.first) + " sampai " +
                         std::to_string(range.second) + ", bukan '" + v + "'");
  }
  bool production = false, demo = false;
  for (const char* name : {"produksi", "demo", "secure-cookies"}) {
    if (!has(name)) continue;
    const std::string& v = values[name].value;
    if (!truthy(v) && !falsy(v))
      problems.push_back(at(name) + values[name].key + " harus true atau false, bukan '" + v + "'");
    if (std::string{name} == "produksi") production = truthy(v);
    if (std::string{name} == "demo") demo = truthy(v);
  }
  if (production && demo)
    problems.push_back(at("demo") + "penerapan produksi (production = true) tidak boleh memuat data demo; hapus demo");
  if (production)
    if (const auto fixed = clock::fixed_today())
      problems.push_back("penerapan produksi tidak boleh memakai tanggal tetap (variabel LINDUNGI_TODAY=" +
                         fixed->iso() + "); hapus variabel itu");
  // The database, and its password.
  if (!has("db")) {
    problems.push_back("kunci db (lokasi database) belum ditulis");
  } else {
    const std::string db = values["db"].value;
    std::string location = db;
    bool can_probe = true;
    if (services::location_has_password(db) && production)
      problems.push_back(at("db") +
                         "penerapan produksi tidak boleh menulis kata sandi database di db; simpan di db-password-file "
                         "atau ~/.pgpass");
    if (has("db-password-file")) {
      const std::string file = values["db-password-file"].value;
      if (!services::is_postgres_location(db)) {
        problems.push_back(at("db-password-file") +
                           "db-password-file hanya dipakai untuk PostgreSQL (postgresql://...)");
      } else if (const auto problem = password_file_problem(file)) {
        problems.push_back(at("db-password-file") + *problem);
        can_probe = false;
      } else if (services::location_has_password(db)) {
        problems.push_back(at("db") +
                           "kata sandi database ditulis dua kali: di db dan di db-password-file; hapus dari db");
      } else {
        location = services::location_with_password(db, read_password_file(file));
      }
    }
    if (can_probe)
      if (const auto problem = services::probe_location(location)) problems.push_back(at("db") + *problem);
  }
  // Folders.
  for (const char* name : {"files", "backup-dir"}) {
    if (!has(name)) continue;
    const std::string dir = values[name].value;
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && (!std::filesystem::is_directory(dir, ec) || access(dir.c_str(), W_OK) != 0))
      problems.push_back(at(name) + "folder " + dir + " tidak dapat ditulisi oleh pengguna ini");
  }
  if (has("web") && !std::filesystem::is_directory(values["web"].value))
    problems.push_back(at("web") + "folder antarmuka web " + values["web"].value + " tidak ada");
  if (has("kunci-audit")) {
    const std::string key = values["kunci-audit"].value;
    if (std::filesystem::exists(key) && access(key.c_str(), R_OK) != 0)
      problems.push_back(at("kunci-audit") + "berkas kunci audit " + key + " tidak dapat dibaca oleh pengguna ini");
  }
  return problems;
}

}  // namespace

void add_config_commands(CLI::App& app, Action& action) {
  auto* config = app.add_subcommand("config", "Konfigurasi server / server configuration");
  config->require_subcommand(1);
  auto* check = config->add_subcommand(
      "check", "Periksa berkas konfigurasi tanpa mengubah apa pun; keluar bukan 0 bila ada masalah");
  auto file = std::make_shared<std::string>(kDefaultConfigFile);
  check->add_option("--config", *file, "Berkas konfigurasi")->capture_default_str();
  check->callback([=, &app, &action] {
    action = [=, &app] {
      return guarded(false, [&] {
        const auto problems = check_config(app, *file);
        if (problems.empty()) {
          std::printf("Konfigurasi baik: %s\n", file->c_str());
          return 0;
        }
        std::printf("Konfigurasi %s bermasalah (%zu):\n", file->c_str(), problems.size());
        for (const auto& p : problems) std::printf("  - %s\n", p.c_str());
        return 1;
      });
    };
  });
}

}  // namespace lindungi::cli
