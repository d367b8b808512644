#include "formats/csv_reader.hpp"

#include "core/errors.hpp"

namespace lindungi::formats {

char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

CsvTable parse_csv(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  table.separator = detect_separator(text);
  const char sep = table.separator;

  std::size_t line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    CsvRecord record;
    record.line = line;
    std::string field;
    bool end_of_record = false;
    while (!end_of_record) {
      if (i < n && text[i] == '"') {
        const std::size_t start_line = line;
        ++i;
        for (;;) {
          if (i >= n)
            throw BadRequest("csv_kutip_tidak_ditutup",
                             "Tanda kutip (\") yang dibuka di baris " + std::to_string(start_line) + " tidak ditutup");
          const char c = text[i++];
          if (c == '"') {
            if (i < n && text[i] == '"') {
              field.push_back('"');
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field.push_back(c);
          }
        }
        // Text after the closing quote is kept, as Excel does ("a"b -> ab).
      }
      while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') field.push_back(text[i++]);
      record.fields.push_back(std::move(field));
      field.clear();
      if (i >= n) {
        end_of_record = true;
      } else if (text[i] == sep) {
        ++i;
      } else {
        if (text[i] == '\r') ++i;
        if (i < n && text[i] == '\n') ++i;
        ++line;
        end_of_record = true;
      }
    }
    table.records.push_back(std::move(record));
  }
  // Excel leaves rows of separators only (";;;;") at the end of a sheet.
  auto blank = [](const CsvRecord& r) {
    for (const auto& f : r.fields)
      if (f.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
  };
  while (!table.records.empty() && blank(table.records.back())) table.records.pop_back();
  return table;
}

}  // namespace lindungi::formats
