// The first sheet of an .xlsx workbook, streamed: libzip opens the package, expat (SAX) reads the
// XML parts, so a 1,000,000-row sheet needs memory for its shared strings only. Handles shared
// strings, inline strings (LibreOffice), formula results, numbers, booleans, the 1904 date system
// and sheets named anything. Hostile files: sizes are checked with zip_stat before inflating and
// counted while inflating (zip bombs), rows and columns are capped, and any DTD is refused (no
// entities, internal or external).
#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/errors.hpp"
#include "formats/table_reader.hpp"

namespace lindungi::formats {

namespace {

[[noreturn]] void unreadable(const std::string& why) {
  throw BadRequest("xlsx_tidak_terbaca", "Berkas XLSX tidak dapat dibaca: " + why, "berkas");
}

// "x:row" or "http://...|row" -> "row".
std::string_view local_name(const char* name) {
  std::string_view n{name};
  const auto cut = n.find_last_of(":|");
  return cut == std::string_view::npos ? n : n.substr(cut + 1);
}

const char* attribute(const char** atts, std::string_view local) {
  for (int i = 0; atts[i]; i += 2)
    if (local_name(atts[i]) == local) return atts[i + 1];
  return nullptr;
}

class Archive {
 public:
  explicit Archive(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!src) unreadable("arsip zip tidak valid");
    zip_ = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!zip_) {
      zip_source_free(src);
      zip_error_fini(&error);
      unreadable("arsip zip rusak atau bukan .xlsx");
    }
    zip_error_fini(&error);
    if (zip_get_num_entries(zip_, 0) > 10'000) unreadable("terlalu banyak bagian dalam arsip");
  }
  ~Archive() {
    if (zip_) zip_discard(zip_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool has(const std::string& name) { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

  // Streams the entry to `sink` in chunks; refuses entries larger than `limit` before and while
  // inflating (the declared size of a zip bomb may lie).
  template <typename Sink>
  void stream(const std::string& name, std::uint64_t limit, Sink&& sink) {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) unreadable("bagian " + name + " tidak ada");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0) unreadable("bagian " + name + " rusak");
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limit)
      throw BadRequest("berkas_terlalu_besar", "Isi berkas XLSX terlalu besar setelah diekstrak (" + name + ")",
                       "berkas");
    zip_file_t* f = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (!f) unreadable("bagian " + name + " tidak dapat dibuka (terenkripsi?)");
    std::uint64_t total = 0;
    char buf[1 << 16];
    try {
      for (;;) {
        const zip_int64_t n = zip_fread(f, buf, sizeof buf);
        if (n < 0) unreadable("bagian " + name + " rusak");
        if (n == 0) break;
        total += static_cast<std::uint64_t>(n);
        if (total > limit)
          throw BadRequest("berkas_terlalu_besar", "Isi berkas XLSX terlalu besar setelah diekstrak (" + name + ")",
                           "berkas");
        if (!sink(buf, static_cast<std::size_t>(n), false)) break;
      }
      sink(buf, 0, true);
    } catch (...) {
      zip_fclose(f);
      throw;
    }
    zip_fclose(f);
  }

