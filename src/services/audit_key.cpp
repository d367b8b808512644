#include "services/audit_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"

namespace lindungi::services {

namespace {

std::string render(const AuditKeyFile& k) {
  return "# Kunci log audit Lindungi: simpan di luar database dan di luar jangkauan pemilik database.\n"
         "kunci=" +
         k.key + "\nmulai=" + std::to_string(k.from_id) + "\n";
}

// Writes all of `text` to a new file (O_EXCL, 0600). false when the file exists.
bool write_new(const std::string& file, const std::string& text) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw Conflict("kunci_audit_tidak_sah",
                   "Berkas kunci audit " + file + " tidak dapat dibuat (periksa izin foldernya)", "kunci_audit");
  }
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      throw Conflict("kunci_audit_tidak_sah",
                     "Berkas kunci audit " + file + " tidak dapat ditulis (periksa ruang disk)", "kunci_audit");
    }
    done += static_cast<std::size_t>(n);
  }
  // The key must survive a crash once entries are keyed with it.
  ::fsync(fd);
  ::close(fd);
  return true;
}

void make_parent(const std::string& file) {
  const auto parent = std::filesystem::path(file).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
}

}  // namespace

std::string default_audit_key_file(const std::string& db_location) {
  if (const char* env = std::getenv("LINDUNGI_AUDIT_KEY_FILE"); env != nullptr && *env != '\0') return env;
  if (db_location.rfind("postgresql://", 0) == 0 || db_location.rfind("postgres://", 0) == 0) return "var/kunci-audit";
  return audit_key_file_beside(db_location);
}

std::string audit_key_file_beside(const std::string& sqlite_file) {
  const std::string path = sqlite_file.rfind("sqlite:", 0) == 0 ? sqlite_file.substr(7) : sqlite_file;
  return path + ".kunci-audit";
}

std::optional<AuditKeyFile> read_audit_key(const std::string& file) {
  std::ifstream in(file);
  if (!in) {
    if (!std::filesystem::exists(file)) return std::nullopt;
    throw Conflict("kunci_audit_tidak_sah", "Berkas kunci audit " + file + " tidak dapat dibaca", "kunci_audit");
  }
  AuditKeyFile k;
  bool has_from = false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("kunci=", 0) == 0) k.key = line.substr(6);
    if (line.rfind("mulai=", 0) == 0) {
      char* end = nullptr;
      k.from_id = std::strtoll(line.c_str() + 6, &end, 10);
      has_from = end != line.c_str() + 6 && *end == '\0' && k.from_id >= 1;
    }
  }
  if (k.key.size() < 32 || !has_from)
    throw Conflict("kunci_audit_tidak_sah",
                   "Berkas " + file + " bukan berkas kunci audit Lindungi (baris kunci= atau mulai= tidak sah)",
                   "kunci_audit");
  return k;
}

AuditKeyFile create_audit_key(const std::string& file, std::int64_t from_id) {
  if (sodium_init() < 0) throw Conflict("kunci_audit_tidak_sah", "libsodium tidak dapat dimulai", "kunci_audit");
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  AuditKeyFile k{hex, from_id};
  make_parent(file);
  if (write_new(file, render(k))) return k;
  return *read_audit_key(file);  // another process was first: its key is the key
}

void write_audit_key(const std::string& file, const AuditKeyFile& key) {
  make_parent(file);
  const std::string tmp = file + ".tmp";
  std::filesystem::remove(tmp);
  write_new(tmp, render(key));
  std::filesystem::rename(tmp, file);
}

}  // namespace lindungi::services
