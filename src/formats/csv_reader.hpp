#pragma once
// RFC 4180 CSV as Excel writes it in Indonesia: UTF-8 with or without BOM, ',' or ';' (detected
// from the header line), CRLF or LF, quoted fields holding separators, quotes ("") and newlines.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lindungi::formats {

struct CsvRecord {
  std::size_t line = 0;  // the line the record starts on, 1-based (what a user sees in Excel)
  std::vector<std::string> fields;
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRecord> records;  // including the header, excluding wholly empty trailing rows
};

// Throws lindungi::BadRequest on an unterminated quoted field (naming its line).
CsvTable parse_csv(std::string_view text);

// Picks ',' or ';' by counting them outside quotes on the first line.
char detect_separator(std::string_view text);

}  // namespace lindungi::formats
