#pragma once
// One row API for both databases (issue 18; the shape learnt from Drogon's orm_lib: one Row and
// Field API, thin per-database results). A record's columns, how a row becomes the record and how
// the record becomes statement parameters are written once, in src/store/records/, and run on
// SQLite and PostgreSQL alike; each backend supplies only an adapter to its library
// (sqlite/sqlite_row.hpp over SQLiteCpp, postgres/pg_row.hpp over libpqxx). docs/STORAGE.md.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"

namespace lindungi::store::rows {

// The current row of a result, column by column, as the backend gives it. NULL reads as 0 or "".
class Columns {
 public:
  virtual ~Columns() = default;
  virtual bool is_null(int i) const = 0;
  virtual std::int64_t int64(int i) const = 0;
  virtual double real(int i) const = 0;
  virtual std::string text(int i) const = 0;
  // The same text without a copy, valid until the next row (or another read of column i).
  virtual std::string_view view(int i) const = 0;
  // SQLite stores 0/1, PostgreSQL a boolean.
  virtual bool boolean(int i) const = 0;
};

// Reads a row's columns in order: `row >> c.id >> c.nama >> c.rt`.
class Row {
 public:
  explicit Row(const Columns& columns) : c_(columns) {}

  Row& operator>>(std::int64_t& v) {
    v = c_.int64(i_++);
    return *this;
  }
  Row& operator>>(int& v) {
    v = static_cast<int>(c_.int64(i_++));
    return *this;
  }
  Row& operator>>(bool& v) {
    v = c_.boolean(i_++);
    return *this;
  }
  Row& operator>>(double& v) {
    v = c_.real(i_++);
    return *this;
  }
  Row& operator>>(std::string& v) {
    v = c_.text(i_++);
    return *this;
  }
  // Both schemas keep a missing date as "" (or NULL).
  Row& operator>>(std::optional<Date>& v) {
    v = parse_iso_date(c_.text(i_++));
    return *this;
  }
  Row& operator>>(Date& v) {
    v = parse_iso_date(c_.text(i_++)).value_or(Date{});
    return *this;
  }
  Row& operator>>(std::optional<std::string>& v) {
    if (c_.is_null(i_))
      v.reset();
    else
      v = c_.text(i_);
    ++i_;
    return *this;
  }

  std::int64_t int64() { return c_.int64(i_++); }
  std::string text() { return c_.text(i_++); }
  // Valid until the next row: for a value compared or looked up, never kept (a million rows).
  std::string_view view() { return c_.view(i_++); }
  bool next_is_null() const { return c_.is_null(i_); }
  Row& skip(int n = 1) {
    i_ += n;
    return *this;
  }

 private:
  const Columns& c_;
  int i_ = 0;
};

// A statement parameter; monostate is NULL.
using Value = std::variant<std::monostate, std::int64_t, double, std::string, bool>;

// Statement parameters in order: `Params{c.nama, c.rt}` or `p << c.nama << c.rt`.
class Params {
 public:
  Params() = default;
  template <typename... T>
  requires(sizeof...(T) > 0) explicit Params(const T&... v) { (*this << ... << v); }

  Params& operator<<(std::int64_t v) { return add(v); }
  Params& operator<<(int v) { return add(std::int64_t{v}); }
  Params& operator<<(bool v) { return add(v); }
  Params& operator<<(double v) { return add(v); }
  Params& operator<<(std::string v) { return add(std::move(v)); }
  Params& operator<<(std::string_view v) { return add(std::string{v}); }
  Params& operator<<(const char* v) { return add(std::string{v}); }
  Params& operator<<(std::nullopt_t) { return add(std::monostate{}); }
  // A missing date is stored as "" on both databases (their date columns are text).
  Params& operator<<(const std::optional<Date>& d) { return add(d ? d->iso() : std::string{}); }
  Params& operator<<(const Date& d) { return add(d.iso()); }
  Params& operator<<(const std::optional<std::string>& v) { return v ? add(*v) : add(std::monostate{}); }

  const std::vector<Value>& values() const { return values_; }

 private:
  // Constructed in place: a Value moved into the vector makes GCC 12 warn falsely at -O3
  // (-Wmaybe-uninitialized on the moved string).
  template <typename T>
  Params& add(T&& v) {
    values_.emplace_back(std::in_place_type<std::decay_t<T>>, std::forward<T>(v));
    return *this;
  }
  std::vector<Value> values_;
};

enum class Dialect { sqlite, postgres };

// One open transaction (or connection) of either database. SQL uses `?` placeholders; the
// PostgreSQL adapter numbers them ($1, $2, ...) outside quoted text.
class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement, calling `each` (when given) for every row it returns. Returns the rows an
  // INSERT, UPDATE or DELETE changed, or the rows a query returned.
  virtual std::int64_t run(const std::string& sql, const Params& params, const std::function<void(Row&)>& each) = 0;
  // Called first by the calls of several statements that must agree (a count and its page, a scan
  // in pages): PostgreSQL refuses them under Store::read_current (pg::Tx::needs_snapshot); SQLite
  // has nothing to check.
  virtual void needs_snapshot(const char* /*call*/) {}

