#pragma once
// The files exchanged with BPJS Ketenagakerjaan for registration (docs/BPJS-FILES.md): the
// registration batch Lindungi sends (CSV and XLSX, one row per worker) and the response file
// BPJS returns (NIK, KPJ, effective date, status, rejection reason), read from CSV or XLSX.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/errors.hpp"

namespace lindungi::formats {

// The registration file's columns, in order (docs/BPJS-FILES.md §1).
const std::vector<std::string>& registration_columns();

struct RegistrationFile {
  std::int64_t batch_id = 0;
  std::vector<std::vector<std::string>> rows;  // cells in registration_columns() order
};

std::string registration_csv(const RegistrationFile& file);
std::string registration_xlsx(const RegistrationFile& file);
// "pendaftaran-bpjs-12.csv"
std::string registration_file_name(std::int64_t batch_id, std::string_view extension);

// One data row of a response file, as read; problems that need the registry come later.
struct ResponseRow {
  std::size_t row = 0;  // the spreadsheet row a user sees (header = 1)
  std::string nik;
  std::string kpj;                      // normalised (spaces, dots, dashes dropped)
  std::optional<Date> tanggal_efektif;  // unset when empty or unreadable
  std::string tanggal_text;             // as written, for messages
  std::string status;                   // "diterima" | "ditolak" once understood
  std::string alasan;
  std::vector<FieldError> errors;  // cells that could not be read: the row is rejected
};

struct ResponseFile {
  std::vector<ResponseRow> rows;
  std::vector<std::string> unknown_columns;
};

// Headers in any order and case, with common aliases (no_kpj, tgl_efektif, keterangan ...).
// Throws BadRequest (field "berkas") when the file cannot be read or lacks the nik column, or
// both kpj and status.
ResponseFile read_registration_response(std::string bytes, std::string_view file_name);

}  // namespace lindungi::formats
