// Issue 17 item 10: the server answers in the user's language. A sweep of failing requests
// (login, no session, validation of a worker, an import with bad rows, forbidden, not found,
// conflicts, NIK warnings) asked in English: every human text in the answers is English, codes
// and field names are unchanged, and the HTTP boundary recorded no text it could not translate.
// The same requests without Accept-Language (or in another language) stay Indonesian. Both
// backends (the pg: run), like every API test.
#include "http/language.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "formats/table_reader.hpp"
#include "integration/test_server.hpp"
#include "pdf_tools.hpp"
#include "store/funding_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::kTestPassword;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const char* kLanguageHeader =
    "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
    "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n";

class LanguageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("bahasa");
    server_->app().store().write([](store::Session& s) {
      for (int rt = 1; rt <= 2; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
    });
    server_->add_user("rt1", "ketua_rt", "15.71.01.1001.001");
    server_->add_user("kel", "operator_kelurahan", "15.71.01.1001");
    server_->add_user("kota", "admin_kota", "15.71");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }
  void SetUp() override { http::clear_untranslated_messages(); }
  static inline TestServer* server_ = nullptr;

  static json worker(const std::string& nik, const std::string& born, const std::string& nama) {
    return {{"nik", nik},
            {"nama", nama},
            {"tanggal_lahir", born},
            {"jenis_kelamin", "P"},
            {"kode_kelurahan", "15.71.01.1001"},
            {"rt", 1},
            {"pekerjaan", "pedagang_umkm"},
            {"penghasilan", 1500000},
            {"kategori", "pekerja_rentan"},
            {"persetujuan", true}};
  }
};

// Every human text of an answer: the error's message and its field problems, and anywhere the
// values the boundary translates.
void texts(const json& node, const std::string& key, std::vector<std::string>& out) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string& k = it.key();
      const bool human =
          k == "message" || k == "pesan" || k == "label" || (k.size() > 6 && k.compare(k.size() - 6, 6, "_label") == 0);
      if (it->is_string() && human)
        out.push_back(it->get<std::string>());
      else
        texts(*it, k, out);
    }
  } else if (node.is_array()) {
    for (const auto& item : node) texts(item, key, out);
  }
}

std::vector<std::string> texts(const httplib::Result& res) {
  std::vector<std::string> out;
  texts(json::parse(res->body), "", out);
  return out;
}

// Words that occur in nearly every Indonesian message and in no English one.
bool looks_indonesian(const std::string& text) {
  for (const char* word : {" tidak ", " wajib ", " sudah ", " harus ", " dengan ", " atau ", " belum ", "Anda ",
                           " sama", " berbeda", " yang ", " ke-", "Baris ", " kolom "})
    if (text.find(word) != std::string::npos) return true;
  return false;
}

void expect_english(const httplib::Result& res, int status, const std::string& code) {
  ASSERT_TRUE(res) << "no response";
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Language"), "en");
  EXPECT_NE(res->get_header_value("Vary").find("Accept-Language"), std::string::npos);
  const auto body = json::parse(res->body);
  if (!code.empty()) {
    EXPECT_EQ(body["error"]["code"], code) << res->body;  // codes never change
  }
  const auto all = texts(res);
  EXPECT_FALSE(all.empty()) << res->body;
  for (const auto& t : all) EXPECT_FALSE(looks_indonesian(t)) << t;
}

