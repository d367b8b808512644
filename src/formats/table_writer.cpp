#include "formats/table_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "core/date.hpp"
#include "core/intake.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"

namespace lindungi::formats {

namespace {

// OWASP "CSV injection": Excel and LibreOffice run a cell that begins with = + - @ (or a tab or
// CR they strip before looking) as a formula, so a worker named "=HYPERLINK(...)" would run on the
// BPJS officer's machine. Every CSV Lindungi writes passes through here, so a leading apostrophe
// (shown by no spreadsheet, read as "text") is added in this one place.
std::string neutralised(std::string_view f) {
  std::string out;
  out.reserve(f.size() + 1);
  if (!f.empty() && std::string_view{"=+-@\t\r"}.find(f.front()) != std::string_view::npos) out.push_back('\'');
  out.append(f);
  return out;
}

std::string csv_field(std::string_view raw, char sep) {
  const std::string safe = neutralised(raw);
  const std::string_view f = safe;
  if (f.find_first_of(std::string{sep} + "\"\r\n") == std::string_view::npos &&
      (f.empty() || (f.front() != ' ' && f.back() != ' ')))
    return std::string{f};
  std::string out = "\"";
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

void csv_line(std::string& out, const std::vector<std::string>& fields, char sep) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out.push_back(sep);
    out += csv_field(fields[i], sep);
  }
  out += "\r\n";
}

bool digits_only(const std::string& s) {
  if (s.empty() || s.size() > 15) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "45.2" as written by std::to_string-like callers; nothing else (no exponent, no sign).
std::optional<double> decimal(const std::string& s) {
  double v = 0;
  if (s.empty() || s.size() > 20 || s.find_first_not_of("0123456789.") != std::string::npos) return std::nullopt;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<std::int64_t> integer(const std::string& s) {
  std::int64_t v = 0;
  if (s.empty()) return std::nullopt;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// libxlsxwriter writes to a file: a private temporary one, read back and removed.
class TempXlsx {
 public:
  TempXlsx() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string{dir && *dir ? dir : "/tmp"} + "/lindungi-XXXXXX.xlsx";
    const int fd = mkstemps(path_.data(), 5);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for XLSX");
    close(fd);
  }
  ~TempXlsx() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }
  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

 private:
  std::string path_;
};

void check(lxw_error e) {
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string{"xlsxwriter: "} + lxw_strerror(e));
}

void write_sheet(lxw_workbook* wb, lxw_worksheet* ws, const Table& t, lxw_format* bold) {
  for (std::size_t c = 0; c < t.header.size(); ++c) {
    const double width = c < t.widths.size() ? t.widths[c] : 16;
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t.header[c].c_str(), bold);
  }
  (void)wb;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    for (std::size_t c = 0; c < row.size(); ++c) {
      const auto rr = static_cast<lxw_row_t>(r + 1);
      const auto cc = static_cast<lxw_col_t>(c);
      if (c < t.numeric.size() && t.numeric[c] && digits_only(row[c]))
        worksheet_write_number(ws, rr, cc, std::strtod(row[c].c_str(), nullptr), nullptr);
      else if (const auto pct = column_kind(t, c) == ColumnKind::percent ? decimal(row[c]) : std::nullopt)
        worksheet_write_number(ws, rr, cc, *pct, nullptr);
      else if (!row[c].empty())
        worksheet_write_string(ws, rr, cc, row[c].c_str(), nullptr);
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (!t.header.empty())
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()), static_cast<lxw_col_t>(t.header.size() - 1));
}

std::vector<std::string> codes(const std::vector<CodeLabel>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.emplace_back(c.code);
  return out;
}

}  // namespace

ColumnKind column_kind(const Table& t, std::size_t c) {
  if (c < t.kinds.size()) return t.kinds[c];
  return c < t.numeric.size() && t.numeric[c] ? ColumnKind::number : ColumnKind::text;
}

