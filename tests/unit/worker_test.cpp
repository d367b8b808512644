// Unit tests for core/worker: record validation (field names are the import template's column
// names), closed code lists and phone normalisation.
#include "core/worker.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/region.hpp"

namespace lindungi {
namespace {

const Date kWorkerToday{2025, 5, 22};

Region tree_region(std::string kode, std::string nama, RegionLevel level) {
  Region r;
  r.kode = std::move(kode);
  r.nama = std::move(nama);
  r.level = level;
  return r;
}

const RegionTree& tree() {
  static const RegionTree t = [] {
    RegionTree r;
    r.add(tree_region("15", "Jambi", RegionLevel::provinsi));
    r.add(tree_region("15.71", "Kota Jambi", RegionLevel::kabkota));
    r.add(tree_region("15.71.01", "Telanaipura", RegionLevel::kecamatan));
    r.add(tree_region("15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan));
    return r;
  }();
  return t;
}

ValidationContext context() {
  ValidationContext c;
  c.today = kWorkerToday;
  c.regions = &tree();
  c.programme = RuleBook::standard().programme_at(kWorkerToday);
  return c;
}

// A woman born 17/08/1985 whose NIK agrees with the record.
Worker good_worker() {
  Worker w;
  w.nik = "1571015708850003";
  w.nama = "Siti Aminah";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.no_hp = "081234567890";
  w.pekerjaan = "pedagang_umkm";
  w.penghasilan = 2'500'000;
  w.kategori = "pekerja_rentan";
  Heir h;
  h.nama = "Ahmad";
  h.hubungan = "suami";
  h.nik = "1571011203800001";
  w.ahli_waris.push_back(h);
  return w;
}

// Every message a user sees is in Bahasa Indonesia.
bool indonesian(const std::string& message) {
  for (const char* word : {"wajib", "tidak", "harus", "melebihi", "bawah", "masa depan", "NIK", "boleh"})
    if (message.find(word) != std::string::npos) return true;
  return false;
}

// Validates `w` and expects exactly one error, on `field` with `code`.
void expect_error(const Worker& w, const std::string& field, const std::string& code,
                  const ValidationContext& ctx = context()) {
  const ValidationResult r = validate_worker(w, ctx);
  EXPECT_FALSE(r.ok()) << field;
  ASSERT_EQ(r.errors.size(), 1u) << field << " / " << code << ", first: "
                                 << (r.errors.empty() ? "" : r.errors[0].field + " " + r.errors[0].code);
  EXPECT_EQ(r.errors[0].field, field);
  EXPECT_EQ(r.errors[0].code, code);
  EXPECT_TRUE(indonesian(r.errors[0].message)) << r.errors[0].message;
}

bool has(const std::vector<FieldError>& list, const std::string& field, const std::string& code) {
  return std::any_of(list.begin(), list.end(),
                     [&](const FieldError& e) { return e.field == field && e.code == code; });
}

// ---------------------------------------------------------------------------------------------
// The good record

TEST(ValidateWorker, GoodRecordHasNoErrorsOrWarnings) {
  const ValidationResult r = validate_worker(good_worker(), context());
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(ValidateWorker, OptionalFieldsMayBeEmpty) {
  Worker w = good_worker();
  w.no_hp.clear();
  w.ahli_waris.clear();
  w.penghasilan = 0;
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.ahli_waris = {Heir{0, "Ahmad", "suami", "", std::nullopt}};  // heir without NIK
  EXPECT_TRUE(validate_worker(w, context()).ok());
}

TEST(ValidateWorker, LabelsAndNamesAreAcceptedForClosedListsAndKelurahan) {
  Worker w = good_worker();
  w.pekerjaan = "Ojek Online";
  w.kategori = "Petugas Keagamaan";
  w.kode_kelurahan = "Simpang Empat Sipin";
  w.ahli_waris[0].hubungan = "SAUDARA KANDUNG";
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.kode_kelurahan = "1571011001";
  EXPECT_TRUE(validate_worker(w, context()).ok());
}

// ---------------------------------------------------------------------------------------------
// One bad field at a time

TEST(ValidateWorker, Nik) {
  Worker w = good_worker();
  w.nik = "";
  expect_error(w, "nik", "wajib_diisi");
  w.nik = "157101570885000";
  expect_error(w, "nik", "nik_panjang");
  w.nik = "157101570885000A";
  expect_error(w, "nik", "nik_bukan_angka");
  w.nik = "1571015708850000";
  expect_error(w, "nik", "nik_nomor_urut");
  w.nik = "1571017208850003";
  expect_error(w, "nik", "nik_tanggal");
}

TEST(ValidateWorker, NikRegionUnknownIsAWarning) {
  Worker w = good_worker();
  w.nik = "9971015708850003";
  const ValidationResult r = validate_worker(w, context());
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(has(r.warnings, "nik", "nik_wilayah_tidak_dikenal"));
}

// Issue 17 item 2: what the NIK contradicts, the same whatever day it is checked on.
TEST(NikWarnings, NameTheFieldInWordsAndDoNotDependOnTheDay) {
  Worker w = good_worker();
  EXPECT_TRUE(nik_warnings(w, &tree()).empty());
  w.tanggal_lahir = Date{1986, 8, 17};
  w.jenis_kelamin = Sex::L;
  const auto warnings = nik_warnings(w, &tree());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].field, "tanggal_lahir");
  EXPECT_EQ(warnings[0].message, "Tanggal lahir 17/08/1986 tidak sesuai dengan NIK (NIK menunjukkan 17/08/1985)");
  EXPECT_EQ(warnings[1].field, "jenis_kelamin");
  EXPECT_EQ(warnings[1].message, "Jenis kelamin laki-laki tidak sesuai dengan NIK (NIK menunjukkan perempuan)");
  // For people who may see the NIK only masked: the field and the typed value, nothing the NIK holds.
  const auto masked = nik_warnings(w, &tree(), false);
  ASSERT_EQ(masked.size(), 2u);
  EXPECT_EQ(masked[0].message, "Tanggal lahir 17/08/1986 tidak sesuai dengan NIK");
  EXPECT_EQ(masked[1].message, "Jenis kelamin laki-laki tidak sesuai dengan NIK");
  w.nik = "9971015708850003";
  const auto region = nik_warnings(w, &tree(), false);
  ASSERT_FALSE(region.empty());
  EXPECT_EQ(region[0].message.find("99"), std::string::npos) << region[0].message;
  w.nik = "1571015708850003";
  // validate_worker gives exactly these, on any day the record is valid.
  for (const Date today : {Date{2020, 1, 1}, Date{2025, 5, 22}, Date{2031, 12, 31}, Date{2040, 2, 29}}) {
    ValidationContext c = context();
    c.today = today;
    const ValidationResult r = validate_worker(w, c);
    EXPECT_TRUE(r.ok()) << today.iso();
    EXPECT_EQ(r.warnings, warnings) << today.iso();
  }
}

TEST(NikWarnings, TheNiksDateIsShownInTheCenturyOfTheTypedOne) {
  Worker w = good_worker();
  w.nik = "1571011708990003";  // a man born 17/08/(19|20)99
  w.jenis_kelamin = Sex::L;
  w.tanggal_lahir = Date{2001, 8, 17};
  auto warnings = nik_warnings(w, &tree());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("NIK menunjukkan 17/08/1999"), std::string::npos) << warnings[0].message;
  w.nik = "1571012902000003";  // 29/02/2000 exists
  w.tanggal_lahir = Date{2000, 2, 29};
  EXPECT_TRUE(nik_warnings(w, &tree()).empty());
  w.tanggal_lahir = Date{1901, 3, 1};
  warnings = nik_warnings(w, &tree());
  ASSERT_EQ(warnings.size(), 1u);
  // 29/02/1900 does not exist: the NIK's own reading stays.
  EXPECT_NE(warnings[0].message.find("NIK menunjukkan 29/02/2000"), std::string::npos) << warnings[0].message;
}

TEST(NikWarnings, UnknownRegionIsNamedAndAnInvalidNikGivesNone) {
  Worker w = good_worker();
  w.nik = "9971015708850003";
  auto warnings = nik_warnings(w, &tree());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].field, "nik");
  EXPECT_EQ(warnings[0].code, "nik_wilayah_tidak_dikenal");
  w.nik = "1571019908850003";  // day 99: not a NIK
  w.tanggal_lahir = Date{1970, 1, 1};
  EXPECT_TRUE(nik_warnings(w, &tree()).empty());
  w.nik.clear();
  EXPECT_TRUE(nik_warnings(w, &tree()).empty());
}