TEST_F(LanguageTest, FailingRequestsAnswerInEnglishWhenAsked) {
  auto client = server_->client();
  const httplib::Headers english{{"Accept-Language", "en-GB,en;q=0.9,id;q=0.5"}};

  // Login failure and no session.
  auto login = client.Post("/api/v1/auth/login", english,
                           json{{"username", "rt1"}, {"password", "salah-sekali-123"}}.dump(), "application/json");
  expect_english(login, 401, "login_gagal");
  EXPECT_EQ(json::parse(login->body)["error"]["message"], "Wrong username or password");
  expect_english(client.Get("/api/v1/workers", english), 401, "belum_masuk");
  expect_english(client.Get("/api/v1/tidak-ada", english), 404, "rute_tidak_ada");

  UserClient rt(*server_, "rt1", kTestPassword, "en"), kel(*server_, "kel", kTestPassword, "en-US");
  ASSERT_TRUE(rt.logged_in());
  ASSERT_TRUE(kel.logged_in());

  // Validation of a worker: every field problem in English, fields and codes as they were. First
  // values of the wrong form (the parser's problems), then well-formed values that break the rules.
  json malformed = worker("1571014103900001", "31/02/1990", "Budi");
  malformed["jenis_kelamin"] = "X";
  malformed["rt"] = 1000;
  malformed["penghasilan"] = "banyak";
  auto unreadable = rt.post("/api/v1/workers", malformed);
  expect_english(unreadable, 422, "");
  EXPECT_EQ(json::parse(unreadable->body)["error"]["errors"].size(), 4u) << unreadable->body;
  json bad = worker("12345", "01/03/2030", "");
  bad["pekerjaan"] = "astronot";
  bad["kategori"] = "lain";
  bad["no_hp"] = "12";
  bad["penghasilan"] = 99000000;
  bad["ahli_waris"] = json::array({{{"nama", ""}, {"hubungan", "tetangga"}, {"nik", "1"}},
                                   {{"nama", "Budi"}, {"hubungan", "suami"}, {"nik", "157101"}}});
  auto invalid = rt.post("/api/v1/workers", bad);
  expect_english(invalid, 422, "");
  const auto err = json::parse(invalid->body)["error"];
  std::set<std::string> fields;
  for (const auto& e : err["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_TRUE(fields.contains("nik"));
  EXPECT_TRUE(fields.contains("nama"));
  EXPECT_TRUE(fields.contains("pekerjaan"));
  EXPECT_GE(err["errors"].size(), 8u) << invalid->body;

  // A created worker, then the same NIK again: a conflict.
  auto created = rt.post("/api/v1/workers", worker("1571014203900001", "02/03/1990", "Siti Rahmawati"));
  ASSERT_EQ(created->status, 201) << created->body;
  expect_english(rt.post("/api/v1/workers", worker("1571014203900001", "02/03/1990", "Siti Rahmawati")), 409,
                 "nik_sudah_ada");
  // Maker-checker: the one who recorded it may not verify it (a kelurahan operator records here).
  auto own = kel.post("/api/v1/workers", worker("1571014303900001", "03/03/1990", "Nur Aisyah"));
  ASSERT_EQ(own->status, 201) << own->body;
  const auto own_id = json::parse(own->body)["id"].get<std::int64_t>();
  auto checked = kel.post("/api/v1/workers/" + std::to_string(own_id) + "/verify", json::object());
  ASSERT_TRUE(checked);
  EXPECT_GE(checked->status, 400) << checked->body;
  expect_english(checked, checked->status, "");

  // NIK warnings on a worker's answer (a birth date the NIK contradicts), in English.
  auto flagged = rt.post("/api/v1/workers", worker("1571014403900001", "04/03/1985", "Dewi Lestari"));
  ASSERT_EQ(flagged->status, 201) << flagged->body;
  const auto peringatan = json::parse(flagged->body)["peringatan"];
  ASSERT_EQ(peringatan.size(), 1u) << flagged->body;
  EXPECT_EQ(peringatan[0]["kode"], "nik_tanggal_lahir_beda");
  EXPECT_EQ(peringatan[0]["pesan"], "Date of birth 04/03/1985 does not match the NIK (the NIK says 04/03/1990)");
  EXPECT_EQ(json::parse(flagged->body)["pekerjaan_label"], "Trader / small business");

  // Forbidden and not found.
  expect_english(rt.get("/api/v1/users"), 403, "");
  expect_english(rt.get("/api/v1/workers/999999"), 404, "pekerja_tidak_ada");
  expect_english(rt.get("/api/v1/workers?limit=100000"), 400, "parameter_tidak_valid");
  expect_english(rt.post_raw("/api/v1/workers", "{bukan json", "application/json"), 400, "json_tidak_valid");

  // An import with bad rows (a dry run, then for real): row problems, warnings and the summary.
  const std::string file = std::string{kLanguageHeader} +
                           "1571014503900001,Rina Marlina,05/03/1990,P,15.71.01.1001,1,,,becak,1000000,"
                           "pekerja_rentan,,,\n"
                           "15710145039,Sri Wahyuni,05/03/1990,P,15.71.01.1001,1,,,becak,1000000,pekerja_rentan,,,\n"
                           "1571014603900001,,32/13/1990,Q,15.71.01.1001,2,,,astronot,-5,lain,Budi,tetangga,123\n"
                           "1571014703900001,Yuli Handayani,07/03/1985,P,15.71.01.1001,1,,,becak,1000000,"
                           "pekerja_rentan,,,\n"
                           "1571014503900001,Rina Marlina,05/03/1990,P,15.71.01.1001,1,,,becak,1000000,"
                           "pekerja_rentan,,,\n"
                           // the registered Siti Rahmawati under a NIK one digit off: a suspected duplicate
                           "1571014203900002,Siti Rahmawati,02/03/1990,P,15.71.01.1001,1,,,becak,1000000,"
                           "pekerja_rentan,,,\n";
  for (const auto& [path, status] : {std::pair{"/api/v1/imports?dry_run=1&nama_berkas=rt.csv", 200},
                                     std::pair{"/api/v1/imports?nama_berkas=rt.csv", 201}}) {
    auto imported = rt.post_raw(path, file, "text/csv");
    ASSERT_TRUE(imported);
    ASSERT_EQ(imported->status, status) << imported->body;
    expect_english(imported, status, "");
    const auto r = json::parse(imported->body);
    EXPECT_GE(r["errors"].size(), 5u) << imported->body;
    EXPECT_GE(r["warnings"].size(), 1u) << imported->body;
    EXPECT_EQ(r["errors"][0]["code"], "nik_panjang");  // codes and columns as they were
    EXPECT_EQ(r["errors"][0]["column"], "nik");
    EXPECT_EQ(r["errors"][0]["message"], "Row 3, column nik: A NIK must have 16 digits, not 11");
    // The suspected duplicate's warning, with its reasons (a list inside the text) in English.
    bool duplicate = false;
    for (const auto& w : r["warnings"])
      if (w["message"].get<std::string>().find("Possibly the same person as") != std::string::npos) {
        duplicate = true;
        EXPECT_NE(w["message"].get<std::string>().find(": NIK differs in one digit only (digit 16); "),
                  std::string::npos)
            << w["message"];
        EXPECT_NE(w["message"].get<std::string>().find("Added to the duplicate review queue"), std::string::npos);
      }
    EXPECT_TRUE(duplicate) << imported->body;
  }
  // The import's problems read back later, in English too.
  auto history = rt.get("/api/v1/imports");
  ASSERT_EQ(history->status, 200) << history->body;
  const auto import_id = json::parse(history->body)["items"][0]["id"].get<std::int64_t>();
  expect_english(rt.get("/api/v1/imports/" + std::to_string(import_id)), 200, "");
  expect_english(rt.get("/api/v1/imports/" + std::to_string(import_id) + "/errors?format=json"), 200, "");
  // The duplicate queue: the pair's reasons, a list the server wrote.
  auto queue = kel.get("/api/v1/duplicates");
  expect_english(queue, 200, "");
  const auto pairs = json::parse(queue->body)["items"];
  ASSERT_FALSE(pairs.empty()) << queue->body;
  ASSERT_FALSE(pairs[0]["alasan"].empty()) << queue->body;
  for (const auto& reason : pairs[0]["alasan"]) EXPECT_FALSE(looks_indonesian(" " + reason.get<std::string>() + " "));
  EXPECT_EQ(pairs[0]["alasan"][0], "NIK differs in one digit only (digit 16)") << queue->body;

  // The boundary translated every text it met.
  EXPECT_EQ(http::untranslated_messages(), std::vector<std::string>{});
}

// The rows of an XLSX's first sheet, as text.
std::vector<std::vector<std::string>> sheet_rows(const std::string& xlsx) {
  std::vector<std::vector<std::string>> rows;
  formats::open_xlsx(xlsx)->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    std::vector<std::string> row;
    for (const auto& c : cells) row.push_back(c.number ? std::to_string(static_cast<std::int64_t>(c.value)) : c.text);
    rows.push_back(row);
    return true;
  });
  return rows;
}

