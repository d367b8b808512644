#pragma once
// The database a storage or API test runs on. LINDUNGI_TEST_BACKEND=pg (set by CTest for the
// *_pg test runs) selects PostgreSQL at LINDUNGI_TEST_PG (scripts/with-postgres.sh starts one);
// otherwise a SQLite file. Each TestDatabase is empty: a new file, or a new PostgreSQL schema
// that is dropped again at the end.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>

namespace lindungi::testing {

inline bool test_on_postgres() {
  const char* b = std::getenv("LINDUNGI_TEST_BACKEND");
  return b != nullptr && std::string{b} == "pg";
}

inline std::string test_pg_url() {
  const char* url = std::getenv("LINDUNGI_TEST_PG");
  // A run meant for PostgreSQL must not pass quietly on SQLite: no URL is a failure.
  if (url == nullptr || *url == '\0')
    throw std::runtime_error(
        "LINDUNGI_TEST_BACKEND=pg tetapi LINDUNGI_TEST_PG kosong; jalankan lewat scripts/with-postgres.sh");
  return url;
}

class TestDatabase {
 public:
  // `sqlite_path`: the file used on SQLite (its directory must exist). The backend is the run's
  // (LINDUNGI_TEST_BACKEND) unless a BackendTest names it.
  explicit TestDatabase(const std::filesystem::path& sqlite_path) : TestDatabase(sqlite_path, test_on_postgres()) {}
  TestDatabase(const std::filesystem::path& sqlite_path, bool on_postgres) {
    if (!on_postgres) {
      location_ = sqlite_path.string();
      return;
    }
    static std::atomic<int> counter{0};
    admin_url_ = test_pg_url();
    schema_ = "uji_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    pqxx::connection c(admin_url_);
    pqxx::nontransaction tx(c);
    tx.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    tx.exec("CREATE SCHEMA " + schema_);
    // libpq's options parameter: every connection of the store works in the new schema.
    location_ =
        admin_url_ + (admin_url_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }
  ~TestDatabase() {
    if (schema_.empty()) return;
    try {
      pqxx::connection c(admin_url_);
      pqxx::nontransaction tx(c);
      tx.exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    } catch (...) {
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // What App::open / store::open_store take.
  const std::string& location() const { return location_; }
  bool postgres() const { return !schema_.empty(); }

  // Rows in `table`, read directly from the database (not through the store under test).
  std::int64_t count(const std::string& table) const {
    if (!postgres()) {
      SQLite::Database db(location_, SQLite::OPEN_READONLY);
      SQLite::Statement q(db, "SELECT count(*) FROM " + table);
      q.executeStep();
      return q.getColumn(0).getInt64();
    }
    pqxx::connection c(location_);
    pqxx::nontransaction tx(c);
    return tx.exec("SELECT count(*) FROM " + table)[0][0].as<std::int64_t>();
  }

  // Runs a statement directly on the database; throws (a std::exception) when the database refuses it.
  void exec(const std::string& sql) const {
    if (!postgres()) {
      SQLite::Database db(location_, SQLite::OPEN_READWRITE);
      db.exec(sql);
      return;
    }
    pqxx::connection c(location_);
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }

  // One value of a query, as text, read directly from the database.
  std::string scalar(const std::string& sql) const {
    if (!postgres()) {
      SQLite::Database db(location_, SQLite::OPEN_READONLY);
      return db.execAndGet(sql).getString();
    }
    pqxx::connection c(location_);
    pqxx::nontransaction tx(c);
    const auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? std::string{} : r[0][0].c_str();
  }

 private:
  std::string admin_url_;
  std::string schema_;
  std::string location_;
};

enum class Backend { sqlite, postgres };
// What CTest shows beside a test's name ("# GetParam() = postgres").
inline void PrintTo(Backend b, std::ostream* os) { *os << (b == Backend::sqlite ? "sqlite" : "postgres"); }

// A fixture whose every test runs on both databases, by construction (issue 18 item 8): derive
// from BackendTest, write TEST_P instead of TEST_F, and instantiate the suite once with
// LINDUNGI_ON_BOTH_BACKENDS(Fixture). The tests are named Db/Fixture.Test/sqlite and
// Db/Fixture.Test/postgres; CTest labels the second half "pg" by that name (CMakeLists.txt), so no
// list of suites has to name a new one. The PostgreSQL half needs LINDUNGI_TEST_PG like every pg
// test (scripts/with-postgres.sh) and fails without it.
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  bool on_postgres() const { return GetParam() == Backend::postgres; }
  // An empty database of this test's backend (`sqlite_path` as TestDatabase's).
  std::unique_ptr<TestDatabase> make_database(const std::filesystem::path& sqlite_path) const {
    return std::make_unique<TestDatabase>(sqlite_path, on_postgres());
  }
  // A new empty folder for this test on this backend: temp/<prefix><pid>_<test>[_pg].
  std::filesystem::path fresh_dir(const std::string& prefix) const {
    const auto dir = std::filesystem::temp_directory_path() /
                     (prefix + std::to_string(::getpid()) + "_" + test_name() + (on_postgres() ? "_pg" : ""));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
  }
  // The test's name without its backend suffix, fit for a file name.
  static std::string test_name() {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    return name.substr(0, name.find('/'));
  }
};

inline std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "sqlite" : "postgres";
}

}  // namespace lindungi::testing

#define LINDUNGI_ON_BOTH_BACKENDS(fixture)                                                                          \
  INSTANTIATE_TEST_SUITE_P(                                                                                         \
      Db, fixture, ::testing::Values(::lindungi::testing::Backend::sqlite, ::lindungi::testing::Backend::postgres), \
      ::lindungi::testing::backend_name)

// A suite that only one database can run (a SQLite file's recovery, pg_dump): its tests are
// Db/Fixture.Test/sqlite or Db/Fixture.Test/postgres, labelled as above.
#define LINDUNGI_ON_BACKEND_ONLY(fixture, backend)                                                \
  INSTANTIATE_TEST_SUITE_P(Db, fixture, ::testing::Values(::lindungi::testing::Backend::backend), \
                           ::lindungi::testing::backend_name)
