// Upgrades on PostgreSQL (issue 19 item 6): opening a database made by an older release takes a
// backup first (pg_dump -Fc into the backup folder), then migrates; without pg_dump it refuses,
// naming `lindungi backup`, and leaves the database as it was. Against the real PostgreSQL of
// scripts/with-postgres.sh (label pg, PostgreSQL only); SQLite's copy is upgrade_test.cpp's.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <pqxx/pqxx>
#include <string>

#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/backup_service.hpp"
#include "store/postgres/pg_migrations.hpp"
#include "store/schema_state.hpp"
#include "test_backend.hpp"

namespace {

namespace fs = std::filesystem;
using lindungi::testing::test_pg_url;

// A database of its own (pg_dump takes a whole database), at the schema an older release left:
// every migration but the last, with one worker-free region row written by that release.
class OlderPgDatabase {
 public:
  OlderPgDatabase() {
    admin_ = test_pg_url();
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    name_ = "lindungi_naik_" + std::to_string(getpid()) + "_" + test.substr(0, test.find('/'));  // no "/postgres"
    for (auto& c : name_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    {
      pqxx::connection c(admin_);
      pqxx::nontransaction tx(c);
      tx.exec("DROP DATABASE IF EXISTS " + name_);
      tx.exec("CREATE DATABASE " + name_);
    }
    const auto slash = admin_.rfind('/');
    url_ = admin_.substr(0, slash + 1) + name_;
    pqxx::connection c(url_);
    older_ = lindungi::store::latest_pg_version() - 1;
    lindungi::store::apply_pg_migrations(c, older_);
    older_ = lindungi::store::applied_pg_version(c);  // numbers may have gaps
  }
  ~OlderPgDatabase() {
    try {
      pqxx::connection c(admin_);
      pqxx::nontransaction tx(c);
      tx.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
  const std::string& url() const { return url_; }
  int older() const { return older_; }
  int version() const {
    pqxx::connection c(url_);
    return lindungi::store::applied_pg_version(c);
  }

 private:
  std::string admin_, name_, url_;
  int older_ = 0;
};

struct PgTempDir {
  fs::path path;
  PgTempDir() {
    path = fs::temp_directory_path() / ("lindungi-pg-naik-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~PgTempDir() { fs::remove_all(path); }
};

// Sets an environment variable for one test.
struct ScopedEnv {
  std::string name;
  std::string old;
  bool had;
  ScopedEnv(std::string n, const std::string& value) : name(std::move(n)) {
    const char* v = std::getenv(name.c_str());
    had = v != nullptr;
    if (had) old = v;
    setenv(name.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had)
      setenv(name.c_str(), old.c_str(), 1);
    else
      unsetenv(name.c_str());
  }
};

class PgUpgradeTest : public lindungi::testing::BackendTest {};
LINDUNGI_ON_BACKEND_ONLY(PgUpgradeTest, postgres);

TEST_P(PgUpgradeTest, AnOlderDatabaseIsDumpedBeforeItIsMigrated) {
  OlderPgDatabase db;
  ASSERT_GT(db.older(), 0);
  ASSERT_LT(db.older(), lindungi::store::latest_pg_version());
  PgTempDir dir;
  const ScopedEnv backup_dir("LINDUNGI_BACKUP_DIR", (dir.path / "cadangan").string());

  auto app = lindungi::services::App::open(db.url(), (dir.path / "kunci").string());
  app.reset();
  EXPECT_EQ(db.version(), lindungi::store::latest_pg_version()) << "migrated after the dump";

  // One dump, named by the version it holds, readable by pg_restore, and only by its owner.
  fs::path dump;
  int dumps = 0;
  for (const auto& e : fs::directory_iterator(dir.path / "cadangan")) {
    ++dumps;
    dump = e.path();
  }
  ASSERT_EQ(dumps, 1);
  EXPECT_EQ(dump.filename().string().rfind("lindungi-sebelum-migrasi-" + std::to_string(db.older()) + "-", 0), 0u)
      << dump;
  EXPECT_EQ(dump.extension(), ".pgdump");
  EXPECT_EQ(fs::status(dump).permissions() & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
  const std::string list = "pg_restore --list '" + dump.string() + "' > '" + (dir.path / "isi.txt").string() + "'";
  ASSERT_EQ(std::system(list.c_str()), 0);
  std::ifstream in(dir.path / "isi.txt");
  const std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(contents.find("TABLE DATA public skema_migrasi"), std::string::npos) << contents.substr(0, 500);

  // Opened again: current, so nothing more is dumped.
  lindungi::services::App::open(db.url(), (dir.path / "kunci").string()).reset();
  dumps = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path / "cadangan")) ++dumps;
  EXPECT_EQ(dumps, 1);
}

TEST_P(PgUpgradeTest, WithoutPgDumpItRefusesAndLeavesTheDatabaseAlone) {
  OlderPgDatabase db;
  PgTempDir dir;
  const ScopedEnv backup_dir("LINDUNGI_BACKUP_DIR", (dir.path / "cadangan").string());
  {
    const ScopedEnv path("PATH", (dir.path / "kosong").string());  // no pg_dump to be found
    try {
      lindungi::services::App::open(db.url(), (dir.path / "kunci").string());
      FAIL() << "opened without a backup";
    } catch (const lindungi::Conflict& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find("pg_dump tidak ada"), std::string::npos) << message;
      EXPECT_NE(message.find("lindungi backup"), std::string::npos) << message;
      EXPECT_NE(message.find("skema versi " + std::to_string(db.older())), std::string::npos) << message;
    }
  }
  EXPECT_EQ(db.version(), db.older()) << "not migrated";
  EXPECT_TRUE(!fs::exists(dir.path / "cadangan") || fs::is_empty(dir.path / "cadangan"));

  // An operator who made a backup another way says so, and the database is migrated.
  const ScopedEnv path("PATH", (dir.path / "kosong").string());
  const ScopedEnv skip("LINDUNGI_MIGRASI_TANPA_CADANGAN", "1");
  lindungi::services::App::open(db.url(), (dir.path / "kunci").string()).reset();
  EXPECT_EQ(db.version(), lindungi::store::latest_pg_version());
}

TEST(PgEnvironmentTest, TheDumpGetsItsConnectionFromTheEnvironmentNotTheCommandLine) {
  // No database needed: the URL's parts become libpq's variables, the password among them.
  const auto env = lindungi::store::pg_environment("postgresql://lindungi@db.example:5433/kota?password=r%40hasia");
  auto has = [&](const std::string& v) { return std::find(env.begin(), env.end(), v) != env.end(); };
  EXPECT_TRUE(has("PGHOST=db.example"));
  EXPECT_TRUE(has("PGPORT=5433"));
  EXPECT_TRUE(has("PGUSER=lindungi"));
  EXPECT_TRUE(has("PGDATABASE=kota"));
  EXPECT_TRUE(has("PGPASSWORD=r@hasia"));
}

}  // namespace
