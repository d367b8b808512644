#include "store/sqlite/sqlite_intake.hpp"

#include "store/intake_store.hpp"
#include "store/records/intake.hpp"
#include "store/sqlite/sqlite_row.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;

// Intake on SQLite: records::Intake, with the bulk load that drops and rebuilds the indexes.
class SqliteIntake final : public records::Intake {
 public:
  explicit SqliteIntake(Connection& c) : Intake(sqlite::row_db(c)), c_(c) {}

  void prepare_bulk_write() override {
    // 256 MiB of page cache for this connection: index inserts of a large batch stay in memory.
    c_.db().exec("PRAGMA cache_size = -262144");
  }

  void begin_bulk_load() override {
    prepare_bulk_write();
    dropped_ = db().all(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('pekerja', "
        "'ahli_waris') ORDER BY name",
        {}, [](rows::Row& r) {
          std::pair<std::string, std::string> index;
          r >> index.first >> index.second;
          return index;
        });
    for (const auto& [name, sql] : dropped_) c_.db().exec("DROP INDEX \"" + name + "\"");
  }

  void end_bulk_load() override {
    for (const auto& [name, sql] : dropped_) c_.db().exec(sql);
    dropped_.clear();
  }

 private:
  Connection& c_;
  std::vector<std::pair<std::string, std::string>> dropped_;  // indexes to rebuild: name, CREATE statement
};

}  // namespace

std::unique_ptr<IntakeSession> make_sqlite_intake(Connection& connection) {
  return std::make_unique<SqliteIntake>(connection);
}

}  // namespace lindungi::store
