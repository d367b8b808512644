#pragma once
// RFC 4180 CSV as Excel writes it in Indonesia: UTF-8 with or without BOM, ',' or ';' (or tab,
// detected from the header line; Excel's "sep=;" first line is honoured), CRLF, LF or CR, quoted
// fields holding separators, quotes ("") and newlines.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lindungi::formats {

struct CsvRecord {
  std::size_t line = 0;    // the line the record starts on, 1-based
  std::size_t record = 0;  // the record's ordinal, 1-based: the row Excel shows it on
  std::vector<std::string> fields;
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRecord> records;  // including the header, excluding wholly empty trailing rows
};

// Reads records one at a time from text it does not own (nothing is copied but the fields).
class CsvReader {
 public:
  // `separator` 0 detects it from the first line.
  explicit CsvReader(std::string_view text, char separator = 0);

  // The next record, reusing `record`'s storage; false at the end. Throws lindungi::BadRequest on
  // an unterminated quoted field (naming its line).
  bool next(CsvRecord& record);
  char separator() const { return sep_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t record_ = 0;
  char sep_ = ',';
};

CsvTable parse_csv(std::string_view text);

// Picks ',', ';' or tab by counting them outside quotes on the first line.
char detect_separator(std::string_view text);

// Whether `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);
// Windows-1252 (what Excel's "CSV (Comma delimited)" writes on Windows) to UTF-8.
std::string windows1252_to_utf8(std::string_view text);

}  // namespace lindungi::formats
