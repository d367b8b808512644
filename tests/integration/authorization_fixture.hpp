#pragma once
// The authorization test's fixture (issue 7): a server with one user per role and records inside
// and outside each role's scope, the helpers that make fresh records per feature, and the Case
// row every route of authorization_test.cpp is checked with. Included by the authorization tests
// (authorization_test.cpp, authorization_issue16_test.cpp) and the matrix's rows by route group
// (authorization_*_rows.cpp); everything here is inline or a class member, so that several files of
// one program include it.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/access.hpp"
#include "core/ledger.hpp"  // billing
#include "core/region.hpp"
#include "core/verification.hpp"
#include "core/worker.hpp"
#include "http/api.hpp"
#include "integration/claims_fixture.hpp"  // claims (issue 5)
#include "integration/jakon_helpers.hpp"   // Jakon (issue 9)
#include "integration/test_server.hpp"
#include "store/accounts_store.hpp"
#include "store/billing_store.hpp"
#include "store/bpjs_store.hpp"  // BPJS registration and member cards
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/pending_store.hpp"  // pending changes (issue 16 item 4)
#include "store/registry_store.hpp"
#include "store/store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;
using lindungi::testing::UserClient;

namespace lindungi::testing::authorization {

// Where a row's "outside" record lies (issue 16 item 2): another kelurahan (and kecamatan) of the
// same city, or another kab/kota (Kota Sungai Penuh 15.72; for the province's role another
// province, 16 Sumatera Selatan). Every row is tried with both.
enum class Outside { kelurahan, kabkota };

struct Scope {
  // True when the "outside" record is in fact within the role's area (a city-wide role and
  // another kelurahan of its city): the row must then answer as inside.
  bool out_inside = false;
  std::string where;                  // for messages
  std::string in_funder, out_funder;  // the role's own funder and one of the outside area
  std::int64_t in_worker = 0, out_worker = 0;
  std::string in_nik, out_nik;
  std::string in_area, out_area;             // for ?wilayah=
  std::string in_rt_kel, in_rt, out_rt_kel;  // RT to record into (kelurahan code + number) and one outside
  int in_rt_no = 1, out_rt_no = 1;
  std::string in_kel, out_kel;  // kelurahan for /regions/{kode}/rts
};

class AuthorizationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("authz");
    // A second kabupaten, so that city-wide roles also have something outside their area.
    server_->app().store().write([](store::Session& s) {
      s.registry().put_region({"15.05", "Kabupaten Muaro Jambi", RegionLevel::kabkota, "", 0, 0});
      s.registry().put_region({"15.05.01", "Mestong", RegionLevel::kecamatan, "", 0, 0});
      s.registry().put_region({"15.05.01.2001", "Pondok Meja", RegionLevel::kelurahan, "", 0, 0});
      s.registry().put_rt({"", "15.05.01.2001", 1, ""});
      s.registry().put_region({"16", "Sumatera Selatan", RegionLevel::provinsi, "", 0, 0});
      s.registry().put_region({"16.71", "Kota Palembang", RegionLevel::kabkota, "", 0, 0});
      s.registry().put_region({"16.71.01", "Ilir Barat II", RegionLevel::kecamatan, "", 0, 0});
      s.registry().put_region({"16.71.01.1001", "Demang Lebar Daun", RegionLevel::kelurahan, "", 0, 0});
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
      s.registry().put_region(
          {"15.72", "Kota Sungai Penuh", RegionLevel::kabkota, "", 0, 0});  // billing by area (scopefix)
      // Issue 16 item 2: the matrix's second kab/kota, and another province for the province's role.
      s.registry().put_region({"15.72.01", "Sungai Penuh", RegionLevel::kecamatan, "", 0, 0});
      s.registry().put_region({"15.72.01.1001", "Pasar Sungai Penuh", RegionLevel::kelurahan, "", 0, 0});
      s.registry().put_rt({"", "15.72.01.1001", 1, ""});
      s.registry().put_rt({"", "16.71.01.1001", 1, ""});
      // Each area's funder, a province-wide one of another province and one without an area.
      s.funding().put_funder({"apbd_provinsi", "Pro Jambi Tangguh", "apbd_provinsi", "15", {}, true});
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      s.funding().put_funder({"apbd_sungai_penuh", "APBD Kota Sungai Penuh", "apbd_kota", "15.72", {}, true});
      s.funding().put_funder({"apbd_sumsel", "APBD Provinsi Sumatera Selatan", "apbd_provinsi", "16", {}, true});
      s.funding().put_funder({"dana_kampung_bahagia:15.71.02.1002.001",
                              "Dana RT 001 Kel. 1002",
                              "dana_kampung_bahagia",
                              "15.71.02.1002.001",
                              {},
                              true});
      s.funding().put_funder({"donatur_tanpa_wilayah", "Donatur Tanpa Wilayah", "donatur", "", {}, true});
      s.funding().put_budget({"apbd_kota", 2026, 10'000'000, 0, 0, 0});
    });
    server_->reopen();
    auto insert = [](const std::string& nik, const std::string& kel, const std::string& funder) {
      Worker w;
      w.nik = nik;
      w.nama = "Pekerja " + nik.substr(12);
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = kel;
      w.rt = 1;
      w.pekerjaan = "becak";
      w.penghasilan = 1'000'000;
      w.kategori = "pekerja_rentan";
      w.status = "aktif";
      w.sumber_dana = funder;
      w.persetujuan = true;
      server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
      return w.id;
    };
    wA_ = insert("1571011708850001", "15.71.01.1001", "apbd_provinsi");
    wB_ = insert("1571021708850002", "15.71.02.1002", "apbd_kota");
    wC_ = insert("1505011708850003", "15.05.01.2001", "apbd_kota");
    wD_ = insert("1572011708850004", "15.72.01.1001", "apbd_sungai_penuh");  // another kab/kota
    wE_ = insert("1671011708850005", "16.71.01.1001", "apbd_provinsi");      // another province
    for (Role r : all_roles()) {
      const std::string name(to_string(r));
      const std::map<Role, std::pair<std::string, std::string>> areas = {
          {Role::ketua_rt, {"15.71.01.1001.001", ""}},
          {Role::operator_kelurahan, {"15.71.01.1001", ""}},
          {Role::operator_kecamatan, {"15.71.01", ""}},
          {Role::admin_kota, {"15.71", ""}},
          {Role::petugas_bpjs, {"15.71", ""}},
          {Role::pemprov, {"15", "apbd_provinsi"}},
          {Role::auditor, {"15.71", ""}},
      };
      server_->add_user(name, name, areas.at(r).first, areas.at(r).second);
    }
    server_->add_user("admin.sungaipenuh", "admin_kota", "15.72");  // billing by area (scopefix)
    // BPJS's side belongs to BPJS officers, not the city's admin (issue 16 item 4): Sungai Penuh's
    // own officer uploads its active-member list.
    server_->add_user("petugas.sungaipenuh", "petugas_bpjs", "15.72");
    server_->start();
  }
  static void TearDownTestSuite() { delete server_; }

  static Scope scope_of(Role r, Outside where = Outside::kelurahan) {
    Scope s;
    s.in_worker = wA_;
    s.in_nik = "1571011708850001";
    s.in_rt_kel = "15.71.01.1001";
    s.in_kel = "15.71.01.1001";
    s.in_area = "15.71.01";
    const bool city = r == Role::admin_kota || r == Role::petugas_bpjs || r == Role::auditor;
    const bool province = r == Role::pemprov;
    s.in_funder = province ? "apbd_provinsi" : "apbd_kota";
    if (r == Role::ketua_rt) s.in_area = "15.71.01.1001.001";
    if (r == Role::operator_kelurahan) s.in_area = "15.71.01.1001";
    if (province) s.in_area = "15.71";
    if (where == Outside::kelurahan) {
      // Another kelurahan (and kecamatan) of Kota Jambi: inside for the city-wide roles. The
      // province's role sees only its cohort, so the city's worker there stays outside for it.
      s.where = "kelurahan lain";
      s.out_inside = city;
      s.out_worker = wB_;
      s.out_nik = "1571021708850002";
      s.out_rt_kel = s.out_kel = "15.71.02.1002";
      // Funders have no kelurahan: the province's outside funder is always another province's.
      s.out_funder = province ? "apbd_sumsel" : "dana_kampung_bahagia:15.71.02.1002.001";
      s.out_area = r == Role::ketua_rt             ? "15.71.02.1002.001"
                   : r == Role::operator_kelurahan ? "15.71.02.1002"
                   : province                      ? "16"
                                                   : "15.71.02";
      if (province) s.out_kel = "16.71.01.1001";
    } else if (province) {
      // Another province: its worker is even in the province's cohort, only the area keeps it out.
      s.where = "provinsi lain";
      s.out_worker = wE_;
      s.out_nik = "1671011708850005";
      s.out_rt_kel = s.out_kel = "16.71.01.1001";
      s.out_area = "16";
      s.out_funder = "apbd_sumsel";
    } else {
      s.where = "kab/kota lain";
      s.out_worker = wD_;
      s.out_nik = "1572011708850004";
      s.out_rt_kel = s.out_kel = "15.72.01.1001";
      s.out_funder = "apbd_sungai_penuh";
      s.out_area = r == Role::ketua_rt             ? "15.72.01.1001.001"
                   : r == Role::operator_kelurahan ? "15.72.01.1001"
                   : r == Role::operator_kecamatan ? "15.72.01"
                                                   : "15.72";
    }
    return s;
  }

  // A funder as POST /funders takes it (the row writes it back unchanged).
  static json funder_body(const std::string& kode) {
    std::optional<store::FunderRecord> f;
    server_->app().store().read([&](store::Session& s) { f = s.funding().funder(kode); });
    return {{"kode", f->kode}, {"nama", f->nama}, {"jenis", f->jenis}, {"wilayah", f->wilayah}};
  }

  // A programme rule set as PUT /aturan/{kab/kota} takes it, taking effect on a date to come.
  static json rule_set_body() {
    return {{"berlaku_mulai", "2030-01-01"}, {"usia_min", 18},   {"usia_maks", 60},
            {"batas_penghasilan", 4000000},  {"dana_rt", false}, {"prioritas_dana", {"apbd_kota", "apbd_provinsi"}},
            {"dasar_hukum", "Peraturan uji"}};
  }

  static std::string next_nik() {
    static int serial = 100;
    return "15710117088" + std::to_string(50000 + ++serial);  // 16 digits, a man born 17/08/1985
  }

  static json new_worker(const std::string& kel, int rt) {
    return {{"nik", next_nik()},    {"nama", "Pekerja Baru"}, {"tanggal_lahir", "17/08/1985"},
            {"jenis_kelamin", "L"}, {"kode_kelurahan", kel},  {"rt", rt},
            {"pekerjaan", "becak"}, {"penghasilan", 1000000}, {"kategori", "pekerja_rentan"},
            {"persetujuan", true}};
  }

  static json current(std::int64_t id) {
    std::optional<Worker> w;
    server_->app().store().read([&](store::Session& s) { w = s.registry().worker(id); });
    return {{"nik", w->nik},
            {"nama", w->nama},
            {"tanggal_lahir", w->tanggal_lahir->iso()},
            {"jenis_kelamin", "L"},
            {"kode_kelurahan", w->kode_kelurahan},
            {"rt", w->rt},
            {"alamat", "Jl. Uji " + std::to_string(w->version)},
            {"pekerjaan", w->pekerjaan},
            {"penghasilan", w->penghasilan},
            {"kategori", w->kategori},
            {"versi", w->version}};
  }

  static std::int64_t dummy_user(const std::string& area) {
    static int n = 0;
    const std::string name = "dummy" + std::to_string(++n);
    server_->add_user(name, "ketua_rt", area);
    std::optional<store::UserRecord> u;
    server_->app().store().read([&](store::Session& s) { u = s.accounts().user_by_username(name); });
    return u->id;
  }

  // A worker awaiting verification, recorded by someone else (maker-checker), in `kel` RT 1.
  // A pending material change (issue 16 item 4) of a worker in `kel` RT 1, proposed by someone
  // who is none of the test's users.
  static std::int64_t pending_change(const std::string& kel) {
    store::PendingChangeRecord c;
    c.pekerja_id = recorded_worker(kel);
    c.wilayah = kel + ".001";
    c.usulan = "{}";
    c.perubahan = "{}";
    c.versi = 1;
    c.diajukan_oleh = "pengusul";
    server_->app().store().write([&](store::Session& s) { s.pending().insert_pending_change(c); });
    return c.id;
  }

  static std::int64_t recorded_worker(const std::string& kel) {
    Worker w;
    w.nik = next_nik();
    w.nama = "Pekerja Didata";
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = 1;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    w.recorded_by = "pencatat";
    server_->app().store().write([&](store::Session& s) { s.registry().insert_worker(w); });
    return w.id;
  }

  // A pending "same person, other NIK" pair of two fresh records in `kel`.
  static std::int64_t pending_pair(const std::string& kel) {
    const auto a = recorded_worker(kel), b = recorded_worker(kel);
    store::DuplicateCandidate c;
    c.worker_a = a;
    c.worker_b = b;
    c.score = 0.9;
    c.reasons = "[\"uji\"]";
    c.source = "uji";
    server_->app().store().write([&](store::Session& s) { s.intake().add_duplicate(c); });
    return c.id;
  }

  // An import made by a user whose area is `area`.
  static std::int64_t import_by(const std::string& area) {
    store::ImportRecord r;
    r.pelaku = "pengunggah";
    r.wilayah = area;
    r.nama_berkas = "uji.csv";
    r.format = "csv";
    server_->app().store().write([&](store::Session& s) { s.intake().insert_import(r); });
    return r.id;
  }

  static std::string import_csv(const std::string& kel) {
    return "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,pekerjaan,penghasilan,kategori\n" + next_nik() +
           ",Pekerja Impor,17/08/1985,L," + kel + ",1,becak,1000000,pekerja_rentan\n";
  }

  // BPJS registration and member cards (issue 4 items 4-5): fresh records in `kel` RT 1.
  static std::int64_t bpjs_worker(const std::string& kel, const std::string& status) {
    static int kpj = 0;
    const std::int64_t id = recorded_worker(kel);
    server_->app().store().write([&](store::Session& s) {
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      auto w = *s.registry().worker(id);
      w.status = status;
      w.sumber_dana = "apbd_kota";
      if (status == "aktif") w.kpj = std::to_string(25030000000 + ++kpj);
      s.registry().update_worker(w);
      store::AllocationRecord a{0, id, "apbd_kota", "2026-12", 16800, 0, ""};
      s.funding().insert_allocation(a);
    });
    return id;
  }
  static std::int64_t registration_batch(const std::string& area) {
    store::RegistrationBatchRecord b;
    b.pelaku = "uji";
    b.wilayah = area;
    server_->app().store().write([&](store::Session& s) { s.bpjs().insert_batch(b); });
    return b.id;
  }
  // A card batch in `kel` holding one card of a fresh active worker, in `status`; returns {batch, card}.
  static std::pair<std::int64_t, std::int64_t> card_batch(const std::string& kel, const std::string& status) {
    static int token = 0;
    const auto worker = bpjs_worker(kel, "aktif");
    store::CardBatchRecord b;
    b.pelaku = "uji";
    b.wilayah = kel;
    store::CardRecord c;
    server_->app().store().write([&](store::Session& s) {
      s.bpjs().insert_card_batch(b);
      c.batch_id = b.id;
      c.pekerja_id = worker;
      c.token = "tokenuji" + std::to_string(10000000000000 + ++token);  // 22 characters, as real ones
      c.status = status;
      c.diminta_oleh = "uji";
      c.diminta_pada = "2026-11-21T00:00:00Z";
      s.bpjs().insert_card(c);
    });
    return {b.id, c.id};
  }
  static std::string public_token() {
    static std::string token;
    if (token.empty()) {
      const auto [batch, card] = card_batch("15.71.01.1001", "dicetak");
      server_->app().store().read([&, card = card](store::Session& s) { token = s.bpjs().card(card)->token; });
    }
    return token;
  }

  // Cek Perlindungan (issue 20 item 1): the NIK of an active worker with a printed card, born
  // 17/08/1985 (recorded_worker), for the public check's right pair.
  static std::string cek_nik() {
    static std::string nik;
    if (nik.empty()) {
      const auto [batch, card] = card_batch("15.71.01.1001", "dicetak");
      server_->app().store().read(
          [&, card = card](store::Session& s) { nik = s.registry().worker(s.bpjs().card(card)->pekerja_id)->nik; });
    }
    return nik;
  }

  // Billing (issue 4): an invoice of one month of `worker` for `funder` (created if missing).
  static std::int64_t invoice_of(const std::string& funder, const std::string& jenis, const std::string& wilayah) {
    static int n = 0;
    const std::string bulan = YearMonth{2010, 1}.plus(n++).iso();
    std::int64_t id = 0;
    server_->app().store().write([&](store::Session& s) {
      if (!s.funding().funder(funder)) s.funding().put_funder({funder, "Uji " + funder, jenis, wilayah, {}, true});
      store::AllocationRecord a{0, wA_, funder, bulan, 16'800, 0, ""};
      s.funding().insert_allocation(a);
      store::InvoiceRecord r;
      r.nomor = "UJI-" + std::to_string(n);
      r.sumber_dana = funder;
      r.dari = r.sampai = bulan;
      r.tahun = std::stoi(bulan.substr(0, 4));
      r.pelaku = "uji";
      s.billing().create_invoice(r, {});
      id = r.id;
    });
    return id;
  }
  // Inside: the caller's own funder (the province's cohort, or the city's); outside: the city's
  // or another province's for the province, another kab/kota's APBD (15.72), or an RT fund of
  // another kelurahan's RT (inside the city for city-wide roles).
  static std::int64_t scoped_invoice(const Scope& s, bool in) {
    const bool province = s.out_area == "16";
    if (in)
      return province ? invoice_of("apbd_provinsi", "apbd_provinsi", "15")
                      : invoice_of("apbd_kota", "apbd_kota", "15.71");
    if (province) return invoice_of("apbd_sumsel", "apbd_provinsi", "16");
    if (s.out_rt_kel.starts_with("15.72")) return sungai_penuh_invoice();
    const std::string rt = s.out_rt_kel + ".001";
    return invoice_of("dana_kampung_bahagia:" + rt, "dana_kampung_bahagia", rt);
  }

  // Billing by area (scopefix): an invoice of Sungai Penuh's APBD (15.72), outside Kota Jambi.
  static std::int64_t sungai_penuh_invoice() { return invoice_of("apbd_sungai_penuh", "apbd_kota", "15.72"); }

  static inline TestServer* server_ = nullptr;
  static inline std::int64_t wA_ = 0, wB_ = 0, wC_ = 0, wD_ = 0, wE_ = 0;
};