// Files a person reads (reports as XLSX and PDF, an import's error report as CSV) follow the
// request's Accept-Language like the JSON answers: titles, subtitles, sheets, column headers and
// the server's texts in cells; the layout's own words in the PDF. Without the header, Indonesian.
TEST_F(LanguageTest, FilesAreWrittenInTheReadersLanguage) {
  UserClient kota(*server_, "kota", kTestPassword, "en-US,en;q=0.9"), kota_id(*server_, "kota");
  UserClient rt(*server_, "rt1", kTestPassword, "en");
  ASSERT_TRUE(kota.logged_in());
  ASSERT_TRUE(rt.logged_in());
  const std::vector<std::string> reports = {"/api/v1/reports/coverage?level=kelurahan",
                                            "/api/v1/reports/funding?tahun=2026",
                                            "/api/v1/reports/invoices?tahun=2026",
                                            "/api/v1/reports/arrears?tahun=2026",
                                            "/api/v1/arrears?tahun=2026",
                                            "/api/v1/reports/claims",
                                            "/api/v1/scholarships/due",
                                            "/api/v1/reports/projects"};
  for (const auto& path : reports) {
    const std::string sep = path.find('?') == std::string::npos ? "?" : "&";
    auto xlsx = kota.get(path + sep + "format=xlsx");
    ASSERT_TRUE(xlsx);
    ASSERT_EQ(xlsx->status, 200) << path << ": " << xlsx->body;
    EXPECT_EQ(xlsx->get_header_value("Content-Language"), "en") << path;
    const auto rows = sheet_rows(xlsx->body);
    ASSERT_FALSE(rows.empty()) << path;
    for (const auto& h : rows.front()) EXPECT_FALSE(looks_indonesian(" " + h + " ")) << path << ": " << h;
    // The same file for a reader who did not ask for English keeps its Indonesian headers.
    auto indonesian = kota_id.get(path + sep + "format=xlsx");
    ASSERT_EQ(indonesian->status, 200) << path;
    EXPECT_NE(sheet_rows(indonesian->body).front(), rows.front()) << path;
    auto pdf = kota.get(path + sep + "format=pdf");
    ASSERT_EQ(pdf->status, 200) << path << ": " << pdf->body;
    EXPECT_EQ(pdf->body.substr(0, 5), "%PDF-");
    if (lindungi::testing::have("pdftotext")) {
      const auto text = lindungi::testing::read_pdf(pdf->body).text;
      EXPECT_NE(text.find("Printed "), std::string::npos) << path << "\n" << text;
      EXPECT_NE(text.find("Page 1 of "), std::string::npos) << path << "\n" << text;
      for (const char* word : {"Dicetak", "Halaman", "Wilayah:", "Tidak ada data"})
        EXPECT_EQ(text.find(word), std::string::npos) << word << " in " << path << "\n" << text;
    }
  }
  auto coverage = sheet_rows(kota.get("/api/v1/reports/coverage?level=kelurahan&format=xlsx")->body);
  EXPECT_EQ(coverage.front(), (std::vector<std::string>{"Code", "Name", "Workers recorded", "Verified", "Covered",
                                                        "Potential", "Covered otherwise", "Coverage (%)"}));

  // An import's error report: headers, the level and the row's problem in English; the code and
  // the column as they were.
  const std::string file = std::string{kLanguageHeader} +
                           "15710145039,Sri Wahyuni,05/03/1990,P,15.71.01.1001,1,,,becak,1000000,pekerja_rentan,,,\n";
  auto csv = rt.post_raw("/api/v1/imports?dry_run=1&format=csv&nama_berkas=rt.csv", file, "text/csv");
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_NE(csv->body.find("row,column,level,code,message"), std::string::npos) << csv->body;
  EXPECT_NE(csv->body.find("2,nik,error,nik_panjang,\"Row 2, column nik: A NIK must have 16 digits, not 11\""),
            std::string::npos)
      << csv->body;
  UserClient rt_id(*server_, "rt1");
  auto csv_id = rt_id.post_raw("/api/v1/imports?dry_run=1&format=csv&nama_berkas=rt.csv", file, "text/csv");
  EXPECT_NE(csv_id->body.find("baris,kolom,tingkat,kode,pesan"), std::string::npos) << csv_id->body;

  // Every title, subtitle, sheet and header had its English entry.
  EXPECT_EQ(http::untranslated_messages(), std::vector<std::string>{});
}