TEST(ValidateWorker, Nama) {
  Worker w = good_worker();
  w.nama = "";
  expect_error(w, "nama", "wajib_diisi");
  w.nama = "   ";
  expect_error(w, "nama", "wajib_diisi");
  w.nama = "A";
  expect_error(w, "nama", "nama_tidak_valid");
  w.nama = "12345";
  expect_error(w, "nama", "nama_tidak_valid");
  w.nama = std::string(101, 'a');
  expect_error(w, "nama", "nama_tidak_valid");
  w.nama = std::string(100, 'a');
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.nama = "Jo";
  EXPECT_TRUE(validate_worker(w, context()).ok());
}

// The limit is "paling panjang 100 karakter": characters, not UTF-8 bytes (regression: once
// counted bytes). A 60-character name of 2-byte letters is 120 bytes but only 60 characters.
TEST(ValidateWorker, NamaLengthCountsCharactersNotBytes) {
  Worker w = good_worker();
  w.nama.clear();
  for (int i = 0; i < 60; ++i) w.nama += "\xC3\xA9";  // U+00E9
  const ValidationResult r = validate_worker(w, context());
  EXPECT_FALSE(has(r.errors, "nama", "nama_tidak_valid"));
  w.nama.clear();
  for (int i = 0; i < 101; ++i) w.nama += "\xC3\xA9";
  expect_error(w, "nama", "nama_tidak_valid");
  w.nama = "\xC3\x89";  // one letter in two bytes is still too short
  expect_error(w, "nama", "nama_tidak_valid");
}

