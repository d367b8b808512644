#pragma once
// What a store refuses, in neutral terms (issue 18): which record and which rule, never words for
// a user. The backends throw these; the services catch them where they call the store and say
// what happened in Indonesian (the messages users and data/i18n/en.json know).
#include <stdexcept>
#include <string>

namespace lindungi::store {

class Refused : public std::runtime_error {
 public:
  // `table`: the record's table; `detail`: the key that collided, when the message names it.
  Refused(const std::string& rule, std::string table, std::string detail = {})
      : std::runtime_error(rule + ": " + table + (detail.empty() ? "" : " " + detail)),
        table_(std::move(table)),
        detail_(std::move(detail)) {}
  const std::string& table() const { return table_; }
  const std::string& detail() const { return detail_; }

 private:
  std::string table_;
  std::string detail_;
};

// Another row already holds the key of a UNIQUE index (or a partial one, like one death per
// worker).
class UniqueViolation : public Refused {
 public:
  explicit UniqueViolation(std::string table, std::string detail = {})
      : Refused("unique violation", std::move(table), std::move(detail)) {}
};

// A row changed since it was read: its version moved on, or its decision was already taken, or
// a later row now depends on it.
class StaleVersion : public Refused {
 public:
  explicit StaleVersion(std::string table, std::string detail = {})
      : Refused("stale version", std::move(table), std::move(detail)) {}
};

// The row to change is not there.
class MissingRow : public Refused {
 public:
  explicit MissingRow(std::string table) : Refused("missing row", std::move(table)) {}
};

}  // namespace lindungi::store