// One row per route: what it needs, how to call it inside and outside the caller's scope, and
// the status for each outcome.
struct Case {
  std::string method, pattern;
  std::function<bool(Role)> allowed;
  std::function<httplib::Result(UserClient&, const Scope&, bool in_scope)> call;
  int ok = 200;
  int out = 0;  // status outside the scope; 0 = the route has no scope
};

inline std::function<bool(Role)> needs(Permission p) {
  return [p](Role r) { return role_has(r, p); };
}
inline std::function<bool(Role)> anyone() {
  return [](Role) { return true; };
}
inline std::function<bool(Role)> may_view_intake_role() {
  return [](Role r) { return may_view_intake(Actor{"x", r, "", ""}); };
}
inline std::function<bool(Role)> duplicate_viewer() {
  return [](Role r) { return may_view_duplicates(Actor{"x", r, "", ""}); };
}
inline std::function<bool(Role)> bpjs_viewer() {
  return [](Role r) { return may_view_intake(Actor{"x", r, "", ""}) || role_has(r, Permission::manage_bpjs); };
}
// BPJS registration and member cards (issue 4 items 4-5).
inline std::function<bool(Role)> batch_viewer() {
  return [](Role r) {
    return role_has(r, Permission::send_bpjs_batches) || role_has(r, Permission::manage_bpjs) ||
           role_has(r, Permission::view_audit);
  };
}
inline std::function<bool(Role)> card_viewer() {
  return [](Role r) {
    return role_has(r, Permission::manage_cards) || role_has(r, Permission::manage_bpjs) ||
           role_has(r, Permission::view_audit);
  };
}
// Billing (issue 4): invoices, arrears and the RT fund are read by funders and report readers.
inline std::function<bool(Role)> billing_viewer() {
  return [](Role r) { return role_has(r, Permission::manage_funding) || role_has(r, Permission::view_reports); };
}

// The rows of EveryRouteEveryRoleInsideAndOutsideScope by route group, one file each
// (authorization_<group>_rows.cpp). Members of a class derived from the fixture, so that the rows'
// calls reach its helpers (server_, dummy_user, ...) as the test's own body does.
struct MatrixRows : AuthorizationTest {
  static std::vector<Case> accounts();          // accounts, audit, regions, workers, reports, funders
  static std::vector<Case> intake();            // imports, active members, duplicates, verification, changes
  static std::vector<Case> claims_and_jakon();  // construction projects, claims and scholarships
  static std::vector<Case> bpjs();              // BPJS registration, cards, card verification, Cek Perlindungan
  static std::vector<Case> billing();           // billing, RTs, coverage trend, holidays, the API's contract
};

}  // namespace lindungi::testing::authorization
