// The demo's claims (DESIGN.md §7): four cases made through the claims service on the Kota Jambi
// demo, one per state an officer meets, with heirs, documents and a paid scholarship; the same
// cases for the same seed.
#include "demo/demo_claims.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "demo/demo_data.hpp"
#include "services/claims_service.hpp"
#include "store/registry_store.hpp"
#include "wire/claims.hpp"

namespace lindungi::services {
namespace {

using namespace lindungi::demo;  // the seeding under test (src/demo)

using nlohmann::json;

struct DemoCity {
  std::filesystem::path dir;
  std::unique_ptr<App> app;
  int cases = 0;

  explicit DemoCity(std::uint64_t seed) {
    dir = std::filesystem::temp_directory_path() /
          ("lindungi-demo-claims-" + std::to_string(::getpid()) + "-" + std::to_string(seed));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    app = App::open((dir / "demo.db").string());
    app->set_today_for_tests(Date{2026, 11, 16});
    generate_demo(*app, seed);
    cases = add_demo_claims(*app, seed);
  }
  ~DemoCity() {
    app.reset();
    std::filesystem::remove_all(dir);
  }
  std::map<std::string, json> by_status() {
    ClaimsService claims(*app);
    std::map<std::string, json> out;
    const json listed = wire::to_json(claims.list(Actor::system(), "", ""));
    for (const auto& item : listed["items"])
      out[item["status"].get<std::string>()] =
          wire::to_json(claims.get(Actor::system(), item["id"].get<std::int64_t>()));
    return out;
  }
};

TEST(DemoClaims, OneCasePerStateWithHeirsDocumentsAndAPaidScholarship) {
  DemoCity city(1);
  ASSERT_EQ(city.cases, 4);
  auto cases = city.by_status();
  ASSERT_EQ(cases.size(), 4u) << "expected dibayar, diajukan, draf, disetujui";

  const json& paid = cases.at("dibayar");
  EXPECT_EQ(paid["jenis_klaim"], "jkk-death");
  EXPECT_EQ(paid["pertanggungan"]["keputusan"], "terlindungi");
  EXPECT_GT(paid["pembayaran"]["jumlah"].get<std::int64_t>(), 0);
  EXPECT_EQ(paid["pembayaran"]["jumlah"], paid["keputusan"]["jumlah_disetujui"]);
  EXPECT_FALSE(paid["ahli_waris"]["penerima"].empty());
  ASSERT_FALSE(paid["beasiswa_anak"].empty());
  ASSERT_EQ(paid["beasiswa_anak"][0]["tahun"].size(), 1u);
  EXPECT_FALSE(paid["beasiswa_anak"][0]["tahun"][0]["dibayar_pada"].get<std::string>().empty());

  const json& waiting = cases.at("diajukan");
  EXPECT_EQ(waiting["kejadian"]["jenis"], "meninggal");
  EXPECT_TRUE(waiting["sla"].is_object()) << "the service-level clock runs once submitted";

  const json& draft = cases.at("draf");
  int missing = 0;
  for (const auto& item : draft["dokumen"]) missing += item["wajib"].get<bool>() && !item["ada"].get<bool>();
  EXPECT_EQ(missing, 1) << "the draft shows one required paper missing";

  const json& approved = cases.at("disetujui");
  EXPECT_EQ(approved["kejadian"]["akibat"], "stmb");
  EXPECT_EQ(approved["pembayaran"]["jumlah"], 0);

  // The two deaths made their workers `meninggal`; the accident victim stays active.
  city.app->store().read([&](store::Session& s) {
    EXPECT_EQ(s.registry().worker(paid["pekerja_id"].get<std::int64_t>())->status, "meninggal");
    EXPECT_EQ(s.registry().worker(waiting["pekerja_id"].get<std::int64_t>())->status, "meninggal");
    EXPECT_EQ(s.registry().worker(approved["pekerja_id"].get<std::int64_t>())->status, "aktif");
  });
}

TEST(DemoClaims, SameSeedSameCases) {
  std::vector<std::int64_t> first, second;
  {
    DemoCity a(3);
    for (const auto& [status, c] : a.by_status()) first.push_back(c["pekerja_id"].get<std::int64_t>());
  }
  {
    DemoCity b(3);
    for (const auto& [status, c] : b.by_status()) second.push_back(c["pekerja_id"].get<std::int64_t>());
  }
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.size(), 4u);
}

}  // namespace
}  // namespace lindungi::services
