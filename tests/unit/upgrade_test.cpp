// Upgrades (issue 19 item 6): a database made by an older release is copied before this build
// migrates it, and a database made by an earlier main opens with the new build, its rows intact.
// SQLite here; PostgreSQL's dump before a migration is tests/unit/pg_upgrade_test.cpp (see
// docs/OPERATIONS.md "Upgrade").
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "store/sqlite/sqlite_migrations.hpp"
#include "store/store.hpp"

namespace {

namespace fs = std::filesystem;
using namespace lindungi::store;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("lindungi-upgrade-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

int version_of(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  return applied_sqlite_version(d);
}

// Every table's row count, the migration record aside.
std::map<std::string, long long> row_counts(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  std::map<std::string, long long> out;
  SQLite::Statement tables(d,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name <> 'skema_migrasi'");
  while (tables.executeStep()) {
    const std::string name = tables.getColumn(0).getString();
    SQLite::Statement count(d, "SELECT COUNT(*) FROM \"" + name + "\"");
    count.executeStep();
    out[name] = count.getColumn(0).getInt64();
  }
  return out;
}

TEST(Upgrade, AnOlderDatabaseIsCopiedBeforeItIsMigrated) {
  TempDir dir;
  const auto db = dir.path / "lindungi.db";
  // The release before this build's last migration (numbers may have gaps).
  int older = 0;
  {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    apply_sqlite_migrations(d, latest_sqlite_version() - 1);
    older = applied_sqlite_version(d);
  }
  ASSERT_GT(older, 1);
  ASSERT_LT(older, latest_sqlite_version());
  const auto copy = fs::path(db.string() + ".sebelum-migrasi-" + std::to_string(older));
  { auto store = open_store(db.string()); }
  ASSERT_TRUE(fs::exists(copy)) << copy;
  EXPECT_FALSE(fs::exists(copy.string() + ".sebagian"));
  EXPECT_EQ(version_of(copy), older) << "the copy is the database as the older release left it";
  EXPECT_EQ(version_of(db), latest_sqlite_version());

  // Opened again at this build's version: nothing to migrate, no new copy.
  fs::remove(copy);
  { auto store = open_store(db.string()); }
  EXPECT_FALSE(fs::exists(copy));
  for (const auto& entry : fs::directory_iterator(dir.path))
    EXPECT_EQ(entry.path().filename().string().find("sebelum-migrasi"), std::string::npos) << entry.path();
}

TEST(Upgrade, TheFirstCopyIsKeptWhenAMigrationIsRetried) {
  TempDir dir;
  const auto db = dir.path / "lindungi.db";
  int older = 0;
  {
    SQLite::Database d(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    apply_sqlite_migrations(d, latest_sqlite_version() - 1);
    older = applied_sqlite_version(d);
  }
  const auto copy = fs::path(db.string() + ".sebelum-migrasi-" + std::to_string(older));
  std::ofstream(copy) << "the copy taken before an earlier, interrupted attempt";
  const auto size = fs::file_size(copy);
  { auto store = open_store(db.string()); }
  EXPECT_EQ(fs::file_size(copy), size);
  EXPECT_EQ(version_of(db), latest_sqlite_version());
}

TEST(Upgrade, ANewDatabaseIsNotCopied) {
  TempDir dir;
  const auto db = dir.path / "baru.db";
  { auto store = open_store(db.string()); }
  EXPECT_EQ(version_of(db), latest_sqlite_version());
  for (const auto& entry : fs::directory_iterator(dir.path))
    EXPECT_EQ(entry.path().filename().string().find("sebelum-migrasi"), std::string::npos) << entry.path();
}

// tests/data/upgrade/: a database made by main on the date in its name (see its README), kept as
// SQL text. Whatever this build changes in the schema, that database opens and keeps every row.
TEST(Upgrade, ADatabaseMadeByAnEarlierMainOpensWithEveryRow) {
  const fs::path folder = fs::path(LINDUNGI_SOURCE_DIR) / "tests" / "data" / "upgrade";
  int fixtures = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".sql") continue;
    ++fixtures;
    SCOPED_TRACE(entry.path().filename().string());
    TempDir dir;
    const auto db = dir.path / "lama.db";
    {
      std::ifstream in(entry.path());
      std::stringstream sql;
      sql << in.rdbuf();
      SQLite::Database d(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      d.exec(sql.str());
    }
    const int made_at = version_of(db);
    ASSERT_GT(made_at, 0);
    const auto before = row_counts(db);
    ASSERT_FALSE(before.empty());
    long long rows = 0;
    for (const auto& [table, n] : before) rows += n;
    EXPECT_GT(rows, 0) << "the fixture holds data";
    { auto store = open_store(db.string()); }
    EXPECT_EQ(version_of(db), latest_sqlite_version());
    const auto after = row_counts(db);
    for (const auto& [table, n] : before) {
      ASSERT_TRUE(after.contains(table)) << table << " disappeared";
      EXPECT_GE(after.at(table), n) << table;  // a migration may add reference rows, never drop one
    }
    if (made_at < latest_sqlite_version()) {
      EXPECT_TRUE(fs::exists(db.string() + ".sebelum-migrasi-" + std::to_string(made_at)));
    }
  }
  EXPECT_GT(fixtures, 0) << "no fixture in " << folder;
}

}  // namespace
