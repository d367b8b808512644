#include "services/backup_service.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/audit_key.hpp"
#include "services/audit_service.hpp"
#include "store/schema_state.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

#ifndef LINDUNGI_VERSION
#define LINDUNGI_VERSION "0.1.0"
#endif

namespace lindungi::services {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kFormat = "lindungi-cadangan";
constexpr int kFormatVersion = 1;
constexpr const char* kManifest = "manifest.json";
constexpr const char* kFilesMember = "berkas";

// The wall time in WIB (UTC+7): "%Y%m%d-%H%M%S" or ISO 8601 with its offset.
std::string wib_now(const char* format) {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()) + 7 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string sha256_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Conflict("cadangan_tidak_terbaca", "Berkas " + path.string() + " tidak dapat dibaca");
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto n = in.gcount();
    if (n > 0)
      crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buf.data()),
                                static_cast<unsigned long long>(n));
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (const unsigned char b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

// Runs a program (found on PATH) with `extra_env` added to the environment, stdout discarded;
// its exit status, and what it wrote on stderr in `errors`.
int run_program(const std::vector<std::string>& args, const std::vector<std::string>& extra_env, std::string& errors) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
  for (const auto& e : extra_env) env_strings.push_back(e);
  std::vector<char*> envp, argv;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> args_copy = args;
  for (auto& a : args_copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  int pipe_fd[2];
  if (pipe2(pipe_fd, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork");
  if (pid == 0) {
    const int null_fd = ::open("/dev/null", O_WRONLY);
    if (null_fd >= 0) dup2(null_fd, STDOUT_FILENO);
    dup2(pipe_fd[1], STDERR_FILENO);
    execvpe(argv[0], argv.data(), envp.data());
    const std::string why = std::string{"tidak dapat menjalankan "} + argv[0] + ": " + std::strerror(errno) + "\n";
    [[maybe_unused]] const auto ignored = ::write(STDERR_FILENO, why.data(), why.size());
    _exit(127);
  }
  ::close(pipe_fd[1]);
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(pipe_fd[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (errors.size() < 16384) errors.append(buf, static_cast<std::size_t>(n));
  }
  ::close(pipe_fd[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == ' ')) errors.pop_back();
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void run_or_throw(const std::vector<std::string>& args, const std::vector<std::string>& extra_env,
                  const std::string& what) {
  std::string errors;
  if (run_program(args, extra_env, errors) != 0)
    throw Conflict("cadangan_gagal", what + " gagal" + (errors.empty() ? "" : ": " + errors));
}

// Removes a staging folder however the work inside it ends.
struct Staging {
  fs::path path;
  explicit Staging(fs::path p) : path(std::move(p)) {
    std::error_code ec;
    fs::remove_all(path, ec);
    fs::create_directories(path);
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::replace);
  }
  ~Staging() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
};

std::string pid_suffix() { return std::to_string(static_cast<long long>(getpid())); }

std::vector<std::string> password_env(const std::string& password) {
  if (password.empty()) return {};
  return {"PGPASSWORD=" + password};  // the child's environment only, never its command line
}

// Copies (or hard-links, when the folders share a file system) every regular file under `from`
// to `to`; returns the relative paths.
std::vector<std::string> link_tree(const fs::path& from, const fs::path& to) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(from, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(from); it != fs::recursive_directory_iterator(); ++it) {
    if (!it->is_regular_file()) continue;
    const fs::path rel = fs::relative(it->path(), from);
    const fs::path target = to / rel;
    fs::create_directories(target.parent_path());
    fs::create_hard_link(it->path(), target, ec);
    if (ec) fs::copy_file(it->path(), target);
    out.push_back(rel.generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

[[noreturn]] void refuse(const std::string& why) {
  throw Conflict("cadangan_rusak", "Cadangan ditolak: " + why, "from");
}

RestoreSummary restore_plain(const RestoreRequest& r) {
  // A copy made by `lindungi backup` before archives (one SQLite file and its key beside it).
  const std::string key_from = r.audit_key_file.empty() ? audit_key_file_beside(r.from) : r.audit_key_file;
  auto source = App::open(r.from, key_from);
  const auto v = AuditService(*source).verify();
  if (!v.ok) refuse(v.problem);
  const AuditKeyFile restored_key{source->audit_key().key, source->audit_key().from_id};
  fs::create_directories(fs::absolute(r.db).parent_path());
  const std::string tmp = r.db + ".restore-tmp";
  fs::remove(tmp);
  source->store().backup_to(tmp);
  source.reset();
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(r.db + suffix);
  fs::rename(tmp, r.db);  // atomic on one file system
  write_audit_key(default_audit_key_file(r.db), restored_key);
  RestoreSummary s;
  s.audit_entries = v.entries;
  return s;
}

void compare_counts(const json& expected, const std::map<std::string, std::int64_t>& actual) {
  for (const auto& [table, n] : expected.items()) {
    const auto it = actual.find(table);
    if (it == actual.end()) refuse("tabel " + table + " yang tercatat di manifes tidak ada di database cadangan");
    if (it->second != n.get<std::int64_t>())
      refuse("tabel " + table + " berisi " + std::to_string(it->second) + " baris, manifes mencatat " +
             std::to_string(n.get<std::int64_t>()));
  }
  for (const auto& [table, n] : actual)
    if (!expected.contains(table)) refuse("tabel " + table + " tidak tercatat di manifes");
}

}  // namespace

std::string pre_migration_backup_dir() {
  const char* dir = std::getenv("LINDUNGI_BACKUP_DIR");
  return dir && *dir ? dir : "cadangan";
}

std::string backup_before_pg_migration(const std::string& location, const std::string& dir) {
  const store::SchemaState state = store::pg_schema_state(location);
  if (!state.older()) return "";
  const char* skip = std::getenv("LINDUNGI_MIGRASI_TANPA_CADANGAN");
  if (skip && std::string{skip} == "1") {
    spdlog::warn("Migrasi skema PostgreSQL {} ke {} tanpa cadangan (LINDUNGI_MIGRASI_TANPA_CADANGAN=1)", state.applied,
                 state.latest);
    return "";
  }
  const std::string have = std::to_string(state.applied), latest = std::to_string(state.latest);
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path file = fs::path(dir) / ("lindungi-sebelum-migrasi-" + std::to_string(state.applied) + "-" +
                                         wib_now("%Y%m%d-%H%M%S") + ".pgdump");
  const std::string partial = file.string() + ".sebagian";
  std::string errors;
  // The connection through libpq's environment variables: no password on pg_dump's command line.
  const int code = run_program({"pg_dump", "--format=custom", "--no-owner", "--file", partial},
                               store::pg_environment(location), errors);
  if (code != 0) {
    fs::remove(partial, ec);
    if (errors.empty()) errors = "pg_dump " + std::to_string(code);
    // Each message written out whole (the English catalogue, data/i18n/en.json, is keyed by it).
    if (code == 127)
      throw Conflict("migrasi_tanpa_cadangan",
                     "Database PostgreSQL ini dibuat oleh versi Lindungi yang lebih lama (skema versi " + have +
                         ", versi ini memakai skema " + latest +
                         "). Sebelum memigrasikannya Lindungi mencadangkannya dengan pg_dump, tetapi pg_dump tidak ada "
                         "(pasang paket postgresql-client), jadi database belum diubah. Buat cadangan sendiri dengan "
                         "`lindungi backup --config /etc/lindungi/lindungi.conf`, lalu jalankan lagi dengan "
                         "LINDUNGI_MIGRASI_TANPA_CADANGAN=1.",
                     "db");
    throw Conflict("migrasi_tanpa_cadangan",
                   "Cadangan sebelum migrasi database PostgreSQL (skema versi " + have + ", versi ini memakai skema " +
                       latest + ") gagal, jadi database belum diubah: " + errors +
                       ". Buat cadangan sendiri dengan `lindungi backup --config /etc/lindungi/lindungi.conf`, lalu "
                       "jalankan lagi dengan LINDUNGI_MIGRASI_TANPA_CADANGAN=1.",
                   "db");
  }
  fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  fs::rename(partial, file);
  spdlog::info("Cadangan sebelum migrasi skema PostgreSQL {} ke {}: {}", state.applied, state.latest, file.string());
  return file.string();
}

bool is_backup_archive(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char magic[2] = {0, 0};
  in.read(reinterpret_cast<char*>(magic), 2);
  return in.gcount() == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

std::string dated_backup_name(const std::string& dir) {
  return (fs::path(dir) / ("lindungi-" + wib_now("%Y%m%d-%H%M%S") + ".tar.gz")).string();
}

std::vector<std::string> prune_backups(const std::string& dir, int keep) {
  static const std::regex name(R"(lindungi-\d{8}-\d{6}\.tar\.gz)");
  std::vector<std::string> archives;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && std::regex_match(e.path().filename().string(), name))
      archives.push_back(e.path().filename().string());
  std::sort(archives.begin(), archives.end());  // the names sort by time
  std::vector<std::string> deleted;
  const auto keep_n = static_cast<std::size_t>(std::max(keep, 1));
  for (std::size_t i = 0; i + keep_n < archives.size(); ++i) {
    const fs::path archive = fs::path(dir) / archives[i];
    fs::remove(archive);
    std::error_code ec;
    fs::remove(audit_key_file_beside(archive.string()), ec);
    deleted.push_back(archives[i]);
  }
  return deleted;
}

BackupSummary create_backup(const BackupRequest& r) {
  if (r.out.empty()) throw BadRequest("cadangan_tanpa_tujuan", "Sebutkan berkas cadangan (--out)", "out");
  if (fs::exists(r.out))
    throw Conflict("berkas_sudah_ada", "Berkas cadangan " + r.out + " sudah ada; pilih nama lain", "out");
  const bool pg = store::is_postgres_location(r.db);
  const std::string location = r.password.empty() ? r.db : store::location_with_password(r.db, r.password);
  auto app = App::open(location, r.audit_key_file);
  const fs::path out = fs::absolute(r.out);
  fs::create_directories(out.parent_path());
  Staging staging(out.parent_path() / ("." + out.filename().string() + ".sementara-" + pid_suffix()));

  BackupSummary summary;
  summary.backend = pg ? "postgresql" : "sqlite";
  std::map<std::string, std::int64_t> counts;
  const std::string database_member = pg ? "database.pgdump" : "database.sqlite";
  if (pg) {
    // pg_dump reads the snapshot the counts were taken in: the dump and its manifest agree.
    store::with_exported_snapshot(location, [&](const std::string& snapshot, const auto& c) {
      counts = c;
      run_or_throw({"pg_dump", "--format=custom", "--no-owner", "--snapshot=" + snapshot, "--file",
                    (staging.path / database_member).string(), "--dbname", r.db},
                   password_env(r.password), "pg_dump");
    });
  } else {
    app->store().backup_to((staging.path / database_member).string());
    counts = store::sqlite_file_table_counts((staging.path / database_member).string());
  }
  const std::string files_dir = r.files_dir.empty() ? app->files_dir() : r.files_dir;
  const auto files = link_tree(files_dir, staging.path / kFilesMember);

  json members = json::array();
  auto add_member = [&](const std::string& name) {
    const fs::path p = staging.path / name;
    members.push_back(
        {{"nama", name}, {"ukuran", static_cast<std::int64_t>(fs::file_size(p))}, {"sha256", sha256_file(p)}});
  };
  add_member(database_member);
  for (const auto& f : files) add_member(std::string{kFilesMember} + "/" + f);
  const json manifest = {{"format", kFormat},
                         {"versi_format", kFormatVersion},
                         {"versi_lindungi", LINDUNGI_VERSION},
                         {"dibuat", wib_now("%Y-%m-%dT%H:%M:%S+07:00")},
                         {"backend", summary.backend},
                         {"database", database_member},
                         {"jumlah_baris", counts},
                         {"jumlah_berkas_klaim", files.size()},
                         {"anggota", members}};
  {
    std::ofstream m(staging.path / kManifest);
    m << manifest.dump(2) << "\n";
    if (!m) throw Conflict("cadangan_gagal", "Manifes cadangan tidak dapat ditulis (periksa ruang disk)", "out");
  }
  const std::string partial = out.string() + ".sebagian";
  fs::remove(partial);
  std::vector<std::string> tar = {
      "tar", "--create", "--gzip", "--file", partial, "--directory", staging.path.string(), kManifest, database_member};
  if (!files.empty()) tar.push_back(kFilesMember);
  try {
    run_or_throw(tar, {}, "tar");
    const int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
    fs::rename(partial, out);
  } catch (...) {
    std::error_code ec;
    fs::remove(partial, ec);
    throw;
  }
  // The key goes with the backup (issue 16 item 5), as its own 0600 file: without it the
  // backup's keyed entries could not be verified, nor the backup restored.
  summary.key_file = audit_key_file_beside(out.string());
  write_audit_key(summary.key_file, {app->audit_key().key, app->audit_key().from_id});
  summary.archive = out.string();
  summary.files = static_cast<std::int64_t>(files.size());
  summary.bytes = static_cast<std::int64_t>(fs::file_size(out));
  summary.rows = counts;
  if (const auto it = counts.find("audit_log"); it != counts.end()) summary.audit_entries = it->second;
  return summary;
}

RestoreSummary restore_backup(const RestoreRequest& r) {
  if (!fs::exists(r.from)) throw NotFound("berkas_tidak_ada", "Berkas cadangan " + r.from + " tidak ada", "from");
  const bool pg = store::is_postgres_location(r.db);
  // A restore never replaces a database by accident (issue 19 item 5); the operator says so.
  if (!pg && fs::exists(r.db) && !r.force)
    throw Conflict(
        "database_sudah_ada",
        "Database tujuan " + r.db + " sudah ada; pulihkan ke berkas baru, atau tambahkan --force untuk menimpanya",
        "db");
  if (!r.audit_key_file.empty() && !fs::exists(r.audit_key_file))
    throw NotFound("berkas_tidak_ada", "Berkas kunci audit " + r.audit_key_file + " tidak ada", "kunci_audit");
  if (!is_backup_archive(r.from)) {
    if (pg)
      throw BadRequest("cadangan_bukan_arsip",
                       "Berkas " + r.from + " bukan arsip cadangan Lindungi; database PostgreSQL dipulihkan dari arsip",
                       "from");
    return restore_plain(r);
  }
  const std::string key_from = r.audit_key_file.empty() ? audit_key_file_beside(r.from) : r.audit_key_file;
  const fs::path db_path = pg ? fs::path{} : fs::absolute(r.db);
  std::string files_dir = r.files_dir;
  if (files_dir.empty()) files_dir = pg ? "var/berkas" : (db_path.parent_path() / kFilesMember).string();
  // 1. Unpack into a staging folder beside the target and check everything there.
  const fs::path base = pg ? fs::current_path() : db_path.parent_path();
  fs::create_directories(base);
  Staging staging(base / (".lindungi-pulih-" + pid_suffix()));
  {
    std::string errors;
    if (run_program({"tar", "--extract", "--gzip", "--file", fs::absolute(r.from).string(), "--directory",
                     staging.path.string(), "--no-same-owner", "--no-same-permissions"},
                    {}, errors) != 0)
      refuse("arsip tidak dapat dibuka (" + errors + ")");
  }
  std::set<std::string> present;
  for (auto it = fs::recursive_directory_iterator(staging.path); it != fs::recursive_directory_iterator(); ++it) {
    const auto rel = fs::relative(it->path(), staging.path).generic_string();
    if (it->is_symlink() || (!it->is_regular_file() && !it->is_directory())) refuse(rel + " bukan berkas biasa");
    if (it->is_regular_file()) present.insert(rel);
  }
  json manifest;
  try {
    std::ifstream m(staging.path / kManifest);
    if (!m) refuse("manifes tidak ada di dalam arsip");
    manifest = json::parse(m);
  } catch (const json::exception&) {
    refuse("manifes tidak dapat dibaca");
  }
  if (manifest.value("format", "") != kFormat) refuse("bukan arsip cadangan Lindungi");
  if (manifest.value("versi_format", 0) > kFormatVersion)
    refuse("dibuat oleh Lindungi yang lebih baru (" + manifest.value("versi_lindungi", "?") +
           "); perbarui Lindungi dulu");
  present.erase(kManifest);
  std::int64_t claim_files = 0;
  for (const auto& member : manifest.at("anggota")) {
    const std::string name = member.at("nama").get<std::string>();
    if (present.erase(name) == 0) refuse(name + " tercatat di manifes tetapi tidak ada di dalam arsip");
    const fs::path p = staging.path / name;
    if (static_cast<std::int64_t>(fs::file_size(p)) != member.at("ukuran").get<std::int64_t>())
      refuse("ukuran " + name + " tidak cocok dengan manifes");
    if (sha256_file(p) != member.at("sha256").get<std::string>())
      refuse("checksum SHA-256 " + name + " tidak cocok dengan manifes (berkas rusak atau diubah)");
    if (name.rfind(std::string{kFilesMember} + "/", 0) == 0) ++claim_files;
  }
  if (!present.empty()) refuse(*present.begin() + " ada di dalam arsip tetapi tidak tercatat di manifes");
  const std::string backend = manifest.value("backend", "");
  const std::string database_member = manifest.value("database", "");
  if (backend == "sqlite" && pg) refuse("cadangan ini dari database SQLite; pulihkan ke berkas SQLite (--db FILE)");
  if (backend == "postgresql" && !pg)
    refuse("cadangan ini dari database PostgreSQL; pulihkan ke database PostgreSQL (--db postgresql://...)");

  // Claim documents never change once stored (the database keeps their SHA-256): the archive's
  // are added to the folder, an identical file already there is kept, and one with other bytes
  // under the same name is replaced only with --force. Nothing is deleted.
  std::vector<std::string> claim_members, differing;
  for (const auto& member : manifest.at("anggota")) {
    const std::string name = member.at("nama").get<std::string>();
    if (name.rfind(std::string{kFilesMember} + "/", 0) != 0) continue;
    const std::string rel = name.substr(std::string{kFilesMember}.size() + 1);
    claim_members.push_back(rel);
    const fs::path existing = fs::path(files_dir) / rel;
    std::error_code ec;
    if (fs::exists(existing, ec) && sha256_file(existing) != member.at("sha256").get<std::string>())
      differing.push_back(rel);
  }
  if (!differing.empty() && !r.force)
    throw Conflict("folder_berkas_berbeda",
                   "Folder dokumen klaim " + files_dir + " sudah berisi " + std::to_string(differing.size()) +
                       " berkas bernama sama dengan isi berbeda (mis. " + differing.front() +
                       "); pulihkan ke folder baru (--files), atau tambahkan --force untuk menimpanya",
                   "files");

  RestoreSummary summary;
  summary.archive = true;
  summary.files = claim_files;
  summary.tables = static_cast<std::int64_t>(manifest.at("jumlah_baris").size());
  summary.files_dir = files_dir;
  AuditKeyFile restored_key;
  if (!pg) {
    // 2. SQLite: the rows as the manifest counted them, then the audit chain with its key; only
    // then is the target replaced.
    const fs::path staged_db = staging.path / database_member;
    compare_counts(manifest.at("jumlah_baris"), store::sqlite_file_table_counts(staged_db.string()));
    {
      auto source = App::open(staged_db.string(), key_from);
      const auto v = AuditService(*source).verify();
      if (!v.ok) refuse(v.problem);
      summary.audit_entries = v.entries;
      restored_key = {source->audit_key().key, source->audit_key().from_id};
    }
    for (const char* suffix : {"-wal", "-shm"}) fs::remove(r.db + suffix);
    // The replaced database's audit queue (<db>.antrian-audit, reads audited while its writer was
    // busy) belongs to that database: left in place it would be folded into the restored chain at
    // the next open. It is moved aside with its WAL (a stopped server has folded it, so it is
    // normally empty), kept for whoever audits the replaced database.
    const std::string queue = r.db + ".antrian-audit";
    if (fs::exists(queue)) {
      const std::string aside = queue + ".sebelum-pulih-" + clock::now_utc_iso().substr(0, 19);
      fs::rename(queue, aside);
      std::error_code ec;
      if (fs::exists(queue + "-wal")) fs::rename(queue + "-wal", aside + "-wal", ec);
      fs::remove(queue + "-shm", ec);
    }
    fs::rename(staged_db, db_path);  // atomic: the staging folder is beside it
    write_audit_key(default_audit_key_file(r.db), restored_key);
  } else {
    // 2. PostgreSQL: the checksums hold; pg_restore into an empty database (or, with --force, one
    // it cleans), then the rows and the audit chain are checked in the restored database.
    std::map<std::string, std::int64_t> before;
    const std::string location = r.password.empty() ? r.db : store::location_with_password(r.db, r.password);
    store::with_exported_snapshot(location, [&](const std::string&, const auto& c) { before = c; });
    if (!before.empty() && !r.force)
      throw Conflict("database_sudah_ada",
                     "Database tujuan sudah berisi tabel; pulihkan ke database kosong, atau tambahkan --force untuk "
                     "menimpanya",
                     "db");
    std::vector<std::string> args = {"pg_restore", "--no-owner", "--exit-on-error", "--single-transaction"};
    if (!before.empty()) {
      args.push_back("--clean");
      args.push_back("--if-exists");
    }
    args.insert(args.end(), {"--dbname", r.db, (staging.path / database_member).string()});
    run_or_throw(args, password_env(r.password), "pg_restore");
    std::map<std::string, std::int64_t> after;
    store::with_exported_snapshot(location, [&](const std::string&, const auto& c) { after = c; });
    compare_counts(manifest.at("jumlah_baris"), after);
    auto restored = App::open(location, key_from);
    const auto v = AuditService(*restored).verify();
    if (!v.ok) refuse(v.problem);
    summary.audit_entries = v.entries;
    write_audit_key(default_audit_key_file(r.db), {restored->audit_key().key, restored->audit_key().from_id});
  }
  // 3. The claim files: added, or (--force) replacing a different file of the same name.
  for (const auto& rel : claim_members) {
    const fs::path target = fs::path(files_dir) / rel;
    const fs::path staged = staging.path / kFilesMember / rel;
    std::error_code ec;
    if (fs::exists(target, ec) && std::find(differing.begin(), differing.end(), rel) == differing.end()) continue;
    fs::create_directories(target.parent_path());
    fs::rename(staged, target, ec);  // the staging folder is beside the database, usually one file system
    if (ec) fs::copy_file(staged, target, fs::copy_options::overwrite_existing);
  }
  return summary;
}

}  // namespace lindungi::services