// The legal basis and arithmetic of a figure are texts the server writes too: a quote's source,
// warnings and rounding, in English with the regulation's name kept ("Pasal" becomes "Article").
TEST_F(LanguageTest, LegalBasisAndQuoteTextsInEnglish) {
  UserClient rt(*server_, "rt1", kTestPassword, "en");
  auto premium = rt.get("/api/v1/premium?income=1500000");
  ASSERT_EQ(premium->status, 200) << premium->body;
  const auto p = json::parse(premium->body);
  EXPECT_EQ(p["source"], "PP 44/2015 Appendix II; PP 46/2015 (JHT)");
  ASSERT_EQ(p["warnings"].size(), 1u) << premium->body;
  EXPECT_EQ(p["warnings"][0].get<std::string>().rfind("The income bracket table above Rp", 0), 0u) << premium->body;
  auto jakon = rt.get("/api/v1/jakon?value=1000000000");
  ASSERT_EQ(jakon->status, 200) << jakon->body;
  const auto j = json::parse(jakon->body);
  EXPECT_EQ(j["rounding"].get<std::string>().rfind("Base = value without VAT", 0), 0u) << jakon->body;
  EXPECT_FALSE(looks_indonesian(" " + j["source"].get<std::string>() + " ")) << jakon->body;
  EXPECT_EQ(http::untranslated_messages(), std::vector<std::string>{});
}

