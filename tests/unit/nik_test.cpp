// Unit tests for core/nik: NIK structure (shared/data/README.md §6), century resolution,
// region lookup, consistency warnings and masking.
#include "core/nik.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/region.hpp"

namespace lindungi {
namespace {

const Date kNikToday{2025, 5, 22};

bool has_code(const std::vector<NikIssue>& issues, const std::string& code) {
  return std::any_of(issues.begin(), issues.end(), [&](const NikIssue& i) { return i.code == code; });
}

// Expects exactly one error with `code`, an invalid result, and no decoded birth data.
void expect_single_error(const std::string& nik, const std::string& code, const Date& today = kNikToday) {
  const NikInfo info = analyze_nik(nik, today);
  EXPECT_FALSE(info.valid) << nik;
  ASSERT_EQ(info.errors.size(), 1u) << nik;
  EXPECT_EQ(info.errors[0].code, code) << nik;
  EXPECT_FALSE(info.errors[0].message.empty()) << nik;
  EXPECT_FALSE(info.tanggal_lahir.has_value()) << nik;
  EXPECT_FALSE(info.jenis_kelamin.has_value()) << nik;
}

Region region(std::string kode, std::string nama, RegionLevel level) {
  Region r;
  r.kode = std::move(kode);
  r.nama = std::move(nama);
  r.level = level;
  return r;
}

RegionTree jambi_tree() {
  RegionTree t;
  t.add(region("15", "Jambi", RegionLevel::provinsi));
  t.add(region("15.71", "Kota Jambi", RegionLevel::kabkota));
  t.add(region("15.71.01", "Telanaipura", RegionLevel::kecamatan));
  t.add(region("15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan));
  return t;
}

// ---------------------------------------------------------------------------------------------
// Valid NIKs

TEST(Nik, ValidWoman) {
  const NikInfo info = analyze_nik("1571015708850003", kNikToday);
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.errors.empty());
  EXPECT_TRUE(info.warnings.empty());
  EXPECT_EQ(info.nik, "1571015708850003");
  EXPECT_EQ(info.kode_wilayah, "15.71.01");
  EXPECT_EQ(info.nomor_urut, "0003");
  ASSERT_TRUE(info.tanggal_lahir.has_value());
  EXPECT_EQ(*info.tanggal_lahir, (Date{1985, 8, 17}));
  ASSERT_TRUE(info.jenis_kelamin.has_value());
  EXPECT_EQ(*info.jenis_kelamin, Sex::P);
  EXPECT_EQ(info.nama_wilayah, "Provinsi Jambi");
}

TEST(Nik, ValidMan) {
  const NikInfo info = analyze_nik("1571011708850003", kNikToday);
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.errors.empty());
  ASSERT_TRUE(info.tanggal_lahir.has_value());
  EXPECT_EQ(*info.tanggal_lahir, (Date{1985, 8, 17}));
  ASSERT_TRUE(info.jenis_kelamin.has_value());
  EXPECT_EQ(*info.jenis_kelamin, Sex::L);
}

TEST(Nik, DayRangeBoundaries) {
  struct Case { const char* nik; Date born; Sex sex; };
  const Case cases[] = {
      {"1571010101900001", Date{1990, 1, 1}, Sex::L},   // day 01, man
      {"1571013101900001", Date{1990, 1, 31}, Sex::L},  // day 31, man
      {"1571014101900001", Date{1990, 1, 1}, Sex::P},   // 41 = day 01, woman
      {"1571017101900001", Date{1990, 1, 31}, Sex::P},  // 71 = day 31, woman
      {"1571013012990001", Date{1999, 12, 30}, Sex::L},
      {"1571017012990001", Date{1999, 12, 30}, Sex::P},
      {"1571011501059999", Date{2005, 1, 15}, Sex::L},  // serial 9999
  };
  for (const auto& c : cases) {
    const NikInfo info = analyze_nik(c.nik, kNikToday);
    EXPECT_TRUE(info.valid) << c.nik;
    ASSERT_TRUE(info.tanggal_lahir.has_value()) << c.nik;
    EXPECT_EQ(*info.tanggal_lahir, c.born) << c.nik;
    ASSERT_TRUE(info.jenis_kelamin.has_value()) << c.nik;
    EXPECT_EQ(*info.jenis_kelamin, c.sex) << c.nik;
  }
}

// ---------------------------------------------------------------------------------------------
// 29 February and other calendar checks

TEST(Nik, LeapDayInLeapYearIsValid) {
  const NikInfo man = analyze_nik("1571012902840001", kNikToday);
  EXPECT_TRUE(man.valid);
  ASSERT_TRUE(man.tanggal_lahir.has_value());
  EXPECT_EQ(*man.tanggal_lahir, (Date{1984, 2, 29}));
  EXPECT_EQ(man.jenis_kelamin, Sex::L);

  const NikInfo woman = analyze_nik("1571016902840001", kNikToday);
  EXPECT_TRUE(woman.valid);
  ASSERT_TRUE(woman.tanggal_lahir.has_value());
  EXPECT_EQ(*woman.tanggal_lahir, (Date{1984, 2, 29}));
  EXPECT_EQ(woman.jenis_kelamin, Sex::P);

  const NikInfo y2000 = analyze_nik("1571012902000001", kNikToday);
  EXPECT_TRUE(y2000.valid);
  EXPECT_EQ(y2000.tanggal_lahir, (Date{2000, 2, 29}));
}

TEST(Nik, LeapDayInNonLeapYearIsAnError) {
  expect_single_error("1571012902850001", "nik_tanggal_tidak_ada");  // 1985 is not a leap year
  expect_single_error("1571016902850001", "nik_tanggal_tidak_ada");  // same, woman
  expect_single_error("1571012902010001", "nik_tanggal_tidak_ada");  // 2001 and 1901
}

TEST(Nik, DayThatDoesNotExistInTheMonth) {
  expect_single_error("1571013104900001", "nik_tanggal_tidak_ada");  // 31 April
  expect_single_error("1571017104900001", "nik_tanggal_tidak_ada");  // 31 April, woman
  expect_single_error("1571013002900001", "nik_tanggal_tidak_ada");  // 30 February
}

TEST(Nik, DayOutOfRange) {
  expect_single_error("1571010008850003", "nik_tanggal");  // 00
  expect_single_error("1571013208850003", "nik_tanggal");  // 32
  expect_single_error("1571014008850003", "nik_tanggal");  // 40
  expect_single_error("1571017208850003", "nik_tanggal");  // 72
  expect_single_error("1571019908850003", "nik_tanggal");  // 99
}

TEST(Nik, MonthOutOfRange) {
  expect_single_error("1571011700850003", "nik_bulan");
  expect_single_error("1571011713850003", "nik_bulan");
  expect_single_error("1571015799850003", "nik_bulan");
}

TEST(Nik, SerialZero) { expect_single_error("1571015708850000", "nik_nomor_urut"); }

TEST(Nik, SeveralStructuralErrorsAreAllReported) {
  const NikInfo info = analyze_nik("1571010013850000", kNikToday);
  EXPECT_FALSE(info.valid);
  EXPECT_TRUE(has_code(info.errors, "nik_tanggal"));
  EXPECT_TRUE(has_code(info.errors, "nik_bulan"));
  EXPECT_TRUE(has_code(info.errors, "nik_nomor_urut"));
  EXPECT_EQ(info.errors.size(), 3u);
}

// ---------------------------------------------------------------------------------------------
// Characters and length

TEST(Nik, NonDigits) {
  expect_single_error("157101570885000A", "nik_bukan_angka");
  expect_single_error("157101570885OOO3", "nik_bukan_angka");  // letter O for zero
  expect_single_error("1571-0157-0885-0003", "nik_bukan_angka");
  expect_single_error("15710157088500.3", "nik_bukan_angka");
  expect_single_error("-571015708850003", "nik_bukan_angka");
}

TEST(Nik, WrongLength) {
  expect_single_error("157101570885000", "nik_panjang");    // 15
  expect_single_error("15710157088500031", "nik_panjang");  // 17
  expect_single_error("1", "nik_panjang");
  const NikInfo info = analyze_nik("157101570885000", kNikToday);
  ASSERT_EQ(info.errors.size(), 1u);
  EXPECT_NE(info.errors[0].message.find("16 digit"), std::string::npos);
  EXPECT_NE(info.errors[0].message.find("15"), std::string::npos);
}

TEST(Nik, Empty) {
  const NikInfo info = analyze_nik("", kNikToday);
  EXPECT_FALSE(info.valid);
  ASSERT_EQ(info.errors.size(), 1u);
  EXPECT_FALSE(info.errors[0].message.empty());
  EXPECT_FALSE(info.tanggal_lahir.has_value());
  EXPECT_TRUE(info.kode_wilayah.empty());
}

// ---------------------------------------------------------------------------------------------
// Region codes: warnings only

TEST(Nik, UnknownProvinceIsOnlyAWarning) {
  const NikInfo info = analyze_nik("9971015708850003", kNikToday);
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.errors.empty());
  ASSERT_EQ(info.warnings.size(), 1u);
  EXPECT_EQ(info.warnings[0].code, "nik_wilayah_tidak_dikenal");
  EXPECT_NE(info.warnings[0].message.find("99"), std::string::npos);
  EXPECT_EQ(info.tanggal_lahir, (Date{1985, 8, 17}));
  EXPECT_EQ(info.jenis_kelamin, Sex::P);
}

TEST(Nik, ZeroKabKotaOrKecamatanIsOnlyAWarning) {
  for (const char* nik : {"1500015708850003", "1501005708850003", "1500005708850003"}) {
    const NikInfo info = analyze_nik(nik, kNikToday);
    EXPECT_TRUE(info.valid) << nik;
    ASSERT_EQ(info.warnings.size(), 1u) << nik;
    EXPECT_EQ(info.warnings[0].code, "nik_wilayah_tidak_dikenal") << nik;
  }
}

TEST(Nik, ProvinceCodeOutsideJambiIsFine) {
  const NikInfo info = analyze_nik("3171015708850003", kNikToday);  // DKI Jakarta
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.warnings.empty());
  EXPECT_EQ(info.nama_wilayah, "Provinsi DKI Jakarta");
}

