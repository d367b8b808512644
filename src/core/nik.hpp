#pragma once
// NIK (Nomor Induk Kependudukan): PP KK CC DD MM YY SSSS (shared/data/README.md §6).
// Structural faults are errors; facts we cannot confirm (an unknown region, a NIK that
// disagrees with a recorded birth date) are warnings, because Dukcapil does not reissue NIKs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace lindungi {

class RegionTree;

enum class Sex { L, P };
std::string_view to_string(Sex sex);
std::optional<Sex> parse_sex(std::string_view text);  // "L"/"P", any case, also "laki-laki"/"perempuan"

struct NikIssue {
  std::string code;
  std::string message;
  bool operator==(const NikIssue&) const = default;
};

struct NikInfo {
  std::string nik;
  bool valid = false;
  std::vector<NikIssue> errors;
  std::vector<NikIssue> warnings;
  std::string kode_wilayah;  // "15.71.01": where the NIK was first registered
  std::string nama_wilayah;  // "Telanaipura, Kota Jambi" when known
  std::optional<Date> tanggal_lahir;
  std::optional<Sex> jenis_kelamin;
  std::string nomor_urut;  // "0003"
};

// `today` resolves the two-digit year (the latest century that is not in the future).
// `regions`, when given, lets the check name the kecamatan and warn about unknown ones.
NikInfo analyze_nik(std::string_view nik, const Date& today, const RegionTree* regions = nullptr);

// Warnings when a valid NIK disagrees with the birth date or sex recorded for the person. With
// `quote_nik` the message says what the NIK shows ("… (NIK menunjukkan 12/03/1986)"); without it,
// for people who may only see NIKs masked, it names the field and the typed value only.
std::vector<NikIssue> nik_consistency(const NikInfo& info, const std::optional<Date>& birth_date,
                                      const std::optional<Sex>& sex, bool quote_nik = true);

// "1571015708850003" -> "1571**********03" for people who need not see the full number.
std::string mask_nik(std::string_view nik);

}  // namespace lindungi
