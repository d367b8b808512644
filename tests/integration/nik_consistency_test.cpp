// Issue 17 item 2: a NIK that contradicts the typed birth date, sex or region. The worker's JSON
// carries `peringatan` (create, update, detail, list rows); an import flags such rows and does not
// count them as clean; verification refuses them unless the checker sets the warning aside with a
// reason, which is kept with the decision and audited; a bulk decision never sets one aside. Run
// at several dates (the check depends on the record alone, never on the day), on both backends.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const char* kNikHeader =
    "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
    "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n";

class NikConsistencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("nik_konsisten");
    server_->app().store().write([](store::Session& s) {
      for (int rt = 1; rt <= 2; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
      s.registry().put_rt({"", "15.71.01.1002", 1, ""});
    });
    server_->add_user("rt1", "ketua_rt", "15.71.01.1001.001");
    server_->add_user("kel", "operator_kelurahan", "15.71.01.1001");
    server_->add_user("kel2", "operator_kelurahan", "15.71.01.1002");
    server_->add_user("kec", "operator_kecamatan", "15.71.01");  // sees NIKs masked only
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  static inline TestServer* server_ = nullptr;

  // A woman born on day `serial` (1-28) of March 1990 by her NIK; each serial its own birth day, so
  // that no two test records look like the same person to the duplicate search.
  static std::string nik(int serial) { return "157101" + std::to_string(40 + serial) + "03900001"; }
  static std::string born(int serial, int year) { return zero_pad(serial, 2) + "/03/" + std::to_string(year); }
  static json worker(const std::string& n, const std::string& born, const std::string& sex, const std::string& nama) {
    return {{"nik", n},
            {"nama", nama},
            {"tanggal_lahir", born},
            {"jenis_kelamin", sex},
            {"kode_kelurahan", "15.71.01.1001"},
            {"rt", 1},
            {"pekerjaan", "pedagang_umkm"},
            {"penghasilan", 1500000},
            {"kategori", "pekerja_rentan"},
            {"persetujuan", true}};
  }
  static std::vector<store::AuditEntry> audit_of(std::int64_t id) {
    std::vector<store::AuditEntry> out;
    server_->app().store().read(
        [&](store::Session& s) { out = s.audit().entries("pekerja", std::to_string(id), 0, 100).items; });
    return out;
  }
};

bool mentions(const json& peringatan, const std::string& kolom, const std::string& text) {
  for (const auto& p : peringatan)
    if (p["kolom"] == kolom && p["pesan"].get<std::string>().find(text) != std::string::npos) return true;
  return false;
}