TEST(Nik, RegionTreeNamesTheKecamatan) {
  const RegionTree tree = jambi_tree();
  const NikInfo info = analyze_nik("1571015708850003", kNikToday, &tree);
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.warnings.empty());
  EXPECT_EQ(info.nama_wilayah, "Telanaipura, Kota Jambi");
}

TEST(Nik, RegionTreeWarnsAboutUnknownKecamatan) {
  const RegionTree tree = jambi_tree();
  const NikInfo info = analyze_nik("1571555708850003", kNikToday, &tree);
  EXPECT_TRUE(info.valid);
  EXPECT_TRUE(info.errors.empty());
  EXPECT_EQ(info.kode_wilayah, "15.71.55");
  ASSERT_EQ(info.warnings.size(), 1u);
  EXPECT_EQ(info.warnings[0].code, "nik_wilayah_tidak_dikenal");
  EXPECT_NE(info.warnings[0].message.find("15.71.55"), std::string::npos);
  EXPECT_EQ(info.nama_wilayah, "Kota Jambi");
}

TEST(Nik, RegionTreeWithoutTheKabKotaFallsBackToProvince) {
  const RegionTree tree = jambi_tree();
  const NikInfo info = analyze_nik("1505015708850003", kNikToday, &tree);  // Muaro Jambi, not served
  EXPECT_TRUE(info.valid);
  EXPECT_EQ(info.nama_wilayah, "Provinsi Jambi");
}

