// The budget planner over HTTP (issue 22 item 2): GET /api/v1/reports/rencana on a fixture whose
// workers, funders and budgets are known. Both backends (the pg: run), like every API test. Today
// is the test server's 21/11/2026 (set, never the day the test runs).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/money.hpp"
#include "formats/table_reader.hpp"
#include "integration/test_server.hpp"
#include "pdf_tools.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

constexpr Rupiah kMonth = 16'800;  // RULES.md §2.2: JKK 1% x Rp1.000.000 + JKM Rp6.800

class PlannerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("rencana");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      s.registry().put_rt({"", "15.71.01.1001", 2, ""});
      // 100 potential workers, 40 already members through other routes.
      s.registry().put_potential({"15.71.01.1001", 100, 40, "uji"}, "2026-11-01T00:00:00Z");
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      s.funding().put_budget({"apbd_kota", 2027, 5'000'000, 0, 0, 0});
      s.funding().put_funder({"apbd_provinsi", "Pro Jambi Tangguh", "apbd_provinsi", "15", {"ojek_online"}, true});
      s.funding().put_budget({"apbd_provinsi", 2027, 10'000'000, 1, 0, 0});
      // The RT fund's budget is this year's: the plan takes it as continued next year.
      s.funding().put_funder({"dana_kampung_bahagia:15.71.01.1001.001",
                              "Dana Kampung Bahagia RT 001",
                              "dana_kampung_bahagia",
                              "15.71.01.1001.001",
                              {},
                              true});
      s.funding().put_budget({"dana_kampung_bahagia:15.71.01.1001.001", 2026, 100'000'000, 0, 0, 0});
    });
    // Funded today: two by the city, one by RT 001's fund.
    add("1571010101850001", 1, "aktif", "buruh_harian", 1'000'000, "apbd_kota");
    add("1571010101850002", 2, "aktif", "buruh_harian", 1'000'000, "apbd_kota");
    add("1571010101850003", 1, "aktif", "pedagang_umkm", 1'000'000, "dana_kampung_bahagia");
    // To cover: an ojek driver (RT 002), a trader (RT 001), one BPJS rejected (RT 002); one above
    // the Rp6 juta ceiling and one rejected at verification are not.
    add("1571010101850004", 2, "didata", "ojek_online", 1'200'000, "");
    add("1571010101850005", 1, "diverifikasi", "pedagang_umkm", 2'500'000, "");
    add("1571010101850006", 2, "ditolak_bpjs", "nelayan", 900'000, "");
    add("1571010101850007", 2, "didata", "petani", 7'000'000, "");
    add("1571010101850008", 2, "ditolak", "petani", 1'000'000, "");
    server_->add_user("admin", "admin_kota", "15.71");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static void add(const std::string& nik, int rt, const std::string& status, const std::string& pekerjaan,
                  Rupiah income, const std::string& sumber_dana) {
    server_->app().store().write([&](store::Session& s) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = "15.71.01.1001";
      w.rt = rt;
      w.pekerjaan = pekerjaan;
      w.penghasilan = income;
      w.kategori = "pekerja_rentan";
      w.status = status;
      w.sumber_dana = sumber_dana;
      w.persetujuan = true;
      s.registry().insert_worker(w);
    });
  }

  static json get(const std::string& path) {
    UserClient c(*server_, "admin");
    const auto res = c.get(path);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    return json::parse(res->body);
  }

  static int status_of(const std::string& path) {
    UserClient c(*server_, "admin");
    const auto res = c.get(path);
    return res ? res->status : 0;
  }

  static inline TestServer* server_ = nullptr;
};

// The parts add up: the funders' premiums to the total, each funder's months to its premium, and
// every month to the programme's workers covered that month at Rp16.800 (all payers are APBD).
void expect_adds_up(const json& plan) {
  Rupiah lines = 0;
  for (const auto& l : plan["per_sumber_dana"]) {
    Rupiah months = 0;
    for (const auto& m : l["bulanan"]) months += m.get<Rupiah>();
    EXPECT_EQ(months, l["iuran"].get<Rupiah>()) << l["nama"];
    EXPECT_EQ(l["pekerja"], l["pekerja_lanjutan"].get<int>() + l["pekerja_baru"].get<int>()) << l["nama"];
    lines += l["iuran"].get<Rupiah>();
  }
  EXPECT_EQ(lines, plan["total_iuran"].get<Rupiah>());
  Rupiah months = 0;
  for (const auto& m : plan["per_bulan"]) {
    EXPECT_EQ(m["iuran"].get<Rupiah>(), kMonth * (m["tercakup"].get<Rupiah>() - plan["peserta_lain"].get<Rupiah>()))
        << m["bulan"];
    months += m["iuran"].get<Rupiah>();
  }
  EXPECT_EQ(months, plan["total_iuran"].get<Rupiah>());
}

