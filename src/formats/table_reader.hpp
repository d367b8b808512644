#pragma once
// A spreadsheet as rows of cells, whatever the file: CSV (csv_reader) or XLSX (the first sheet of
// a workbook written by Excel or LibreOffice, read with libzip and expat). The import service
// reads rows through this and never knows which it is.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/intake.hpp"

namespace lindungi::formats {

// Defences against hostile or broken files.
struct ReadLimits {
  std::uint64_t max_xml_bytes = 512ull << 20;             // one XML part of an XLSX, uncompressed
  std::uint64_t max_shared_strings_bytes = 128ull << 20;  // xl/sharedStrings.xml, uncompressed
  std::size_t max_rows = 1'048'576;                       // Excel's own limit; more is refused
  std::size_t max_columns = 256;
};

class TableReader {
 public:
  virtual ~TableReader() = default;
  virtual std::string_view format() const = 0;  // "csv" or "xlsx"
  // XLSX workbooks may count dates from 1904 (Excel for Mac, some LibreOffice files).
  virtual bool date1904() const { return false; }
  // Calls `fn` with every row in order, the header first; `row` is the number the user sees in
  // the spreadsheet (header = 1). Rows XLSX leaves out (empty) are skipped. `fn` returns false to
  // stop. May be called again to read the rows once more. Throws BadRequest when the file turns
  // out to be unreadable.
  virtual void for_each_row(const std::function<bool(std::size_t row, const std::vector<ImportCell>& cells)>& fn) = 0;
  // A cheap estimate of the number of rows (CSV: line breaks), 0 when unknown.
  virtual std::size_t estimated_rows() const { return 0; }
  // Facts about the file the user should know (the sheet that was read, an encoding repaired).
  const std::vector<std::string>& notes() const { return notes_; }

 protected:
  std::vector<std::string> notes_;
};

// Opens `bytes` (kept alive by the reader) as XLSX when it is a zip archive, else as CSV.
// `file_name` only refines messages (an old binary .xls is refused with advice). Throws
// BadRequest when the file cannot be read at all.
std::unique_ptr<TableReader> open_table(std::string bytes, std::string_view file_name, const ReadLimits& limits = {});

std::unique_ptr<TableReader> open_csv(std::string bytes, const ReadLimits& limits = {});
std::unique_ptr<TableReader> open_xlsx(std::string bytes, const ReadLimits& limits = {});

}  // namespace lindungi::formats