std::string display_cell(ColumnKind kind, const std::string& raw) {
  switch (kind) {
    case ColumnKind::text:
    case ColumnKind::number:
      return raw;
    case ColumnKind::count:
      if (const auto v = integer(raw)) return format_thousands(*v);
      return raw;
    case ColumnKind::rupiah:
      if (const auto v = integer(raw)) return format_rupiah(*v);
      return raw;
    case ColumnKind::date:
      if (const auto d = parse_iso_date(raw)) return d->id();
      // A coverage month "2026-01" reads "01/2026".
      if (raw.size() == 7 && raw[4] == '-' && parse_iso_date(raw + "-01"))
        return raw.substr(5, 2) + "/" + raw.substr(0, 4);
      return raw;
    case ColumnKind::percent: {
      const auto v = decimal(raw);
      if (!v) return raw;
      // One decimal, Indonesian comma: 45.25 -> "45,3%" (the figure is already rounded upstream).
      const auto tenths = static_cast<std::int64_t>(*v * 10 + 0.5);
      return format_thousands(tenths / 10) + "," + std::to_string(tenths % 10) + "%";
    }
  }
  return raw;
}

std::string table_csv(const Table& t, char sep) {
  std::string out = "\xEF\xBB\xBF";
  csv_line(out, t.header, sep);
  for (const auto& row : t.rows) csv_line(out, row, sep);
  return out;
}

std::string table_xlsx(const std::vector<Table>& sheets) {
  TempXlsx tmp;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(tmp.path().c_str(), &options);
  if (!wb) throw std::runtime_error("xlsxwriter: cannot create workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const Table& t : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, t.sheet.c_str());
    if (!ws) {
      workbook_close(wb);
      throw std::runtime_error("xlsxwriter: cannot add sheet " + t.sheet);
    }
    write_sheet(wb, ws, t, bold);
  }
  check(workbook_close(wb));
  return tmp.read();
}

std::string template_csv() {
  Table t;
  std::vector<std::string> example;
  for (const auto& col : template_columns()) {
    t.header.emplace_back(col.name);
    example.emplace_back(col.example);
  }
  t.rows.push_back(std::move(example));
  return table_csv(t);
}

