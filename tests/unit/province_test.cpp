// Many areas in one deployment (issue 8 item 3): Jambi province's code list, a Kota-Jambi-only
// database gaining the other kab/kota, another province's code list loaded from a CSV, RTs of a
// Kerinci desa, and users scoped to each kab/kota. The storage tests (ProvinceStoreTest) run on
// SQLite and, as pg:ProvinceStoreTest.*, on PostgreSQL.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <map>
#include <set>

#include "core/access.hpp"
#include "core/coverage.hpp"
#include "core/errors.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "core/region_list.hpp"
#include "core/worker.hpp"
#include "demo/demo_data.hpp"
#include "services/app.hpp"
#include "services/region_service.hpp"
#include "services/registry_service.hpp"
#include "services/report_service.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

RegionTree province_tree() {
  RegionTree t;
  for (auto& r : services::reference_regions()) t.add(std::move(r));
  return t;
}

TEST(ProvinceRegions, TheDecreesCountsPerLevel) {
  const auto regions = services::reference_regions();
  std::map<RegionLevel, int> per_level;
  std::set<std::string> codes;
  for (const auto& r : regions) {
    ++per_level[r.level];
    EXPECT_TRUE(codes.insert(r.kode).second) << "twice: " << r.kode;
    EXPECT_EQ(level_of_code(r.kode), r.level) << r.kode;
    EXPECT_FALSE(r.nama.empty()) << r.kode;
    EXPECT_EQ(r.nama.find("  "), std::string::npos) << r.kode;
  }
  // Kepmendagri 300.2.2-2138/2025 for Jambi: 11 kab/kota, 144 kecamatan, 1,585 desa/kelurahan.
  EXPECT_EQ(per_level[RegionLevel::provinsi], 1);
  EXPECT_EQ(per_level[RegionLevel::kabkota], 11);
  EXPECT_EQ(per_level[RegionLevel::kecamatan], 144);
  EXPECT_EQ(per_level[RegionLevel::kelurahan], 1585);
  for (const auto& r : regions) {
    if (r.level != RegionLevel::provinsi) {
      EXPECT_TRUE(codes.contains(parent_code(r.kode))) << r.kode;
    }
  }
  for (const char* kab :
       {"15.01", "15.02", "15.03", "15.04", "15.05", "15.06", "15.07", "15.08", "15.09", "15.71", "15.72"})
    EXPECT_TRUE(codes.contains(kab)) << kab;
}

TEST(ProvinceRegions, PerKabKotaAndKotaJambisDetailsKept) {
  const RegionTree t = province_tree();
  auto count = [&](const char* kab, RegionLevel level) {
    int n = 0;
    for (const Region* r : t.at_level(level)) n += code_within(r->kode, kab);
    return n;
  };
  EXPECT_EQ(count("15.01", RegionLevel::kecamatan), 18);  // Kerinci
  EXPECT_EQ(count("15.01", RegionLevel::kelurahan), 287);
  EXPECT_EQ(count("15.71", RegionLevel::kecamatan), 11);  // Kota Jambi
  EXPECT_EQ(count("15.71", RegionLevel::kelurahan), 68);
  EXPECT_EQ(count("15.72", RegionLevel::kecamatan), 8);  // Kota Sungai Penuh
  EXPECT_EQ(count("15.72", RegionLevel::kelurahan), 69);
  EXPECT_EQ(t.find("15.01")->nama, "Kabupaten Kerinci");
  EXPECT_EQ(t.find("15.02")->nama, "Kabupaten Merangin");  // the source's double space collapsed
  EXPECT_EQ(t.find("15.71")->kode_bps, "1571");
  EXPECT_EQ(t.find("15.71.01.1001")->kode_bps, "1571050002");
  EXPECT_NE(t.find("15.71.01.1001")->lat, 0.0);
  EXPECT_EQ(t.find("15.08.08.2009")->nama, "Pekan Jum'at");
}