 private:
  zip_t* zip_ = nullptr;
};

// An expat parser that refuses DTDs and forwards elements to a handler object.
template <typename Handler>
class Sax {
 public:
  explicit Sax(Handler& h) : h_(h), p_(XML_ParserCreate(nullptr)) {
    if (!p_) throw std::bad_alloc();
    XML_SetUserData(p_, this);
    XML_SetParamEntityParsing(p_, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetStartDoctypeDeclHandler(p_, [](void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
      auto* s = static_cast<Sax*>(self);
      s->doctype_ = true;
      XML_StopParser(s->p_, XML_FALSE);
    });
    XML_SetElementHandler(
        p_, [](void* self, const XML_Char* name, const XML_Char** atts) { static_cast<Sax*>(self)->start(name, atts); },
        [](void* self, const XML_Char* name) { static_cast<Sax*>(self)->end(name); });
    XML_SetCharacterDataHandler(p_, [](void* self, const XML_Char* s, int len) {
      static_cast<Sax*>(self)->h_.text(s, static_cast<std::size_t>(len));
    });
  }
  ~Sax() { XML_ParserFree(p_); }
  Sax(const Sax&) = delete;
  Sax& operator=(const Sax&) = delete;

  // Feeds a chunk; false when the handler asked to stop.
  bool feed(const char* data, std::size_t len, bool final, const std::string& part) {
    if (stopped_) return false;
    if (XML_Parse(p_, data, static_cast<int>(len), final ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
      if (doctype_) unreadable("bagian " + part + " memuat DTD, yang tidak diizinkan");
      if (error_) std::rethrow_exception(error_);
      if (stopped_) return false;
      unreadable("XML " + part + " rusak di baris " + std::to_string(XML_GetCurrentLineNumber(p_)) + ": " +
                 XML_ErrorString(XML_GetErrorCode(p_)));
    }
    if (error_) std::rethrow_exception(error_);
    return !stopped_;
  }

  void stop() {
    stopped_ = true;
    XML_StopParser(p_, XML_FALSE);
  }

 private:
  void start(const XML_Char* name, const XML_Char** atts) {
    if (error_) return;
    try {
      h_.start(local_name(name), atts, *this);
    } catch (...) {
      error_ = std::current_exception();
      XML_StopParser(p_, XML_FALSE);
    }
  }
  void end(const XML_Char* name) {
    if (error_) return;
    try {
      h_.end(local_name(name), *this);
    } catch (...) {
      error_ = std::current_exception();
      XML_StopParser(p_, XML_FALSE);
    }
  }

  Handler& h_;
  XML_Parser p_;
  bool doctype_ = false;
  bool stopped_ = false;
  std::exception_ptr error_;
};

template <typename Handler>
void parse_part(Archive& zip, const std::string& name, std::uint64_t limit, Handler& h) {
  Sax<Handler> sax(h);
  zip.stream(name, limit, [&](const char* data, std::size_t n, bool final) { return sax.feed(data, n, final, name); });
}

// xl/workbook.xml: the first sheet's relationship id and name, and the date system.
struct WorkbookHandler {
  std::string sheet_rid, sheet_name;
  bool date1904 = false;
  template <typename S>
  void start(std::string_view name, const char** atts, S&) {
    if (name == "sheet" && sheet_rid.empty()) {
      if (const char* id = attribute(atts, "id")) sheet_rid = id;
      if (const char* n = attribute(atts, "name")) sheet_name = n;
    } else if (name == "workbookPr") {
      const char* v = attribute(atts, "date1904");
      date1904 = v && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0);
    }
  }
  template <typename S>
  void end(std::string_view, S&) {}
  void text(const char*, std::size_t) {}
};

// xl/_rels/workbook.xml.rels: relationship id -> part name.
struct RelsHandler {
  std::string wanted, target;
  template <typename S>
  void start(std::string_view name, const char** atts, S&) {
    if (name != "Relationship") return;
    const char* id = attribute(atts, "Id");
    const char* t = attribute(atts, "Target");
    if (id && t && wanted == id) target = t;
  }
  template <typename S>
  void end(std::string_view, S&) {}
  void text(const char*, std::size_t) {}
};

// xl/sharedStrings.xml: <si> items of <t> text or rich-text runs <r><t>; phonetic <rPh> skipped.
struct SharedStringsHandler {
  std::vector<std::string>* out;
  std::size_t max_count;
  std::string current;
  bool in_t = false;
  int phonetic = 0;
  template <typename S>
  void start(std::string_view name, const char**, S&) {
    if (name == "si") {
      if (out->size() >= max_count)
        throw BadRequest("berkas_terlalu_besar",
                         "Berkas XLSX berisi lebih dari " + std::to_string(max_count) +
                             " teks berbeda (xl/sharedStrings.xml); bagi menjadi beberapa berkas");
      current.clear();
    } else if (name == "rPh")
      ++phonetic;
    else if (name == "t" && phonetic == 0)
      in_t = true;
  }
  template <typename S>
  void end(std::string_view name, S&) {
    if (name == "t")
      in_t = false;
    else if (name == "rPh")
      --phonetic;
    else if (name == "si")
      out->push_back(std::move(current)), current.clear();
  }
  void text(const char* s, std::size_t n) {
    if (in_t) current.append(s, n);
  }
};

// "B12" -> 1 (zero-based column), or -1.
long column_of(const char* ref) {
  long col = 0;
  int letters = 0;
  for (const char* p = ref; *p && *p >= 'A' && *p <= 'Z'; ++p, ++letters) col = col * 26 + (*p - 'A' + 1);
  return letters ? col - 1 : -1;
}

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    return buf;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// The worksheet: rows of cells, handed to the caller row by row.
struct SheetHandler {
  const std::vector<std::string>* shared;
  const ReadLimits* limits;
  const std::function<bool(std::size_t, const std::vector<ImportCell>&)>* fn;

  std::vector<ImportCell> cells;
  std::size_t row = 0, rows_seen = 0;
  long next_col = 0, col = 0;
  std::string type, value, inline_text;
  bool in_v = false, in_is = false, in_t = false, in_row = false;

  template <typename S>
  void start(std::string_view name, const char** atts, S&) {
    if (name == "row") {
      const char* r = attribute(atts, "r");
      const std::size_t previous = row;
      row = r ? std::strtoull(r, nullptr, 10) : row + 1;
      // Excel and LibreOffice write rows in order; anything else is a broken or crafted file.
      if (row <= previous) unreadable("nomor baris tidak berurutan (baris " + std::to_string(row) + ")");
      if (++rows_seen > limits->max_rows + 1 || row > limits->max_rows + 1)
        throw BadRequest("berkas_terlalu_besar",
                         "Lembar kerja berisi lebih dari " + std::to_string(limits->max_rows) +
                             " baris; bagi menjadi beberapa berkas",
                         "berkas");
      cells.clear();
      next_col = 0;
      in_row = true;
    } else if (name == "c" && in_row) {
      const char* r = attribute(atts, "r");
      const char* t = attribute(atts, "t");
      col = r ? column_of(r) : next_col;
      if (col < 0) col = next_col;
      next_col = col + 1;
      type = t ? t : "n";
      value.clear();
      inline_text.clear();
    } else if (name == "v") {
      in_v = true;
    } else if (name == "is") {
      in_is = true;
    } else if (name == "t" && in_is) {
      in_t = true;
    }
  }