const json& line(const json& plan, const std::string& kode) {
  for (const auto& l : plan["per_sumber_dana"])
    if (l["sumber_dana"] == kode) return l;
  static const json none;
  ADD_FAILURE() << "no line " << kode;
  return none;
}

TEST_F(PlannerTest, AHundredPercentOfThePotentialNextYear) {
  const json p = get("/api/v1/reports/rencana?target=100&tahun=2027&wilayah=15.71.01.1001");
  EXPECT_EQ(p["tahun"], 2027);
  EXPECT_EQ(p["target"]["jumlah"], 100);
  EXPECT_EQ(p["tercakup_sekarang"], 43);
  EXPECT_EQ(p["terdata_belum_tercakup"], 3);
  ASSERT_EQ(p["tidak_memenuhi_syarat"].size(), 1u);
  EXPECT_EQ(p["tidak_memenuhi_syarat"][0]["label"], "Penghasilan di atas batas program");
  EXPECT_EQ(p["pekerja_baru"], 57);
  EXPECT_EQ(p["pekerja_baru_terdata"], 3);
  EXPECT_EQ(p["pekerja_belum_terdata"], 54);
  EXPECT_EQ(p["mulai"]["bulan"], "2027-01");
  EXPECT_EQ(p["iuran_per_bulan"], kMonth);
  EXPECT_EQ(p["per_bulan"].back()["tercakup"], 100);
  EXPECT_EQ(p["per_bulan"].back()["cakupan"], 100.0);
  expect_adds_up(p);
  // The province's quota of one takes the ojek driver; RT 001's fund its worker and the trader; the
  // city its two, the fisher of RT 002 (no RT fund) and the 54 not yet on record.
  EXPECT_EQ(line(p, "apbd_provinsi")["pekerja"], 1);
  EXPECT_EQ(line(p, "dana_kampung_bahagia:15.71.01.1001.001")["pekerja"], 2);
  EXPECT_EQ(line(p, "dana_kampung_bahagia:15.71.01.1001.001")["anggaran"], 100'000'000);
  EXPECT_EQ(line(p, "apbd_kota")["pekerja_lanjutan"], 2);
  EXPECT_EQ(line(p, "apbd_kota")["pekerja_belum_terdata"], 54);
  EXPECT_EQ(line(p, "apbd_kota")["kekurangan"],
            std::max<Rupiah>(0, line(p, "apbd_kota")["iuran"].get<Rupiah>() - 5'000'000));
  // The ranking per RT: RT 002's fisher (40 + 34 + 0) before the ojek driver (40 + 32 + 0).
  ASSERT_EQ(p["peringkat_rt"].size(), 2u);
  const json& rt2 = p["peringkat_rt"][1];
  EXPECT_EQ(rt2["kode_rt"], "15.71.01.1001.002");
  EXPECT_EQ(rt2["nama"], "RT 002, Kelurahan " + server_->app().regions().find("15.71.01.1001")->nama);
  EXPECT_EQ(rt2["belum_tercakup"], 2);
  EXPECT_EQ(rt2["pekerja"][0]["nama"], "Pekerja 0006");
  EXPECT_EQ(rt2["pekerja"][0]["skor"], 74);
  EXPECT_EQ(rt2["pekerja"][1]["skor"], 72);
  EXPECT_EQ(rt2["pekerja"][0]["pekerjaan_label"], "Nelayan");
}

TEST_F(PlannerTest, EveryVulnerableWorkerOnRecordThisYear) {
  // This year (today 21/11/2026): new workers from December; the continuing for all twelve months.
  const json p = get("/api/v1/reports/rencana?target=semua&tahun=2026&wilayah=15.71.01.1001");
  EXPECT_EQ(p["target"]["jenis"], "semua_terdata");
  EXPECT_EQ(p["pekerja_baru"], 3);
  EXPECT_EQ(p["pekerja_belum_terdata"], 0);
  EXPECT_EQ(p["mulai"]["bulan"], "2026-12");
  EXPECT_EQ(p["total_iuran"], 3 * 12 * kMonth + 3 * kMonth);
  expect_adds_up(p);
}

