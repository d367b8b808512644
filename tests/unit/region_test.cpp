// Unit tests for core/region: Kemendagri codes, name normalisation and the RegionTree index.
#include "core/region.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace lindungi {
namespace {

Region make_region(std::string kode, std::string nama, RegionLevel level) {
  Region r;
  r.kode = std::move(kode);
  r.nama = std::move(nama);
  r.level = level;
  return r;
}

RegionTree sample_tree() {
  RegionTree t;
  t.add(make_region("15", "Jambi", RegionLevel::provinsi));
  t.add(make_region("15.71", "Kota Jambi", RegionLevel::kabkota));
  t.add(make_region("15.71.01", "Telanaipura", RegionLevel::kecamatan));
  t.add(make_region("15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan));
  t.add(make_region("15.71.01.1012", "Aur Kenali", RegionLevel::kelurahan));
  t.add(make_region("15.71.02", "Jambi Selatan", RegionLevel::kecamatan));
  t.add(make_region("15.71.02.1004", "Thehok", RegionLevel::kelurahan));
  t.add(make_region("15.71.03", "Jambi Timur", RegionLevel::kecamatan));
  t.add(make_region("15.71.03.1001", "Sijenjang", RegionLevel::kelurahan));
  t.add(make_region("15.71.03.1005", "Sulanjana", RegionLevel::kelurahan));
  t.add(make_region("15.71.07", "Kota Baru", RegionLevel::kecamatan));
  t.add(make_region("15.71.07.1002", "Simpang III Sipin", RegionLevel::kelurahan));
  t.add(make_region("15.71.11", "Paal Merah", RegionLevel::kecamatan));
  t.add(make_region("15.71.11.1002", "Payo Selincah", RegionLevel::kelurahan));
  return t;
}

// ---------------------------------------------------------------------------------------------
// Codes

TEST(RegionCode, LevelOfWellFormedCodes) {
  EXPECT_EQ(level_of_code("15"), RegionLevel::provinsi);
  EXPECT_EQ(level_of_code("15.71"), RegionLevel::kabkota);
  EXPECT_EQ(level_of_code("15.71.01"), RegionLevel::kecamatan);
  EXPECT_EQ(level_of_code("15.71.01.1001"), RegionLevel::kelurahan);
  EXPECT_EQ(level_of_code("15.71.01.1001.007"), RegionLevel::rt);
  EXPECT_EQ(level_of_code("00"), RegionLevel::provinsi);
}

TEST(RegionCode, LevelOfMalformedCodes) {
  const char* inputs[] = {"",
                          "1",
                          "157",
                          "1571",
                          "15.7",
                          "15.711",
                          "15.71.1",
                          "15.71.001",
                          "15.71.01.100",
                          "15.71.01.10011",
                          "15.71.01.1001.07",
                          "15.71.01.1001.0007",
                          "15.71.01.1001.007.1",
                          "15.71.01.1001.007.001",
                          "15..71",
                          "15.71.",
                          ".15",
                          ".",
                          "1a",
                          "15.7a",
                          "15-71",
                          "15 71",
                          " 15",
                          "1571011001"};
  for (const char* in : inputs) EXPECT_EQ(level_of_code(in), std::nullopt) << "input: '" << in << "'";
}

TEST(RegionCode, ParentCode) {
  EXPECT_EQ(parent_code("15.71.01.1001.007"), "15.71.01.1001");
  EXPECT_EQ(parent_code("15.71.01.1001"), "15.71.01");
  EXPECT_EQ(parent_code("15.71.01"), "15.71");
  EXPECT_EQ(parent_code("15.71"), "15");
  EXPECT_EQ(parent_code("15"), "");
  EXPECT_EQ(parent_code(""), "");
}

TEST(RegionCode, KabkotaOf) {
  EXPECT_EQ(kabkota_of("15.71.01.1001.007"), "15.71");
  EXPECT_EQ(kabkota_of("15.72.03.2004"), "15.72");
  EXPECT_EQ(kabkota_of("15.71.01"), "15.71");
  EXPECT_EQ(kabkota_of("15.71"), "15.71");
  EXPECT_EQ(kabkota_of("15"), "");
  EXPECT_EQ(kabkota_of(""), "");
  EXPECT_EQ(kabkota_of("15.7"), "");  // malformed
}

TEST(RegionCode, RtCode) {
  EXPECT_EQ(rt_code("15.71.01.1001", 7), "15.71.01.1001.007");
  EXPECT_EQ(rt_code("15.71.01.1001", 1), "15.71.01.1001.001");
  EXPECT_EQ(rt_code("15.71.01.1001", 42), "15.71.01.1001.042");
  EXPECT_EQ(rt_code("15.71.01.1001", 999), "15.71.01.1001.999");
  EXPECT_EQ(level_of_code(rt_code("15.71.01.1001", 7)), RegionLevel::rt);
  EXPECT_EQ(parent_code(rt_code("15.71.01.1001", 123)), "15.71.01.1001");
}

TEST(RegionCode, CodeWithin) {
  EXPECT_TRUE(code_within("15.71.01", "15.71.01"));  // itself
  EXPECT_TRUE(code_within("15.71.01.1001", "15.71.01"));
  EXPECT_TRUE(code_within("15.71.01.1001.007", "15.71"));
  EXPECT_TRUE(code_within("15.71.01.1001.007", "15"));
  EXPECT_TRUE(code_within("15.71.01", ""));  // empty area covers everything
  EXPECT_TRUE(code_within("", ""));
  EXPECT_FALSE(code_within("15.71.01", "15.71.0"));  // prefix but not at a segment boundary
  EXPECT_FALSE(code_within("15.71.011", "15.71.01"));
  EXPECT_FALSE(code_within("15.71.010.1001", "15.71.01"));
  EXPECT_FALSE(code_within("15.71", "15.71.01"));  // parent is not within child
  EXPECT_FALSE(code_within("15.71.02.1001", "15.71.01"));
  EXPECT_FALSE(code_within("16.71.01", "15"));
  EXPECT_FALSE(code_within("", "15"));
  EXPECT_FALSE(code_within("1571", "15"));
}

TEST(RegionLevelText, RoundTrip) {
  for (RegionLevel l :
       {RegionLevel::provinsi, RegionLevel::kabkota, RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt})
    EXPECT_EQ(parse_region_level(to_string(l)), l);
  EXPECT_EQ(to_string(RegionLevel::kabkota), "kota");
  EXPECT_EQ(parse_region_level("kabkota"), RegionLevel::kabkota);
  EXPECT_EQ(parse_region_level("kabupaten"), RegionLevel::kabkota);
  EXPECT_EQ(parse_region_level("desa"), RegionLevel::kelurahan);
  EXPECT_EQ(parse_region_level(""), std::nullopt);
  EXPECT_EQ(parse_region_level("negara"), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// Name normalisation

TEST(RegionName, Equivalences) {
  EXPECT_EQ(normalize_region_name("Simpang Empat Sipin"), normalize_region_name("Simpang IV Sipin"));
  EXPECT_EQ(normalize_region_name("simpang IV sipin"), normalize_region_name("Simpang IV Sipin"));
  EXPECT_EQ(normalize_region_name("SIMPANG IV  SIPIN"), normalize_region_name("Simpang IV Sipin"));
  EXPECT_EQ(normalize_region_name("Simpang Tiga Sipin"), normalize_region_name("Simpang III Sipin"));
  EXPECT_EQ(normalize_region_name("The Hok"), normalize_region_name("Thehok"));
  EXPECT_EQ(normalize_region_name("Sulan Jana"), normalize_region_name("Sulanjana"));
  EXPECT_EQ(normalize_region_name("Suka Karya"), normalize_region_name("Sukakarya"));
  EXPECT_EQ(normalize_region_name("Rawa Sari"), normalize_region_name("Rawasari"));
  EXPECT_EQ(normalize_region_name("Ulu Gedong"), normalize_region_name("Ulugedong"));
  EXPECT_EQ(normalize_region_name("Eka Jaya"), normalize_region_name("Ekajaya"));
  EXPECT_EQ(normalize_region_name("Simpang-Empat Sipin"), normalize_region_name("Simpang IV Sipin"));
  EXPECT_EQ(normalize_region_name("Dua"), normalize_region_name("II"));
  EXPECT_EQ(normalize_region_name("Satu"), normalize_region_name("I"));
}

TEST(RegionName, ExactOutput) {
  EXPECT_EQ(normalize_region_name("Simpang Empat Sipin"), "simpangivsipin");
  EXPECT_EQ(normalize_region_name("  The Hok  "), "thehok");
  EXPECT_EQ(normalize_region_name("Petugas Syara'"), "petugassyara");
  EXPECT_EQ(normalize_region_name(""), "");
}

TEST(RegionName, NumeralWordsOnlyAsWholeWords) {
  // "empat" inside another word must not become "iv".
  EXPECT_EQ(normalize_region_name("Tempat"), "tempat");
  EXPECT_EQ(normalize_region_name("Duan"), "duan");
  EXPECT_EQ(normalize_region_name("Setiga"), "setiga");
  EXPECT_NE(normalize_region_name("Simpang Empat Sipin"), normalize_region_name("Simpang III Sipin"));
  EXPECT_NE(normalize_region_name("Simpang Tiga Sipin"), normalize_region_name("Simpang IV Sipin"));
}

TEST(RegionName, ProvinceName) {
  EXPECT_EQ(province_name("15"), "Jambi");
  EXPECT_EQ(province_name("31"), "DKI Jakarta");
  EXPECT_EQ(province_name("11"), "Aceh");
  EXPECT_EQ(province_name("96"), "Papua Barat Daya");
  EXPECT_EQ(province_name("99"), std::nullopt);
  EXPECT_EQ(province_name("00"), std::nullopt);
  EXPECT_EQ(province_name("20"), std::nullopt);
  EXPECT_EQ(province_name("1"), std::nullopt);
  EXPECT_EQ(province_name("150"), std::nullopt);
  EXPECT_EQ(province_name(""), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// RegionTree

TEST(RegionTree, FindByCode) {
  const RegionTree t = sample_tree();
  EXPECT_EQ(t.size(), 14u);
  const Region* kel = t.find("15.71.01.1001");
  ASSERT_NE(kel, nullptr);
  EXPECT_EQ(kel->nama, "Simpang IV Sipin");
  EXPECT_EQ(kel->level, RegionLevel::kelurahan);
  ASSERT_NE(t.find("15"), nullptr);
  EXPECT_EQ(t.find("15")->nama, "Jambi");
  EXPECT_EQ(t.find("15.71.01.1099"), nullptr);
  EXPECT_EQ(t.find(""), nullptr);
}

TEST(RegionTree, FindKelurahanByCode) {
  const RegionTree t = sample_tree();
  const Region* r = t.find_kelurahan("15.71.01.1001");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->kode, "15.71.01.1001");
}

TEST(RegionTree, FindKelurahanByDotlessCode) {
  const RegionTree t = sample_tree();
  const Region* r = t.find_kelurahan("1571011001");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->kode, "15.71.01.1001");
  const Region* s = t.find_kelurahan("1571031001");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->nama, "Sijenjang");
  EXPECT_EQ(t.find_kelurahan("1571011099"), nullptr);
  EXPECT_EQ(t.find_kelurahan("157101100"), nullptr);
}

TEST(RegionTree, FindKelurahanByNameVariants) {
  const RegionTree t = sample_tree();
  struct Case {
    const char* input;
    const char* kode;
  };
  const Case cases[] = {
      {"Simpang IV Sipin", "15.71.01.1001"},
      {"simpang iv sipin", "15.71.01.1001"},
      {"Simpang Empat Sipin", "15.71.01.1001"},
      {"SIMPANG  IV SIPIN", "15.71.01.1001"},
      {"Sijenjang", "15.71.03.1001"},
      {"Sijinjang", "15.71.03.1001"},
      {"SIJINJANG", "15.71.03.1001"},
      {"The Hok", "15.71.02.1004"},
      {"thehok", "15.71.02.1004"},
      {"Sulan Jana", "15.71.03.1005"},
      {"Simpang Tiga Sipin", "15.71.07.1002"},
      {"Payo Silincah", "15.71.11.1002"},
      {"Kenali Kecil", "15.71.01.1012"},
      {"Aur Kenali", "15.71.01.1012"},
  };
  for (const auto& c : cases) {
    const Region* r = t.find_kelurahan(c.input);
    ASSERT_NE(r, nullptr) << c.input;
    EXPECT_EQ(r->kode, c.kode) << c.input;
  }
}

TEST(RegionTree, FindKelurahanUnknownOrNotAKelurahan) {
  const RegionTree t = sample_tree();
  EXPECT_EQ(t.find_kelurahan("Kelurahan Antah Berantah"), nullptr);
  EXPECT_EQ(t.find_kelurahan(""), nullptr);
  EXPECT_EQ(t.find_kelurahan("15.71.01.1099"), nullptr);
  // Codes and names of other levels are not kelurahan.
  EXPECT_EQ(t.find_kelurahan("15.71.01"), nullptr);
  EXPECT_EQ(t.find_kelurahan("15"), nullptr);
  EXPECT_EQ(t.find_kelurahan("Telanaipura"), nullptr);
  EXPECT_EQ(t.find_kelurahan("Kota Jambi"), nullptr);
}

TEST(RegionTree, AliasOnlyWhenTheCanonicalKelurahanIsPresent) {
  RegionTree t;
  t.add(make_region("15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan));
  EXPECT_EQ(t.find_kelurahan("Sijinjang"), nullptr);
}

TEST(RegionTree, ChildrenAndLevels) {
  const RegionTree t = sample_tree();
  const auto kec = t.children("15.71");
  ASSERT_EQ(kec.size(), 5u);
  EXPECT_EQ(kec[0]->kode, "15.71.01");
  const auto kel = t.children("15.71.01");
  ASSERT_EQ(kel.size(), 2u);
  EXPECT_EQ(kel[0]->kode, "15.71.01.1001");
  EXPECT_EQ(kel[1]->kode, "15.71.01.1012");
  EXPECT_TRUE(t.children("15.71.01.1001").empty());
  EXPECT_TRUE(t.children("99").empty());
  EXPECT_EQ(t.at_level(RegionLevel::provinsi).size(), 1u);
  EXPECT_EQ(t.at_level(RegionLevel::kabkota).size(), 1u);
  EXPECT_EQ(t.at_level(RegionLevel::kecamatan).size(), 5u);
  EXPECT_EQ(t.at_level(RegionLevel::kelurahan).size(), 7u);
  EXPECT_TRUE(t.at_level(RegionLevel::rt).empty());
  for (const Region* r : t.at_level(RegionLevel::kelurahan)) {
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(level_of_code(r->kode), RegionLevel::kelurahan) << r->kode;
  }
}

TEST(RegionTree, AddingTheSameCodeAgainReplacesWithoutDuplicating) {
  RegionTree t = sample_tree();
  const std::size_t before = t.size();
  t.add(make_region("15.71.01.1001", "Simpang IV Sipin (baru)", RegionLevel::kelurahan));
  EXPECT_EQ(t.size(), before);
  EXPECT_EQ(t.children("15.71.01").size(), 2u);
  ASSERT_NE(t.find("15.71.01.1001"), nullptr);
  EXPECT_EQ(t.find("15.71.01.1001")->nama, "Simpang IV Sipin (baru)");
}

TEST(RegionTree, RtRegions) {
  RegionTree t = sample_tree();
  t.add(make_region(rt_code("15.71.01.1001", 7), "RT 007", RegionLevel::rt));
  ASSERT_NE(t.find("15.71.01.1001.007"), nullptr);
  ASSERT_EQ(t.children("15.71.01.1001").size(), 1u);
  EXPECT_EQ(t.find_kelurahan("15.71.01.1001.007"), nullptr);
  EXPECT_EQ(t.at_level(RegionLevel::rt).size(), 1u);
}

}  // namespace
}  // namespace lindungi