TEST(ValidateWorker, TanggalLahir) {
  Worker w = good_worker();
  w.tanggal_lahir.reset();
  expect_error(w, "tanggal_lahir", "wajib_diisi");
  w.tanggal_lahir = Date{2025, 5, 23};
  expect_error(w, "tanggal_lahir", "tanggal_masa_depan");
}

TEST(ValidateWorker, AgeLimits) {
  Worker w = good_worker();
  w.tanggal_lahir = Date{2010, 5, 23};  // 14 until tomorrow
  expect_error(w, "tanggal_lahir", "usia_terlalu_muda");
  w.tanggal_lahir = Date{2010, 5, 22};  // 15 today
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.tanggal_lahir = Date{1959, 5, 23};  // 65 until tomorrow
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.tanggal_lahir = Date{1959, 5, 22};  // 66 today
  expect_error(w, "tanggal_lahir", "usia_melebihi_batas");
  w.tanggal_lahir = Date{1930, 1, 1};
  expect_error(w, "tanggal_lahir", "usia_melebihi_batas");
}

TEST(ValidateWorker, AgeLimitsComeFromTheProgrammeRule) {
  ValidationContext ctx = context();
  ctx.programme.max_age = 56;
  Worker w = good_worker();
  w.tanggal_lahir = Date{1968, 5, 22};  // 57
  expect_error(w, "tanggal_lahir", "usia_melebihi_batas", ctx);
  ctx.programme.min_age = 18;
  w.tanggal_lahir = Date{2008, 1, 1};  // 17
  expect_error(w, "tanggal_lahir", "usia_terlalu_muda", ctx);
}

TEST(ValidateWorker, NikBirthDateMismatchIsAWarningNotAnError) {
  Worker w = good_worker();
  w.tanggal_lahir = Date{1985, 8, 18};
  const ValidationResult r = validate_worker(w, context());
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].field, "tanggal_lahir");
  EXPECT_EQ(r.warnings[0].code, "nik_tanggal_lahir_beda");
  EXPECT_TRUE(indonesian(r.warnings[0].message)) << r.warnings[0].message;
}

TEST(ValidateWorker, NikSexMismatchIsAWarningNotAnError) {
  Worker w = good_worker();
  w.jenis_kelamin = Sex::L;
  const ValidationResult r = validate_worker(w, context());
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].field, "jenis_kelamin");
  EXPECT_EQ(r.warnings[0].code, "nik_jenis_kelamin_beda");
}

TEST(ValidateWorker, JenisKelamin) {
  Worker w = good_worker();
  w.jenis_kelamin.reset();
  expect_error(w, "jenis_kelamin", "wajib_diisi");
}

TEST(ValidateWorker, KodeKelurahan) {
  Worker w = good_worker();
  w.kode_kelurahan = "";
  expect_error(w, "kode_kelurahan", "wajib_diisi");
  w.kode_kelurahan = "15.71.01.1099";
  expect_error(w, "kode_kelurahan", "kelurahan_tidak_dikenal");
  w.kode_kelurahan = "Antah Berantah";
  expect_error(w, "kode_kelurahan", "kelurahan_tidak_dikenal");
  w.kode_kelurahan = "15.71.01";  // a kecamatan, not a kelurahan
  expect_error(w, "kode_kelurahan", "kelurahan_tidak_dikenal");
}