  // The text for this database where the dialects really differ.
  std::string pick(std::string_view sqlite, std::string_view postgres) const {
    return std::string{dialect() == Dialect::sqlite ? sqlite : postgres};
  }

  std::int64_t exec(const std::string& sql, const Params& params = {}) { return run(sql, params, {}); }

  template <typename Read>
  auto all(const std::string& sql, const Params& params, Read read) {
    std::vector<decltype(read(std::declval<Row&>()))> out;
    run(sql, params, [&](Row& r) { out.push_back(read(r)); });
    return out;
  }

  template <typename Read>
  auto one(const std::string& sql, const Params& params, Read read) {
    std::optional<decltype(read(std::declval<Row&>()))> out;
    run(sql, params, [&](Row& r) {
      if (!out) out = read(r);
    });
    return out;
  }

  // The first column of the first row (an INSERT's RETURNING id), if any row came back.
  std::optional<std::int64_t> first_int(const std::string& sql, const Params& params) {
    return one(sql, params, [](Row& r) { return r.int64(); });
  }
};

// --- A record's columns, listed once beside its members ---------------------------------------
// A Fields type lists columns as `f("name", rec.member)` in a template call operator taking the
// visitor and the record (const or not); reading, binding and the column list all come from it.

template <typename Fields, typename Record>
void read_fields(Row& row, Record& rec, Fields fields = {}) {
  fields([&](const char*, auto& member) { row >> member; }, rec);
}

template <typename Fields, typename Record>
void bind_fields(Params& params, const Record& rec, Fields fields = {}) {
  fields([&](const char*, const auto& member) { params << member; }, rec);
}

// A record made of the row's columns, all of them its Fields.
template <typename Record, typename Fields>
Record read_record(Row& row) {
  Record rec{};
  read_fields<Fields>(row, rec);
  return rec;
}

template <typename Fields, typename Record>
Params params_of(const Record& rec) {
  Params p;
  bind_fields<Fields>(p, rec);
  return p;
}

template <typename Fields, typename Record>
std::vector<std::string> field_names(Fields fields = {}) {
  Record dummy{};
  std::vector<std::string> out;
  fields([&](const char* name, const auto&) { out.emplace_back(name); }, dummy);
  return out;
}

// "a, b, c", each name after `prefix` ("p." for a table alias).
std::string list(const std::vector<std::string>& names, std::string_view prefix = {});
// "?, ?, ?"
std::string marks(std::size_t n);
// "a = ?, b = ?"
std::string assignments(const std::vector<std::string>& names);
// "INSERT INTO <table> (<names>) VALUES (?, ...) ON CONFLICT (<key>) DO UPDATE SET" every other
// name to the inserted value: a row keyed by `key` (the first name) put whether or not it exists.
std::string upsert(std::string_view table, const std::vector<std::string>& names);

// A table whose rows are one record each: an `id` the database assigns, then the record's Fields.
template <typename Record, typename Fields>
class Table {
 public:
  explicit Table(std::string name)
      : name_(std::move(name)),
        names_(field_names<Fields, Record>()),
        columns_(list(names_)),
        select_("SELECT id, " + columns_ + " FROM " + name_) {}

  const std::string& name() const { return name_; }
  // The fields' columns, without id: what an INSERT or UPDATE writes.
  const std::vector<std::string>& names() const { return names_; }
  const std::string& columns() const { return columns_; }
  // "SELECT id, <fields> FROM <table>", to which a WHERE clause is appended.
  const std::string& select() const { return select_; }

  Params params(const Record& rec) const { return params_of<Fields>(rec); }
  static Record read(Row& row) {
    Record rec{};
    row >> rec.id;
    read_fields<Fields>(row, rec);
    return rec;
  }
  static auto reader() {
    return [](Row& row) { return read(row); };
  }

  // Inserts every field and returns the new id; `conflict` ("ON CONFLICT ... DO NOTHING") may
  // skip the row, and then no id comes back.
  std::optional<std::int64_t> insert(Db& db, const Record& rec, std::string_view conflict = {}) const {
    std::string sql = "INSERT INTO " + name_ + " (" + columns_ + ") VALUES (" + marks(names_.size()) + ")";
    sql += conflict;
    sql += " RETURNING id";
    return db.first_int(sql, params(rec));
  }

 private:
  std::string name_;
  std::vector<std::string> names_;
  std::string columns_;
  std::string select_;
};

}  // namespace lindungi::store::rows
