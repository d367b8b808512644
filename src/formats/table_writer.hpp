#pragma once
// Spreadsheets Lindungi hands out: the import template (DESIGN.md §6) as CSV and XLSX, and
// tables such as an import's error report, as CSV (UTF-8 with BOM, so Excel shows names right)
// or XLSX (libxlsxwriter).
#include <string>
#include <string_view>
#include <vector>

namespace lindungi::formats {

// How a column's cells read on paper (PDF reports, issue 6). Cells hold raw values — digits for
// amounts and counts, ISO dates — so that the XLSX keeps real numbers that sum; the kind turns
// them into what people read, here and nowhere else: rupiah "4032000" -> "Rp4.032.000", count
// "1650" -> "1.650", date "2025-05-22" -> "22/05/2025" (a month "2026-01" -> "01/2026"), percent
// "45.2" -> "45,2%"; number is shown as given (ids, years). Right-aligned: every kind but text
// and date. A cell that does not parse as its kind (a label, an empty cell) is shown as given.
enum class ColumnKind { text, number, count, rupiah, date, percent };

struct Table {
  std::string sheet = "Data";  // the XLSX sheet name
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;   // per column: write digits as numbers in XLSX
  std::vector<double> widths;  // per column, in characters (XLSX); empty = 16
  // Reports as PDF (issue 6): per column; a column without one is number when numeric, else text.
  std::vector<ColumnKind> kinds;
};

// Reports as PDF (issue 6): the column's kind and a cell as printed (see ColumnKind).
ColumnKind column_kind(const Table& table, std::size_t column);
std::string display_cell(ColumnKind kind, const std::string& raw);

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
