#pragma once
// A vulnerable worker as the programme records them (DESIGN.md §2 step 1), their heirs, and the
// checks every input path (form, import, API) runs before anything is stored.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/nik.hpp"
#include "core/rules.hpp"

namespace lindungi {

class RegionTree;

// A code and its Indonesian label, for the closed lists of DESIGN.md §6.
struct CodeLabel {
  std::string_view code;
  std::string_view label;
};

const std::vector<CodeLabel>& occupations();
const std::vector<CodeLabel>& categories();
const std::vector<CodeLabel>& heir_relations();
const std::vector<CodeLabel>& worker_statuses();

// Which statuses count as verified (past the kelurahan's check, not rejected) and as covered
// (an active BPJS member paid for by the programme), for every report.
bool status_counts_as_verified(std::string_view status);
bool status_counts_as_covered(std::string_view status);

// Matches a code or a label in any case and spacing ("Ojek Online", "ojek_online", "OJEK ONLINE").
std::optional<std::string_view> find_code(const std::vector<CodeLabel>& list, std::string_view text);
std::string_view label_of(const std::vector<CodeLabel>& list, std::string_view code);

struct Heir {
  std::int64_t id = 0;
  std::string nama;
  std::string hubungan;  // a code of heir_relations()
  std::string nik;       // optional
  std::optional<Date> tanggal_lahir;
  bool operator==(const Heir&) const = default;
};

struct Worker {
  std::int64_t id = 0;
  std::string nik;
  std::string nama;
  std::optional<Date> tanggal_lahir;
  std::optional<Sex> jenis_kelamin;
  std::string kode_kelurahan;
  int rt = 0;
  std::string alamat;
  std::string no_hp;
  std::string pekerjaan;
  Rupiah penghasilan = 0;
  std::string kategori;
  std::string status = "didata";
  std::string sumber_dana;  // funder code while funded
  std::string kpj;          // BPJS member number once registered
  std::string alasan;       // reason of the last decision (rejection, ...)
  bool persetujuan = false;  // consent to data processing (UU 27/2022 PDP)
  std::string recorded_by;   // who recorded it (the maker of maker-checker); set once, on creation
  std::vector<Heir> ahli_waris;
  std::string created_at, updated_at;
  std::int64_t version = 0;

  std::string kode_rt() const;
};

// What validation needs to know besides the record itself.
struct ValidationContext {
  Date today;
  const RegionTree* regions = nullptr;
  ProgrammeRule programme;
  // The programme of the kab/kota a kelurahan code lies in (issue 22 item 4: each kab/kota its own
  // age limits and income ceiling); unset means `programme` everywhere.
  std::function<ProgrammeRule(std::string_view kode_kelurahan)> programme_of;
  // Whether RT `nomor` exists in kelurahan `kode`; unset means any RT 1..999 is accepted.
  std::function<bool(std::string_view kode, int nomor)> rt_exists;
};

struct ValidationResult {
  std::vector<FieldError> errors;
  std::vector<FieldError> warnings;
  bool ok() const { return errors.empty(); }
};

// Canonical codes for what people type: kelurahan name -> code, occupation/category/relation
// labels -> codes, phone normalised, surrounding spaces trimmed. Unknown values are left as typed
// for validate_worker to report.
// A kelurahan given by name is looked up among those related to `within` (the actor's area).
void normalize_worker(Worker& worker, const RegionTree& regions, std::string_view within = {});

// Checks a whole record: NIK structure and consistency, age, income ceiling, closed lists,
// region and RT, phone, heirs. Field names are the import template's column names.
ValidationResult validate_worker(const Worker& worker, const ValidationContext& context);

// What the worker's NIK contradicts in the record (issue 17 item 2): the birth date (day, month and
// the year's two digits), the sex, and a region code that does not exist. Warnings, not errors
// (Dukcapil does not reissue NIKs and a record may be right), named by field (`tanggal_lahir`,
// `jenis_kelamin`, `nik`) with an Indonesian message. Depends on the record alone, not on the
// day: the API's `peringatan`, the import's flagged rows, the verification queue and the
// verification gate all read this. A NIK that is not valid gives none (validate_worker reports it).
// `quote_nik` false words them for people who may only see the NIK masked: the field and the typed
// value, never the date or region code the NIK holds (UU 27/2022; docs/SECURITY.md).
std::vector<FieldError> nik_warnings(const Worker& worker, const RegionTree* regions, bool quote_nik = true);

// "0812-3456-7890", "+62 812 3456 7890", "62812..." -> "+6281234567890" (issue 20 item 5); nullopt
// if not a mobile number. The phone rule and its helpers are declared in core/phone.hpp.
std::optional<std::string> normalize_phone(std::string_view text);

}  // namespace lindungi
