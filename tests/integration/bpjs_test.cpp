// BPJS registration and member cards over HTTP: a batch of funded workers, its files, BPJS's
// response with accepted, rejected and bad rows (applied row by row, atomically, idempotently),
// correction and re-sending of a rejected worker, then cards requested, printed as PDF and
// handed over, and the public verification page that shows nothing personal.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/ledger.hpp"
#include "core/worker.hpp"
#include "formats/table_reader.hpp"
#include "integration/test_server.hpp"
#include "store/audit_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

class BpjsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("bpjs");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 7, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    });
    server_->add_user("admin.kota", "admin_kota", "15.71");
    server_->add_user("operator.kel", "operator_kelurahan", "15.71.01.1001");
    server_->add_user("petugas.bpjs", "petugas_bpjs", "15.71");
    server_->add_user("ketua.rt", "ketua_rt", "15.71.01.1001.007");
    server_->start();
    server_->app().set_public_url("http://127.0.0.1:" + std::to_string(server_->port()) + "/");
  }
  static void TearDownTestSuite() { delete server_; }

  // A worker funded by the city for `months` from `from`; paid months have dibayar set.
  static std::int64_t worker(const std::string& nik, const std::string& nama, const std::string& kel, int rt,
                             const std::string& status, YearMonth from = {2026, 1}, int months = 12, int paid = 0,
                             const std::string& kpj = "") {
    Worker w;
    w.nik = nik;
    w.nama = nama;
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = rt;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.status = status;
    w.sumber_dana = months > 0 ? "apbd_kota" : "";
    w.kpj = kpj;
    w.persetujuan = true;
    server_->app().store().write([&](store::Session& s) {
      s.registry().insert_worker(w);
      for (int i = 0; i < months; ++i) {
        store::AllocationRecord a{
            0, w.id, "apbd_kota", from.plus(i).iso(), 16800, i < paid ? 16800 : 0, i < paid ? "2026-01-10" : ""};
        s.funding().insert_allocation(a);
      }
    });
    return w.id;
  }

  static Worker get(std::int64_t id) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.registry().worker(id); });
    return *w;
  }

  static std::int64_t audit_count() {
    std::int64_t n = 0;
    server_->app().store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry&) {
        ++n;
        return true;
      });
    });
    return n;
  }

  static inline TestServer* server_ = nullptr;
};

std::set<std::string> codes(const json& result) {
  std::set<std::string> out;
  for (const auto& e : result["errors"]) out.insert(e["code"]);
  return out;
}

