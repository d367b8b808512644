#include "store/postgres/pg_row.hpp"

namespace lindungi::store::pg {

namespace {

class RowColumns final : public rows::Columns {
 public:
  explicit RowColumns(const pqxx::row& r) : r_(r) {}
  bool is_null(int i) const override { return r_[i].is_null(); }
  std::int64_t int64(int i) const override { return pg::int64(r_[i]); }
  double real(int i) const override { return pg::real(r_[i]); }
  std::string text(int i) const override { return pg::text(r_[i]); }
  std::string_view view(int i) const override {
    return r_[i].is_null() ? std::string_view{} : std::string_view{r_[i].c_str(), r_[i].size()};
  }
  bool boolean(int i) const override { return pg::boolean(r_[i]); }

 private:
  const pqxx::row& r_;
};

class PgDb final : public rows::Db {
 public:
  explicit PgDb(Tx& t) : t_(t) {}
  rows::Dialect dialect() const override { return rows::Dialect::postgres; }

  std::int64_t run(const std::string& sql, const rows::Params& params,
                   const std::function<void(rows::Row&)>& each) override {
    Sql q;
    q.text = numbered(sql);
    append(q.args, params);
    const auto result = t_.exec(q);
    if (each) each_row(result, each);
    return result.columns() == 0 ? result.affected_rows() : static_cast<std::int64_t>(result.size());
  }
  void needs_snapshot(const char* call) override { t_.needs_snapshot(call); }

 private:
  Tx& t_;
};

}  // namespace

void each_row(const pqxx::result& result, const std::function<void(rows::Row&)>& each) {
  for (const auto& r : result) {
    RowColumns columns{r};
    rows::Row row{columns};
    each(row);
  }
}

std::string numbered(std::string_view sql, int first) {
  std::string out;
  out.reserve(sql.size() + 16);
  char quote = 0;
  for (const char ch : sql) {
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
    } else if (ch == '?') {
      out += '$';
      out += std::to_string(first++);
      continue;
    }
    out += ch;
  }
  return out;
}

void append(std::vector<Param>& out, const rows::Params& params) {
  for (const auto& v : params.values())
    out.push_back(std::visit(
        [](const auto& x) -> Param {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>)
            return std::nullopt;
          else if constexpr (std::is_same_v<T, bool>)
            return std::string{x ? "true" : "false"};
          else if constexpr (std::is_same_v<T, std::string>)
            return x;
          else
            return pqxx::to_string(x);
        },
        v));
}

std::unique_ptr<rows::Db> row_db(Tx& tx) { return std::make_unique<PgDb>(tx); }

}  // namespace lindungi::store::pg