TEST(Nik, InvalidNikStillReportsRegionWarnings) {
  const NikInfo info = analyze_nik("9971013208850003", kNikToday);
  EXPECT_FALSE(info.valid);
  EXPECT_TRUE(has_code(info.errors, "nik_tanggal"));
  EXPECT_TRUE(has_code(info.warnings, "nik_wilayah_tidak_dikenal"));
}

// ---------------------------------------------------------------------------------------------
// Century resolution: the latest century that does not put the birth in the future

TEST(NikCentury, AgainstToday) {
  struct Case { const char* nik; Date today; Date born; };
  const Case cases[] = {
      {"1571011708850003", kNikToday, Date{1985, 8, 17}},
      {"1571011708050003", kNikToday, Date{2005, 8, 17}},
      {"1571012205250003", kNikToday, Date{2025, 5, 22}},  // born today
      {"1571012305250003", kNikToday, Date{1925, 5, 23}},  // tomorrow in 2025 -> 1925
      {"1571011708250003", kNikToday, Date{1925, 8, 17}},
      {"1571010101250003", kNikToday, Date{2025, 1, 1}},
      {"1571011708300003", kNikToday, Date{1930, 8, 17}},
      {"1571011708990003", kNikToday, Date{1999, 8, 17}},
      {"1571010101000003", kNikToday, Date{2000, 1, 1}},
      {"1571013112990003", Date{2000, 1, 1}, Date{1999, 12, 31}},
      {"1571010101000003", Date{2000, 1, 1}, Date{2000, 1, 1}},
      {"1571010201000003", Date{2000, 1, 1}, Date{1900, 1, 2}},
      {"1571011708850003", Date{1990, 1, 1}, Date{1985, 8, 17}},
      {"1571011708950003", Date{1990, 1, 1}, Date{1895, 8, 17}},
  };
  for (const auto& c : cases) {
    const NikInfo info = analyze_nik(c.nik, c.today);
    EXPECT_TRUE(info.valid) << c.nik << " on " << c.today.iso();
    ASSERT_TRUE(info.tanggal_lahir.has_value()) << c.nik << " on " << c.today.iso();
    EXPECT_EQ(*info.tanggal_lahir, c.born) << c.nik << " on " << c.today.iso();
    EXPECT_LE(*info.tanggal_lahir, c.today);
  }
}

