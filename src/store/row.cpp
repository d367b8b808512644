#include "store/row.hpp"

namespace lindungi::store::rows {

std::string list(const std::vector<std::string>& names, std::string_view prefix) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += prefix;
    out += n;
  }
  return out;
}

std::string marks(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

std::string assignments(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n + " = ?";
  return out;
}

std::string upsert(std::string_view table, const std::vector<std::string>& names) {
  std::string sql = "INSERT INTO " + std::string{table} + " (" + list(names) + ") VALUES (" + marks(names.size()) +
                    ") ON CONFLICT (" + names.front() + ") DO UPDATE SET ";
  for (std::size_t i = 1; i < names.size(); ++i) sql += (i > 1 ? ", " : "") + names[i] + " = excluded." + names[i];
  return sql;
}

}  // namespace lindungi::store::rows