TEST_F(NikConsistencyTest, WorkerAnswersCarryTheWarningsVerificationNeedsAReasonToSetThemAside) {
  UserClient rt(*server_, "rt1"), kel(*server_, "kel"), kel2(*server_, "kel2");
  int serial = 0;
  const std::vector<std::string> names = {"Siti Rahmawati", "Nur Aisyah",      "Dewi Lestari", "Rina Marlina",
                                          "Yuli Handayani", "Sri Wahyuni",     "Eka Putri",    "Lina Marwati",
                                          "Maya Sartika",   "Fitri Anggraini", "Ani Suryani",  "Wati Kusuma"};
  for (const Date today : {Date{2026, 11, 21}, Date{2031, 1, 2}, Date{2044, 12, 31}}) {
    server_->app().set_today_for_tests(today);
    SCOPED_TRACE(today.iso());
    // A birth date the NIK contradicts: saved, with the warning in the answer, in words.
    ++serial;
    auto res = rt.post("/api/v1/workers", worker(nik(serial), born(serial, 1985), "P", names.at(serial - 1)));
    ASSERT_EQ(res->status, 201) << res->body;
    const json flagged = json::parse(res->body);
    ASSERT_EQ(flagged["peringatan"].size(), 1u) << res->body;
    EXPECT_EQ(flagged["peringatan"][0]["kode"], "nik_tanggal_lahir_beda");
    EXPECT_EQ(flagged["peringatan"][0]["kolom"], "tanggal_lahir");
    EXPECT_EQ(flagged["peringatan"][0]["pesan"], "Tanggal lahir " + born(serial, 1985) +
                                                     " tidak sesuai dengan NIK (NIK menunjukkan " + born(serial, 1990) +
                                                     ")");
    const std::string fid = std::to_string(flagged["id"].get<std::int64_t>());
    const int flagged_serial = serial;

    // A consistent record has none; a wrong sex is named, and its correction clears it (PUT).
    ++serial;
    res = rt.post("/api/v1/workers", worker(nik(serial), born(serial, 1990), "P", names.at(serial - 1)));
    ASSERT_EQ(res->status, 201) << res->body;
    const json clean = json::parse(res->body);
    EXPECT_TRUE(clean["peringatan"].empty());
    ++serial;
    res = rt.post("/api/v1/workers", worker(nik(serial), born(serial, 1990), "L", names.at(serial - 1)));
    ASSERT_EQ(res->status, 201) << res->body;
    json wrong_sex = json::parse(res->body);
    EXPECT_TRUE(mentions(wrong_sex["peringatan"], "jenis_kelamin",
                         "Jenis kelamin laki-laki tidak sesuai dengan NIK (NIK menunjukkan perempuan)"));
    json fix = worker(nik(serial), born(serial, 1990), "P", names.at(serial - 1));
    fix["versi"] = wrong_sex["versi"];
    res = rt.put("/api/v1/workers/" + std::to_string(wrong_sex["id"].get<std::int64_t>()), fix);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_TRUE(json::parse(res->body)["peringatan"].empty());

    // The detail and the queue's rows carry the warning, the birth date and the sex.
    res = kel.get("/api/v1/workers/" + fid);
    ASSERT_EQ(res->status, 200);
    EXPECT_TRUE(mentions(json::parse(res->body)["peringatan"], "tanggal_lahir", born(flagged_serial, 1990)));
    const std::string& nama = names.at(flagged_serial - 1);
    res = kel.get("/api/v1/workers?status=didata&q=" + nama.substr(nama.find(' ') + 1));
    ASSERT_EQ(res->status, 200);
    bool seen = false;
    const json list = json::parse(res->body);
    for (const auto& row : list["items"]) {
      if (row["id"] != flagged["id"]) continue;
      seen = true;
      EXPECT_EQ(row["tanggal_lahir"], "1985-03-" + zero_pad(flagged_serial, 2));
      EXPECT_EQ(row["jenis_kelamin"], "P");
      EXPECT_TRUE(mentions(row["peringatan"], "tanggal_lahir", born(flagged_serial, 1985)));
    }
    EXPECT_TRUE(seen) << res->body;
    // Someone who may only see NIKs masked reads the warning without what the NIK holds.
    UserClient kec(*server_, "kec");
    res = kec.get("/api/v1/workers/" + fid);
    ASSERT_EQ(res->status, 200);
    const json masked = json::parse(res->body)["peringatan"];
    ASSERT_EQ(masked.size(), 1u);
    EXPECT_EQ(masked[0]["pesan"], "Tanggal lahir " + born(flagged_serial, 1985) + " tidak sesuai dengan NIK");

    // Verification: refused with the warning named; a short reason is not enough; another
    // kelurahan's operator gets nothing even with a reason; the maker cannot override either.
    res = kel.post("/api/v1/workers/" + fid + "/verify", json::object());
    ASSERT_EQ(res->status, 409) << res->body;
    json err = json::parse(res->body)["error"];
    EXPECT_EQ(err["code"], "peringatan_nik");
    EXPECT_EQ(err["field"], "alasan_abaikan_peringatan");
    EXPECT_NE(err["message"].get<std::string>().find("Tanggal lahir " + born(flagged_serial, 1985)), std::string::npos)
        << err;
    res = kel.post("/api/v1/workers/" + fid + "/verify", {{"alasan_abaikan_peringatan", "ok  saja"}});
    ASSERT_EQ(res->status, 422) << res->body;
    EXPECT_EQ(json::parse(res->body)["error"]["code"], "alasan_abaikan_terlalu_pendek");
    res = kel2.post("/api/v1/workers/" + fid + "/verify",
                    {{"alasan_abaikan_peringatan", "KTP asli sudah dicocokkan di kantor"}});
    EXPECT_EQ(res->status, 404);
    res = rt.post("/api/v1/workers/" + fid + "/verify",
                  {{"alasan_abaikan_peringatan", "KTP asli sudah dicocokkan di kantor"}});
    EXPECT_EQ(res->status, 403);
    // A bulk decision never sets a warning aside: the flagged worker fails, the clean one passes.
    res = kel.post("/api/v1/verifications", {{"ids", {flagged["id"], clean["id"]}},
                                             {"keputusan", "verifikasi"},
                                             {"alasan_abaikan_peringatan", "KTP asli sudah dicocokkan"}});
    ASSERT_EQ(res->status, 200) << res->body;
    const json bulk = json::parse(res->body);
    EXPECT_EQ(bulk["ok"], 1);
    EXPECT_EQ(bulk["failed"], 1);
    EXPECT_EQ(json::parse(kel.get("/api/v1/workers/" + fid)->body)["status"], "didata");

    // With a reason it is verified; the reason is kept with the decision and audited.
    const std::string why = "KTP asli dan KK dicocokkan: tanggal lahir di KTP " + born(flagged_serial, 1985);
    res = kel.post("/api/v1/workers/" + fid + "/verify", {{"alasan_abaikan_peringatan", why}});
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(json::parse(res->body)["status"], "diverifikasi");
    res = kel.get("/api/v1/workers/" + fid + "/verifications");
    ASSERT_EQ(res->status, 200);
    const json history = json::parse(res->body)["items"];
    ASSERT_EQ(history.size(), 1u);
    EXPECT_NE(history[0].dump().find(why), std::string::npos) << history.dump();
    bool audited = false;
    for (const auto& e : audit_of(flagged["id"].get<std::int64_t>())) {
      if (e.aksi != "verifikasi") continue;
      const json changes = json::parse(e.perubahan);
      audited =
          changes["alasan_abaikan_peringatan"][1] == why &&
          changes["peringatan_nik"][1] == "Tanggal lahir " + born(flagged_serial, 1985) + " tidak sesuai dengan NIK" &&
          e.pelaku == "kel";
    }
    EXPECT_TRUE(audited);
  }
  server_->app().set_today_for_tests(Date{2026, 11, 21});
}

