// The two migration sets describe one schema (issue 18 item 8): after migrating an empty SQLite
// file and an empty PostgreSQL schema, both have the same tables, the same columns with the same
// kind of type and the same NOT NULL, and the same named indexes. A migration added to one folder
// and forgotten in the other (or written differently) fails here, not in production.
//
// It needs both databases at once, so it runs in the PostgreSQL pass (label "pg",
// scripts/with-postgres.sh) and is skipped on the SQLite-only pass.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <pqxx/pqxx>
#include <set>
#include <string>

#include "store/store.hpp"
#include "test_backend.hpp"

namespace {

namespace fs = std::filesystem;
using lindungi::testing::TestDatabase;

struct Column {
  std::string kind;  // INTEGER, TEXT, REAL or BLOB: SQLite's storage classes, what both sides can agree on
  bool not_null = false;
  bool operator==(const Column&) const = default;
};
// table -> column -> what it is
using Schema = std::map<std::string, std::map<std::string, Column>>;

// Differences each backend needs, with the reason; anything else is a mistake.
// - pendaftaran_bpjs_pekerja.urutan: a batch lists its rows in export order; SQLite has rowid for
//   that, PostgreSQL an identity column (0007_bpjs.sql).
// - pengguna_username: usernames are unique regardless of case; SQLite says so in the column
//   (UNIQUE COLLATE NOCASE, an automatic index), PostgreSQL with a unique index on lower(username).
const std::set<std::string> kPostgresOnlyColumns = {"pendaftaran_bpjs_pekerja.urutan"};
const std::set<std::string> kPostgresOnlyIndexes = {"pengguna_username"};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// PostgreSQL's type names as the SQLite storage class the SQLite migrations declare for them.
std::string kind_of_pg(const std::string& data_type) {
  const auto t = upper(data_type);
  if (t == "BIGINT" || t == "INTEGER" || t == "SMALLINT" || t == "BOOLEAN") return "INTEGER";
  if (t == "TEXT" || t.starts_with("CHARACTER") || t == "DATE" || t.starts_with("TIMESTAMP")) return "TEXT";
  if (t == "DOUBLE PRECISION" || t == "REAL" || t == "NUMERIC") return "REAL";
  if (t == "BYTEA") return "BLOB";
  return t;
}

std::string kind_of_sqlite(const std::string& declared) {
  const auto t = upper(declared);
  if (t.find("INT") != std::string::npos) return "INTEGER";
  if (t.find("CHAR") != std::string::npos || t.find("TEXT") != std::string::npos) return "TEXT";
  if (t.find("REAL") != std::string::npos || t.find("DOUB") != std::string::npos) return "REAL";
  if (t.empty() || t.find("BLOB") != std::string::npos) return "BLOB";
  return t;
}

Schema sqlite_schema(const std::string& path, std::set<std::string>& indexes) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  Schema s;
  SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  while (tables.executeStep()) {
    const std::string table = tables.getColumn(0).getString();
    SQLite::Statement cols(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)");
    cols.bind(1, table);
    while (cols.executeStep()) {
      // A primary key column is NOT NULL in PostgreSQL whether or not the SQLite text says so.
      const bool not_null = cols.getColumn(2).getInt() != 0 || cols.getColumn(3).getInt() != 0;
      s[table][cols.getColumn(0).getString()] = {kind_of_sqlite(cols.getColumn(1).getString()), not_null};
    }
  }
  SQLite::Statement idx(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
  while (idx.executeStep()) indexes.insert(idx.getColumn(0).getString());
  return s;
}

Schema pg_schema(const std::string& location, std::set<std::string>& indexes) {
  pqxx::connection c(location);
  pqxx::nontransaction tx(c);
  Schema s;
  for (const auto& r :
       tx.exec("SELECT c.table_name, c.column_name, c.data_type, c.is_nullable FROM information_schema.columns c "
               "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
               "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"))
    s[r[0].c_str()][r[1].c_str()] = {kind_of_pg(r[2].c_str()), std::string{r[3].c_str()} == "NO"};
  // Indexes the migrations name; PostgreSQL's own for primary keys and UNIQUE constraints are not.
  for (const auto& r :
       tx.exec("SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = current_schema() AND NOT EXISTS ("
               "SELECT 1 FROM pg_constraint k JOIN pg_class x ON x.oid = k.conindid WHERE x.relname = i.indexname)"))
    indexes.insert(r[0].c_str());
  return s;
}

// Needs PostgreSQL (and SQLite, always there): it runs in the pg pass (scripts/with-postgres.sh).
class SchemaParityTest : public lindungi::testing::BackendTest {};
LINDUNGI_ON_BACKEND_ONLY(SchemaParityTest, postgres);

TEST_P(SchemaParityTest, BothMigrationSetsMakeTheSameSchema) {
  const auto dir = fs::temp_directory_path() / ("lindungi-schema-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto sqlite_path = (dir / "skema.db").string();
  TestDatabase pg(dir / "unused.db", true);
  // Opening a store migrates it to the newest version.
  lindungi::store::open_store(sqlite_path).reset();
  lindungi::store::open_store(pg.location()).reset();

  std::set<std::string> sqlite_indexes, pg_indexes;
  const auto lite = sqlite_schema(sqlite_path, sqlite_indexes);
  const auto pgs = pg_schema(pg.location(), pg_indexes);
  fs::remove_all(dir);

  ASSERT_FALSE(lite.empty());
  for (const auto& [table, cols] : lite) {
    const auto other = pgs.find(table);
    if (other == pgs.end()) {
      ADD_FAILURE() << "tabel " << table << " ada di SQLite, tidak di PostgreSQL";
      continue;
    }
    for (const auto& [name, col] : cols) {
      const auto o = other->second.find(name);
      if (o == other->second.end()) {
        ADD_FAILURE() << table << "." << name << " ada di SQLite, tidak di PostgreSQL";
        continue;
      }
      EXPECT_EQ(col.kind, o->second.kind) << table << "." << name << ": jenis berbeda";
      EXPECT_EQ(col.not_null, o->second.not_null) << table << "." << name << ": NOT NULL berbeda";
    }
    for (const auto& [name, col] : other->second)
      EXPECT_TRUE(cols.contains(name) || kPostgresOnlyColumns.contains(table + "." + name))
          << table << "." << name << " ada di PostgreSQL, tidak di SQLite";
  }
  for (const auto& [table, cols] : pgs)
    EXPECT_TRUE(lite.contains(table)) << "tabel " << table << " ada di PostgreSQL, tidak di SQLite";
  for (const auto& i : sqlite_indexes) EXPECT_TRUE(pg_indexes.contains(i)) << "indeks " << i << " hanya di SQLite";
  for (const auto& i : pg_indexes)
    EXPECT_TRUE(sqlite_indexes.contains(i) || kPostgresOnlyIndexes.contains(i))
        << "indeks " << i << " hanya di PostgreSQL";
}

}  // namespace