TEST(ProvinceRegions, ANameSharedByTwoKabKotaNeedsTheAreaOrTheCode) {
  const RegionTree t = province_tree();
  EXPECT_EQ(t.kelurahan_named("Pasir Putih").size(), 2u);  // Kota Jambi and Bungo
  EXPECT_EQ(t.find_kelurahan("Pasir Putih"), nullptr);
  ASSERT_NE(t.find_kelurahan("Pasir Putih", "15.71"), nullptr);
  EXPECT_EQ(t.find_kelurahan("Pasir Putih", "15.71")->kode, "15.71.02.1002");
  EXPECT_EQ(t.find_kelurahan("Pasir Putih", "15.08")->kode, "15.08.13.1001");
  EXPECT_EQ(t.find_kelurahan("Pasir Putih", "15.71.02.1002.003")->kode, "15.71.02.1002");  // an RT head's area
  EXPECT_EQ(t.find_kelurahan("15.08.13.1001")->nama, "Pasir Putih");
  EXPECT_EQ(t.find_kelurahan("Simpang IV Sipin")->kode, "15.71.01.1001");  // unique in the province

  Worker w;
  w.kode_kelurahan = "Pasir Putih";
  normalize_worker(w, t);
  ValidationContext ctx;
  ctx.regions = &t;
  ctx.today = Date{2026, 1, 1};
  bool ambiguous = false;
  for (const auto& e : validate_worker(w, ctx).errors)
    if (e.code == "kelurahan_ambigu") {
      ambiguous = true;
      EXPECT_NE(e.message.find("15.08.13.1001"), std::string::npos) << e.message;
    }
  EXPECT_TRUE(ambiguous);
  normalize_worker(w, t, "15.71");
  EXPECT_EQ(w.kode_kelurahan, "15.71.02.1002");
}

TEST(ProvinceRegions, KerinciNikIsAcceptedAndNamed) {
  const RegionTree t = province_tree();
  const NikInfo info = analyze_nik("1501011708850001", Date{2026, 1, 1}, &t);
  EXPECT_TRUE(info.valid);
  EXPECT_EQ(info.kode_wilayah, "15.01.01");
  EXPECT_EQ(info.nama_wilayah, "Gunung Raya, Kabupaten Kerinci");
  for (const auto& w : info.warnings) {
    EXPECT_NE(w.code, "nik_wilayah_tidak_dikenal") << w.message;
  }
  const NikInfo sp = analyze_nik("1572014708900002", Date{2026, 1, 1}, &t);  // a woman of Sungai Penuh
  EXPECT_TRUE(sp.valid);
  EXPECT_EQ(sp.nama_wilayah, "Sungai Penuh, Kota Sungai Penuh");
}

TEST(ProvinceRegions, EveryRoleScopedToItsOwnKabKota) {
  const Actor kerinci{"admin.kerinci", Role::admin_kota, "15.01", ""};
  EXPECT_FALSE(role_area_problem(Role::admin_kota, "15.01"));
  EXPECT_FALSE(role_area_problem(Role::operator_kelurahan, "15.01.01.2001"));
  EXPECT_FALSE(role_area_problem(Role::ketua_rt, "15.01.01.2001.001"));
  EXPECT_TRUE(can_access_area(kerinci, "15.01.01.2001.001"));
  EXPECT_FALSE(can_access_area(kerinci, "15.71.01.1001.001"));
  EXPECT_FALSE(can_access_area(kerinci, "15.02.01.2001"));
  const Actor pemprov{"pemprov", Role::pemprov, "15", ""};
  EXPECT_TRUE(can_access_area(pemprov, "15.01.01.2001.001"));
  EXPECT_TRUE(can_access_area(pemprov, "15.71.01.1001.001"));
  EXPECT_FALSE(can_access_area(pemprov, "16.71.01.1001.001"));
}

TEST(ProvinceCoverage, APotentialKnownOnlyForKotaJambiLeavesTheProvinceUnknown) {
  CoverageInput in;
  in.leaves["15.71.01.1001.001"] = {10, 8, 5, 0, 0};
  in.leaves["15.72.01.1001.001"] = {4, 2, 1, 0, 0};
  in.potentials["15.71.01.1001.001"] = {100, 40};
  const auto rows = roll_up_coverage(in, {{"15.71", "Kota Jambi"}, {"15.72", "Kota Sungai Penuh"}, {"15", "Jambi"}});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].figures.potential, 100);
  ASSERT_TRUE(rows[0].figures.coverage_pct());
  EXPECT_DOUBLE_EQ(*rows[0].figures.coverage_pct(), 45.0);
  EXPECT_EQ(rows[1].figures.potential, 0);
  EXPECT_FALSE(rows[1].figures.coverage_pct());  // unknown, never 0 %
  EXPECT_EQ(rows[2].figures.workers, 14);
  EXPECT_FALSE(rows[2].figures.coverage_pct());  // not 6 covered / Kota Jambi's 100
  // Leaves per kelurahan (the kecamatan-level report) against figures per RT still count.
  CoverageInput by_kel;
  by_kel.leaves["15.71.01.1001"] = {10, 8, 5, 0, 0};
  by_kel.potentials["15.71.01.1001.001"] = {100, 40};
  by_kel.potentials["15.71.01.1001.002"] = {50, 10};
  EXPECT_EQ(roll_up_coverage(by_kel, {{"15.71", "Kota Jambi"}})[0].figures.potential, 150);
  // A province figure entered for the province itself is its potential.
  in.potentials["15"] = {1000, 100};
  EXPECT_EQ(roll_up_coverage(in, {{"15", "Jambi"}})[0].figures.potential, 1000);
}

