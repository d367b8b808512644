// Issue 21 item 5 (low bandwidth: lists paged): the lists that were answered whole (users, funders,
// invoices, claims, pending worker changes, a worker's cards and verifications) answer in the one
// paging envelope, paged by the store's query: first page, last page, the total, a page past the
// end, bad paging parameters answered 400 naming the field. On both backends (ctest's pg: twin).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "claims_fixture.hpp"
#include "store/billing_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/pending_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_server.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace {

const std::string kPagingKel = "15.71.01.1001";
constexpr int kEach = 5;  // rows of each list the admin sees: pages of 2 are 2, 2 and 1

class ListPagingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("list_paging");
    server_->app().store().write([](store::Session& s) {
      s.registry().put_rt({"", kPagingKel, 1, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      for (int i = 1; i < kEach; ++i)
        s.funding().put_funder(
            {"dana_" + std::to_string(i), "Dana " + std::to_string(i), "apbd_kota", "15.71", {}, true});
      // Another city's funder and its invoice: the admin of 15.71 sees neither, in a page or a total.
      s.funding().put_funder({"apbd_lain", "APBD Kota Lain", "apbd_kota", "15.72", {}, true});
    });
    server_->reopen();
    server_->add_user("admin", "admin_kota", "15.71");
    for (int i = 1; i < kEach; ++i) server_->add_user("rt" + std::to_string(i), "ketua_rt", kPagingKel + ".001");

    auto& app = server_->app();  // after reopen(): the app it opened
    worker_ = lindungi::testing::claim_worker(app, kPagingKel, "apbd_kota");
    for (int i = 0; i < kEach; ++i) lindungi::testing::claim_fixture(app, kPagingKel, "apbd_kota", "draf");
    app.store().write([](store::Session& s) {
      store::CardBatchRecord batch;
      batch.pelaku = "uji";
      batch.wilayah = kPagingKel;
      s.bpjs().insert_card_batch(batch);
      for (int i = 0; i < kEach; ++i) {
        store::CardRecord c;
        c.batch_id = batch.id;
        c.pekerja_id = worker_;
        c.token = "tokenujihalaman000000" + std::to_string(i);  // 22 characters, as real ones
        c.diminta_oleh = "uji";
        c.diminta_pada = "2026-11-21T00:00:00Z";
        s.bpjs().insert_card(c);
      }
      for (int i = 0; i < kEach; ++i) {
        store::VerificationRecord v{
            0, worker_, i % 2 ? "diverifikasi" : "ditolak", "Alasan ke-" + std::to_string(i), "uji", ""};
        s.intake().add_verification(v);
        store::PendingChangeRecord p;
        p.pekerja_id = worker_;
        p.wilayah = kPagingKel + ".001";
        p.usulan = R"({"nama":"Nama Baru"})";
        p.perubahan = R"({"nama":["Nama Lama","Nama Baru"]})";
        p.versi = 1;
        p.diajukan_oleh = "uji";
        s.pending().insert_pending_change(p);
        store::InvoiceRecord r;
        r.nomor = "TAG/UJI/" + std::to_string(i);
        r.sumber_dana = "apbd_kota";
        r.dari = r.sampai = "2026-0" + std::to_string(i + 1);
        r.tahun = 2026;
        r.pelaku = "uji";
        s.billing().create_invoice(r, {});
      }
      store::InvoiceRecord other;
      other.nomor = "TAG/LAIN/1";
      other.sumber_dana = "apbd_lain";
      other.dari = other.sampai = "2026-01";
      other.tahun = 2026;
      other.pelaku = "uji";
      s.billing().create_invoice(other, {});
    });
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static std::vector<std::string> lists() {
    const std::string w = std::to_string(worker_);
    return {"/api/v1/users",
            "/api/v1/funders",
            "/api/v1/invoices",
            "/api/v1/claims",
            "/api/v1/worker-changes",
            "/api/v1/workers/" + w + "/cards",
            "/api/v1/workers/" + w + "/verifications"};
  }

  static json get_page(UserClient& c, const std::string& path) {
    auto res = c.get(path);
    if (!res) return json{{"no_answer", path}};
    EXPECT_EQ(res->status, 200) << path << " " << res->body;
    return json::parse(res->body);
  }

  // An item's identity: its id, or a funder's code.
  static std::string key(const json& item) { return item.contains("id") ? item["id"].dump() : item["kode"].dump(); }

  static TestServer* server_;
  static std::int64_t worker_;
};

TestServer* ListPagingTest::server_ = nullptr;
std::int64_t ListPagingTest::worker_ = 0;

TEST_F(ListPagingTest, PagesAreTheWholeListInOrderWithItsTotal) {
  UserClient c(*server_, "admin");
  ASSERT_TRUE(c.logged_in());
  for (const auto& list : lists()) {
    const auto whole = get_page(c, list + "?limit=500");
    ASSERT_EQ(whole["total"], kEach) << list << " " << whole.dump();
    ASSERT_EQ(whole["items"].size(), static_cast<std::size_t>(kEach)) << list;

    std::vector<std::string> paged;
    for (int page = 1; page <= 3; ++page) {
      const auto p = get_page(c, list + "?page=" + std::to_string(page) + "&limit=2");
      EXPECT_EQ(p["total"], kEach) << list << " page " << page;
      EXPECT_EQ(p["page"], page) << list;
      EXPECT_EQ(p["limit"], 2) << list;
      EXPECT_EQ(p["items"].size(), page < 3 ? 2u : 1u) << list << " page " << page;  // the last page: what is left
      for (const auto& item : p["items"]) paged.push_back(key(item));
    }
    std::vector<std::string> all;
    for (const auto& item : whole["items"]) all.push_back(key(item));
    EXPECT_EQ(paged, all) << list;  // the pages, one after another, are the list in its order
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), all.size()) << list;

    const auto past = get_page(c, list + "?page=4&limit=2");  // past the end: nothing, the same total
    EXPECT_TRUE(past["items"].is_array() && past["items"].empty()) << list << " " << past.dump();
    EXPECT_EQ(past["total"], kEach) << list;

    const auto first = get_page(c, list);  // no paging asked: the first page of the default size
    std::set<std::string> keys;
    for (const auto& [k, _] : first.items()) keys.insert(k);
    EXPECT_EQ(keys, (std::set<std::string>{"items", "limit", "page", "total"})) << list;  // the one envelope
    EXPECT_EQ(first["page"], 1) << list;
    EXPECT_EQ(first["limit"], 50) << list;
    EXPECT_EQ(first["items"].size(), static_cast<std::size_t>(kEach)) << list;
  }
}