TEST(NikCentury, LeapDayFallsBackToTheCenturyWhereItExists) {
  // In 2150, "29/02/00" cannot be 2100 (not a leap year) but can be 2000.
  const NikInfo info = analyze_nik("1571012902000001", Date{2150, 6, 1});
  EXPECT_TRUE(info.valid);
  EXPECT_EQ(info.tanggal_lahir, (Date{2000, 2, 29}));
}

TEST(NikCentury, NeverInTheFuture) {
  for (int yy = 0; yy <= 99; ++yy) {
    std::string nik = "15710117";
    nik += "08";
    nik += static_cast<char>('0' + yy / 10);
    nik += static_cast<char>('0' + yy % 10);
    nik += "0001";
    const NikInfo info = analyze_nik(nik, kNikToday);
    ASSERT_TRUE(info.valid) << nik;
    ASSERT_LE(*info.tanggal_lahir, kNikToday) << nik;
    ASSERT_GT(*info.tanggal_lahir, kNikToday.add_months(-1200)) << nik;
    ASSERT_EQ(info.tanggal_lahir->year % 100, yy) << nik;
  }
}

// ---------------------------------------------------------------------------------------------
// Consistency with recorded birth date and sex

TEST(NikConsistency, MatchingDataGivesNoWarnings) {
  const NikInfo info = analyze_nik("1571015708850003", kNikToday);
  EXPECT_TRUE(nik_consistency(info, Date{1985, 8, 17}, Sex::P).empty());
  EXPECT_TRUE(nik_consistency(info, std::nullopt, std::nullopt).empty());
  EXPECT_TRUE(nik_consistency(info, Date{1985, 8, 17}, std::nullopt).empty());
  // Only the last two digits of the year are in the NIK, so another century is not a conflict.
  EXPECT_TRUE(nik_consistency(info, Date{1885, 8, 17}, Sex::P).empty());
}

