#include "store/sqlite/sqlite_row.hpp"

#include <vector>

namespace lindungi::store::sqlite {

namespace {

class StatementColumns final : public rows::Columns {
 public:
  explicit StatementColumns(SQLite::Statement& s) : s_(s) {}
  bool is_null(int i) const override { return column(i).isNull(); }
  std::int64_t int64(int i) const override { return column(i).getInt64(); }
  double real(int i) const override { return column(i).getDouble(); }
  std::string text(int i) const override { return column(i).getString(); }
  std::string_view view(int i) const override {
    const SQLite::Column& c = column(i);
    const char* text = c.getText();  // before getBytes (SQLite's order for a text's length)
    return {text, static_cast<std::size_t>(c.getBytes())};
  }
  bool boolean(int i) const override { return column(i).getInt64() != 0; }

 private:
  // A Column reads the statement's current row; each is made once per statement, on its first
  // row: Statement::getColumn copies a shared pointer to the statement per value (millions of
  // atomic counts for the planner's million workers).
  const SQLite::Column& column(int i) const {
    if (columns_.empty())
      for (int k = 0; k < s_.getColumnCount(); ++k) columns_.push_back(s_.getColumn(k));
    return columns_.at(static_cast<std::size_t>(i));
  }

  SQLite::Statement& s_;
  mutable std::vector<SQLite::Column> columns_;
};

class SqliteDb final : public rows::Db {
 public:
  explicit SqliteDb(Connection& c) : c_(c) {}
  rows::Dialect dialect() const override { return rows::Dialect::sqlite; }

  std::int64_t run(const std::string& sql, const rows::Params& params,
                   const std::function<void(rows::Row&)>& each) override {
    auto& s = c_.prepare(sql);
    ResetOnExit reset{s};
    bind(s, params);
    std::int64_t returned = 0;
    StatementColumns columns{s};
    // Every row is stepped through even without `each`: an INSERT ... RETURNING changes on step.
    while (s.executeStep()) {
      ++returned;
      if (each) {
        rows::Row row{columns};
        each(row);
      }
    }
    return s.getColumnCount() == 0 ? c_.db().getChanges() : returned;
  }

 private:
  Connection& c_;
};

}  // namespace

void bind(SQLite::Statement& s, const rows::Params& params) {
  int i = 1;
  for (const auto& v : params.values()) {
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>)
            s.bind(i);
          else if constexpr (std::is_same_v<T, bool>)
            s.bind(i, x ? 1 : 0);
          else
            s.bind(i, x);
        },
        v);
    ++i;
  }
}

std::unique_ptr<rows::Db> row_db(Connection& connection) { return std::make_unique<SqliteDb>(connection); }

}  // namespace lindungi::store::sqlite
