#include "formats/csv_reader.hpp"

#include <cstring>

#include "core/errors.hpp"

namespace lindungi::formats {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Excel's hint line: "sep=;" (optionally quoted, followed by a line break).
std::size_t sep_hint(std::string_view text, char& sep) {
  if (text.size() < 5 || text.substr(0, 4) != "sep=") return 0;
  const char c = text[4];
  if (c != ',' && c != ';' && c != '\t' && c != '|') return 0;
  std::size_t i = 5;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i < text.size() && text[i] == '\n')
    ++i;
  else if (i < text.size() && text[i - 1] != '\r')
    return 0;
  sep = c;
  return i;
}

}  // namespace

char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted && c == ',')
      ++commas;
    else if (!quoted && c == ';')
      ++semicolons;
    else if (!quoted && c == '\t')
      ++tabs;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

// Fields in one record at most, for every CSV read (import, region lists, BPJS files).
constexpr std::size_t kMaxCsvFields = 4096;

CsvReader::CsvReader(std::string_view text, char separator) : text_(text) {
  if (text_.substr(0, 3) == kBom) text_.remove_prefix(3);
  char hinted = 0;
  if (const std::size_t skip = sep_hint(text_, hinted)) {
    pos_ = skip;
    line_ = 2;
    ++record_;  // Excel shows the hint as row 1
  }
  sep_ = separator ? separator : hinted ? hinted : detect_separator(text_.substr(pos_));
}

bool CsvReader::next(CsvRecord& record) {
  const std::string_view t = text_;
  const std::size_t n = t.size();
  std::size_t i = pos_;
  if (i >= n) return false;
  record.line = line_;
  record.record = ++record_;
  std::size_t count = 0;
  auto field = [&]() -> std::string& {
    // Issue 16 item 6: 16 MiB of commas must not become 16 million fields; refused while the
    // record is read. (Imports refuse far fewer columns, table_reader.cpp.)
    if (count >= kMaxCsvFields)
      throw BadRequest("terlalu_banyak_kolom", "Baris " + std::to_string(record.record) + " berisi lebih dari " +
                                                   std::to_string(kMaxCsvFields) + " kolom (pemisah '" +
                                                   std::string(1, sep_ == '\t' ? ' ' : sep_) +
                                                   "'); periksa berkasnya, mungkin pemisahnya salah");
    if (count == record.fields.size()) record.fields.emplace_back();
    std::string& f = record.fields[count++];
    f.clear();
    return f;
  };
  for (;;) {
    std::string& f = field();
    if (i < n && t[i] == '"') {
      const std::size_t start_line = line_;
      ++i;
      for (;;) {
        // Copy up to the next quote in one go.
        const char* q = static_cast<const char*>(std::memchr(t.data() + i, '"', n - i));
        const std::size_t end = q ? static_cast<std::size_t>(q - t.data()) : n;
        for (std::size_t k = i; k < end; ++k)
          if (t[k] == '\n' || (t[k] == '\r' && (k + 1 >= n || t[k + 1] != '\n'))) ++line_;
        f.append(t.data() + i, end - i);
        i = end;
        if (i >= n)
          throw BadRequest("csv_kutip_tidak_ditutup",
                           "Tanda kutip (\") yang dibuka di baris " + std::to_string(start_line) + " tidak ditutup");
        ++i;  // the quote
        if (i < n && t[i] == '"') {
          f.push_back('"');
          ++i;
        } else {
          break;
        }
      }
      // Text after the closing quote is kept, as Excel does ("a"b -> ab).
    }
    std::size_t j = i;
    while (j < n && t[j] != sep_ && t[j] != '\n' && t[j] != '\r') ++j;
    f.append(t.data() + i, j - i);
    i = j;
    if (i >= n) break;
    if (t[i] == sep_) {
      ++i;
      continue;
    }
    if (t[i] == '\r') ++i;
    if (i < n && t[i] == '\n') ++i;
    ++line_;
    break;
  }
  record.fields.resize(count);
  pos_ = i;
  return true;
}

CsvTable parse_csv(std::string_view text) {
  CsvReader reader(text);
  CsvTable table;
  table.separator = reader.separator();
  CsvRecord record;
  while (reader.next(record)) table.records.push_back(record);
  // Excel leaves rows of separators only (";;;;") at the end of a sheet.
  auto blank = [](const CsvRecord& r) {
    for (const auto& f : r.fields)
      if (f.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
  };
  while (!table.records.empty() && blank(table.records.back())) table.records.pop_back();
  return table;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned cp;
    if ((c & 0xE0) == 0xC0)
      len = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0)
      len = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0)
      len = 4, cp = c & 0x07;
    else
      return false;
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::string windows1252_to_utf8(std::string_view s) {
  // 0x80-0x9F differ from Latin-1; 0 marks the five unassigned bytes (kept as U+FFFD).
  static constexpr unsigned kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                         0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    unsigned cp = c;
    if (c < 0x80) {
      out.push_back(ch);
      continue;
    }
    if (c < 0xA0) cp = kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD;
    if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

}  // namespace lindungi::formats