// ---- the code list -------------------------------------------------------------------------

std::vector<RegionListRow> rows_of(std::initializer_list<std::array<const char*, 3>> list) {
  std::vector<RegionListRow> out;
  std::size_t baris = 2;
  for (const auto& r : list) out.push_back({baris++, r[0], r[1], r[2]});
  return out;
}

TEST(RegionList, AGoodFileInAnyOrderAddsParentsFirst) {
  const RegionTree t = province_tree();
  const auto plan = plan_region_list(rows_of({{"16.71.01.1001", "Demang Lebar Daun", ""},
                                              {"16", "Sumatera Selatan", "provinsi"},
                                              {"16.71", "Kota  Palembang", "kabkota"},
                                              {"16.71.01", "Ilir Barat II", "kecamatan"},
                                              {"15.71", "Kota Jambi", "kota"}}),
                                     t);
  ASSERT_TRUE(plan.ok()) << plan.problems.front().pesan;
  ASSERT_EQ(plan.baru.size(), 4u);
  EXPECT_EQ(plan.baru[0].kode, "16");
  EXPECT_EQ(plan.baru[1].kode, "16.71");
  EXPECT_EQ(plan.baru[1].nama, "Kota Palembang");
  EXPECT_EQ(plan.baru[3].level, RegionLevel::kelurahan);
  EXPECT_EQ(plan.sudah_ada, 1u);
}

TEST(RegionList, EveryKindOfBadRowIsNamedByRowAndColumn) {
  const RegionTree t = province_tree();
  const auto plan = plan_region_list(rows_of({{"16", "Sumatera Selatan", ""},                  // 2 fine
                                              {"16.7", "Kota Rusak", ""},                      // 3 malformed
                                              {"16.71.01.1001.001", "RT 1", ""},               // 4 an RT
                                              {"", "Tanpa Kode", ""},                          // 5 no code
                                              {"16", "Sumsel", ""},                            // 6 twice
                                              {"16.72", "", ""},                               // 7 no name
                                              {"16.73.01", "Yatim", ""},                       // 8 no parent
                                              {"16.74", "Kota Salah", "kecamatan"},            // 9 level
                                              {"16.75", "Kota Aneh", "dusun"},                 // 10 unknown level
                                              {"15.71", "Kota Jambi Baru", ""},                // 11 renamed
                                              {"16.76", std::string(101, 'x').c_str(), ""}}),  // 12 too long
                                     t);
  EXPECT_FALSE(plan.ok());
  EXPECT_TRUE(plan.baru.empty());  // all or nothing
  std::map<std::size_t, std::pair<std::string, std::string>> by_row;
  for (const auto& p : plan.problems) {
    by_row[p.baris] = {p.kolom, p.kode};
    EXPECT_EQ(p.pesan.rfind("Baris " + std::to_string(p.baris) + ", kolom " + p.kolom + ": ", 0), 0u) << p.pesan;
  }
  const std::map<std::size_t, std::pair<std::string, std::string>> want = {{3, {"kode", "kode_tidak_valid"}},
                                                                           {4, {"kode", "rt_bukan_daftar_kode"}},
                                                                           {5, {"kode", "wajib_diisi"}},
                                                                           {6, {"kode", "kode_ganda"}},
                                                                           {7, {"nama", "wajib_diisi"}},
                                                                           {8, {"kode", "induk_tidak_ada"}},
                                                                           {9, {"tingkat", "tingkat_tidak_sesuai"}},
                                                                           {10, {"tingkat", "tingkat_tidak_valid"}},
                                                                           {11, {"nama", "nama_berbeda"}},
                                                                           {12, {"nama", "nama_terlalu_panjang"}}};
  EXPECT_EQ(by_row, want);
  EXPECT_FALSE(plan_region_list({}, t).ok());
}

// ---- storage, on both backends ---------------------------------------------------------------

class ProvinceStoreTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_province_");
    db_ = make_database(dir_ / "t.db");
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::map<RegionLevel, int> stored_levels(services::App& app) {
    std::map<RegionLevel, int> out;
    app.store().read([&](store::Session& s) {
      for (const auto& r : s.registry().regions()) ++out[r.level];
    });
    return out;
  }

  int audits(services::App& app, const std::string& aksi) {
    int n = 0;
    app.store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        n += e.aksi == aksi;
        return true;
      });
    });
    return n;
  }

  static Worker worker(const std::string& nik, const std::string& kel, int rt) {
    Worker w;
    w.nik = nik;
    w.nama = "Pekerja " + nik.substr(12);
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = rt;
    w.pekerjaan = "petani";
    w.penghasilan = 1'500'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    return w;
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
};

LINDUNGI_ON_BOTH_BACKENDS(ProvinceStoreTest);

TEST_P(ProvinceStoreTest, ANewDatabaseGetsTheWholeProvinceOnce) {
  auto app = services::App::open(db_->location());
  auto levels = stored_levels(*app);
  EXPECT_EQ(levels[RegionLevel::provinsi], 1);
  EXPECT_EQ(levels[RegionLevel::kabkota], 11);
  EXPECT_EQ(levels[RegionLevel::kecamatan], 144);
  EXPECT_EQ(levels[RegionLevel::kelurahan], 1585);
  EXPECT_EQ(app->regions().size(), 1741u);
  EXPECT_EQ(audits(*app, "muat_wilayah"), 1);
  app.reset();
  app = services::App::open(db_->location());  // again: nothing written
  EXPECT_EQ(audits(*app, "muat_wilayah"), 1);
  EXPECT_EQ(audits(*app, "tambah_wilayah"), 0);
  EXPECT_EQ(db_->count("wilayah"), 1741);
}

TEST_P(ProvinceStoreTest, AKotaJambiOnlyDatabaseGainsTheOtherKabKotaAndKeepsItsOwn) {
  {
    // A database as the Kota-Jambi-only release left it, with a name since corrected locally.
    auto store = store::open_store(db_->location());
    store->write([](store::Session& s) {
      for (auto r : services::reference_regions()) {
        if (r.kode != "15" && !code_within(r.kode, "15.71")) continue;
        if (r.kode == "15.71.01.1001") r.nama = "Simpang IV Sipin (catatan kota)";
        s.registry().put_region(r);
      }
      s.registry().put_rt({"", "15.71.01.1001", 1, "Pak RT"});
    });
  }
  EXPECT_EQ(db_->count("wilayah"), 1 + 1 + 11 + 68);
  auto app = services::App::open(db_->location());
  EXPECT_EQ(db_->count("wilayah"), 1741);
  auto levels = stored_levels(*app);
  EXPECT_EQ(levels[RegionLevel::kabkota], 11);
  EXPECT_EQ(levels[RegionLevel::kelurahan], 1585);
  ASSERT_NE(app->regions().find("15.01.01.2001"), nullptr);
  EXPECT_EQ(app->regions().find("15.71.01.1001")->nama, "Simpang IV Sipin (catatan kota)");  // untouched
  EXPECT_EQ(app->regions().find("15.71.01.1001")->kode_bps, "1571050002");
  EXPECT_EQ(audits(*app, "tambah_wilayah"), 1);
  std::string change;
  app->store().read([&](store::Session& s) {
    for (const auto& e : s.audit().entries("wilayah", "15", 0, 10).items)
      if (e.aksi == "tambah_wilayah") change = e.perubahan;
  });
  EXPECT_NE(change.find("[81, 1741]"), std::string::npos) << change;
  EXPECT_EQ(db_->count("rt"), 1);
  app.reset();
  app = services::App::open(db_->location());  // idempotent
  EXPECT_EQ(audits(*app, "tambah_wilayah"), 1);
  EXPECT_EQ(db_->count("wilayah"), 1741);
}

