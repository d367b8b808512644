// The road to universal coverage over HTTP (issue 22): the value protected in the coverage report
// (item 3) and the funnel per area (item 1), on a fixture whose workers, potential, duplicate pairs
// and cards are known. Both backends (the pg: run), like every API test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"
#include "store/bpjs_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class FunnelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("funnel");  // today is 21/11/2026: PP 82/2019 amounts
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      s.registry().put_rt({"", "15.71.01.1001", 2, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
      // Kelurahan 15.71.01.1001: 200 potential workers, 80 already members through other routes.
      s.registry().put_potential({"15.71.01.1001", 200, 80, "uji"}, "2026-11-01T00:00:00Z");
    });
    // Kelurahan 15.71.01.1001, RT 001: two active at the lowest bracket (one card handed over, one
    // printed), one active declaring Rp3 juta (no card), one waiting for BPJS, one verified
    // without funds, two recorded (one in an undecided duplicate pair with the first recorded).
    const auto a1 = add("1571010101850001", "15.71.01.1001", 1, "aktif", 1'000'000);
    const auto a2 = add("1571010101850002", "15.71.01.1001", 1, "aktif", 800'000);
    add("1571010101850003", "15.71.01.1001", 1, "aktif", 3'000'000);
    add("1571010101850004", "15.71.01.1001", 1, "didaftarkan", 1'000'000);
    add("1571010101850005", "15.71.01.1001", 1, "diverifikasi", 1'000'000);
    const auto d1 = add("1571010101850006", "15.71.01.1001", 1, "didata", 1'000'000);
    add("1571010101850007", "15.71.01.1001", 1, "didata", 1'000'000);
    // RT 002: one rejected by BPJS, one rejected at verification, one merged away as a duplicate.
    add("1571010101850008", "15.71.01.1001", 2, "ditolak_bpjs", 1'000'000);
    add("1571010101850009", "15.71.01.1001", 2, "ditolak", 1'000'000);
    const auto m1 = add("1571010101850010", "15.71.01.1001", 2, "ditolak", 1'000'000);
    // Kelurahan 15.71.02.1002 (no potential known): one active declaring Rp1,5 juta.
    add("1571020101850011", "15.71.02.1002", 1, "aktif", 1'500'000);
    // And, there, a religious worker waiting for the checker and an RT head verified: the other
    // categories, which the funnel of one category leaves out.
    add("1571020101850012", "15.71.02.1002", 1, "didata", 1'000'000, "petugas_keagamaan");
    add("1571020101850013", "15.71.02.1002", 1, "diverifikasi", 1'000'000, "ketua_rt");
    server_->app().store().write([&](store::Session& s) {
      auto pair = [](std::int64_t a, std::int64_t b) {
        store::DuplicateCandidate c;
        c.worker_a = std::min(a, b);
        c.worker_b = std::max(a, b);
        c.score = 0.9;
        c.reasons = "[]";
        c.source = "uji";
        return c;
      };
      store::DuplicateCandidate pending = pair(a1, d1);
      s.intake().add_duplicate(pending);
      store::DuplicateCandidate merged = pair(a2, m1);
      s.intake().add_duplicate(merged);
      merged.status = "digabung";
      merged.decided_by = "uji";
      merged.decided_at = "2026-11-02T00:00:00Z";
      merged.kept = a2;
      s.intake().decide_duplicate(merged);
      store::CardBatchRecord batch;
      batch.pelaku = "uji";
      batch.wilayah = "15.71.01.1001";
      s.bpjs().insert_card_batch(batch);
      store::CardRecord handed;
      handed.batch_id = batch.id;
      handed.pekerja_id = a1;
      handed.token = "kartu-uji-1";
      handed.status = "diserahkan";
      handed.diminta_oleh = "uji";
      handed.diminta_pada = "2026-11-03T00:00:00Z";
      s.bpjs().insert_card(handed);
      store::CardRecord printed = handed;
      printed.pekerja_id = a2;
      printed.token = "kartu-uji-2";
      printed.status = "dicetak";
      s.bpjs().insert_card(printed);
    });
    server_->add_user("admin", "admin_kota", "15.71");
    server_->add_user("kel", "operator_kelurahan", "15.71.01.1001");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static std::int64_t add(const std::string& nik, const std::string& kel, int rt, const std::string& status,
                          Rupiah income, const std::string& kategori = "pekerja_rentan") {
    std::int64_t id = 0;
    server_->app().store().write([&](store::Session& s) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::P;
      w.kode_kelurahan = kel;
      w.rt = rt;
      w.pekerjaan = "pedagang_umkm";
      w.penghasilan = income;
      w.kategori = kategori;
      w.status = status;
      w.persetujuan = true;
      s.registry().insert_worker(w);
      id = w.id;
    });
    return id;
  }

  static json get(const std::string& user, const std::string& path) {
    UserClient c(*server_, user);
    const auto res = c.get(path);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    return json::parse(res->body);
  }

  static inline TestServer* server_ = nullptr;
};

