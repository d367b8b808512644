// Coverage trend by month over HTTP (issue 6): a fixture whose allocations and potential are known,
// every month present, the area scoping and the parameter checks.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/worker.hpp"
#include "integration/test_server.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class CoverageTrendTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("coverage_trend");  // today is 21/11/2026
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
      s.funding().put_funder({"APBD", "APBD Kota", "apbd_kota", "15.71", {}, true});
      // Only the kelurahan's potential is known: 200 workers, 30 already members elsewhere.
      s.registry().put_potential({"15.71.01.1001", 200, 30, "uji"}, "2026-11-01T00:00:00Z");
    });
    // Kelurahan 15.71.01.1001: A paid Sep-Nov, B allocated Oct-Nov and paid only October,
    // C allocated in 2025 only (before the window); kelurahan 15.71.02.1002: D paid November.
    add("1571010101850001", "15.71.01.1001", {{"2026-09", true}, {"2026-10", true}, {"2026-11", true}});
    add("1571010101850002", "15.71.01.1001", {{"2026-10", true}, {"2026-11", false}});
    add("1571010101850003", "15.71.01.1001", {{"2025-05", true}});
    add("1571020101850004", "15.71.02.1002", {{"2026-11", true}});
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("kel", "operator_kelurahan", "15.71.01.1001");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static void add(const std::string& nik, const std::string& kel,
                  const std::vector<std::pair<std::string, bool>>& months) {
    server_->app().store().write([&](store::Session& s) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::P;
      w.kode_kelurahan = kel;
      w.rt = 1;
      w.pekerjaan = "pedagang_umkm";
      w.penghasilan = 1'500'000;
      w.kategori = "pekerja_rentan";
      w.status = "aktif";
      w.persetujuan = true;
      s.registry().insert_worker(w);
      for (const auto& [bulan, paid] : months) {
        store::AllocationRecord a{0, w.id, "APBD", bulan, 16'800, paid ? 16'800 : 10'000, "2026-11-10"};
        s.funding().insert_allocation(a);
      }
    });
  }

  static inline TestServer* server_ = nullptr;
};

TEST_F(CoverageTrendTest, EveryMonthOfTheKelurahanWithItsPercentage) {
  UserClient kel(*server_, "kel");
  const auto res = kel.get("/api/v1/reports/coverage/trend?bulan=4");  // the caller's own area
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const auto t = json::parse(res->body);
  EXPECT_EQ(t["kode"], "15.71.01.1001");
  EXPECT_EQ(t["potensi"], 200);
  EXPECT_EQ(t["peserta_lain"], 30);
  ASSERT_EQ(t["rows"].size(), 4u);
  const std::vector<std::string> months{"2026-08", "2026-09", "2026-10", "2026-11"};
  const std::vector<int> allocated{0, 1, 2, 2}, paid{0, 1, 2, 1};
  const std::vector<double> pct{15.0, 15.5, 16.0, 15.5};  // (paid + 30) / 200
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& row = t["rows"][i];
    EXPECT_EQ(row["bulan"], months[i]);
    EXPECT_EQ(row["dialokasikan"], allocated[i]) << months[i];
    EXPECT_EQ(row["lunas"], paid[i]) << months[i];
    EXPECT_DOUBLE_EQ(row["coverage_pct"].get<double>(), pct[i]) << months[i];
  }
}

TEST_F(CoverageTrendTest, TheCityCountsEveryKelurahanButItsPotentialIsUnknown) {
  UserClient admin(*server_, "admin");
  const auto t = json::parse(admin.get("/api/v1/reports/coverage/trend")->body);  // 12 months by default
  ASSERT_EQ(t["rows"].size(), 12u);
  EXPECT_EQ(t["rows"][0]["bulan"], "2025-12");
  EXPECT_EQ(t["rows"][11]["bulan"], "2026-11");
  EXPECT_EQ(t["rows"][11]["dialokasikan"], 3);
  EXPECT_EQ(t["rows"][11]["lunas"], 2);
  // Workers in 15.71.02 where no potential is entered: a percentage would be made up.
  EXPECT_TRUE(t["potensi"].is_null());
  EXPECT_TRUE(t["peserta_lain"].is_null());
  for (const auto& row : t["rows"]) EXPECT_TRUE(row["coverage_pct"].is_null());
  // 36 months reach back to December 2023 and include the 2025 allocation.
  const auto long_trend = json::parse(admin.get("/api/v1/reports/coverage/trend?bulan=36&wilayah=15.71.01")->body);
  ASSERT_EQ(long_trend["rows"].size(), 36u);
  EXPECT_EQ(long_trend["rows"][0]["bulan"], "2023-12");
  EXPECT_EQ(long_trend["rows"][17]["bulan"], "2025-05");
  EXPECT_EQ(long_trend["rows"][17]["lunas"], 1);
}

TEST_F(CoverageTrendTest, OutsideTheAreaAndBadParametersAreRefusedNamingTheField) {
  UserClient kel(*server_, "kel");
  auto out = kel.get("/api/v1/reports/coverage/trend?wilayah=15.71.02.1002");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 403);
  EXPECT_EQ(json::parse(out->body)["error"]["code"], "di_luar_wilayah");
  for (const char* bad : {"0", "37", "abc", "-1"}) {
    auto res = kel.get(std::string{"/api/v1/reports/coverage/trend?bulan="} + bad);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << bad;
    EXPECT_EQ(json::parse(res->body)["error"]["field"], "bulan") << bad;
  }
  auto bad_area = kel.get("/api/v1/reports/coverage/trend?wilayah=15.7x");
  ASSERT_TRUE(bad_area);
  EXPECT_EQ(bad_area->status, 400);
  EXPECT_EQ(json::parse(bad_area->body)["error"]["field"], "wilayah");
}

}  // namespace
