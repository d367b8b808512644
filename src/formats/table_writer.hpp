#pragma once
// Spreadsheets Lindungi hands out: the import template (DESIGN.md §6) as CSV and XLSX, and
// tables such as an import's error report, as CSV (UTF-8 with BOM, so Excel shows names right)
// or XLSX (libxlsxwriter).
#include <string>
#include <string_view>
#include <vector>

namespace lindungi::formats {

struct Table {
  std::string sheet = "Data";  // the XLSX sheet name
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;   // per column: write digits as numbers in XLSX
  std::vector<double> widths;  // per column, in characters (XLSX); empty = 16
};

std::string table_csv(const Table& table, char separator = ',');
std::string table_xlsx(const std::vector<Table>& sheets);

// The template: the header row and one example row (CSV); in XLSX also a "Petunjuk" sheet that
// explains each column in Bahasa Indonesia and a "Daftar" sheet with the allowed codes, with
// drop-down lists on the coded columns and the NIK, RT and phone columns stored as text.
std::string template_csv();
std::string template_xlsx();

inline constexpr std::string_view kXlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view kCsvMime = "text/csv; charset=utf-8";

}  // namespace lindungi::formats