// Per active worker: JKM Rp42 juta + JKK death 48 x upah + Rp22 juta (RULES.md §4.1, §5.1).
constexpr Rupiah kLowest = 42'000'000 + 70'000'000;
constexpr Rupiah kThreeJuta = 42'000'000 + 48 * 3'000'000 + 22'000'000;
constexpr Rupiah kOneAndHalf = 42'000'000 + 48 * 1'500'000 + 22'000'000;

TEST_F(FunnelTest, CoverageReportCarriesTheValueProtectedAndItsBasis) {
  const auto d = get("admin", "/api/v1/reports/coverage?level=kelurahan&wilayah=15.71");
  std::map<std::string, Rupiah> by_area;
  for (const auto& row : d["rows"]) by_area[row["kode"]] = row["nilai_perlindungan"].get<Rupiah>();
  EXPECT_EQ(by_area["15.71.01.1001"], 2 * kLowest + kThreeJuta);  // the waiting and rejected hold nothing
  EXPECT_EQ(by_area["15.71.02.1002"], kOneAndHalf);
  EXPECT_EQ(d["total"]["nilai_perlindungan"].get<Rupiah>(), 2 * kLowest + kThreeJuta + kOneAndHalf);
  const std::string basis = d["nilai_perlindungan_dasar"];
  EXPECT_NE(basis.find("PP 82/2019"), std::string::npos) << basis;
  EXPECT_NE(basis.find("Rp42.000.000"), std::string::npos) << basis;
  EXPECT_EQ(basis.find(".md"), std::string::npos) << basis;
}

TEST_F(FunnelTest, EveryTotalEqualsTheSumOfItsRows) {
  for (const char* q : {"level=kecamatan&wilayah=15.71", "level=kelurahan&wilayah=15.71",
                        "level=rt&wilayah=15.71.01.1001", "level=kecamatan", "level=rt&wilayah=15.71"}) {
    const auto d = get("admin", std::string{"/api/v1/reports/coverage?"} + q);
    Rupiah sum = 0;
    std::int64_t covered = 0;
    for (const auto& row : d["rows"]) {
      sum += row["nilai_perlindungan"].get<Rupiah>();
      covered += row["covered"].get<std::int64_t>();
    }
    EXPECT_EQ(d["total"]["nilai_perlindungan"].get<Rupiah>(), sum) << q;
    EXPECT_EQ(d["total"]["covered"].get<std::int64_t>(), covered) << q;
  }
  // An RT's own report: its two workers at the lowest bracket and the one at Rp3 juta.
  const auto rt = get("admin", "/api/v1/reports/coverage?level=rt&wilayah=15.71.01.1001.001");
  EXPECT_EQ(rt["total"]["nilai_perlindungan"].get<Rupiah>(), 2 * kLowest + kThreeJuta);
  // The public page: the same aggregate, no login.
  const auto res = server_->client().Get("/api/v1/public/coverage?level=kelurahan&wilayah=15.71");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const auto pub = json::parse(res->body);
  EXPECT_EQ(pub["total"]["nilai_perlindungan"].get<Rupiah>(), 2 * kLowest + kThreeJuta + kOneAndHalf);
  EXPECT_FALSE(pub["nilai_perlindungan_dasar"].get<std::string>().empty());
}

std::map<std::string, json> steps_of(const json& area) {
  std::map<std::string, json> out;
  for (const auto& s : area["tahapan"]) out[s["kode"]] = s;
  return out;
}