  template <typename S>
  void end(std::string_view name, S& sax) {
    if (name == "v") {
      in_v = false;
    } else if (name == "t") {
      in_t = false;
    } else if (name == "is") {
      in_is = false;
    } else if (name == "c" && in_row) {
      if (static_cast<std::size_t>(col) >= limits->max_columns) return;  // far-right junk is ignored
      if (cells.size() <= static_cast<std::size_t>(col)) cells.resize(static_cast<std::size_t>(col) + 1);
      ImportCell& cell = cells[static_cast<std::size_t>(col)];
      if (type == "s") {
        const auto idx = std::strtoull(value.c_str(), nullptr, 10);
        if (value.empty() || idx >= shared->size())
          unreadable("rujukan teks bersama tidak valid di baris " + std::to_string(row));
        cell.text = (*shared)[idx];
      } else if (type == "inlineStr") {
        cell.text = inline_text;
      } else if (type == "str" || type == "e" || type == "d") {
        cell.text = value;
      } else if (type == "b") {
        cell.text = value == "1" ? "TRUE" : "FALSE";
      } else if (!value.empty()) {
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (end && *end == '\0' && std::isfinite(v)) {
          cell.number = true;
          cell.value = v;
          cell.text = number_text(v);
        } else {
          cell.text = value;
        }
      }
    } else if (name == "row" && in_row) {
      in_row = false;
      if (!(*fn)(row, cells)) sax.stop();
    }
  }

  void text(const char* s, std::size_t n) {
    if (in_v)
      value.append(s, n);
    else if (in_t)
      inline_text.append(s, n);
  }
};

class XlsxTableReader final : public TableReader {
 public:
  XlsxTableReader(std::string bytes, const ReadLimits& limits) : bytes_(std::move(bytes)), limits_(limits) {
    Archive zip(bytes_);
    if (!zip.has("xl/workbook.xml")) unreadable("bukan buku kerja Excel (xl/workbook.xml tidak ada)");
    WorkbookHandler wb;
    parse_part(zip, "xl/workbook.xml", 16u << 20, wb);
    if (wb.sheet_rid.empty()) unreadable("buku kerja tidak berisi lembar kerja");
    date1904_ = wb.date1904;

    RelsHandler rels{wb.sheet_rid, {}};
    if (zip.has("xl/_rels/workbook.xml.rels")) parse_part(zip, "xl/_rels/workbook.xml.rels", 16u << 20, rels);
    std::string target = rels.target.empty() ? "worksheets/sheet1.xml" : rels.target;
    sheet_part_ = target.front() == '/' ? target.substr(1) : "xl/" + target;
    if (!zip.has(sheet_part_)) unreadable("lembar kerja pertama (" + sheet_part_ + ") tidak ada");
    if (!wb.sheet_name.empty())
      notes_.push_back("Dibaca dari lembar kerja pertama, \"" + wb.sheet_name + "\"; lembar lain diabaikan.");

    if (zip.has("xl/sharedStrings.xml")) {
      // Issue 16 item 6: "<si/>" is 5 bytes, so the byte cap alone would let 128 MiB become 27
      // million strings. Four distinct texts per allowed row is more than a real sheet has.
      SharedStringsHandler ss{&shared_, std::max<std::size_t>(limits_.max_rows, 1) * 4, {}, false, 0};
      parse_part(zip, "xl/sharedStrings.xml", limits_.max_shared_strings_bytes, ss);
    }
  }

  std::string_view format() const override { return "xlsx"; }
  bool date1904() const override { return date1904_; }

  void for_each_row(const std::function<bool(std::size_t, const std::vector<ImportCell>&)>& fn) override {
    Archive zip(bytes_);
    SheetHandler sheet{&shared_, &limits_, &fn, {}, 0, 0, 0, 0, {}, {}, {}, false, false, false, false};
    parse_part(zip, sheet_part_, limits_.max_xml_bytes, sheet);
  }

 private:
  std::string bytes_;
  ReadLimits limits_;
  bool date1904_ = false;
  std::string sheet_part_;
  std::vector<std::string> shared_;
};

}  // namespace

std::unique_ptr<TableReader> open_xlsx(std::string bytes, const ReadLimits& limits) {
  return std::make_unique<XlsxTableReader>(std::move(bytes), limits);
}

}  // namespace lindungi::formats