// Cek Perlindungan (issue 20 item 1): every sentence of the answer (status, funder, card,
// benefits with their lines and legal basis, what to do and which documents) and its refusals, in
// English when asked; the figures stay as computed.
TEST_F(LanguageTest, ProtectionCheckAnswersInEnglish) {
  Worker w;
  w.nik = "1571015708850077";
  w.nama = "Siti Cek";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 1;
  w.pekerjaan = "becak";
  w.penghasilan = 1'000'000;
  w.kategori = "pekerja_rentan";
  w.persetujuan = true;
  w.status = "aktif";
  w.sumber_dana = "apbd_kota";
  server_->app().store().write([&](store::Session& s) {
    s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    s.registry().insert_worker(w);
    // November (the test server's today, 21/11/2026) and December, paid in advance: protected
    // until the end of December (a month not begun yet alone would not protect today).
    for (const char* bulan : {"2026-11", "2026-12"}) {
      store::AllocationRecord a{0, w.id, "apbd_kota", bulan, 16'800, 16'800, "2026-11-01"};
      s.funding().insert_allocation(a);
    }
  });
  auto client = server_->client();
  const httplib::Headers english{{"Accept-Language", "en"}};
  const auto res = client.Post("/api/v1/public/cek", english,
                               json{{"nik", w.nik}, {"tanggal_lahir", "1985-08-17"}}.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Language"), "en");
  const auto a = json::parse(res->body);
  EXPECT_EQ(a["status_label"], "Protected until 31/12/2026");
  std::vector<std::string> all = texts(res);
  for (const auto& m : a["manfaat"]) {
    all.push_back(m["teks"]);
    all.push_back(m["dasar_hukum"]);
  }
  for (const auto& g : a["langkah"]) {
    all.push_back(g["keterangan"]);
    for (const auto& h : g["hubungi"]) all.push_back(h["teks"]);
  }
  EXPECT_GT(all.size(), 30u);
  for (const auto& t : all) EXPECT_FALSE(looks_indonesian(" " + t + " ")) << t;
  EXPECT_NE(res->body.find("Rp42.000.000"), std::string::npos);
  expect_english(client.Post("/api/v1/public/cek", english,
                             json{{"nik", w.nik}, {"tanggal_lahir", "1985-08-18"}}.dump(), "application/json"),
                 404, "data_tidak_cocok");
  expect_english(client.Post("/api/v1/public/cek", english, json{{"nik", "123"}}.dump(), "application/json"), 422, "");
  EXPECT_EQ(http::untranslated_messages(), std::vector<std::string>{});
}

TEST_F(LanguageTest, IndonesianByDefaultAndForOtherLanguages) {
  auto client = server_->client();
  for (const httplib::Headers& headers :
       {httplib::Headers{}, httplib::Headers{{"Accept-Language", "id-ID,id;q=0.9"}},
        httplib::Headers{{"Accept-Language", "fr-FR, de;q=0.8"}}, httplib::Headers{{"Accept-Language", "en;q=0"}}}) {
    auto login = client.Post("/api/v1/auth/login", headers,
                             json{{"username", "rt1"}, {"password", "salah-sekali-123"}}.dump(), "application/json");
    ASSERT_TRUE(login);
    EXPECT_EQ(login->status, 401);
    EXPECT_EQ(login->get_header_value("Content-Language"), "id");
    EXPECT_EQ(json::parse(login->body)["error"]["message"], "Nama pengguna atau kata sandi salah");
  }
  UserClient rt(*server_, "rt1");
  auto invalid = rt.post("/api/v1/workers", worker("12345", "01/01/1990", "Budi"));
  ASSERT_EQ(invalid->status, 422);
  EXPECT_EQ(json::parse(invalid->body)["error"]["errors"][0]["message"], "NIK harus 16 digit, bukan 5 digit");
  // Indonesian answers are written as the handler wrote them: never parsed again.
  EXPECT_EQ(http::untranslated_messages(), std::vector<std::string>{});
}

TEST_F(LanguageTest, SuccessfulAnswersCarryTheLanguageHeaders) {
  auto client = server_->client();
  auto health = client.Get("/api/v1/health", httplib::Headers{{"Accept-Language", "en"}});
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Content-Language"), "en");
  EXPECT_NE(health->get_header_value("Vary").find("Accept-Language"), std::string::npos);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");  // values that are not texts stay
  // The web app's files are not API answers: no language of their own.
  auto page = client.Get("/", httplib::Headers{{"Accept-Language", "en"}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->get_header_value("Content-Language"), "");
}

}  // namespace