std::string template_xlsx() {
  TempXlsx tmp;
  lxw_workbook* wb = workbook_new(tmp.path().c_str());
  if (!wb) throw std::runtime_error("xlsxwriter: cannot create workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDEBF7);
  format_set_border(bold, LXW_BORDER_THIN);
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format(text, "@");  // NIK, RT and phone stay text: no 1,57E+15, no lost leading zero
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 14);

  // Sheet 1, "Data": what the import reads.
  lxw_worksheet* data = workbook_add_worksheet(wb, "Data");
  const auto& columns = template_columns();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto& col = columns[c];
    const bool as_text = col.column == Column::nik || col.column == Column::nik_ahli_waris ||
                         col.column == Column::rt || col.column == Column::no_hp;
    const double width =
        col.column == Column::nama || col.column == Column::alamat || col.column == Column::nama_ahli_waris ? 28
        : col.column == Column::nik || col.column == Column::nik_ahli_waris                                 ? 20
                                                                                                            : 18;
    worksheet_set_column(data, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, as_text ? text : nullptr);
    worksheet_write_string(data, 0, static_cast<lxw_col_t>(c), std::string{col.name}.c_str(), bold);
    if (!col.example.empty())
      worksheet_write_string(data, 1, static_cast<lxw_col_t>(c), std::string{col.example}.c_str(),
                             as_text ? text : nullptr);
  }
  worksheet_freeze_panes(data, 1, 0);

  // Drop-down lists on the coded columns, for rows 2..5000; typing a label is still accepted.
  auto list = [&](Column column, const std::vector<std::string>& values) {
    std::vector<const char*> ptrs;
    for (const auto& v : values) ptrs.push_back(v.c_str());
    ptrs.push_back(nullptr);
    lxw_data_validation dv{};
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = const_cast<char**>(ptrs.data());
    dv.ignore_blank = LXW_VALIDATION_ON;
    dv.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    const auto c = static_cast<lxw_col_t>(column);
    check(worksheet_data_validation_range(data, 1, c, 5000, c, &dv));
  };
  list(Column::jenis_kelamin, {"L", "P"});
  list(Column::kategori, codes(categories()));
  list(Column::hubungan_ahli_waris, codes(heir_relations()));
  list(Column::pekerjaan, codes(occupations()));

  // Sheet 2, "Petunjuk": every column explained.
  lxw_worksheet* help = workbook_add_worksheet(wb, "Petunjuk");
  worksheet_set_column(help, 0, 0, 22, nullptr);
  worksheet_set_column(help, 1, 1, 8, nullptr);
  worksheet_set_column(help, 2, 2, 90, wrap);
  worksheet_set_column(help, 3, 3, 22, nullptr);
  worksheet_write_string(help, 0, 0, "Petunjuk pengisian templat impor pekerja Lindungi", title);
  const char* notes[] = {
      "Isi satu baris per pekerja di lembar \"Data\" mulai baris 2. Baris contoh (Siti Aminah) boleh dihapus; bila "
      "tertinggal, baris itu dilewati.",
      "Urutan kolom boleh berubah dan huruf besar/kecil pada judul kolom tidak berpengaruh. Kolom lain yang tidak "
      "dikenal dilaporkan lalu diabaikan.",
      "Berkas boleh disimpan sebagai .xlsx atau CSV (UTF-8, pemisah koma atau titik koma). Lembar pertama yang dibaca.",
      "Setiap baris diterima atau ditolak sendiri-sendiri; masalah disebut per baris dan kolom. Mengimpor ulang "
      "berkas yang sama tidak mengubah apa pun (NIK menjadi kunci).",
      "Dengan mengunggah berkas ini, pengunggah menyatakan setiap pekerja telah memberikan persetujuan pemrosesan "
      "data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi).",
  };
  lxw_row_t r = 2;
  for (const char* n : notes) worksheet_write_string(help, r++, 0, n, nullptr);
  ++r;
  worksheet_write_string(help, r, 0, "Kolom", bold);
  worksheet_write_string(help, r, 1, "Wajib", bold);
  worksheet_write_string(help, r, 2, "Keterangan", bold);
  worksheet_write_string(help, r, 3, "Contoh", bold);
  ++r;
  for (const auto& col : columns) {
    worksheet_write_string(help, r, 0, std::string{col.name}.c_str(), nullptr);
    worksheet_write_string(help, r, 1, col.required ? "Ya" : "Tidak", nullptr);
    worksheet_write_string(help, r, 2, std::string{col.description}.c_str(), wrap);
    worksheet_write_string(help, r, 3, std::string{col.example}.c_str(), nullptr);
    ++r;
  }

  // Sheet 3, "Daftar": the codes and their labels.
  lxw_worksheet* lists = workbook_add_worksheet(wb, "Daftar");
  const std::pair<const char*, const std::vector<CodeLabel>*> tables[] = {
      {"pekerjaan", &occupations()}, {"kategori", &categories()}, {"hubungan_ahli_waris", &heir_relations()}};
  lxw_col_t c = 0;
  for (const auto& [name, items] : tables) {
    worksheet_set_column(lists, c, c, 26, nullptr);
    worksheet_set_column(lists, c + 1, c + 1, 26, nullptr);
    worksheet_write_string(lists, 0, c, name, bold);
    worksheet_write_string(lists, 0, c + 1, "Keterangan", bold);
    lxw_row_t row = 1;
    for (const auto& item : *items) {
      worksheet_write_string(lists, row, c, std::string{item.code}.c_str(), nullptr);
      worksheet_write_string(lists, row, c + 1, std::string{item.label}.c_str(), nullptr);
      ++row;
    }
    c += 3;
  }
  check(workbook_close(wb));
  return tmp.read();
}

}  // namespace lindungi::formats
