// Coverage trend by month (issue 6): the month list and percentage in core, and the store's
// per-month GROUP BY over allocations (CTest runs CoverageTrendStoreTest on SQLite and PostgreSQL).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/coverage.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

TEST(CoverageTrendCore, MonthsEndAtTodaysMonthAndCrossTheYear) {
  const auto m = months_up_to(Date{2026, 2, 28}, 4);
  EXPECT_EQ(m, (std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"}));
  EXPECT_EQ(months_up_to(Date{2026, 3, 31}, 1), (std::vector<std::string>{"2026-03"}));
  EXPECT_EQ(months_up_to(Date{2026, 11, 22}, 36).front(), "2023-12");
}

TEST(CoverageTrendCore, EveryMonthPresentWithZerosAndPercentOfPotential) {
  CoverageFigures area;
  area.potential = 1'000;
  area.covered_other = 200;
  const auto t = coverage_trend({"2026-09", "2026-10", "2026-11"}, {{"2026-10", {30, 25}}, {"2026-08", {9, 9}}}, area);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].bulan, "2026-09");
  EXPECT_EQ(t[0].dialokasikan, 0);
  EXPECT_EQ(t[0].lunas, 0);
  EXPECT_DOUBLE_EQ(*t[0].coverage_pct(), 20.0);  // (0 + 200) / 1000
  EXPECT_EQ(t[1].dialokasikan, 30);
  EXPECT_EQ(t[1].lunas, 25);
  EXPECT_DOUBLE_EQ(*t[1].coverage_pct(), 22.5);  // (25 + 200) / 1000
  EXPECT_EQ(*t[1].potensi, 1'000);
  EXPECT_EQ(*t[1].peserta_lain, 200);
}

TEST(CoverageTrendCore, UnknownPotentialGivesNoPercentage) {
  CoverageFigures area;  // potential 0: unknown
  area.covered_other = 5;
  const auto t = coverage_trend({"2026-11"}, {{"2026-11", {4, 3}}}, area);
  EXPECT_EQ(t[0].lunas, 3);
  EXPECT_FALSE(t[0].potensi.has_value());
  EXPECT_FALSE(t[0].peserta_lain.has_value());
  EXPECT_FALSE(t[0].coverage_pct().has_value());
}

TEST(CoverageTrendCore, PercentRoundsToOneDecimal) {
  CoverageMonth m{"2026-11", 3, 1, 3, 0};
  EXPECT_DOUBLE_EQ(*m.coverage_pct(), 33.3);
}

class CoverageTrendStoreTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_trend_");
    db_ = make_database(dir_ / "t.db");
    store_ = store::open_store(db_->location());
    store_->write([](store::Session& s) {
      for (const auto& r : services::reference_regions()) s.registry().put_region(r);
      for (int rt = 1; rt <= 2; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
      s.funding().put_funder({"APBD", "APBD Kota", "apbd_kota", "15.71", {}, true});
    });
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // A worker at `kel` RT `rt`, funded for each month in `months` (paid in full when `paid`).
  void funded_worker(const std::string& nik, const std::string& kel, int rt, const std::vector<std::string>& months,
                     bool paid) {
    store_->write([&](store::Session& s) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = kel;
      w.rt = rt;
      w.pekerjaan = "pedagang_umkm";
      w.penghasilan = 1'500'000;
      w.kategori = "pekerja_rentan";
      w.persetujuan = true;
      s.registry().insert_worker(w);
      for (const auto& bulan : months) {
        store::AllocationRecord a{0, w.id, "APBD", bulan, 16'800, paid ? 16'800 : 0, paid ? "2026-11-01" : ""};
        s.funding().insert_allocation(a);
      }
    });
  }

  std::vector<store::MonthFunded> funded(const std::string& area, const std::string& from, const std::string& to) {
    std::vector<store::MonthFunded> out;
    store_->read([&](store::Session& s) { out = s.funding().monthly_funded(area, from, to); });
    return out;
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
};

LINDUNGI_ON_BOTH_BACKENDS(CoverageTrendStoreTest);

TEST_P(CoverageTrendStoreTest, CountsAllocatedAndPaidPerMonthWithinTheArea) {
  funded_worker("1571010101850001", "15.71.01.1001", 1, {"2026-09", "2026-10"}, true);
  funded_worker("1571010101850002", "15.71.01.1001", 2, {"2026-10"}, false);
  funded_worker("1571020101850003", "15.71.02.1002", 1, {"2026-10", "2026-11"}, true);

  const auto city = funded("15.71", "2026-01", "2026-12");
  ASSERT_EQ(city.size(), 3u);  // months without allocations are absent; the service fills them
  EXPECT_EQ(city[0].bulan, "2026-09");
  EXPECT_EQ(city[0].dialokasikan, 1);
  EXPECT_EQ(city[1].bulan, "2026-10");
  EXPECT_EQ(city[1].dialokasikan, 3);
  EXPECT_EQ(city[1].lunas, 2);
  EXPECT_EQ(city[2].bulan, "2026-11");
  EXPECT_EQ(city[2].dialokasikan, 1);
  EXPECT_EQ(city[2].lunas, 1);
  EXPECT_EQ(funded("", "2026-10", "2026-10")[0].dialokasikan, 3);  // the whole deployment

  const auto kec = funded("15.71.01", "2026-10", "2026-11");
  ASSERT_EQ(kec.size(), 1u);
  EXPECT_EQ(kec[0].dialokasikan, 2);
  EXPECT_EQ(kec[0].lunas, 1);

  const auto kel = funded("15.71.02.1002", "2026-01", "2026-12");
  ASSERT_EQ(kel.size(), 2u);
  EXPECT_EQ(kel[0].lunas, 1);

  const auto rt = funded("15.71.01.1001.002", "2026-01", "2026-12");
  ASSERT_EQ(rt.size(), 1u);
  EXPECT_EQ(rt[0].bulan, "2026-10");
  EXPECT_EQ(rt[0].dialokasikan, 1);
  EXPECT_EQ(rt[0].lunas, 0);

  // The range is inclusive at both ends and excludes what lies outside it.
  const auto nov = funded("15.71", "2026-11", "2026-11");
  ASSERT_EQ(nov.size(), 1u);
  EXPECT_TRUE(funded("15.71", "2025-01", "2026-08").empty());
}

TEST_P(CoverageTrendStoreTest, AnInvalidAreaCodeIsRefused) {
  EXPECT_THROW(funded("15.7x", "2026-01", "2026-12"), BadRequest);
}

}  // namespace
}  // namespace lindungi
