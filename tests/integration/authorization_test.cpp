// Authorization, table-driven: every route × every role × a record (or area) inside the role's
// scope, one in another kelurahan of the same city and one in another kab/kota (15.72; another
// province for the province's role), read and write (issue 16 item 2). A route without a row here
// fails the test, so a new endpoint cannot ship without its access rules being checked. The rows
// are in authorization_<group>_rows.cpp by route group; the cases the review of issue 16 found are
// authorization_issue16_test.cpp (IssueSixteenCasesAreRefused).
#include <iterator>

#include "integration/authorization_fixture.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"

using namespace lindungi::testing::authorization;

namespace {

TEST_F(AuthorizationTest, EveryRouteEveryRoleInsideAndOutsideScope) {
  // The rows by route group, one file each (authorization_*_rows.cpp), in the order they run: a few
  // read what an earlier one wrote.
  std::vector<Case> cases;
  for (auto group : {&MatrixRows::accounts, &MatrixRows::intake, &MatrixRows::claims_and_jakon, &MatrixRows::bpjs,
                     &MatrixRows::billing}) {
    auto rows = group();
    cases.insert(cases.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
  // Routes checked by their own tests, because calling them changes the caller's session.
  const std::set<std::string> elsewhere = {"POST /api/v1/auth/login", "POST /api/v1/auth/logout"};

  std::set<std::string> covered = elsewhere;
  for (const auto& c : cases) covered.insert(c.method + " " + c.pattern);
  for (const auto& route : http::api_routes(server_->app()))
    EXPECT_TRUE(covered.contains(route.method + " " + route.pattern))
        << "route without an authorization row: " << route.method << " " << route.pattern;

  int checks = 0;
  for (Role role : all_roles()) {
    UserClient client(*server_, std::string{to_string(role)});
    ASSERT_TRUE(client.logged_in()) << to_string(role);
    for (const auto& c : cases) {
      // Inside once, then outside in another kelurahan of the city and in another kab/kota.
      for (const auto& [in, where] : {std::pair{true, Outside::kelurahan}, std::pair{false, Outside::kelurahan},
                                      std::pair{false, Outside::kabkota}}) {
        if (!in && c.out == 0) continue;
        const Scope scope = scope_of(role, where);
        const auto res = c.call(client, scope, in);
        ASSERT_TRUE(res) << c.method << " " << c.pattern;
        const int expected = !c.allowed(role) ? 403 : in || scope.out_inside ? c.ok : c.out;
        EXPECT_EQ(res->status, expected) << to_string(role) << " " << c.method << " " << c.pattern
                                         << (in ? " (dalam wilayah)" : " (luar wilayah: " + scope.where + ")") << ": "
                                         << res->body;
        ++checks;
      }
    }
  }
  EXPECT_GT(checks, 400);
}

TEST_F(AuthorizationTest, WithoutLoginOnlyPublicRoutesAnswer) {
  auto c = server_->client();
  for (const auto& route : http::api_routes(server_->app())) {
    if (route.pattern.find(':') != std::string::npos) continue;  // parameterised: covered below
    httplib::Result res =
        route.method == "GET" ? c.Get(route.pattern.c_str()) : c.Post(route.pattern.c_str(), "{}", "application/json");
    ASSERT_TRUE(res);
    const std::string code = res->status >= 400 ? json::parse(res->body)["error"]["code"].get<std::string>() : "";
    if (route.requires_login)
      EXPECT_EQ(code, "belum_masuk") << route.method << " " << route.pattern;
    else
      EXPECT_NE(code, "belum_masuk") << route.method << " " << route.pattern;
  }
  EXPECT_EQ(c.Get(("/api/v1/workers/" + std::to_string(wA_)).c_str())->status, 401);
  EXPECT_EQ(c.Get("/api/v1/workers/nik/1571011708850001")->status, 401);
  EXPECT_EQ(c.Get("/api/v1/public/coverage?level=rt")->status, 400);  // never RT-level to the public
  // The public figures are dated by the one clock (issue 17 item 8).
  const auto pub = c.Get("/api/v1/public/coverage?level=kecamatan");
  ASSERT_TRUE(pub);
  EXPECT_EQ(json::parse(pub->body)["tanggal"], server_->app().today().iso());
}

// BPJS registration and member cards (issue 4 items 4-5): a card's public verification answers
// every role and anonymous callers alike, with nothing but initials and the active text.
TEST_F(AuthorizationTest, CardVerificationIsTheSameForEveryoneAndAnonymous) {
  const std::string token = public_token();
  auto anon = server_->client();
  const auto page = anon.Get(("/v/" + token).c_str());
  const auto api = anon.Get(("/api/v1/verifikasi/" + token).c_str());
  ASSERT_TRUE(page && api);
  ASSERT_EQ(page->status, 200);
  ASSERT_EQ(api->status, 200);
  EXPECT_EQ(json::parse(api->body)["inisial"], "P. D.");  // "Pekerja Didata"
  for (Role role : all_roles()) {
    UserClient client(*server_, std::string{to_string(role)});
    EXPECT_EQ(client.get("/v/" + token)->body, page->body) << to_string(role);
    EXPECT_EQ(client.get("/api/v1/verifikasi/" + token)->body, api->body) << to_string(role);
  }
}

// Cek Perlindungan (issue 20 item 1): the public check answers every role and anonymous callers
// alike, and a wrong pair the same for all of them as an unknown NIK.
TEST_F(AuthorizationTest, ProtectionCheckIsTheSameForEveryoneAndAnonymous) {
  auto anon = server_->client();
  const json right = {{"nik", cek_nik()}, {"tanggal_lahir", "1985-08-17"}};
  const auto answer = anon.Post("/api/v1/public/cek", right.dump(), "application/json");
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  EXPECT_EQ(json::parse(answer->body)["inisial"], "P. D.");  // "Pekerja Didata"
  const json unknown = {{"nik", "1571011708859999"}, {"tanggal_lahir", "1985-08-17"}};
  const auto refused = anon.Post("/api/v1/public/cek", unknown.dump(), "application/json");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 404);
  for (Role role : all_roles()) {
    UserClient client(*server_, std::string{to_string(role)});
    EXPECT_EQ(client.post("/api/v1/public/cek", right)->body, answer->body) << to_string(role);
  }
  UserClient admin(*server_, "admin_kota");
  EXPECT_EQ(admin.post("/api/v1/public/cek", unknown)->body, refused->body);
}

TEST_F(AuthorizationTest, WritesNeedTheSessionsCsrfToken) {
  UserClient admin(*server_, "admin_kota");
  auto c = server_->client();
  httplib::Headers no_token{{"Cookie", admin.cookie()}};
  auto res = c.Post("/api/v1/workers", no_token, new_worker("15.71.01.1001", 1).dump(), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(json::parse(res->body)["error"]["code"], "csrf_tidak_valid");
  httplib::Headers wrong{{"Cookie", admin.cookie()}, {"X-CSRF-Token", admin.csrf() + "x"}};
  EXPECT_EQ(c.Post("/api/v1/workers", wrong, new_worker("15.71.01.1001", 1).dump(), "application/json")->status, 403);
}

TEST_F(AuthorizationTest, NiksAreMaskedUnlessRevealedAndRevealsAreAudited) {
  UserClient kel(*server_, "operator_kelurahan");
  const auto list = json::parse(kel.get("/api/v1/workers")->body);
  ASSERT_GE(list["total"].get<int>(), 1);
  for (const auto& item : list["items"])
    EXPECT_NE(item["nik"].get<std::string>().find("**********"), std::string::npos);
  const std::string path = "/api/v1/workers/" + std::to_string(wA_);
  EXPECT_EQ(json::parse(kel.get(path)->body)["nik"], "1571**********01");
  auto reveals = [&] {
    int n = 0;
    server_->app().store().read([&](store::Session& s) {
      for (const auto& e : s.audit().entries("pekerja", std::to_string(wA_), 0, 500).items)
        n += e.aksi == "lihat_nik" && e.pelaku == "operator_kelurahan";
    });
    return n;
  };
  const int before = reveals();
  EXPECT_EQ(json::parse(kel.get(path + "?nik=lengkap")->body)["nik"], "1571011708850001");
  EXPECT_EQ(reveals(), before + 1);
  UserClient kec(*server_, "operator_kecamatan");  // read-mostly: may not reveal
  const auto refused = kec.get(path + "?nik=lengkap");
  EXPECT_EQ(refused->status, 403);
  EXPECT_EQ(json::parse(kec.get(path)->body)["nik"], "1571**********01");
}

TEST_F(AuthorizationTest, PemprovSeesOnlyItsCohort) {
  UserClient p(*server_, "pemprov");
  const auto list = json::parse(p.get("/api/v1/workers")->body);
  for (const auto& item : list["items"]) EXPECT_EQ(item["sumber_dana"], "apbd_provinsi");
}

// Billing by area (scopefix, issue 16 item 1): two kab/kota in one deployment bill only their own
// APBD. To each city's admin the other's invoice, payment, cancellation, list, arrears and renewal
// are not there (404), and no answer names the other's funder.
TEST_F(AuthorizationTest, EachKabKotaBillsOnlyItsOwnFunder) {
  UserClient sp(*server_, "admin.sungaipenuh"), kota(*server_, "admin_kota");
  ASSERT_TRUE(sp.logged_in() && kota.logged_in());
  const auto kota_invoice = invoice_of("apbd_kota", "apbd_kota", "15.71");
  const auto sp_invoice = sungai_penuh_invoice();
  auto expect_refused = [](const httplib::Result& res, const std::string& funder, const std::string& what) {
    ASSERT_TRUE(res) << what;
    EXPECT_EQ(res->status, 404) << what << ": " << res->body;
    const std::string name = funder == "apbd_kota" ? "APBD Kota Jambi" : "APBD Kota Sungai Penuh";
    EXPECT_EQ(res->body.find(name), std::string::npos) << what << ": " << res->body;
  };
  static int ref = 0;
  const json payment = {{"jumlah", 16800}, {"tanggal", "2026-11-01"}, {"referensi", "UJI-SP-" + std::to_string(++ref)}};
  const std::vector<std::tuple<UserClient*, std::int64_t, std::string>> cases = {
      {&sp, kota_invoice, "apbd_kota"}, {&kota, sp_invoice, "apbd_sungai_penuh"}};
  for (const auto& [client, invoice, funder] : cases) {
    const std::string path = "/api/v1/invoices/" + std::to_string(invoice);
    expect_refused(client->get(path), funder, "GET " + path);
    expect_refused(client->get(path + "?format=xlsx"), funder, "XLSX " + path);
    expect_refused(client->get(path + "?format=pdf"), funder, "PDF " + path);
    expect_refused(client->post(path + "/cancel", {{"alasan", "Salah periode"}}), funder, "cancel " + funder);
    expect_refused(client->post(path + "/payments", payment), funder, "payment " + funder);
    expect_refused(client->get("/api/v1/invoices?sumber_dana=" + funder), funder, "list " + funder);
    expect_refused(
        client->post("/api/v1/invoices", {{"sumber_dana", funder}, {"dari", "2020-01"}, {"sampai", "2020-01"}}), funder,
        "issue " + funder);
    expect_refused(client->get("/api/v1/arrears?sumber_dana=" + funder), funder, "arrears " + funder);
    expect_refused(client->post("/api/v1/renewals", {{"sumber_dana", funder}, {"tahun", 2099}}), funder,
                   "renewal " + funder);
  }
  // Each still sees its own, and the lists hold nothing of the other's.
  EXPECT_EQ(sp.get("/api/v1/invoices/" + std::to_string(sp_invoice))->status, 200);
  EXPECT_EQ(kota.get("/api/v1/invoices/" + std::to_string(kota_invoice))->status, 200);
  // Parsed into names first: a range-for over a member of a temporary reads a destroyed object
  // (the loops saw nothing before).
  const json sp_list = json::parse(sp.get("/api/v1/invoices")->body);
  const json kota_list = json::parse(kota.get("/api/v1/invoices")->body);
  ASSERT_FALSE(sp_list["items"].empty());
  ASSERT_FALSE(kota_list["items"].empty());
  for (const auto& item : sp_list["items"]) EXPECT_EQ(item["sumber_dana"], "apbd_sungai_penuh");
  for (const auto& item : kota_list["items"]) EXPECT_NE(item["sumber_dana"], "apbd_sungai_penuh");
  std::optional<store::InvoiceRecord> after;
  server_->app().store().read([&](store::Session& s) { after = s.billing().invoice(kota_invoice); });
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, "terbit");
  EXPECT_EQ(after->dibayar, 0);
}

}  // namespace