TEST_F(PlannerTest, WhatIfChangesAreComputedAndNothingIsWritten) {
  std::size_t funders_before = 0;
  server_->app().store().read([&](store::Session& s) { funders_before = s.funding().funders().size(); });
  const json base = get("/api/v1/reports/rencana?target=semua&tahun=2027&wilayah=15.71.01.1001");
  const json p =
      get("/api/v1/reports/rencana?target=semua&tahun=2027&wilayah=15.71.01.1001&dana_rt=2000000"
          "&pindah_provinsi=nelayan&tambah_anggaran=apbd_provinsi%3A1000000");
  expect_adds_up(p);
  EXPECT_EQ(p["skenario"]["dana_rt"], 2'000'000);
  EXPECT_EQ(p["skenario"]["tambah_anggaran"]["apbd_provinsi"], 1'000'000);
  // The fisher moves to the province; RT 001's fund stays the larger of its own and the what-if.
  EXPECT_EQ(line(p, "apbd_provinsi")["pekerja"], 2);
  EXPECT_EQ(line(p, "apbd_provinsi")["anggaran"], 11'000'000);
  EXPECT_EQ(line(p, "dana_kampung_bahagia:15.71.01.1001.001")["anggaran"], 100'000'000);
  EXPECT_EQ(p["total_iuran"], base["total_iuran"]);  // the same workers and months, other payers
  std::size_t funders_after = 0;
  server_->app().store().read([&](store::Session& s) { funders_after = s.funding().funders().size(); });
  EXPECT_EQ(funders_after, funders_before);
}

TEST_F(PlannerTest, TheSameAsXlsxAndPdf) {
  const std::string query = "/api/v1/reports/rencana?target=100&tahun=2027&wilayah=15.71.01.1001";
  const json plan = get(query);
  UserClient c(*server_, "admin");
  const auto xlsx = c.get(query + "&format=xlsx");
  ASSERT_TRUE(xlsx);
  ASSERT_EQ(xlsx->status, 200);
  // The first sheet, read back: a row per funder line with its workers and premiums as the JSON
  // has them (numbers, not text), then the total row.
  std::vector<std::vector<ImportCell>> rows;
  formats::open_xlsx(xlsx->body)->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    rows.push_back(cells);
    return true;
  });
  ASSERT_EQ(rows.size(), plan["per_sumber_dana"].size() + 2);  // header, lines, total
  EXPECT_EQ(rows[0][0].text, "Sumber dana");
  EXPECT_EQ(rows[0][5].text, "Iuran setahun");
  for (std::size_t i = 0; i < plan["per_sumber_dana"].size(); ++i) {
    const json& l = plan["per_sumber_dana"][i];
    EXPECT_EQ(rows[i + 1][0].text, l["nama"].get<std::string>());
    EXPECT_TRUE(rows[i + 1][5].number);
    EXPECT_EQ(static_cast<Rupiah>(rows[i + 1][1].value), l["pekerja"].get<Rupiah>());
    EXPECT_EQ(static_cast<Rupiah>(rows[i + 1][5].value), l["iuran"].get<Rupiah>());
  }
  EXPECT_EQ(rows.back()[0].text, "Jumlah");
  EXPECT_EQ(static_cast<Rupiah>(rows.back()[5].value), plan["total_iuran"].get<Rupiah>());

  const auto pdf = c.get(query + "&format=pdf");
  ASSERT_TRUE(pdf);
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->body.substr(0, 5), "%PDF-");
  if (!lindungi::testing::have("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) tidak terpasang";
  const std::string text = lindungi::testing::read_pdf(pdf->body).text;
  EXPECT_NE(text.find("Rencana anggaran menuju cakupan semesta 2027"), std::string::npos) << text;
  EXPECT_NE(text.find(format_rupiah(plan["total_iuran"].get<Rupiah>())), std::string::npos) << text;
  EXPECT_NE(text.find(plan["peringkat_rt"][0]["nama"].get<std::string>()), std::string::npos) << text;
}

TEST_F(PlannerTest, WrongParametersAreRefusedNamingTheField) {
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=0&tahun=2027"), 400);
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=banyak&tahun=2027"), 400);
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=100&tahun=2025"), 422);
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=100&tambah_anggaran=apbd_kota"), 400);
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=100&pindah_provinsi=astronot"), 400);
  EXPECT_EQ(status_of("/api/v1/reports/rencana?target=100&dana_rt=banyak"), 400);
}

}  // namespace