std::int64_t reason(const json& step, const std::string& kode) {
  for (const auto& r : step["alasan"])
    if (r["kode"] == kode) return r["jumlah"];
  ADD_FAILURE() << "no reason " << kode << " in " << step.dump();
  return -1;
}

TEST_F(FunnelTest, TheKelurahansFunnelWithEveryDropAndItsReasons) {
  const auto d = get("kel", "/api/v1/reports/funnel?level=rt");  // the caller's own kelurahan
  EXPECT_EQ(d["wilayah"]["kode"], "15.71.01.1001");
  auto s = steps_of(d["wilayah"]);
  ASSERT_EQ(d["wilayah"]["tahapan"].size(), 7u);
  EXPECT_EQ(s["potensi"]["jumlah"], 200);
  EXPECT_EQ(s["belum_terlindungi"]["jumlah"], 120);
  EXPECT_EQ(reason(s["belum_terlindungi"], "peserta_jalur_lain"), 80);
  EXPECT_EQ(s["terdata"]["jumlah"], 10);
  EXPECT_EQ(reason(s["terdata"], "belum_terdata"), 110);
  EXPECT_EQ(s["diverifikasi"]["jumlah"], 6);  // 3 active, waiting for BPJS, verified, BPJS-rejected
  EXPECT_EQ(reason(s["diverifikasi"], "menunggu_pemeriksa"), 1);
  EXPECT_EQ(reason(s["diverifikasi"], "dugaan_duplikat"), 1);
  EXPECT_EQ(reason(s["diverifikasi"], "ditolak"), 1);
  EXPECT_EQ(reason(s["diverifikasi"], "duplikat"), 1);
  EXPECT_EQ(s["didanai"]["jumlah"], 5);
  EXPECT_EQ(reason(s["didanai"], "belum_didanai"), 1);
  EXPECT_EQ(s["aktif"]["jumlah"], 3);
  EXPECT_EQ(reason(s["aktif"], "menunggu_bpjs"), 1);
  EXPECT_EQ(reason(s["aktif"], "ditolak_bpjs"), 1);
  EXPECT_EQ(s["kartu_diserahkan"]["jumlah"], 1);
  EXPECT_EQ(reason(s["kartu_diserahkan"], "kartu_belum_diserahkan"), 1);
  EXPECT_EQ(reason(s["kartu_diserahkan"], "kartu_belum_dicetak"), 1);
  // Every drop is the step before minus the step, and its reasons add up to it.
  std::optional<std::int64_t> before;
  for (const auto& step : d["wilayah"]["tahapan"]) {
    std::int64_t reasons = 0;
    for (const auto& r : step["alasan"]) {
      reasons += r["jumlah"].get<std::int64_t>();
      EXPECT_EQ(r["label"].get<std::string>().find('_'), std::string::npos) << r.dump();  // words, not codes
    }
    EXPECT_EQ(reasons, step["turun"].get<std::int64_t>()) << step.dump();
    if (before && !step["jumlah"].is_null()) {
      EXPECT_EQ(*before - step["jumlah"].get<std::int64_t>(), step["turun"].get<std::int64_t>()) << step.dump();
    }
    if (!step["jumlah"].is_null()) before = step["jumlah"].get<std::int64_t>();
  }
  // The rows (RT 001 and RT 002) add up to the kelurahan at every step.
  ASSERT_EQ(d["rows"].size(), 2u);
  for (const auto& kode : {"terdata", "diverifikasi", "didanai", "aktif", "kartu_diserahkan"}) {
    std::int64_t sum = 0;
    for (const auto& row : d["rows"]) sum += steps_of(row)[kode]["jumlah"].get<std::int64_t>();
    EXPECT_EQ(sum, s[kode]["jumlah"].get<std::int64_t>()) << kode;
  }
}

