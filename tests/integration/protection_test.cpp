// Cek Perlindungan (issue 20 item 1) over HTTP, on SQLite and PostgreSQL (CTest's pg: runs):
// the right pair's answer, a wrong pair answering exactly as an unknown NIK, the throttle per NIK
// and per client, the audit of every attempt without the full NIK, the one clock, and the card's
// QR page linking to the check. Phone numbers (item 5): the live check's route and canonical storage.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "services/protection_service.hpp"
#include "store/audit_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_server.hpp"

using namespace lindungi;
using namespace lindungi::testing;
using nlohmann::json;

namespace {

constexpr const char* kProtectionKel = "15.71.01.1001";

class ProtectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>("cek");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kProtectionKel, 1, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->start();
  }

  // An active worker funded by the city for 2026, paid, with a printed card; returns its id.
  std::int64_t active_worker(const std::string& nik, const std::string& nama = "Siti Nur Aini") {
    Worker w;
    w.nik = nik;
    w.nama = nama;
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::P;
    w.kode_kelurahan = kProtectionKel;
    w.rt = 1;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    w.recorded_by = "uji";
    w.status = "aktif";
    w.sumber_dana = "apbd_kota";
    w.kpj = "2503" + nik.substr(9);  // 11 digits, one per worker
    server_->app().store().write([&](store::Session& s) {
      s.registry().insert_worker(w);
      for (int m = 1; m <= 12; ++m) {
        store::AllocationRecord a{0, w.id, "apbd_kota", YearMonth{2026, m}.iso(), 16'800, 16'800, "2026-01-10"};
        s.funding().insert_allocation(a);
      }
      store::CardBatchRecord b;
      b.pelaku = "uji";
      b.wilayah = kProtectionKel;
      s.bpjs().insert_card_batch(b);
      store::CardRecord c;
      c.batch_id = b.id;
      c.pekerja_id = w.id;
      c.token = "tokenujicek0000000001" + std::to_string(w.id % 10);  // 22 characters, as real ones
      c.status = "dicetak";
      c.diminta_oleh = "uji";
      c.diminta_pada = "2026-11-21T00:00:00Z";
      s.bpjs().insert_card(c);
    });
    return w.id;
  }

  httplib::Result cek(const json& body, const std::string& language = {}) {
    auto c = server_->client();
    httplib::Headers h;
    if (!language.empty()) h.emplace("Accept-Language", language);
    return c.Post("/api/v1/public/cek", h, body.dump(), "application/json");
  }

  std::vector<store::AuditEntry> cek_audit() {
    server_->app().fold_audit_queue();
    std::vector<store::AuditEntry> out;
    server_->app().store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        if (e.aksi == "cek_perlindungan") out.push_back(e);
        return true;
      });
    });
    return out;
  }

  std::unique_ptr<TestServer> server_;
};

const std::string kProtectionNik = "1571015708850003";  // a woman born 17/08/1985, Telanaipura

TEST_F(ProtectionTest, TheRightPairAnswersCoverCardBenefitsAndWhatToDo) {
  active_worker(kProtectionNik);
  const auto res = cek({{"nik", "1571 0157 0885 0003"}, {"tanggal_lahir", "1985-08-17"}});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const auto a = json::parse(res->body);
  EXPECT_EQ(a["inisial"], "S. N. A.");
  EXPECT_EQ(a["status"], "terlindungi");
  EXPECT_EQ(a["terlindungi_sampai"], "2026-12-31");
  EXPECT_EQ(a["status_label"], "Terlindungi s.d. 31/12/2026");
  EXPECT_EQ(a["pembiayaan"], "apbd_kota");
  EXPECT_EQ(a["kartu"], "dicetak");
  const std::string kelurahan = server_->app().regions().find(kProtectionKel)->nama;
  EXPECT_EQ(a["tempat_ambil"], "Kantor Kelurahan " + kelurahan);
  std::map<std::string, std::int64_t> figures;
  for (const auto& m : a["manfaat"]) figures[m["kode"]] = m["jumlah"];
  EXPECT_EQ(figures["jkk_meninggal"], 70'000'000);
  EXPECT_EQ(figures["jkm"], 42'000'000);
  EXPECT_EQ(figures["beasiswa"], 174'000'000);
  ASSERT_EQ(a["langkah"].size(), 2u);
  EXPECT_EQ(a["langkah"][1]["kode"], "meninggal");
  EXPECT_FALSE(a["langkah"][1]["dokumen"].empty());
  // Nothing of the worker beyond initials: no NIK, name, KPJ or birth date in the answer.
  for (const std::string& secret :
       {kProtectionNik, std::string("Siti"), "2503" + kProtectionNik.substr(9), std::string("1985")})
    EXPECT_EQ(res->body.find(secret), std::string::npos) << secret;
}

