#include "cli/config_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "services/database_location.hpp"

namespace lindungi::cli {

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string normalise(std::string key) {
  for (auto& ch : key)
    if (ch == '_') ch = '-';
  return key;
}

// `"a b"` -> a b; `[a, b]` -> a,b (CLI11's list syntax).
std::string unquote(std::string v) {
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\'')))
    return v.substr(1, v.size() - 2);
  if (v.size() >= 2 && v.front() == '[' && v.back() == ']') {
    std::string out, item;
    std::stringstream in(v.substr(1, v.size() - 2));
    while (std::getline(in, item, ',')) out += (out.empty() ? "" : ",") + unquote(trim(item));
    return out;
  }
  return v;
}

}  // namespace

std::optional<ConfigFile> read_config(const std::string& path, std::string& why) {
  std::ifstream in(path);
  if (!in) {
    why = "berkas konfigurasi " + path + " tidak dapat dibaca (" + std::strerror(errno) + ")";
    return std::nullopt;
  }
  ConfigFile config;
  config.path = path;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    const std::string where = "baris " + std::to_string(number) + ": ";
    if (line[0] == '[') {
      config.problems.push_back(where + "bagian " + line + " tidak dikenal; tulis kunci tanpa bagian");
      continue;
    }
    const auto eq = line.find('=');
    if (eq == std::string::npos || trim(line.substr(0, eq)).empty()) {
      config.problems.push_back(where + "bukan bentuk 'kunci = nilai': " + line);
      continue;
    }
    config.entries.push_back({number, normalise(trim(line.substr(0, eq))), unquote(trim(line.substr(eq + 1)))});
  }
  return config;
}

const CLI::Option* option_for_key(const CLI::App& cmd, const std::string& key) {
  if (key.empty() || key == "config") return nullptr;
  const CLI::Option* opt = cmd.get_option_no_throw("--" + normalise(key));
  if (opt == nullptr || opt->get_envname().empty()) return nullptr;
  return opt;
}

std::vector<std::string> apply_config(const ConfigFile& config, const CLI::App& cmd,
                                      const std::vector<const CLI::App*>& others) {
  std::vector<std::string> problems = config.problems;
  for (const auto& e : config.entries) {
    if (const CLI::Option* opt = option_for_key(cmd, e.key)) {
      setenv(opt->get_envname().c_str(), e.value.c_str(), 0);
      continue;
    }
    // A key of the other command is handed on too: `serve` passes backup-dir to the backup taken
    // before a PostgreSQL database is migrated (issue 19 item 6, LINDUNGI_BACKUP_DIR).
    bool known = false;
    for (const CLI::App* other : others)
      if (const CLI::Option* opt = option_for_key(*other, e.key)) {
        setenv(opt->get_envname().c_str(), e.value.c_str(), 0);
        known = true;
      }
    if (!known) problems.push_back("baris " + std::to_string(e.line) + ": kunci tidak dikenal '" + e.key + "'");
  }
  return problems;
}

std::optional<std::string> password_file_problem(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0)
    return "berkas kata sandi database " + path + " tidak dapat dibaca (" + std::strerror(errno) + ")";
  if (!S_ISREG(st.st_mode)) return "berkas kata sandi database " + path + " bukan berkas biasa";
  // The owner reads it; its group (the lindungi group) may read it; nobody else may touch it.
  if ((st.st_mode & (S_IWGRP | S_IRWXO)) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return "izin berkas kata sandi database " + path + " terlalu longgar (" + mode +
           "): pengguna lain dapat membacanya atau grupnya dapat mengubahnya; jalankan chmod 0640 " + path;
  }
  std::ifstream in(path);
  if (!in) return "berkas kata sandi database " + path + " tidak dapat dibaca oleh pengguna ini";
  std::string password;
  std::getline(in, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) return "berkas kata sandi database " + path + " kosong (kata sandi ada di baris pertama)";
  return std::nullopt;
}

std::string read_password_file(const std::string& path) {
  if (const auto problem = password_file_problem(path))
    throw BadRequest("berkas_kata_sandi", *problem, "db_password_file");
  std::ifstream in(path);
  std::string password;
  std::getline(in, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

std::string database_location(const std::string& db, const std::string& password_file, bool production) {
  if (production && services::location_has_password(db))
    throw BadRequest("produksi_kata_sandi_di_db",
                     "Penerapan produksi tidak boleh menulis kata sandi database di --db (terlihat di ps dan log); "
                     "simpan kata sandi di berkas db-password-file atau di ~/.pgpass milik pengguna lindungi",
                     "db");
  if (password_file.empty()) return db;
  if (services::location_has_password(db))
    throw BadRequest("kata_sandi_ganda",
                     "Kata sandi database diberikan dua kali: di --db dan di db-password-file; hapus dari --db", "db");
  return services::location_with_password(db, read_password_file(password_file));
}

}  // namespace lindungi::cli
