// Authorization: the paths the review of issue 16 found across areas (audit log, funders and
// invoices, the BPJS active-member list, NIK unmasking and search), one row each. The route matrix
// is authorization_test.cpp; the fixture authorization_fixture.hpp.
#include "integration/authorization_fixture.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"

using namespace lindungi::testing::authorization;

namespace {

// The paths the review of issue 16 found across areas, one row each: who tries, what, and what
// the answer must be. Rows run in order (a few read what an earlier one wrote).
struct Issue16Probe {
  std::string what;  // the case, in the review's words
  std::string user;  // a role's user of this fixture, or admin.sungaipenuh (15.72)
  std::function<httplib::Result(UserClient&)> call;
  int status;
  std::function<bool(const json&)> body_ok = [](const json&) { return true; };
};

TEST_F(AuthorizationTest, IssueSixteenCasesAreRefused) {
  static std::int64_t created = 0;             // a worker admin_kota records in 15.71 (first row)
  static std::int64_t blocked = 0, free_ = 0;  // recorded workers for the BPJS rows
  blocked = recorded_worker("15.71.01.1001");
  free_ = recorded_worker("15.71.01.1001");
  server_->add_user("pencari.nik", "operator_kelurahan", "15.71.01.1001");
  auto nik_of = [](std::int64_t id) {
    std::string nik;
    server_->app().store().read([&](store::Session& s) { nik = s.registry().worker(id)->nik; });
    return nik;
  };
  auto count_audit = [](const std::string& aksi, const std::string& pelaku) {
    int n = 0;
    server_->app().store().read([&](store::Session& s) {
      for (const auto& e : s.audit().entries("", "", 0, 100000).items) n += e.aksi == aksi && e.pelaku == pelaku;
    });
    return n;
  };
  const std::int64_t heirs = [] {  // a worker with an heir whose NIK is recorded
    Worker w;
    w.nik = next_nik();
    w.nama = "Pekerja Berahli Waris";
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 1;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    w.ahli_waris.push_back({0, "Istri Pekerja", "istri", "1571015708880001", Date{1988, 8, 17}});
    server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
    return w.id;
  }();
  const std::string csv_head =
      "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,pekerjaan,penghasilan,kategori\n";
  auto dry_run = [csv_head](UserClient& c, const std::string& nik) {
    return c.post_raw("/api/v1/imports?dry_run=1",
                      csv_head + nik + ",Pekerja Impor,17/08/1985,L,15.71.01.1001,1,becak,1000000,pekerja_rentan\n",
                      "text/csv");
  };
  static std::string neutral_message;
  static int before = 0;
  auto names_none = [](const std::string& name) {
    return [name](const json& j) { return j.dump().find(name) == std::string::npos; };
  };
  auto total_is = [](int n) { return [n](const json& j) { return j["total"] == n; }; };

  const std::vector<Issue16Probe> probes = {
      // Audit log across kab/kota: entries carry their area and are filtered like the records.
      {"admin kota mencatat pekerja di 15.71", "admin_kota",
       [](UserClient& c) {
         auto res = c.post("/api/v1/workers", new_worker("15.71.01.1001", 1));
         created = json::parse(res->body).value("id", std::int64_t{0});
         return res;
       },
       201},
      {"log audit: Sungai Penuh tidak melihat entri pekerja Kota Jambi", "admin.sungaipenuh",
       [](UserClient& c) { return c.get("/api/v1/audit?entitas=pekerja&entitas_id=" + std::to_string(created)); }, 200,
       total_is(0)},
      {"log audit: Kota Jambi melihatnya", "admin_kota",
       [](UserClient& c) { return c.get("/api/v1/audit?entitas=pekerja&entitas_id=" + std::to_string(created)); }, 200,
       [](const json& j) { return j["total"].get<int>() >= 1 && j["items"][0]["wilayah"] == "15.71.01.1001.001"; }},
      {"log audit: setiap entri Sungai Penuh di wilayahnya", "admin.sungaipenuh",
       [](UserClient& c) { return c.get("/api/v1/audit?limit=500"); }, 200,
       [](const json& j) {
         for (const auto& e : j["items"])
           if (!e["wilayah"].get<std::string>().starts_with("15.72")) return false;
         return true;
       }},
      {"log audit: auditor kota tidak melihat entri tanpa wilayah", "auditor",
       [](UserClient& c) { return c.get("/api/v1/audit?limit=500"); }, 200,
       [](const json& j) {
         for (const auto& e : j["items"])
           if (!e["wilayah"].get<std::string>().starts_with("15.71")) return false;
         return true;
       }},
      // Funders and invoices across areas: only within the actor's area; the province's and
      // area-less funders only by the province.
      {"kota mengganti nama dana provinsi", "admin_kota",
       [](UserClient& c) {
         return c.post("/api/v1/funders",
                       {{"kode", "apbd_provinsi"}, {"nama", "Diganti"}, {"jenis", "apbd_provinsi"}, {"wilayah", "15"}});
       },
       403},
      {"kota mengubah pagu dana provinsi", "admin_kota",
       [](UserClient& c) {
         return c.put("/api/v1/funders/apbd_provinsi/budget/2026", {{"pagu", 1}});
       },
       403},
      {"kota mengubah pagu dana tanpa wilayah", "admin_kota",
       [](UserClient& c) {
         return c.put("/api/v1/funders/donatur_tanpa_wilayah/budget/2026", {{"pagu", 1}});
       },
       403},
      {"provinsi mengubah pagu dananya sendiri", "pemprov",
       [](UserClient& c) {
         return c.put("/api/v1/funders/apbd_provinsi/budget/2028", {{"pagu", 1000}});
       },
       204},
      {"dana baru tanpa wilayah dari kota menjadi milik kota", "admin_kota",
       [](UserClient& c) {
         return c.post("/api/v1/funders", {{"kode", "donatur_kota"}, {"nama", "Donatur Kota"}, {"jenis", "donatur"}});
       },
       201, [](const json& j) { return j["wilayah"] == "15.71"; }},
      {"kota menerbitkan tagihan dana provinsi", "admin_kota",
       [](UserClient& c) {
         return c.post("/api/v1/invoices",
                       {{"sumber_dana", "apbd_provinsi"}, {"dari", "2020-01"}, {"sampai", "2020-01"}});
       },
       403},
      {"kota membatalkan tagihan dana provinsi", "admin_kota",
       [](UserClient& c) {
         const auto id = invoice_of("apbd_provinsi", "apbd_provinsi", "15");
         return c.post("/api/v1/invoices/" + std::to_string(id) + "/cancel", {{"alasan", "Salah periode"}});
       },
       403},
      {"kota membayar tagihan dana provinsi", "admin_kota",
       [](UserClient& c) {
         const auto id = invoice_of("apbd_provinsi", "apbd_provinsi", "15");
         return c.post("/api/v1/invoices/" + std::to_string(id) + "/payments",
                       {{"jumlah", 16800}, {"tanggal", "2026-11-01"}, {"referensi", "UJI-ISU16-1"}});
       },
       403},
      {"laporan anggaran Sungai Penuh tanpa anggaran Kota Jambi", "admin.sungaipenuh",
       [](UserClient& c) { return c.get("/api/v1/reports/budget?tahun=2026"); }, 200,
       [](const json& j) {
         for (const auto& r : j["rows"])
           if (r["sumber_dana"] == "apbd_kota") return false;
         return true;
       }},
      {"laporan anggaran Kota Jambi memuat anggarannya", "admin_kota",
       [](UserClient& c) { return c.get("/api/v1/reports/budget?tahun=2026"); }, 200,
       [](const json& j) {
         for (const auto& r : j["rows"])
           if (r["sumber_dana"] == "apbd_kota") return true;
         return false;
       }},
      {"anggaran dana kota lain: tidak ada", "admin.sungaipenuh",
       [](UserClient& c) {
         return c.put("/api/v1/funders/apbd_kota/budget/2026", {{"pagu", 1}});
       },
       404, names_none("APBD Kota Jambi")},
      {"alokasi dari dana kota lain tidak menyebut namanya", "admin.sungaipenuh",
       [](UserClient& c) {
         return c.post("/api/v1/allocations",
                       {{"pekerja", {wD_}}, {"sumber_dana", "apbd_kota"}, {"mulai", "2026-01"}, {"bulan", 1}});
       },
       404, names_none("APBD Kota Jambi")},
      // The BPJS active-member list: a city's upload replaces only its own rows, and gates only
      // its own workers.
      {"BPJS Kota Jambi mengunggah daftar aktif", "petugas_bpjs",
       [nik_of](UserClient& c) {
         return c.post_raw("/api/v1/bpjs/active-members?nama_berkas=aktif.csv",
                           "nik,kpj,segmen,pembayar\n" + nik_of(blocked) + ",12345678902,PU,PT Maju\n", "text/csv");
       },
       201},
      {"Sungai Penuh mengunggah daftarnya (memuat NIK warga Kota Jambi)", "petugas.sungaipenuh",
       [nik_of](UserClient& c) {
         return c.post_raw("/api/v1/bpjs/active-members?nama_berkas=aktif.csv",
                           "nik,kpj,segmen,pembayar\n" + nik_of(free_) + ",12345678903,PU,PT Lain\n", "text/csv");
       },
       201},
      {"daftar Kota Jambi tetap berlaku setelah unggahan Sungai Penuh", "operator_kelurahan",
       [](UserClient& c) { return c.post("/api/v1/workers/" + std::to_string(blocked) + "/verify", json::object()); },
       409},
      {"daftar Sungai Penuh tidak menghalangi pekerja Kota Jambi", "operator_kelurahan",
       [](UserClient& c) { return c.post("/api/v1/workers/" + std::to_string(free_) + "/verify", json::object()); },
       200},
      // NIK unmasking, prefix search, NIK order, dry runs, auditing and throttling.
      {"NIK ahli waris tersamar bagi peran tanpa view_full_nik", "operator_kecamatan",
       [nik_of, heirs](UserClient& c) { return c.get("/api/v1/workers/nik/" + nik_of(heirs)); }, 200,
       [](const json& j) { return j["ahli_waris"][0]["nik"] == "1571**********01"; }},
      {"NIK ahli waris utuh bagi peran yang berwenang", "operator_kelurahan",
       [nik_of, heirs](UserClient& c) { return c.get("/api/v1/workers/nik/" + nik_of(heirs)); }, 200,
       [](const json& j) { return j["ahli_waris"][0]["nik"] == "1571015708880001"; }},
      {"pencarian awalan NIK tanpa view_full_nik", "operator_kecamatan",
       [](UserClient& c) { return c.get("/api/v1/workers?q=15710117"); }, 403,
       [](const json& j) { return j["error"]["code"] == "nik_lengkap_diperlukan"; }},
      {"urutan NIK tanpa view_full_nik", "operator_kecamatan",
       [](UserClient& c) { return c.get("/api/v1/workers?sort=-nik"); }, 403},
      {"pencarian awalan NIK oleh peran yang berwenang", "operator_kelurahan",
       [](UserClient& c) { return c.get("/api/v1/workers?q=15710117&sort=nik"); }, 200},
      {"pencarian NIK lengkap dicatat di log audit", "operator_kelurahan",
       [count_audit](UserClient& c) {
         before = count_audit("cari_nik", "operator_kelurahan");
         return c.get("/api/v1/workers/nik/1571011708850001");
       },
       200, [count_audit](const json&) { return count_audit("cari_nik", "operator_kelurahan") == before + 1; }},
      {"uji coba impor: NIK terdaftar di luar wilayah dijawab netral", "ketua_rt",
       [dry_run](UserClient& c) {
         neutral_message = json::parse(dry_run(c, "1571021708859998")->body)["message"];  // a NIK nobody has
         return dry_run(c, "1571021708850002");                                           // wB_'s, in 15.71.02
       },
       200,
       [](const json& j) {
         return j["message"] == neutral_message && j["created"] == 1 &&
                j.dump().find("wilayah lain") == std::string::npos;
       }},
      {"uji coba impor dicatat di log audit", "ketua_rt",
       [dry_run, count_audit](UserClient& c) {
         before = count_audit("uji_impor", "ketua_rt");
         return dry_run(c, "1571021708859997");
       },
       200, [count_audit](const json&) { return count_audit("uji_impor", "ketua_rt") == before + 1; }},
      // The programme's rules per kab/kota (issue 22 item 4): each kab/kota's admin his own only.
      {"admin Sungai Penuh menetapkan aturan Kota Jambi", "admin.sungaipenuh",
       [](UserClient& c) { return c.put("/api/v1/aturan/15.71", rule_set_body()); }, 403},
      {"admin Sungai Penuh menetapkan aturannya sendiri", "admin.sungaipenuh",
       [](UserClient& c) { return c.put("/api/v1/aturan/15.72", rule_set_body()); }, 200,
       [](const json& j) { return j["wilayah"] == "15.72" && j["diubah_oleh"] == "admin.sungaipenuh"; }},
      {"admin Kota Jambi membaca aturan Sungai Penuh", "admin_kota",
       [](UserClient& c) { return c.get("/api/v1/aturan?wilayah=15.72"); }, 403},
      {"provinsi membaca aturan Sungai Penuh", "pemprov",
       [](UserClient& c) { return c.get("/api/v1/aturan?wilayah=15.72"); }, 200,
       [](const json& j) { return !j["riwayat"].empty() && j["dapat_diubah"] == false; }},
      {"pencarian NIK lengkap dibatasi per pengguna", "pencari.nik",
       [](UserClient& c) {
         for (int i = 0; i < 120; ++i)
           if (c.get("/api/v1/workers/nik/1571011708850001")->status != 200) break;
         return c.get("/api/v1/workers/nik/1571011708850001");
       },
       429,
       [](const json& j) {
         return j["error"]["message"].get<std::string>().find("Terlalu banyak pencarian NIK") != std::string::npos;
       }},
  };
  std::map<std::string, std::unique_ptr<UserClient>> clients;
  for (const auto& p : probes) {
    auto& client = clients[p.user];
    if (!client) client = std::make_unique<UserClient>(*server_, p.user);
    ASSERT_TRUE(client->logged_in()) << p.user;
    const auto res = p.call(*client);
    ASSERT_TRUE(res) << p.what;
    EXPECT_EQ(res->status, p.status) << p.what << ": " << res->body;
    const json body = json::parse(res->body, nullptr, false);
    EXPECT_TRUE(p.body_ok(body)) << p.what << ": " << res->body;
  }
}

}  // namespace
