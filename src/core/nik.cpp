#include "core/nik.hpp"

#include <cctype>
#include <cstdlib>

#include "core/region.hpp"

namespace lindungi {

std::string_view to_string(Sex sex) { return sex == Sex::L ? "L" : "P"; }

std::optional<Sex> parse_sex(std::string_view t) {
  std::string s;
  for (char c : t)
    if (!std::isspace(static_cast<unsigned char>(c)))
      s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (s == "l" || s == "laki-laki" || s == "lakilaki" || s == "pria") return Sex::L;
  if (s == "p" || s == "perempuan" || s == "wanita") return Sex::P;
  return std::nullopt;
}

namespace {
int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }
}  // namespace

NikInfo analyze_nik(std::string_view nik, const Date& today, const RegionTree* regions) {
  NikInfo info;
  info.nik = std::string{nik};
  auto error = [&](std::string code, std::string message) {
    info.errors.push_back({std::move(code), std::move(message)});
  };
  auto warning = [&](std::string code, std::string message) {
    info.warnings.push_back({std::move(code), std::move(message)});
  };

  bool digits_only = !nik.empty();
  for (char c : nik)
    if (!std::isdigit(static_cast<unsigned char>(c))) digits_only = false;
  if (!digits_only) {
    error("nik_bukan_angka", "NIK hanya boleh berisi angka 0-9");
    return info;
  }
  if (nik.size() != 16) {
    error("nik_panjang", "NIK harus 16 digit, bukan " + std::to_string(nik.size()) + " digit");
    return info;
  }

  info.kode_wilayah =
      std::string{nik.substr(0, 2)} + "." + std::string{nik.substr(2, 2)} + "." + std::string{nik.substr(4, 2)};
  info.nomor_urut = std::string{nik.substr(12, 4)};

  const int dd = two(nik, 6), mm = two(nik, 8), yy = two(nik, 10);
  int day = dd;
  if (dd >= 41 && dd <= 71) {
    info.jenis_kelamin = Sex::P;
    day = dd - 40;
  } else if (dd >= 1 && dd <= 31) {
    info.jenis_kelamin = Sex::L;
  } else {
    error("nik_tanggal",
          "Digit 7-8 NIK (tanggal lahir) harus 01-31 untuk laki-laki atau 41-71 untuk "
          "perempuan, bukan " +
              std::string{nik.substr(6, 2)});
  }
  if (mm < 1 || mm > 12)
    error("nik_bulan", "Digit 9-10 NIK (bulan lahir) harus 01-12, bukan " + std::string{nik.substr(8, 2)});
  if (info.errors.empty()) {
    // The latest century that does not put the birth in the future.
    int year = today.year / 100 * 100 + yy;
    if (year > today.year) year -= 100;
    auto date = Date::make(year, mm, day);
    if (date && *date > today) date = Date::make(year - 100, mm, day);
    if (!date) {
      // 29/02 in a year that is not a leap year in either century.
      auto other = Date::make(year - 100, mm, day);
      if (other)
        date = other;
      else
        error("nik_tanggal_tidak_ada", "Tanggal lahir dalam NIK tidak ada di kalender: " + std::to_string(day) + "/" +
                                           std::to_string(mm) + "/" + std::string{nik.substr(10, 2)});
    }
    info.tanggal_lahir = date;
  }
  if (info.nomor_urut == "0000") error("nik_nomor_urut", "Nomor urut NIK (digit 13-16) tidak boleh 0000");

  // Region: a warning only, since a historic or out-of-town code is still a real NIK.
  const auto province = province_name(nik.substr(0, 2));
  if (!province) {
    warning("nik_wilayah_tidak_dikenal", "Kode provinsi " + std::string{nik.substr(0, 2)} + " dalam NIK tidak dikenal");
  } else if (nik.substr(2, 2) == "00" || nik.substr(4, 2) == "00") {
    warning("nik_wilayah_tidak_dikenal", "Kode kabupaten/kota atau kecamatan dalam NIK tidak lengkap (00)");
  } else if (regions) {
    const std::string kabkota = kabkota_of(info.kode_wilayah);
    if (const Region* kec = regions->find(info.kode_wilayah)) {
      const Region* kota = regions->find(kabkota);
      info.nama_wilayah = kec->nama + (kota ? ", " + kota->nama : "");
    } else if (const Region* kota = regions->find(kabkota)) {
      warning("nik_wilayah_tidak_dikenal", "Kode kecamatan " + info.kode_wilayah + " dalam NIK tidak ada di " +
                                               kota->nama + " (bisa kode lama sebelum pemekaran)");
      info.nama_wilayah = kota->nama;
    } else {
      info.nama_wilayah = "Provinsi " + std::string{*province};
    }
  } else {
    info.nama_wilayah = "Provinsi " + std::string{*province};
  }

  info.valid = info.errors.empty();
  if (!info.valid) {
    info.tanggal_lahir.reset();
    info.jenis_kelamin.reset();
  }
  return info;
}

namespace {
std::string sex_word(Sex sex) { return sex == Sex::L ? "laki-laki" : "perempuan"; }
}  // namespace

std::vector<NikIssue> nik_consistency(const NikInfo& info, const std::optional<Date>& birth_date,
                                      const std::optional<Sex>& sex, bool quote_nik) {
  std::vector<NikIssue> out;
  if (!info.valid) return out;
  if (birth_date && info.tanggal_lahir &&
      (birth_date->day != info.tanggal_lahir->day || birth_date->month != info.tanggal_lahir->month ||
       birth_date->year % 100 != info.tanggal_lahir->year % 100)) {
    // The NIK holds two digits of the year: it is shown in the century nearest the typed date
    // ("12/03/1985" against a NIK of "120386" reads 12/03/1986), whatever day it is today.
    Date shown = *info.tanggal_lahir;
    const int yy = info.tanggal_lahir->year % 100;
    int best = birth_date->year / 100 * 100 + yy;
    for (const int candidate : {best - 100, best + 100})
      if (std::abs(candidate - birth_date->year) < std::abs(best - birth_date->year)) best = candidate;
    if (const auto d = Date::make(best, shown.month, shown.day)) shown = *d;
    out.push_back({"nik_tanggal_lahir_beda", "Tanggal lahir " + birth_date->id() + " tidak sesuai dengan NIK" +
                                                 (quote_nik ? " (NIK menunjukkan " + shown.id() + ")" : "")});
  }
  if (sex && info.jenis_kelamin && *sex != *info.jenis_kelamin)
    out.push_back(
        {"nik_jenis_kelamin_beda", "Jenis kelamin " + sex_word(*sex) + " tidak sesuai dengan NIK" +
                                       (quote_nik ? " (NIK menunjukkan " + sex_word(*info.jenis_kelamin) + ")" : "")});
  return out;
}

std::string mask_nik(std::string_view nik) {
  if (nik.size() <= 6) return std::string(nik.size(), '*');
  return std::string{nik.substr(0, 4)} + std::string(nik.size() - 6, '*') + std::string{nik.substr(nik.size() - 2)};
}

}  // namespace lindungi