TEST_F(FunnelTest, AnAreaWithoutAPotentialHasNoFirstStepsAndTheCityAddsUp) {
  const auto d = get("admin", "/api/v1/reports/funnel?level=kelurahan&wilayah=15.71");
  std::map<std::string, json> rows;
  for (const auto& row : d["rows"]) rows[row["kode"]] = row;
  auto other = steps_of(rows.at("15.71.02.1002"));
  EXPECT_TRUE(other["potensi"]["jumlah"].is_null());
  EXPECT_TRUE(other["belum_terlindungi"]["jumlah"].is_null());
  EXPECT_EQ(other["terdata"]["turun"], 0);
  EXPECT_EQ(other["aktif"]["jumlah"], 1);
  auto city = steps_of(d["wilayah"]);
  EXPECT_EQ(city["terdata"]["jumlah"], 13);
  EXPECT_EQ(city["terdata"]["label"], "Terdata dalam program (semua kategori)");
  EXPECT_EQ(city["aktif"]["jumlah"], 4);
  EXPECT_TRUE(d["kategori"].is_null());
  // Out of the operator's area, and an unknown level.
  UserClient kel(*server_, "kel");
  EXPECT_EQ(kel.get("/api/v1/reports/funnel?wilayah=15.71.02.1002")->status, 403);
  EXPECT_EQ(kel.get("/api/v1/reports/funnel?level=planet")->status, 400);
}

// One category (the seeds count the vulnerable workers apart, issue 22 item 1): from "on record"
// on only its workers, their duplicate pairs and cards; the potential stays the area's.
TEST_F(FunnelTest, OneCategoryCountsOnlyItsWorkersAndItsRowsAddUp) {
  const auto d = get("admin", "/api/v1/reports/funnel?level=kelurahan&wilayah=15.71&kategori=pekerja_rentan");
  EXPECT_EQ(d["kategori"], "pekerja_rentan");
  auto city = steps_of(d["wilayah"]);
  EXPECT_EQ(city["terdata"]["jumlah"], 11);
  EXPECT_EQ(city["terdata"]["label"], "Terdata sebagai pekerja rentan");
  EXPECT_EQ(city["aktif"]["jumlah"], 4);
  std::map<std::string, json> rows;
  for (const auto& row : d["rows"]) rows[row["kode"]] = row;
  auto own = steps_of(rows.at("15.71.01.1001"));
  EXPECT_EQ(own["potensi"]["jumlah"], 200);
  EXPECT_EQ(reason(own["terdata"], "belum_terdata"), 110);
  EXPECT_EQ(reason(own["diverifikasi"], "dugaan_duplikat"), 1);
  EXPECT_EQ(reason(own["diverifikasi"], "duplikat"), 1);
  EXPECT_EQ(own["kartu_diserahkan"]["jumlah"], 1);
  EXPECT_EQ(steps_of(rows.at("15.71.02.1002"))["terdata"]["jumlah"], 1);

  // The religious worker alone: on record, waiting for the checker; none of the others' pairs or cards.
  const auto r = get("admin", "/api/v1/reports/funnel?level=rt&wilayah=15.71&kategori=petugas_keagamaan");
  auto religious = steps_of(r["wilayah"]);
  EXPECT_EQ(religious["terdata"]["jumlah"], 1);
  EXPECT_EQ(religious["terdata"]["label"], "Terdata sebagai petugas keagamaan");
  EXPECT_EQ(reason(religious["diverifikasi"], "menunggu_pemeriksa"), 1);
  EXPECT_EQ(reason(religious["diverifikasi"], "dugaan_duplikat"), 0);
  EXPECT_EQ(religious["aktif"]["jumlah"], 0);
  std::int64_t sum = 0;
  for (const auto& row : r["rows"]) sum += steps_of(row)["terdata"]["jumlah"].get<std::int64_t>();
  EXPECT_EQ(sum, 1);
  // The RT head, verified and waiting for funds; a category's label ("Ketua RT") is taken too.
  const auto h = get("admin", "/api/v1/reports/funnel?level=kelurahan&wilayah=15.71&kategori=Ketua%20RT");
  EXPECT_EQ(h["kategori"], "ketua_rt");
  auto head = steps_of(h["wilayah"]);
  EXPECT_EQ(head["diverifikasi"]["jumlah"], 1);
  EXPECT_EQ(reason(head["didanai"], "belum_didanai"), 1);
  // An unknown category is refused, naming the field.
  UserClient admin(*server_, "admin");
  const auto bad = admin.get("/api/v1/reports/funnel?kategori=pelaut");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("kategori"), std::string::npos) << bad->body;
}

}  // namespace