TEST_F(ListPagingTest, BadPagingIsRefusedNamingTheField) {
  UserClient c(*server_, "admin");
  ASSERT_TRUE(c.logged_in());
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"page=0", "page"}, {"page=abc", "page"}, {"limit=0", "limit"}, {"limit=501", "limit"}, {"limit=-1", "limit"}};
  for (const auto& list : lists())
    for (const auto& [query, field] : bad) {
      auto res = c.get(list + "?" + query);
      ASSERT_TRUE(res) << list;
      EXPECT_EQ(res->status, 400) << list << "?" << query << " " << res->body;
      const auto body = json::parse(res->body);
      EXPECT_EQ(body["error"]["field"], field) << list << "?" << query;
      EXPECT_EQ(body["error"]["code"], "parameter_tidak_valid") << list << "?" << query;
      const std::string message = body["error"]["message"];
      EXPECT_NE(message.find("'" + field + "' harus angka"), std::string::npos) << message;  // Indonesian
    }
}

// The store's condition is the same as the services' rules: an RT head's users list is refused,
// but a funder list filtered by area counts only what the city's admin may see (checked above:
// the other city's funder and invoice are in neither a page nor a total); a kelurahan's funders
// are the city's ones above it.
TEST_F(ListPagingTest, AnAreaSeesOnlyItsOwnInPageAndTotal) {
  server_->add_user("lain", "admin_kota", "15.72");
  UserClient other(*server_, "lain");
  ASSERT_TRUE(other.logged_in());
  const auto funders = get_page(other, "/api/v1/funders?limit=2");
  EXPECT_EQ(funders["total"], 1) << funders.dump();
  ASSERT_EQ(funders["items"].size(), 1u);
  EXPECT_EQ(funders["items"][0]["kode"], "apbd_lain");
  const auto invoices = get_page(other, "/api/v1/invoices?limit=2");
  EXPECT_EQ(invoices["total"], 1) << invoices.dump();
  const auto users = get_page(other, "/api/v1/users?limit=2");
  EXPECT_EQ(users["total"], 1) << users.dump();  // itself only
  const auto claims = get_page(other, "/api/v1/claims?limit=2");
  EXPECT_EQ(claims["total"], 0) << claims.dump();
  const auto changes = get_page(other, "/api/v1/worker-changes?limit=2");
  EXPECT_EQ(changes["total"], 0) << changes.dump();
}

}  // namespace