TEST_P(ProvinceStoreTest, AnotherProvincesCodeListIsAllOrNothingAndAudited) {
  auto app = services::App::open(db_->location());
  services::RegionService regions(*app);
  const std::string good =
      "\xEF\xBB\xBFkode;nama;catatan\n16;Sumatera Selatan;x\n16.71;Kota Palembang;\n16.71.01;Ilir Barat II;\n"
      "16.71.01.1001;Demang Lebar Daun;\n16.71.01.1002;\"Lorok Pakjo\";\n\n";
  const Actor admin{"admin.kota", Role::admin_kota, "15.71", ""};
  EXPECT_THROW(regions.load_code_list(admin, good, "sumsel.csv", false), Forbidden);

  const auto dry = regions.load_code_list(Actor::system("cli"), good, "sumsel.csv", true);
  EXPECT_EQ(dry.baru, 5u);
  EXPECT_EQ(db_->count("wilayah"), 1741);

  const auto r = regions.load_code_list(Actor::system("cli"), good, "sumsel.csv", false);
  EXPECT_EQ(r.baris, 5u);
  EXPECT_EQ(r.baru, 5u);
  EXPECT_EQ(r.per_tingkat[0], 1u);
  EXPECT_EQ(r.per_tingkat[3], 2u);
  EXPECT_EQ(db_->count("wilayah"), 1746);
  EXPECT_EQ(audits(*app, "muat_daftar_wilayah"), 1);

  const auto again = regions.load_code_list(Actor::system("cli"), good, "sumsel.csv", false);
  EXPECT_EQ(again.baru, 0u);
  EXPECT_EQ(again.sudah_ada, 5u);
  EXPECT_EQ(audits(*app, "muat_daftar_wilayah"), 1);

  const std::string bad = "kode,nama\n17,Bengkulu\n17.71.01,Gading Cempaka\n17.7,Rusak\n";
  try {
    regions.load_code_list(Actor::system("cli"), bad, "bengkulu.csv", false);
    FAIL() << "a bad file must be refused";
  } catch (const ValidationError& e) {
    ASSERT_EQ(e.errors().size(), 2u);
    EXPECT_EQ(e.errors()[0].code, "induk_tidak_ada");
    EXPECT_NE(e.errors()[0].message.find("Baris 3, kolom kode"), std::string::npos) << e.errors()[0].message;
    EXPECT_EQ(e.errors()[1].code, "kode_tidak_valid");
    EXPECT_NE(e.errors()[1].message.find("Baris 4"), std::string::npos);
  }
  EXPECT_EQ(db_->count("wilayah"), 1746);  // not even Bengkulu itself
  EXPECT_THROW(regions.load_code_list(Actor::system("cli"), "nomor,nama\n17,Bengkulu\n", "x.csv", false),
               ValidationError);
  // The deployment serves Palembang after its next start.
  app.reset();
  app = services::App::open(db_->location());
  ASSERT_NE(app->regions().find("16.71.01.1002"), nullptr);
  EXPECT_EQ(app->regions().find("16.71.01.1002")->nama, "Lorok Pakjo");
}