TEST_F(BpjsTest, BatchResponseCorrectionAndResend) {
  const auto a = worker("1571011708850001", "Agus Salim", "15.71.01.1001", 7, "dialokasikan");
  const auto b = worker("1571011708850002", "Budi Hartono", "15.71.01.1001", 7, "dialokasikan");
  const auto c = worker("1571011708850003", "Cahya Putra", "15.71.01.1001", 7, "dialokasikan");
  const auto unfunded = worker("1571011708850004", "Dedi", "15.71.01.1001", 7, "diverifikasi", {2026, 1}, 0);
  const auto elsewhere = worker("1571021708850005", "Eko", "15.71.02.1002", 1, "dialokasikan");
  worker("1571011708850006", "Fajar", "15.71.01.1001", 7, "aktif", {2026, 1}, 12, 0, "25099999999");

  UserClient kel(*server_, "operator.kel"), petugas(*server_, "petugas.bpjs"), rt(*server_, "ketua.rt");
  // Only the city and the operators send; BPJS's officers answer.
  EXPECT_EQ(petugas.post("/api/v1/bpjs/batches", json::object())->status, 403);
  EXPECT_EQ(rt.post("/api/v1/bpjs/batches", json::object())->status, 403);
  EXPECT_EQ(kel.post("/api/v1/bpjs/batches", {{"wilayah", "15.71.02.1002"}})->status, 403);

  auto res = kel.post("/api/v1/bpjs/batches", json::object());  // the operator's own kelurahan
  ASSERT_EQ(res->status, 201) << res->body;
  const auto batch = json::parse(res->body);
  const auto id = batch["id"].get<std::int64_t>();
  EXPECT_EQ(batch["jumlah"], 3);
  EXPECT_EQ(batch["wilayah"], "15.71.01.1001");
  EXPECT_EQ(get(a).status, "didaftarkan");
  EXPECT_EQ(get(unfunded).status, "diverifikasi");
  EXPECT_EQ(get(elsewhere).status, "dialokasikan");
  // Listed workers that cannot go are named with the reason.
  res = kel.post("/api/v1/bpjs/batches", {{"pekerja", {unfunded, a}}});
  ASSERT_EQ(res->status, 422) << res->body;
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "tidak_ada_pekerja");

  // The files: CSV (full NIKs, documented columns) and XLSX.
  const std::string base = "/api/v1/bpjs/batches/" + std::to_string(id);
  res = kel.get(base + "/file?format=csv");
  ASSERT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Disposition").find("pendaftaran-bpjs-" + std::to_string(id) + ".csv"),
            std::string::npos);
  auto reader = formats::open_csv(res->body);
  std::vector<std::vector<std::string>> rows;
  reader->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    std::vector<std::string> r;
    for (const auto& x : cells) r.push_back(x.text);
    rows.push_back(r);
    return true;
  });
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][3], "nik");
  EXPECT_EQ(rows[1][3], "1571011708850001");
  EXPECT_EQ(rows[1][4], "Agus Salim");
  EXPECT_EQ(rows[1][16], "apbd_kota");
  EXPECT_EQ(rows[1][18], "2026-01");
  res = kel.get(base + "/file?format=xlsx");
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.substr(0, 2), "PK");
  EXPECT_EQ(kel.get(base + "/file?format=pdf")->status, 400);

  // BPJS answers: one accepted, one rejected, and every kind of bad row.
  const std::string answer =
      "nik,kpj,tanggal_efektif,status,alasan\n"
      "1571011708850001,25012345678,01/02/2026,diterima,\n"
      "1571011708850002,,,ditolak,Nama tidak sesuai data Dukcapil\n"
      "1571011708850003,2501234567,01/02/2026,diterima,\n"    // bad KPJ
      "1571019999990009,25012345670,01/02/2026,diterima,\n"   // unknown NIK
      "1571021708850005,25012345671,01/02/2026,diterima,\n"   // in the registry, not in this batch
      "1571011708850003,25099999999,01/02/2026,diterima,\n"   // KPJ already another worker's
      "1571011708850003,25012345672,2026-13-01,diterima,\n";  // bad date
  EXPECT_EQ(kel.post_raw(base + "/response", answer, "text/csv")->status, 403);
  EXPECT_EQ(kel.post_raw(base + "/response?dry_run=1", answer, "text/csv")->status, 403);
  const auto before_audit = audit_count();

  // The preview (issue 17 item 9): the same reading and checks, each row's outcome, nothing written.
  res = petugas.post_raw(base + "/response?dry_run=1&nama_berkas=jawaban-1.csv", answer, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  const auto preview = json::parse(res->body);
  EXPECT_TRUE(preview["dry_run"]);
  EXPECT_FALSE(preview["saved"]);
  EXPECT_EQ(preview["rows"], 7);
  EXPECT_EQ(preview["accepted"], 1);
  EXPECT_EQ(preview["rejected"], 1);
  EXPECT_EQ(preview["invalid"], 5);
  ASSERT_EQ(preview["baris"].size(), 7u);
  EXPECT_EQ(preview["baris"][0], (json{{"row", 2},
                                       {"pekerja_id", a},
                                       {"nama", "Agus Salim"},
                                       {"nik", "1571**********01"},
                                       {"hasil", "diterima"},
                                       {"kpj", "25012345678"},
                                       {"tanggal_efektif", "2026-02-01"},
                                       {"alasan", ""}}));
  EXPECT_EQ(preview["baris"][1]["hasil"], "ditolak");
  EXPECT_EQ(preview["baris"][1]["nama"], "Budi Hartono");
  EXPECT_EQ(preview["baris"][1]["alasan"], "Nama tidak sesuai data Dukcapil");
  EXPECT_EQ(preview["baris"][3]["hasil"], "galat");  // unknown NIK: no worker named
  EXPECT_TRUE(preview["baris"][3]["pekerja_id"].is_null());
  EXPECT_EQ(preview["baris"][5]["nama"], "Cahya Putra");  // KPJ of another worker: named, refused
  EXPECT_EQ(preview["baris"][5]["hasil"], "galat");
  EXPECT_EQ(codes(preview), (std::set<std::string>{"kpj_tidak_valid", "nik_tidak_dikenal", "nik_bukan_batch_ini",
                                                   "kpj_sudah_dipakai", "tanggal_tidak_valid"}));
  EXPECT_EQ(get(a).status, "didaftarkan");
  EXPECT_EQ(get(a).kpj, "");
  EXPECT_EQ(get(b).status, "didaftarkan");
  EXPECT_EQ(audit_count(), before_audit);
  EXPECT_EQ(json::parse(kel.get(base)->body)["jawaban"].size(), 0u);
  EXPECT_EQ(json::parse(kel.get(base)->body)["pekerja"][0]["status"], "dikirim");
  res = petugas.post_raw(base + "/response?nama_berkas=jawaban-1.csv", answer, "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  auto r = json::parse(res->body);
  EXPECT_EQ(r["rows"], 7);
  EXPECT_EQ(r["accepted"], 1);
  EXPECT_EQ(r["rejected"], 1);
  EXPECT_EQ(r["invalid"], 5);
  EXPECT_TRUE(r["saved"]);
  EXPECT_EQ(codes(r), (std::set<std::string>{"kpj_tidak_valid", "nik_tidak_dikenal", "nik_bukan_batch_ini",
                                             "kpj_sudah_dipakai", "tanggal_tidak_valid"}));
  for (const auto& e : r["errors"]) {
    EXPECT_EQ(e["message"].get<std::string>().rfind("Baris " + std::to_string(e["row"].get<int>()), 0), 0u) << e;
    EXPECT_EQ(e["message"].get<std::string>().find("1571019999990009"), std::string::npos);  // NIKs masked
  }
  EXPECT_EQ(get(a).status, "aktif");
  EXPECT_EQ(get(a).kpj, "25012345678");
  EXPECT_EQ(get(b).status, "ditolak_bpjs");
  EXPECT_NE(get(b).alasan.find("Nama tidak sesuai"), std::string::npos);
  EXPECT_EQ(get(c).status, "didaftarkan");  // its rows were all bad: still waiting
  // two workers, the file, and the rejected worker's months released to the budget (issue 17)
  EXPECT_EQ(audit_count(), before_audit + 4);
  std::int64_t released = 0;
  server_->app().store().read([&](store::Session& s) {
    for (const auto& e : s.audit().entries("pekerja", std::to_string(b), 0, 50).items)
      released += e.aksi == "lepas_alokasi";
  });
  EXPECT_EQ(released, 1);
  EXPECT_EQ(r["baris"], preview["baris"]);  // applied as previewed
  EXPECT_FALSE(r["dry_run"]);

  // The same file again changes nothing.
  res = petugas.post_raw(base + "/response?nama_berkas=jawaban-1.csv", answer, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  r = json::parse(res->body);
  EXPECT_FALSE(r["saved"]);
  EXPECT_EQ(r["unchanged"], 2);
  EXPECT_EQ(r["accepted"], 0);
  EXPECT_EQ(audit_count(), before_audit + 4);
  // A preview of the applied file says so, row by row.
  res = petugas.post_raw(base + "/response?dry_run=1", answer, "text/csv");
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["unchanged"], 2);
  EXPECT_EQ(json::parse(res->body)["baris"][0]["hasil"], "tidak_berubah");
  EXPECT_EQ(json::parse(res->body)["baris"][0]["kpj"], "25012345678");
  EXPECT_EQ(audit_count(), before_audit + 4);
  // A different answer for an answered worker is refused, not applied.
  res = petugas.post_raw(base + "/response", "nik,kpj,tanggal_efektif\n1571011708850001,25012345679,2026-02-01\n",
                         "text/csv");
  EXPECT_EQ(codes(json::parse(res->body)), std::set<std::string>{"sudah_dijawab"});
  EXPECT_EQ(get(a).kpj, "25012345678");

  // Re-sending the area before any correction: the same data would be rejected again.
  res = kel.post("/api/v1/bpjs/batches", {{"kirim_ulang", true}});
  ASSERT_EQ(res->status, 422) << res->body;
  EXPECT_NE(json::parse(res->body)["error"]["message"].get<std::string>().find("belum diperbaiki"), std::string::npos);
  EXPECT_EQ(get(b).status, "ditolak_bpjs");

  // Correction through the registry, then re-sending: back to didaftarkan in a new batch.
  const Worker old = get(b);
  json fix = {{"nik", old.nik},
              {"nama", "Budi Hartono Saputra"},
              {"tanggal_lahir", "1985-08-17"},
              {"jenis_kelamin", "L"},
              {"kode_kelurahan", "15.71.01.1001"},
              {"rt", 7},
              {"pekerjaan", "becak"},
              {"penghasilan", 1000000},
              {"kategori", "pekerja_rentan"},
              {"versi", old.version}};
  res = kel.put("/api/v1/workers/" + std::to_string(b), fix);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(get(b).status, "ditolak_bpjs");
  // The name is material and the record was verified: a second person approves it (issue 16
  // item 4) before it counts as corrected.
  const auto change = json::parse(res->body)["perubahan_tertunda"]["id"].get<std::int64_t>();
  EXPECT_NE(get(b).nama, "Budi Hartono Saputra");
  UserClient admin(*server_, "admin.kota");
  res = admin.post("/api/v1/worker-changes/" + std::to_string(change) + "/decision", {{"keputusan", "disetujui"}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(get(b).nama, "Budi Hartono Saputra");
  res = kel.post("/api/v1/bpjs/batches", {{"kirim_ulang", true}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto resent = json::parse(res->body);
  EXPECT_EQ(resent["jumlah"], 1);  // only the corrected worker: c is still waiting in the first batch
  EXPECT_EQ(get(b).status, "didaftarkan");
  const std::string base2 = "/api/v1/bpjs/batches/" + std::to_string(resent["id"].get<std::int64_t>());
  res = kel.get(base2 + "/file");
  EXPECT_NE(res->body.find("Budi Hartono Saputra"), std::string::npos);
  res = petugas.post_raw(base2 + "/response", "nik,kpj,tanggal_efektif\n1571011708850002,25012345673,2026-03-01\n",
                         "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(get(b).status, "aktif");
  EXPECT_EQ(get(b).kpj, "25012345673");

  // History with counts; the batch detail shows NIKs masked.
  res = kel.get("/api/v1/bpjs/batches");
  ASSERT_EQ(res->status, 200);
  const auto history = json::parse(res->body);
  ASSERT_EQ(history["total"], 2);
  EXPECT_EQ(history["items"][1]["jumlah"], 3);
  EXPECT_EQ(history["items"][1]["diterima"], 1);
  EXPECT_EQ(history["items"][1]["ditolak"], 1);
  EXPECT_EQ(history["items"][1]["menunggu"], 1);
  const auto detail = json::parse(kel.get(base)->body);
  EXPECT_EQ(detail["pekerja"][0]["nik"], "1571**********01");
  EXPECT_EQ(detail["jawaban"].size(), 1u);
  EXPECT_EQ(rt.get("/api/v1/bpjs/batches")->status, 403);
}

TEST_F(BpjsTest, CardsRequestedPrintedHandedOverAndVerifiedPublicly) {
  // Funded June 2026 - May 2027, paid up to December 2026: active until the last *paid* month.
  const auto active =
      worker("1571011708850011", "Siti Nur'aini", "15.71.01.1001", 7, "aktif", {2026, 6}, 12, 7, "25011111111");
  const auto lapsed =
      worker("1571011708850012", "Rahmat Hidayat", "15.71.01.1001", 7, "aktif", {2025, 1}, 12, 0, "25011111112");
  const auto waiting = worker("1571011708850013", "Joko", "15.71.01.1001", 7, "didaftarkan");
  UserClient kel(*server_, "operator.kel"), rt(*server_, "ketua.rt");
  EXPECT_EQ(rt.post("/api/v1/cards", {{"pekerja", {active}}})->status, 403);

  auto res = kel.post("/api/v1/cards", {{"pekerja", {active, lapsed, waiting}}});
  ASSERT_EQ(res->status, 201) << res->body;
  auto r = json::parse(res->body);
  EXPECT_EQ(r["accepted"], 2);
  EXPECT_EQ(r["rejected"], 1);
  EXPECT_EQ(r["items"][2]["masalah"][0]["code"], "belum_aktif");
  const auto batch_id = r["batch"]["id"].get<std::int64_t>();
  EXPECT_EQ(r["batch"]["diminta"], 2);
  // One open card per worker.
  res = kel.post("/api/v1/cards", {{"pekerja", {active}}});
  ASSERT_EQ(res->status, 422);
  EXPECT_NE(json::parse(res->body)["error"]["message"].get<std::string>().find("sudah diminta"), std::string::npos);

  const std::string base = "/api/v1/cards/batches/" + std::to_string(batch_id);
  auto detail = json::parse(kel.get(base)->body);
  ASSERT_EQ(detail["kartu"].size(), 2u);
  EXPECT_EQ(detail["kartu"][0]["status"], "diminta");
  EXPECT_EQ(detail["kartu"][0]["nik"], "1571**********11");
  EXPECT_FALSE(detail["kartu"][0].contains("token"));
  const auto card_id = detail["kartu"][0]["id"].get<std::int64_t>();
  // Not printed yet: cannot be handed over.
  EXPECT_EQ(kel.post("/api/v1/cards/" + std::to_string(card_id) + "/handover", json::object())->status, 409);

  res = kel.post(base + "/print", json::object());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(res->body.substr(0, 5), "%PDF-");
  EXPECT_EQ(res->get_header_value("X-Kartu-Dicetak"), "2");
  // Each printed QR code opens this server's page for its card (pdftoppm and zbarimg, when the
  // test tools are installed: scripts/install-deps.sh --test).
  if (std::system("command -v pdftoppm >/dev/null 2>&1 && command -v zbarimg >/dev/null 2>&1") == 0) {
    const auto dir = std::filesystem::temp_directory_path() / ("lindungi_kartu_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "k.pdf", std::ios::binary) << res->body;
    const std::string cmd = "pdftoppm -r 200 -png " + (dir / "k.pdf").string() + " " + (dir / "p").string() +
                            " 2>/dev/null && zbarimg --quiet --raw " + (dir / "p-1.png").string() + " 2>/dev/null";
    std::string decoded;
    if (FILE* p = popen(cmd.c_str(), "r")) {
      char buf[512];
      while (fgets(buf, sizeof buf, p)) decoded += buf;
      pclose(p);
    }
    std::filesystem::remove_all(dir);
    const std::string prefix = "http://127.0.0.1:" + std::to_string(server_->port()) + "/v/";
    int opened = 0;
    std::istringstream lines(decoded);
    for (std::string url; std::getline(lines, url);) {
      ASSERT_EQ(url.rfind(prefix, 0), 0u) << url;
      auto page = server_->client().Get(url.substr(url.find("/v/")).c_str());
      ASSERT_TRUE(page);
      EXPECT_EQ(page->status, 200) << url;
      opened += page->body.find("ktif") != std::string::npos;  // "Aktif s.d." or "Tidak aktif"
    }
    EXPECT_EQ(opened, 2) << decoded;
  } else {
    std::fprintf(stderr, "pdftoppm/zbarimg tidak terpasang: kode QR kartu tidak didekode\n");
  }
  detail = json::parse(kel.get(base)->body);
  EXPECT_EQ(detail["dicetak"], 2);
  EXPECT_EQ(detail["kartu"][0]["dicetak"]["oleh"], "operator.kel");

  res = kel.post("/api/v1/cards/" + std::to_string(card_id) + "/handover", json::object());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["status"], "diserahkan");
  EXPECT_EQ(json::parse(res->body)["diserahkan"]["oleh"], "operator.kel");
  EXPECT_EQ(kel.post("/api/v1/cards/" + std::to_string(card_id) + "/handover", json::object())->status, 409);
  res = kel.post(base + "/handover", json::object());  // the rest of the batch
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["diserahkan"], 1);
  const auto per_worker = json::parse(kel.get("/api/v1/workers/" + std::to_string(active) + "/cards")->body);
  ASSERT_EQ(per_worker["items"].size(), 1u);
  EXPECT_EQ(per_worker["items"][0]["status"], "diserahkan");
  EXPECT_FALSE(per_worker["items"][0].contains("token"));

  // The public page: initials and "aktif s.d." only; the same neutral page for anything unknown.
  std::string token_active, token_lapsed;
  server_->app().store().read([&](store::Session& s) {
    token_active = s.bpjs().cards_of_worker(active).front().token;
    token_lapsed = s.bpjs().cards_of_worker(lapsed).front().token;
  });
  EXPECT_EQ(token_active.size(), 22u);
  auto anon = server_->client();
  auto page = anon.Get(("/v/" + token_active).c_str());
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("S. N."), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("Aktif s.d. 31/12/2026"), std::string::npos) << page->body;
  for (const std::string secret : {"Siti", "Nur", "25011111111", "1571011708850011", "**********", "APBD"})
    EXPECT_EQ(page->body.find(secret), std::string::npos) << secret;
  auto api = anon.Get(("/api/v1/verifikasi/" + token_active).c_str());
  ASSERT_EQ(api->status, 200);
  const auto j = json::parse(api->body);
  EXPECT_EQ(j, (json{{"ditemukan", true},
                     {"inisial", "S. N."},
                     {"aktif", true},
                     {"sampai", "2026-12-31"},
                     {"diganti", false},
                     {"status", "aktif s.d. 31/12/2026"}}));
  // Today is 21/11/2026 in the test server: the 2025-funded member's card says "tidak aktif".
  page = anon.Get(("/v/" + token_lapsed).c_str());
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Tidak aktif"), std::string::npos);
  EXPECT_EQ(page->body.find("Rahmat"), std::string::npos);
  EXPECT_EQ(json::parse(anon.Get(("/api/v1/verifikasi/" + token_lapsed).c_str())->body)["status"], "tidak aktif");
  const auto unknown = anon.Get("/v/AAAAAAAAAAAAAAAAAAAAAA");
  const auto malformed = anon.Get("/v/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  ASSERT_EQ(unknown->status, 404);
  ASSERT_EQ(malformed->status, 404);
  EXPECT_EQ(unknown->body, malformed->body);
  EXPECT_EQ(malformed->body.find("<script>"), std::string::npos);
  EXPECT_EQ(anon.Get("/api/v1/verifikasi/AAAAAAAAAAAAAAAAAAAAAA")->status, 404);

  // A lost card (scopefix): once a new card is requested for the worker, the old one says it was
  // replaced, on the page and in the JSON, while the worker is still active; the new one verifies.
  res = kel.post("/api/v1/cards", {{"pekerja", {active}}});
  ASSERT_EQ(res->status, 201) << res->body;
  std::string token_new;
  server_->app().store().read([&](store::Session& s) {
    for (const auto& c : s.bpjs().cards_of_worker(active))
      if (c.token != token_active) token_new = c.token;
  });
  ASSERT_NE(token_new, token_active);
  EXPECT_EQ(json::parse(anon.Get(("/api/v1/verifikasi/" + token_active).c_str())->body),
            (json{{"ditemukan", true},
                  {"inisial", "S. N."},
                  {"aktif", false},
                  {"sampai", nullptr},
                  {"diganti", true},
                  {"status", "kartu sudah diganti dengan kartu baru"}}));
  page = anon.Get(("/v/" + token_active).c_str());
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Kartu sudah diganti"), std::string::npos) << page->body;
  EXPECT_EQ(page->body.find("Aktif s.d."), std::string::npos) << page->body;
  const auto renewed = json::parse(anon.Get(("/api/v1/verifikasi/" + token_new).c_str())->body);
  EXPECT_EQ(renewed["status"], "aktif s.d. 31/12/2026");
  EXPECT_EQ(renewed["diganti"], false);
}

TEST_F(BpjsTest, CardsForTheAcceptedWorkersOfARegistrationBatch) {
  const auto a = worker("1571011708850021", "Wahyu", "15.71.01.1001", 7, "dialokasikan");
  const auto b = worker("1571011708850022", "Yanti", "15.71.01.1001", 7, "dialokasikan");
  UserClient admin(*server_, "admin.kota"), petugas(*server_, "petugas.bpjs");
  auto res = admin.post("/api/v1/bpjs/batches", {{"pekerja", {a, b}}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto id = json::parse(res->body)["id"].get<std::int64_t>();
  res = admin.post("/api/v1/cards", {{"pendaftaran", id}});
  EXPECT_EQ(res->status, 422);  // nobody accepted yet
  res = petugas.post_raw("/api/v1/bpjs/batches/" + std::to_string(id) + "/response",
                         "nik;kpj;tanggal_efektif;status;alasan\n1571011708850021;25022222221;01/03/2026;diterima;\n"
                         "1571011708850022;;;ditolak;Data ganda\n",
                         "text/csv");
  ASSERT_EQ(res->status, 201) << res->body;
  res = admin.post("/api/v1/cards", {{"pendaftaran", id}});
  ASSERT_EQ(res->status, 201) << res->body;
  const auto r = json::parse(res->body);
  EXPECT_EQ(r["accepted"], 1);
  EXPECT_EQ(r["items"][0]["pekerja_id"], a);
  EXPECT_EQ(r["batch"]["pendaftaran_id"], id);
}

}  // namespace