TEST_F(ProtectionTest, AWrongBirthDateAnswersExactlyAsAnUnknownNik) {
  active_worker(kProtectionNik);
  const auto wrong = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1985-08-18"}});
  const auto unknown = cek({{"nik", "1571015708859999"}, {"tanggal_lahir", "1985-08-17"}});
  ASSERT_TRUE(wrong && unknown);
  EXPECT_EQ(wrong->status, 404);
  EXPECT_EQ(unknown->status, wrong->status);
  EXPECT_EQ(unknown->body, wrong->body);
  EXPECT_EQ(unknown->get_header_value("Content-Type"), wrong->get_header_value("Content-Type"));
  EXPECT_EQ(json::parse(wrong->body)["error"]["code"], "data_tidak_cocok");
  // In English too.
  const auto wrong_en = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "17/08/1986"}}, "en");
  const auto unknown_en = cek({{"nik", "1571015708859998"}, {"tanggal_lahir", "17/08/1986"}}, "en");
  ASSERT_TRUE(wrong_en && unknown_en);
  EXPECT_EQ(wrong_en->body, unknown_en->body);
  EXPECT_NE(wrong_en->body.find("do not match"), std::string::npos) << wrong_en->body;
}

TEST_F(ProtectionTest, MalformedInputIsNamedByFieldAndNeverLooksAnythingUp) {
  const auto res = cek(json::object());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422);
  const auto e = json::parse(res->body)["error"];
  ASSERT_EQ(e["errors"].size(), 2u);
  EXPECT_EQ(e["errors"][0]["field"], "nik");
  EXPECT_EQ(e["errors"][1]["field"], "tanggal_lahir");
  const auto short_nik = cek({{"nik", "15710157"}, {"tanggal_lahir", "1985-08-17"}});
  EXPECT_EQ(short_nik->status, 422);
  EXPECT_EQ(json::parse(short_nik->body)["error"]["field"], "nik");
  EXPECT_TRUE(cek_audit().empty());
}

TEST_F(ProtectionTest, WrongPairsAreThrottledPerNikEvenAgainstTheRightDate) {
  active_worker(kProtectionNik);
  for (int i = 0; i < 5; ++i) {
    const auto r = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1990-01-0" + std::to_string(i + 1)}});
    ASSERT_EQ(r->status, 404) << i;
  }
  const auto sixth = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1990-02-01"}});
  EXPECT_EQ(sixth->status, 404);  // the sixth failure is counted, then the NIK waits
  const auto right = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1985-08-17"}});
  EXPECT_EQ(right->status, 429) << right->body;
  EXPECT_EQ(json::parse(right->body)["error"]["code"], "terlalu_banyak_percobaan");
  // Another NIK from the same client is not held up by this NIK's key.
  active_worker("1571015708850004", "Budi Santoso");
  EXPECT_EQ(cek({{"nik", "1571015708850004"}, {"tanggal_lahir", "1985-08-17"}})->status, 200);
}

TEST_F(ProtectionTest, WrongPairsAreThrottledPerClientAcrossNiks) {
  services::ProtectionService cek_service(server_->app());
  // One client trying many NIKs: 20 free mistakes, then it waits; another client does not.
  for (int i = 0; i < 21; ++i) {
    const std::string nik = "15710157088" + std::to_string(60000 + i);
    EXPECT_THROW(cek_service.check(nik, Date{1985, 8, 17}, "203.0.113.7"), NotFound) << i;
  }
  EXPECT_THROW(cek_service.check("1571015708869999", Date{1985, 8, 17}, "203.0.113.7"), TooManyAttempts);
  EXPECT_THROW(cek_service.check("1571015708869999", Date{1985, 8, 17}, "198.51.100.9"), NotFound);
  active_worker(kProtectionNik);
  EXPECT_THROW(cek_service.check(kProtectionNik, Date{1985, 8, 17}, "203.0.113.7"), TooManyAttempts);
  EXPECT_EQ(cek_service.check(kProtectionNik, Date{1985, 8, 17}, "198.51.100.9").status, "terlindungi");
}

TEST_F(ProtectionTest, EveryAttemptIsAuditedWithoutTheFullNik) {
  const auto id = active_worker(kProtectionNik);
  cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1985-08-17"}});
  cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1985-08-18"}});
  cek({{"nik", "1571015708859999"}, {"tanggal_lahir", "1985-08-17"}});
  const auto entries = cek_audit();
  ASSERT_EQ(entries.size(), 3u);
  std::vector<std::string> outcomes;
  for (const auto& e : entries) {
    EXPECT_EQ(e.pelaku, "publik");
    const auto change = json::parse(e.perubahan);
    outcomes.push_back(change["hasil"]);
    EXPECT_FALSE(change["klien"].get<std::string>().empty());
    for (const std::string& text : {e.entitas_id, e.perubahan}) {
      EXPECT_EQ(text.find(kProtectionNik), std::string::npos) << text;
      EXPECT_EQ(text.find("1571015708859999"), std::string::npos) << text;
    }
  }
  EXPECT_EQ(outcomes, (std::vector<std::string>{"cocok", "tanggal_lahir_salah", "tidak_dikenal"}));
  // The two about the worker are filed under them (an auditor sees someone trying their NIK, in
  // the worker's area); the unknown NIK under its masked form.
  EXPECT_EQ(entries[0].entitas, "pekerja");
  EXPECT_EQ(entries[0].entitas_id, std::to_string(id));
  EXPECT_EQ(entries[1].entitas_id, std::to_string(id));
  EXPECT_EQ(entries[2].entitas, "pencarian_nik");
  EXPECT_EQ(entries[2].entitas_id, "1571**********99");
  // The chain still verifies with these entries in it.
  EXPECT_EQ(server_->client().Get("/api/v1/health")->status, 200);
}