TEST_P(ProvinceStoreTest, KerinciRecordsItsOwnRtsAndWorkersAndOnlyItsOwn) {
  auto app = services::App::open(db_->location());
  app->set_today_for_tests(Date{2026, 6, 1});
  services::RegionService regions(*app);
  const Actor kerinci{"admin.kerinci", Role::admin_kota, "15.01", ""};
  const Actor kota{"admin.kota", Role::admin_kota, "15.71", ""};
  const Actor pemprov{"pemprov", Role::pemprov, "15", ""};
  const Actor rt_head{"ketua", Role::ketua_rt, "15.01.01.2001.001", ""};

  const auto rt = regions.create_rt(kerinci, "15.01.01.2001", 1, "  Pak Datuk  ");
  EXPECT_EQ(rt.kode, "15.01.01.2001.001");
  EXPECT_EQ(rt.nama_ketua, "Pak Datuk");
  EXPECT_THROW(regions.create_rt(kerinci, "15.01.01.2001", 1, ""), Conflict);
  EXPECT_THROW(regions.create_rt(kota, "15.01.01.2001", 2, ""), Forbidden);
  EXPECT_THROW(regions.create_rt(rt_head, "15.01.01.2001", 2, ""), Forbidden);
  EXPECT_THROW(regions.create_rt(kerinci, "15.01.01", 2, ""), NotFound);
  EXPECT_THROW(regions.create_rt(kerinci, "15.01.01.2001", 1000, ""), ValidationError);
  int audited = 0;
  app->store().read([&](store::Session& s) { audited = s.audit().entries("rt", rt.kode, 0, 10).total; });
  EXPECT_EQ(audited, 1);

  services::RegistryService registry(*app);
  // Recorded by name: "Selam Paung" is unique, and the RT now exists.
  Worker w = worker("1501011708850001", "Selam Paung", 1);
  const Worker saved = registry.create_worker(kerinci, w);
  EXPECT_EQ(saved.kode_kelurahan, "15.01.01.2001");
  EXPECT_THROW(registry.create_worker(kerinci, worker("1501011708850002", "15.01.01.2001", 2)), ValidationError);
  EXPECT_THROW(registry.create_worker(kota, worker("1501011708850003", "15.01.01.2001", 1)), Forbidden);

  EXPECT_EQ(registry.get_worker(kerinci, saved.id, false).worker.nik.substr(0, 4), "1501");
  EXPECT_THROW(registry.get_worker(kota, saved.id, false), NotFound);
  EXPECT_EQ(registry.get_worker(pemprov, saved.id, false).worker.id, saved.id);

  services::ReportService reports(*app);
  const auto by_kab = reports.coverage(pemprov, RegionLevel::kabkota, "15");
  ASSERT_EQ(by_kab.rows.size(), 11u);
  EXPECT_EQ(by_kab.rows[0].kode, "15.01");
  EXPECT_EQ(by_kab.rows[0].figures.workers, 1);
  EXPECT_FALSE(by_kab.rows[0].figures.coverage_pct());
  EXPECT_FALSE(by_kab.total.figures.coverage_pct());
  EXPECT_THROW(reports.coverage(kota, RegionLevel::kabkota, "15"), Forbidden);
  const auto own = reports.coverage(kerinci, RegionLevel::kecamatan);
  EXPECT_EQ(own.rows.size(), 18u);
  EXPECT_EQ(own.total.kode, "15.01");

  // Issue 17 item 4: the RT head's dashboard asks per kecamatan and per kelurahan; at every level
  // its total is its RT, and equals the sum of the rows (it said 0 beside a row of 1).
  for (const RegionLevel level : {RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}) {
    SCOPED_TRACE(static_cast<int>(level));
    const auto mine = reports.coverage(rt_head, level);
    std::int64_t workers = 0, verified = 0, covered = 0;
    for (const auto& row : mine.rows) {
      workers += row.figures.workers;
      verified += row.figures.verified;
      covered += row.figures.covered;
    }
    EXPECT_EQ(mine.total.kode, "15.01.01.2001.001");
    EXPECT_EQ(mine.total.figures.workers, 1);
    EXPECT_EQ(workers, mine.total.figures.workers);
    EXPECT_EQ(verified, mine.total.figures.verified);
    EXPECT_EQ(covered, mine.total.figures.covered);
  }
}

// Issue 17 item 4: every total equals the sum of its rows, at every level a role may ask for, on
// the demo data (every kab/kota of the province, workers in every state, budgets, potentials),
// on both backends. Potential is summed too: a coverage percentage whose denominator is not the
// sum of the rows' would not add up on screen.
TEST_P(ProvinceStoreTest, EveryTotalIsTheSumOfItsRowsAtEveryLevel) {
  auto app = services::App::open(db_->location());
  app->set_today_for_tests(Date{2026, 6, 1});
  demo::generate_demo(app->store(), app->regions(), app->today(), 1);
  services::ReportService reports(*app);
  struct Case {
    Actor actor;
    std::vector<RegionLevel> levels;
  };
  const std::vector<Case> cases = {
      {{"pemprov", Role::pemprov, "15", ""},
       {RegionLevel::kabkota, RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}},
      {{"admin.kota", Role::admin_kota, "15.71", ""},
       {RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}},
      {{"op.kec", Role::operator_kecamatan, "15.71.01", ""},
       {RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}},
      {{"op.kel", Role::operator_kelurahan, "15.71.01.1001", ""},
       {RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}},
      {{"ketua", Role::ketua_rt, "15.71.01.1001.001", ""},
       {RegionLevel::kecamatan, RegionLevel::kelurahan, RegionLevel::rt}}};
  for (const auto& c : cases) {
    for (const RegionLevel level : c.levels) {
      SCOPED_TRACE(c.actor.username + " level " + std::string{to_string(level)});
      const auto report = reports.coverage(c.actor, level);
      ASSERT_FALSE(report.rows.empty());
      CoverageFigures sum;
      for (const auto& row : report.rows) sum += row.figures;
      const auto& total = report.total.figures;
      EXPECT_GT(total.workers, 0);
      EXPECT_EQ(sum.workers, total.workers);
      EXPECT_EQ(sum.verified, total.verified);
      EXPECT_EQ(sum.covered, total.covered);
      EXPECT_EQ(sum.covered_other, total.covered_other);
      EXPECT_EQ(sum.potential, total.potential);
    }
  }
}

}  // namespace
}  // namespace lindungi