TEST(ValidateWorker, Rt) {
  Worker w = good_worker();
  for (int rt : {0, -1, 1000}) {
    w.rt = rt;
    expect_error(w, "rt", "rt_tidak_valid");
  }
  for (int rt : {1, 999}) {
    w.rt = rt;
    EXPECT_TRUE(validate_worker(w, context()).ok()) << rt;
  }
}

TEST(ValidateWorker, RtExistsCallbackIsHonoured) {
  ValidationContext ctx = context();
  std::vector<std::pair<std::string, int>> calls;
  ctx.rt_exists = [&](std::string_view kode, int nomor) {
    calls.emplace_back(std::string{kode}, nomor);
    return nomor <= 20;
  };
  Worker w = good_worker();
  w.kode_kelurahan = "Simpang Empat Sipin";  // the callback gets the resolved code
  w.rt = 7;
  EXPECT_TRUE(validate_worker(w, ctx).ok());
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0], (std::pair<std::string, int>{"15.71.01.1001", 7}));
  w.rt = 21;
  expect_error(w, "rt", "rt_tidak_ada", ctx);
  const ValidationResult r = validate_worker(w, ctx);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].message.find("Simpang IV Sipin"), std::string::npos) << r.errors[0].message;
}

TEST(ValidateWorker, NoHp) {
  Worker w = good_worker();
  for (const char* hp : {"12345", "0812", "07411234567", "08123456789012", "nomor saya"}) {
    w.no_hp = hp;
    expect_error(w, "no_hp", "no_hp_tidak_valid");
  }
  for (const char* hp : {"+62 812 3456 7890", "0812-3456-7890", "6281234567890"}) {
    w.no_hp = hp;
    EXPECT_TRUE(validate_worker(w, context()).ok()) << hp;
  }
}

TEST(ValidateWorker, Pekerjaan) {
  Worker w = good_worker();
  w.pekerjaan = "";
  expect_error(w, "pekerjaan", "wajib_diisi");
  w.pekerjaan = "Pilot";
  expect_error(w, "pekerjaan", "pekerjaan_tidak_dikenal");
}

TEST(ValidateWorker, PenghasilanCeiling) {
  Worker w = good_worker();
  w.penghasilan = 6'000'000;
  EXPECT_TRUE(validate_worker(w, context()).ok());
  w.penghasilan = 6'000'001;
  expect_error(w, "penghasilan", "penghasilan_melebihi_batas");
  const ValidationResult r = validate_worker(w, context());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("Rp6.000.000"), std::string::npos) << r.errors[0].message;
  w.penghasilan = 20'000'000;
  expect_error(w, "penghasilan", "penghasilan_melebihi_batas");
  w.penghasilan = -1;
  expect_error(w, "penghasilan", "penghasilan_tidak_valid");
}

TEST(ValidateWorker, Kategori) {
  Worker w = good_worker();
  w.kategori = "";
  expect_error(w, "kategori", "wajib_diisi");
  w.kategori = "pns";
  expect_error(w, "kategori", "kategori_tidak_dikenal");
}

TEST(ValidateWorker, AhliWaris) {
  Worker w = good_worker();
  w.ahli_waris[0].nama = " ";
  expect_error(w, "nama_ahli_waris", "wajib_diisi");
  w = good_worker();
  w.ahli_waris[0].hubungan = "tetangga";
  expect_error(w, "hubungan_ahli_waris", "hubungan_tidak_dikenal");
  w.ahli_waris[0].hubungan = "";
  expect_error(w, "hubungan_ahli_waris", "hubungan_tidak_dikenal");
  w = good_worker();
  w.ahli_waris[0].nik = "123";
  expect_error(w, "nik_ahli_waris", "nik_panjang");
  w.ahli_waris[0].nik = w.nik;
  expect_error(w, "nik_ahli_waris", "nik_ahli_waris_sama");
}

TEST(ValidateWorker, SecondHeirIsNamedInTheMessage) {
  Worker w = good_worker();
  w.ahli_waris.push_back(Heir{0, "Budi", "anaktiri", "", std::nullopt});
  const ValidationResult r = validate_worker(w, context());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].field, "hubungan_ahli_waris");
  EXPECT_NE(r.errors[0].message.find("ke-2"), std::string::npos) << r.errors[0].message;
}

