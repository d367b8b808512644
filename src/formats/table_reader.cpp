#include "formats/table_reader.hpp"

#include <cstring>

#include "core/errors.hpp"
#include "formats/csv_reader.hpp"

namespace lindungi::formats {

namespace {

class CsvTableReader final : public TableReader {
 public:
  CsvTableReader(std::string bytes, const ReadLimits& limits) : bytes_(std::move(bytes)), limits_(limits) {
    if (!is_valid_utf8(bytes_)) {
      bytes_ = windows1252_to_utf8(bytes_);
      notes_.push_back(
          "Berkas CSV tidak berenkode UTF-8; dibaca sebagai Windows-1252 (CSV biasa dari Excel). "
          "Periksa huruf khusus pada nama.");
    }
  }

  std::string_view format() const override { return "csv"; }
  std::size_t estimated_rows() const override {
    std::size_t lines = 0;
    for (const char* p = bytes_.data();
         (p = static_cast<const char*>(std::memchr(p, '\n', bytes_.data() + bytes_.size() - p))); ++p)
      ++lines;
    return lines;
  }

  void for_each_row(const std::function<bool(std::size_t, const std::vector<ImportCell>&)>& fn) override {
    CsvReader reader(bytes_);
    CsvRecord record;
    std::vector<ImportCell> cells;
    std::size_t rows = 0;
    while (reader.next(record)) {
      if (++rows > limits_.max_rows + 1)
        throw BadRequest("berkas_terlalu_besar", "Berkas berisi lebih dari " + std::to_string(limits_.max_rows) +
                                                     " baris data; bagi menjadi beberapa berkas");
      // Issue 16 item 6: a spreadsheet of the template has a few dozen columns.
      if (record.fields.size() > limits_.max_columns)
        throw BadRequest("terlalu_banyak_kolom", "Baris " + std::to_string(record.record) + " berisi " +
                                                     std::to_string(record.fields.size()) + " kolom, lebih dari " +
                                                     std::to_string(limits_.max_columns) +
                                                     "; periksa berkasnya, mungkin pemisahnya salah");
      cells.resize(record.fields.size());
      for (std::size_t i = 0; i < record.fields.size(); ++i) {
        cells[i].text.swap(record.fields[i]);
        cells[i].number = false;
      }
      if (!fn(record.record, cells)) return;
      for (std::size_t i = 0; i < record.fields.size(); ++i) record.fields[i].swap(cells[i].text);
    }
  }

 private:
  std::string bytes_;
  ReadLimits limits_;
};

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<TableReader> open_csv(std::string bytes, const ReadLimits& limits) {
  return std::make_unique<CsvTableReader>(std::move(bytes), limits);
}

std::unique_ptr<TableReader> open_table(std::string bytes, std::string_view file_name, const ReadLimits& limits) {
  if (bytes.empty()) throw BadRequest("berkas_kosong", "Berkas kosong (0 byte)", "berkas");
  if (bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0) return open_xlsx(std::move(bytes), limits);
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == 0)
    throw BadRequest("format_xls_lama",
                     "Berkas Excel lama (.xls) tidak didukung; buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8",
                     "berkas");
  if (ends_with_ci(file_name, ".xlsx"))
    throw BadRequest("xlsx_rusak", "Berkas bernama .xlsx tetapi isinya bukan berkas Excel (.xlsx) yang valid",
                     "berkas");
  if (bytes.find('\0') != std::string::npos)
    throw BadRequest("format_tidak_dikenal", "Berkas bukan CSV atau XLSX (berisi data biner)", "berkas");
  return open_csv(std::move(bytes), limits);
}

}  // namespace lindungi::formats