TEST_F(ProtectionTest, TheOneClockDecidesWhetherTheWorkerIsProtected) {
  active_worker(kProtectionNik);
  server_->app().set_today_for_tests(Date{2027, 1, 15});
  const auto res = cek({{"nik", kProtectionNik}, {"tanggal_lahir", "1985-08-17"}});
  ASSERT_EQ(res->status, 200) << res->body;
  const auto a = json::parse(res->body);
  EXPECT_EQ(a["status"], "tidak_terlindungi");
  EXPECT_EQ(a["terlindungi_sampai"], nullptr);
}

TEST_F(ProtectionTest, TheCardsQrPageLinksToTheCheck) {
  const auto id = active_worker(kProtectionNik);
  std::string token;
  server_->app().store().read([&](store::Session& s) { token = s.bpjs().cards_of_worker(id).front().token; });
  const auto page = server_->client().Get(("/v/" + token).c_str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("href=\"/cek\""), std::string::npos) << page->body;
  // The unknown card's page too: whoever holds any card can check with NIK and birth date.
  const auto unknown = server_->client().Get("/v/tidakadatidakadatidaka");
  EXPECT_NE(unknown->body.find("href=\"/cek\""), std::string::npos);
}

// Issue 20 item 5: the form's live check asks the one rule of src/core; a save stores +62....
TEST_F(ProtectionTest, PhoneNumbersAreCheckedByTheCoreRuleAndStoredCanonically) {
  server_->add_user("rt1", "ketua_rt", std::string(kProtectionKel) + ".001");
  UserClient rt(*server_, "rt1");
  ASSERT_TRUE(rt.logged_in());
  auto ok = json::parse(rt.post("/api/v1/no-hp", {{"no_hp", "62 812-3456-7890"}})->body);
  EXPECT_EQ(ok["valid"], true);
  EXPECT_EQ(ok["no_hp"], "+6281234567890");
  auto bad = json::parse(rt.post("/api/v1/no-hp", {{"no_hp", "0741 123456"}})->body);
  EXPECT_EQ(bad["valid"], false);
  EXPECT_NE(bad["pesan"].get<std::string>().find("08, 628 atau +628"), std::string::npos);
  EXPECT_EQ(server_->client().Post("/api/v1/no-hp", R"({"no_hp":"0812"})", "application/json")->status, 401);

  const json worker = {{"nik", "1571011708850001"},
                       {"nama", "Pekerja Baru"},
                       {"tanggal_lahir", "17/08/1985"},
                       {"jenis_kelamin", "L"},
                       {"kode_kelurahan", kProtectionKel},
                       {"rt", 1},
                       {"no_hp", "+62 812 3456 7890"},
                       {"pekerjaan", "becak"},
                       {"penghasilan", 1000000},
                       {"kategori", "pekerja_rentan"},
                       {"persetujuan", true}};
  const auto created = rt.post("/api/v1/workers", worker);
  ASSERT_EQ(created->status, 201) << created->body;
  EXPECT_EQ(json::parse(created->body)["no_hp"], "+6281234567890");
  auto landline = worker;
  landline["nik"] = "1571011708850002";
  landline["no_hp"] = "0741-123456";
  const auto refused = rt.post("/api/v1/workers", landline);
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(json::parse(refused->body)["error"]["errors"][0]["field"], "no_hp");

  // The import: a row's bad phone named by row and column, in Indonesian and in English.
  const std::string csv =
      "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
      "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\r\n"
      "1571011708850003,Pekerja Tiga,17/08/1985,L,15.71.01.1001,1,,628123456789,becak,1.000.000,pekerja_rentan,,,\r\n"
      "1571011708850004,Pekerja Empat,17/08/1985,L,15.71.01.1001,1,,0741123456,becak,1.000.000,pekerja_rentan,,,\r\n";
  const auto imported = json::parse(rt.post_raw("/api/v1/imports?dry_run=1", csv, "text/csv")->body);
  EXPECT_EQ(imported["accepted"], 1);
  EXPECT_EQ(imported["rejected"], 1);
  ASSERT_EQ(imported["errors"].size(), 1u);
  EXPECT_EQ(imported["errors"][0]["row"], 3);
  EXPECT_EQ(imported["errors"][0]["column"], "no_hp");
  EXPECT_NE(imported["errors"][0]["message"].get<std::string>().find("Baris 3, kolom no_hp"), std::string::npos);
  UserClient rt_en(*server_, "rt1", kTestPassword, "en");
  const auto imported_en = json::parse(rt_en.post_raw("/api/v1/imports?dry_run=1", csv, "text/csv")->body);
  EXPECT_NE(imported_en["errors"][0]["message"].get<std::string>().find("Indonesian mobile number"), std::string::npos)
      << imported_en["errors"][0]["message"];
}

}  // namespace