TEST_F(NikConsistencyTest, ImportFlagsRowsWhoseNikDisagreesAndDoesNotCountThemClean) {
  UserClient rt(*server_, "rt1"), kel(*server_, "kel");
  const std::string file =
      std::string{kNikHeader} +
      // clean
      "1571015506880001,Rina Marlina,15/06/1988,P,15.71.01.1001,1,,,pedagang_umkm,1.500.000,"
      "pekerja_rentan,,,\n"
      // sex contradicts the NIK (a woman's day, 41-71)
      "1571015506880002,Rudi Hartono,15/06/1988,L,15.71.01.1001,1,,,becak,1.000.000,"
      "pekerja_rentan,,,\n"
      // birth date contradicts the NIK
      "1571011506880003,Dedi Kurniawan,16/06/1988,L,15.71.01.1001,1,,,becak,1.000.000,"
      "pekerja_rentan,,,\n"
      // rejected: another RT
      "1571011506880004,Lain RT,15/06/1988,L,15.71.01.1001,2,,,becak,1.000.000,pekerja_rentan,,,\n";
  auto res = rt.post_raw("/api/v1/imports?dry_run=1&nama_berkas=nik.csv", file, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  json d = json::parse(res->body);
  EXPECT_EQ(d["rows"], 4);
  EXPECT_EQ(d["accepted"], 3);  // DESIGN.md §5: a flagged row is accepted...
  EXPECT_EQ(d["rejected"], 1);
  EXPECT_EQ(d["flagged"], 2);  // ...but not clean
  EXPECT_EQ(d["clean"], 1);
  ASSERT_EQ(d["items"].size(), 4u);
  EXPECT_EQ(d["items"][0]["peringatan_nik"], false);
  EXPECT_EQ(d["items"][1]["peringatan_nik"], true);
  EXPECT_EQ(d["items"][2]["peringatan_nik"], true);
  EXPECT_EQ(d["items"][3]["peringatan_nik"], false);  // rejected rows are counted as rejected only
  EXPECT_NE(d["message"].get<std::string>().find("2 baris diterima dengan peringatan NIK"), std::string::npos)
      << d["message"];
  bool named = false;
  for (const auto& w : d["warnings"])
    named = named || (w["row"] == 3 && w["column"] == "jenis_kelamin" &&
                      w["message"].get<std::string>().find("NIK menunjukkan perempuan") != std::string::npos);
  EXPECT_TRUE(named) << d["warnings"].dump();

  res = rt.post_raw("/api/v1/imports?nama_berkas=nik.csv", file, "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  d = json::parse(res->body);
  EXPECT_EQ(d["created"], 3);
  EXPECT_EQ(d["flagged"], 2);
  EXPECT_EQ(d["clean"], 1);
  EXPECT_NE(d["message"].get<std::string>().find("bukan baris yang benar"), std::string::npos);
  // The saved flagged worker carries its warning to the queue, and verification stops there.
  res = kel.get("/api/v1/workers?status=didata&q=Dedi");
  ASSERT_EQ(res->status, 200);
  const json rows = json::parse(res->body)["items"];
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(mentions(rows[0]["peringatan"], "tanggal_lahir", "NIK menunjukkan 15/06/1988"));
  res = kel.post("/api/v1/workers/" + std::to_string(rows[0]["id"].get<std::int64_t>()) + "/verify", json::object());
  EXPECT_EQ(res->status, 409);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "peringatan_nik");
}

}  // namespace