TEST(NikConsistency, BirthDateMismatch) {
  const NikInfo info = analyze_nik("1571015708850003", kNikToday);
  for (const Date& d : {Date{1985, 8, 18}, Date{1985, 9, 17}, Date{1986, 8, 17}}) {
    const auto issues = nik_consistency(info, d, Sex::P);
    ASSERT_EQ(issues.size(), 1u) << d.iso();
    EXPECT_EQ(issues[0].code, "nik_tanggal_lahir_beda");
    EXPECT_NE(issues[0].message.find(d.id()), std::string::npos) << issues[0].message;
    EXPECT_NE(issues[0].message.find("17/08/1985"), std::string::npos) << issues[0].message;
  }
}

TEST(NikConsistency, SexMismatch) {
  const NikInfo woman = analyze_nik("1571015708850003", kNikToday);
  const auto issues = nik_consistency(woman, Date{1985, 8, 17}, Sex::L);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "nik_jenis_kelamin_beda");

  const NikInfo man = analyze_nik("1571011708850003", kNikToday);
  const auto both = nik_consistency(man, Date{1985, 8, 18}, Sex::P);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_TRUE(has_code(both, "nik_tanggal_lahir_beda"));
  EXPECT_TRUE(has_code(both, "nik_jenis_kelamin_beda"));
}

TEST(NikConsistency, InvalidNikGivesNoConsistencyWarnings) {
  const NikInfo info = analyze_nik("1571013208850003", kNikToday);
  ASSERT_FALSE(info.valid);
  EXPECT_TRUE(nik_consistency(info, Date{1970, 1, 1}, Sex::L).empty());
}

// ---------------------------------------------------------------------------------------------
// Masking and sex parsing

TEST(MaskNik, HidesTheMiddle) {
  EXPECT_EQ(mask_nik("1571015708850003"), "1571**********03");
  EXPECT_EQ(mask_nik("1234567"), "1234*67");
  EXPECT_EQ(mask_nik("123456"), "******");
  EXPECT_EQ(mask_nik("12"), "**");
  EXPECT_EQ(mask_nik(""), "");
  const std::string masked = mask_nik("1571015708850003");
  EXPECT_EQ(masked.size(), 16u);
  EXPECT_EQ(masked.find("5708"), std::string::npos);  // birth date digits are hidden
}

TEST(Sex, ParseAndPrint) {
  EXPECT_EQ(parse_sex("L"), Sex::L);
  EXPECT_EQ(parse_sex("l"), Sex::L);
  EXPECT_EQ(parse_sex(" L "), Sex::L);
  EXPECT_EQ(parse_sex("Laki-laki"), Sex::L);
  EXPECT_EQ(parse_sex("LAKI LAKI"), Sex::L);
  EXPECT_EQ(parse_sex("pria"), Sex::L);
  EXPECT_EQ(parse_sex("P"), Sex::P);
  EXPECT_EQ(parse_sex("p"), Sex::P);
  EXPECT_EQ(parse_sex("Perempuan"), Sex::P);
  EXPECT_EQ(parse_sex("WANITA"), Sex::P);
  EXPECT_EQ(parse_sex(""), std::nullopt);
  EXPECT_EQ(parse_sex("X"), std::nullopt);
  EXPECT_EQ(parse_sex("LP"), std::nullopt);
  EXPECT_EQ(to_string(Sex::L), "L");
  EXPECT_EQ(to_string(Sex::P), "P");
}

}  // namespace
}  // namespace lindungi
