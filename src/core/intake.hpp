#pragma once
// The import template (DESIGN.md §6) and what one of its rows means: which column fills which
// Worker field, how cells typed by people and written by Excel are read, and the decision for a
// row against the registry (create, update, unchanged, rejected). No I/O: the readers in
// src/formats hand over cells, the import service hands over the registry's record.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "core/worker.hpp"

namespace lindungi {

// The columns of DESIGN.md §6, in the template's order.
enum class Column {
  nik,
  nama,
  tanggal_lahir,
  jenis_kelamin,
  kode_kelurahan,
  rt,
  alamat,
  no_hp,
  pekerjaan,
  penghasilan,
  kategori,
  nama_ahli_waris,
  hubungan_ahli_waris,
  nik_ahli_waris,
};
inline constexpr std::size_t kColumnCount = 14;

struct TemplateColumn {
  Column column;
  std::string_view name;         // the header: "tanggal_lahir"
  bool required;                 // the header must be present and the cell filled
  std::string_view description;  // Bahasa Indonesia, for the template's "Petunjuk" sheet
  std::string_view example;      // the example row's value
};

const std::array<TemplateColumn, kColumnCount>& template_columns();
const TemplateColumn& template_column(Column column);

// "Tanggal Lahir", " TANGGAL_LAHIR", "tanggal-lahir" -> "tanggal_lahir".
std::string normalize_header(std::string_view header);

// Where each template column sits in a file's header row.
struct HeaderMap {
  std::array<std::optional<std::size_t>, kColumnCount> index{};
  std::vector<std::string> unknown;           // columns that are not in the template (reported, ignored)
  std::vector<std::string> missing_required;  // template columns a file must have
  std::vector<std::string> repeated;          // a template column given twice (the first is used)
};
HeaderMap map_header(const std::vector<std::string>& header);

// One cell as a reader found it. XLSX numbers keep their value; CSV cells are always text.
struct ImportCell {
  std::string text;
  bool number = false;
  double value = 0;
};

struct MappedRow {
  Worker worker;
  std::vector<FieldError> errors;    // cells that could not be read (validation comes after)
  std::vector<FieldError> warnings;  // cells read with a repair the user should know about
  bool blank = false;                // every cell empty: skipped, not counted
  bool example = false;              // the template's own example row, left in: skipped
};

// Reads a data row into a Worker. `date1904` is the workbook's 1904 date system flag (XLSX).
MappedRow map_import_row(const std::vector<ImportCell>& cells, const HeaderMap& header, bool date1904 = false);

// "Baris 5, kolom nik: NIK harus 16 digit" - what the user reads in the error report.
std::string row_message(std::size_t row, std::string_view column, std::string_view message);

enum class RowAction { create, update, unchanged, rejected };
std::string_view to_string(RowAction action);

struct RowPlan {
  RowAction action = RowAction::rejected;
  Worker record;                      // what will be stored (create, update) or is stored (unchanged)
  std::vector<std::string> changed;   // template columns that differ from the registry (update)
  std::optional<FieldError> refusal;  // why a valid row cannot be applied (rejected)
};

// Whether an import may change a registry record in this status: only before funding. A changed
// record that was rejected goes back to "didata" for the kelurahan to check again; a verified one
// keeps its status, its material changes becoming a pending change (services/import_service.cpp).
bool import_may_update(std::string_view status);

// The decision for a row that passed validation (idempotent by NIK). A row's empty optional
// cells (alamat, no_hp, heir) keep what the registry has: a spreadsheet never blanks a record.
// A heir given in the row replaces the registry's only heir, or joins the list when there are
// several; one already recorded (same name and relation) changes nothing.
RowPlan plan_import_row(const Worker& incoming, const Worker* existing);

}  // namespace lindungi