TEST(ValidateWorker, EveryBadFieldIsReportedAtOnce) {
  Worker w;
  w.nik = "abc";
  w.nama = "";
  w.rt = 0;
  w.no_hp = "123";
  w.penghasilan = 7'000'000;
  w.ahli_waris = {Heir{0, "", "x", "1", std::nullopt}};
  const ValidationResult r = validate_worker(w, context());
  std::set<std::string> fields;
  for (const auto& e : r.errors) {
    fields.insert(e.field);
    EXPECT_TRUE(indonesian(e.message)) << e.field << ": " << e.message;
  }
  const std::set<std::string> expected = {
      "nik",       "nama",       "tanggal_lahir", "jenis_kelamin",   "kode_kelurahan",      "rt",
      "no_hp",     "pekerjaan",  "penghasilan",   "kategori",        "nama_ahli_waris",
      "hubungan_ahli_waris",     "nik_ahli_waris"};
  EXPECT_EQ(fields, expected);
}

TEST(ValidateWorker, WithoutRegionTreeKelurahanIsNotLookedUp) {
  ValidationContext ctx = context();
  ctx.regions = nullptr;
  bool called = false;
  ctx.rt_exists = [&](std::string_view, int) {
    called = true;
    return false;
  };
  Worker w = good_worker();
  w.kode_kelurahan = "anything";
  EXPECT_TRUE(validate_worker(w, ctx).ok());
  EXPECT_FALSE(called);
}

// ---------------------------------------------------------------------------------------------
// Code lists

TEST(CodeLists, FindCodeMatchesCodesAndLabelsInAnyCase) {
  EXPECT_EQ(find_code(occupations(), "Ojek Online"), "ojek_online");
  EXPECT_EQ(find_code(occupations(), "OJEK_ONLINE"), "ojek_online");
  EXPECT_EQ(find_code(occupations(), "ojek_online"), "ojek_online");
  EXPECT_EQ(find_code(occupations(), "OJEK ONLINE"), "ojek_online");
  EXPECT_EQ(find_code(occupations(), "  ojek   online "), "ojek_online");
  EXPECT_EQ(find_code(occupations(), "Pedagang / Pelaku UMKM"), "pedagang_umkm");
  EXPECT_EQ(find_code(occupations(), "penarik becak"), "becak");
  EXPECT_EQ(find_code(occupations(), "Petugas Syara'"), "petugas_syara");
  EXPECT_EQ(find_code(categories(), "Pekerja Rentan"), "pekerja_rentan");
  EXPECT_EQ(find_code(heir_relations(), "Penerima Wasiat"), "wasiat");
  EXPECT_EQ(find_code(worker_statuses(), "Didaftarkan ke BPJS"), "didaftarkan");
}

TEST(CodeLists, FindCodeRejectsUnknownAndEmpty) {
  EXPECT_EQ(find_code(occupations(), ""), std::nullopt);
  EXPECT_EQ(find_code(occupations(), "   "), std::nullopt);
  EXPECT_EQ(find_code(occupations(), "ojek"), std::nullopt);
  EXPECT_EQ(find_code(occupations(), "Pilot"), std::nullopt);
  EXPECT_EQ(find_code(categories(), "ojek_online"), std::nullopt);
}

TEST(CodeLists, LabelOf) {
  EXPECT_EQ(label_of(occupations(), "ojek_online"), "Ojek Online");
  EXPECT_EQ(label_of(worker_statuses(), "ditolak_bpjs"), "Ditolak BPJS");
  EXPECT_EQ(label_of(occupations(), "tidak_ada"), "tidak_ada");  // unknown code echoes back
}

TEST(CodeLists, CodesAreUniqueAndFindThemselves) {
  for (const auto* list : {&occupations(), &categories(), &heir_relations(), &worker_statuses()}) {
    ASSERT_FALSE(list->empty());
    std::set<std::string_view> codes;
    for (const auto& item : *list) {
      EXPECT_TRUE(codes.insert(item.code).second) << item.code;
      EXPECT_EQ(find_code(*list, item.code), item.code);
      EXPECT_EQ(find_code(*list, item.label), item.code) << item.label;
    }
  }
  EXPECT_EQ(heir_relations().size(), 11u);
  EXPECT_EQ(heir_relations().front().code, "suami");  // legal order, RULES.md §4.3
  EXPECT_EQ(heir_relations().back().code, "wasiat");
}

TEST(Worker, KodeRt) {
  Worker w = good_worker();
  EXPECT_EQ(w.kode_rt(), "15.71.01.1001.007");
  w.rt = 123;
  EXPECT_EQ(w.kode_rt(), "15.71.01.1001.123");
}

}  // namespace
}  // namespace lindungi
