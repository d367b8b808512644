#pragma once
// What every part of the PostgreSQL store shares: a connection with its prepared statements, and
// the open transaction a Session works in. libpqxx stays inside src/store/postgres/ (STACK.md §2.3).
#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lindungi::store::pg {

// "2026-11-21T19:44:32.123Z", the same text the SQLite store writes.
std::string now_utc();

// A statement parameter: text the server converts to the column's type; nullopt is NULL.
using Param = std::optional<std::string>;

// A statement built at run time: its text with $n placeholders and the values, in order.
struct Sql {
  std::string text;
  std::vector<Param> args;

  Sql& add(std::string_view fragment) {
    text += fragment;
    return *this;
  }
  // Appends the next placeholder ($1, $2, …) to the text and its value to the arguments.
  Sql& arg(Param value) {
    args.push_back(std::move(value));
    text += '$';
    text += std::to_string(args.size());
    return *this;
  }
  Sql& arg(std::int64_t value) { return arg(Param{std::to_string(value)}); }
};

// A connection with its prepared statements, reused across transactions.
class Connection {
 public:
  explicit Connection(const std::string& url);

  pqxx::connection& raw() { return conn_; }

  // The name of the prepared statement for `sql`, preparing it on first use.
  const std::string& statement(const std::string& sql) {
    auto it = names_.find(sql);
    if (it == names_.end()) {
      // Appended, not "s" + to_string(): GCC 12 warns falsely (-Wrestrict) on that operator+.
      std::string name = "s";
      name += std::to_string(names_.size() + 1);
      conn_.prepare(name, sql);
      it = names_.emplace(sql, std::move(name)).first;
    }
    return it->second;
  }

 private:
  pqxx::connection conn_;
  std::unordered_map<std::string, std::string> names_;
};

// One row into a COPY: libpqxx 6 streams tuples only, so the row becomes a tuple of its width.
template <std::size_t... I>
void copy_row(pqxx::stream_to& copy, const std::vector<Param>& row, std::index_sequence<I...>) {
  copy << std::make_tuple(row[I]...);
}
template <std::size_t N = 16>
void copy_row(pqxx::stream_to& copy, const std::vector<Param>& row) {
  if constexpr (N == 0) {
    throw std::logic_error("copy_row: too many columns");
  } else if (row.size() == N) {
    copy_row(copy, row, std::make_index_sequence<N>{});
  } else {
    copy_row<N - 1>(copy, row);
  }
}

// Rows appended to a table and written by one COPY later: at the latest before the next statement
// of this transaction that names the table, and before commit. A round trip per row costs more
// than the row itself (STACK.md §2.2); only tables nobody needs an id back from are buffered.
struct Buffered {
  std::string table;
  std::vector<std::string> columns;
  std::vector<std::vector<Param>> rows;
};

// The connection and the transaction a Session runs in.
struct Tx {
  Connection& c;
  pqxx::transaction_base& t;
  std::vector<Buffered> buffered{};
  // Store::read_current: `t` is a pqxx::nontransaction on a read-only connection, every statement
  // its own implicit transaction (one round trip). Session calls of several statements, which
  // would see several moments, or of cursors, which need a transaction block, refuse to run.
  bool autocommit = false;

  // Called first by a Session call that needs one snapshot across its statements.
  void needs_snapshot(const char* call) const {
    if (autocommit)
      throw std::logic_error(std::string{call} + " makes several statements: use Store::read, not read_current");
  }

  void buffer(const std::string& table, const std::vector<std::string>& columns, std::vector<Param> row) {
    for (Buffered& b : buffered)
      if (b.table == table) {
        b.rows.push_back(std::move(row));
        return;
      }
    buffered.push_back({table, columns, {}});
    buffered.back().rows.push_back(std::move(row));
  }

  // Writes every buffered row (all of them, to keep the tables' order of insertion).
  void flush() {
    for (Buffered& b : buffered) {
      if (b.rows.empty()) continue;
      pqxx::stream_to copy(t, b.table, b.columns);
      for (const auto& row : b.rows) copy_row(copy, row);
      copy.complete();
      b.rows.clear();
    }
  }

  // Before a statement: flushes when it may read a table with buffered rows.
  void flush_before(const std::string& sql) {
    for (const Buffered& b : buffered)
      if (!b.rows.empty() && sql.find(b.table) != std::string::npos) {
        flush();
        return;
      }
  }

  template <typename... Args>
  pqxx::result exec(const std::string& sql, Args&&... args) {
    flush_before(sql);
    return t.exec_prepared(c.statement(sql), std::forward<Args>(args)...);
  }
  pqxx::result exec(const Sql& q) {
    flush_before(q.text);
    return t.exec_prepared(c.statement(q.text), pqxx::prepare::make_dynamic_params(q.args));
  }
  // A statement that is not prepared (DDL, cursors); flushes first like exec().
  pqxx::result direct(const std::string& sql) {
    flush();
    return t.exec(sql);
  }
};

inline std::string text(const pqxx::field& f) { return f.is_null() ? std::string{} : std::string{f.c_str()}; }
inline std::int64_t int64(const pqxx::field& f) { return f.is_null() ? 0 : f.as<std::int64_t>(); }
inline double real(const pqxx::field& f) { return f.is_null() ? 0.0 : f.as<double>(); }
inline bool boolean(const pqxx::field& f) { return !f.is_null() && f.as<bool>(); }

// Half-open range [lo, hi) of codes below `area`: "15.71.01" -> ["15.71.01.", "15.71.01/"]. The
// code columns use the "C" collation, so this is the same byte order as SQLite's.
inline std::pair<std::string, std::string> below(std::string_view area) {
  return {std::string{area} + ".", std::string{area} + "/"};
}

}  // namespace lindungi::store::pg
