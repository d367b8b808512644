// Authorization, table-driven: every route × every role × a record (or area) inside the role's
// scope, one in another kelurahan of the same city and one in another kab/kota (15.72; another
// province for the province's role), read and write (issue 16 item 2). A route without a row here
// fails the test, so a new endpoint cannot ship without its access rules being checked. The cases
// the review of issue 16 found are rows of the second table (IssueSixteenCases).
#include "core/rt_sessions.hpp"  // a lost phone (issue 21 item 4)
#include "integration/authorization_fixture.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"

using namespace lindungi::testing::authorization;

namespace {

TEST_F(AuthorizationTest, EveryRouteEveryRoleInsideAndOutsideScope) {
  using S = const Scope&;
  const std::vector<Case> cases = {
      {"GET", "/api/v1/health", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/health"); }},
      {"GET", "/api/v1/auth/me", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/auth/me"); }},
      {"POST", "/api/v1/auth/password", anyone(),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/auth/password", {{"password_lama", "salah-sekali-123"}, {"password_baru", "x"}});
       },
       422},
      {"GET", "/api/v1/users", [](Role r) { return role_has(r, Permission::manage_users) || role_has(r, Permission::view_audit); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/users"); }},
      {"POST", "/api/v1/users", needs(Permission::manage_users),
       [](UserClient& c, S s, bool in) {
         static int n = 0;
         return c.post("/api/v1/users", {{"username", "baru" + std::to_string(++n)}, {"nama", "Baru"}, {"role", "ketua_rt"},
                                         {"area", (in ? s.in_rt_kel : s.out_rt_kel) + ".001"},
                                         {"password", "sandi-baru-12345"}});
       },
       201, 422},
      {"PUT", R"(/api/v1/users/:id(\d{1,18})/aktif)", needs(Permission::manage_users),
       [](UserClient& c, S s, bool in) {
         const auto id = dummy_user((in ? s.in_rt_kel : s.out_rt_kel) + ".001");
         return c.put("/api/v1/users/" + std::to_string(id) + "/aktif", {{"aktif", false}});
       },
       204, 404},
      // Second factor (issue 16 item 8): enrolment is each account's own (a wrong code: 422; new
      // recovery codes without a confirmed factor: 409); a reset is an admin's, within their area.
      {"POST", "/api/v1/auth/otp/mulai", anyone(),
       [](UserClient& c, S, bool) { return c.post("/api/v1/auth/otp/mulai", json::object()); }},
      {"POST", "/api/v1/auth/otp/konfirmasi", anyone(),
       [](UserClient& c, S, bool) { return c.post("/api/v1/auth/otp/konfirmasi", {{"kode_otp", "12345"}}); }, 422},
      {"POST", "/api/v1/auth/otp/kode-pemulihan", anyone(),
       [](UserClient& c, S, bool) { return c.post("/api/v1/auth/otp/kode-pemulihan", {{"kode_otp", "123456"}}); }, 409},
      {"POST", R"(/api/v1/users/:id(\d{1,18})/reset-otp)", needs(Permission::manage_users),
       [](UserClient& c, S s, bool in) {
         const auto id = dummy_user((in ? s.in_rt_kel : s.out_rt_kel) + ".001");
         return c.post("/api/v1/users/" + std::to_string(id) + "/reset-otp", json::object());
       },
       204, 404},
      // A lost phone (issue 21 item 4): the area's RT heads' sessions, listed and ended.
      {"GET", "/api/v1/users/sesi-rt", [](Role r) { return can_end_rt_sessions(r); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/users/sesi-rt"); }},
      {"DELETE", R"(/api/v1/users/:id(\d{1,18})/sesi)", [](Role r) { return can_end_rt_sessions(r); },
       [](UserClient& c, S s, bool in) {
         const auto id = dummy_user((in ? s.in_rt_kel : s.out_rt_kel) + ".001");
         return c.del("/api/v1/users/" + std::to_string(id) + "/sesi");
       },
       200, 404},
      {"GET", "/api/v1/audit", needs(Permission::view_audit), [](UserClient& c, S, bool) { return c.get("/api/v1/audit"); }},
      {"GET", "/api/v1/audit/verify", needs(Permission::view_audit),
       [](UserClient& c, S, bool) { return c.get("/api/v1/audit/verify"); }},
      {"GET", "/api/v1/regions", [](Role r) { return role_has(r, Permission::view_reports) || role_has(r, Permission::view_workers); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/regions"); }},
      {"GET", "/api/v1/regions/:kode([0-9.]{2,17})/rts", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/regions/" + (in ? s.in_kel : s.out_kel) + "/rts");
       },
       200, 403},
      {"GET", "/api/v1/workers", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/workers?wilayah=" + (in ? s.in_area : s.out_area)); }, 200,
       403},
      {"GET", R"(/api/v1/workers/:id(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker)); },
       200, 404},
      {"GET", R"(/api/v1/workers/nik/:nik(\d{16}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/workers/nik/" + (in ? s.in_nik : s.out_nik)); }, 200, 404},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/export)", needs(Permission::view_full_nik),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/export");
       },
       200, 404},
      {"POST", "/api/v1/workers", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) { return c.post("/api/v1/workers", new_worker(in ? s.in_rt_kel : s.out_rt_kel, 1)); },
       201, 403},
      {"PUT", R"(/api/v1/workers/:id(\d{1,18}))", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = in ? s.in_worker : s.out_worker;
         return c.put("/api/v1/workers/" + std::to_string(id), current(id));
       },
       200, 404},
      {"GET", "/api/v1/reports/coverage", needs(Permission::view_reports),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/coverage?level=kelurahan&wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      {"GET", "/api/v1/public/coverage", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/public/coverage"); }},
      // One kab/kota's public figures (issue 17 item 8): the same for every role, in and out of area.
      {"GET", "/api/v1/public/coverage", anyone(),
       [](UserClient& c, S, bool in) {
         return c.get(std::string("/api/v1/public/coverage?level=kecamatan&wilayah=") + (in ? "15.71" : "15.72"));
       }},
      {"GET", "/api/v1/public/audit-head", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/public/audit-head"); }},
      // GET /metrics (issue 19 item 4) is not an API route: no role's session opens it from another
      // machine (a request relayed with X-Forwarded-For by a proxy the server does not trust).
      {"GET", "/metrics", [](Role) { return false; },
       [](UserClient& c, S, bool) {
         return server_->client().Get("/metrics", {{"Cookie", c.cookie()}, {"X-Forwarded-For", "203.0.113.7"}});
       }},
      {"GET", "/api/v1/nik/:nik([^/]{1,40})", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/nik/1571011708850001"); }},
      // The worker form's live phone check (issue 20 item 5): any account, no area.
      {"POST", "/api/v1/no-hp", anyone(),
       [](UserClient& c, S, bool) { return c.post("/api/v1/no-hp", {{"no_hp", "0812-3456-7890"}}); }},
      {"GET", "/api/v1/premium", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/premium?workers=20&months=12"); }},
      {"GET", "/api/v1/funders", [](Role r) { return role_has(r, Permission::manage_funding) || role_has(r, Permission::view_reports); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/funders"); }},
      {"POST", "/api/v1/funders", needs(Permission::manage_funding),  // written back unchanged
       [](UserClient& c, S s, bool in) { return c.post("/api/v1/funders", funder_body(in ? s.in_funder : s.out_funder)); },
       201, 403},
      {"PUT", R"(/api/v1/funders/:kode([a-z0-9_.:]{1,64})/budget/:tahun(\d{4}))", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // pagu 0 for the outside ones: never below what is allocated
         return in ? c.put("/api/v1/funders/" + s.in_funder + "/budget/2027", {{"pagu", 1000000000}})
                   : c.put("/api/v1/funders/" + s.out_funder + "/budget/2027", {{"pagu", 0}});
       },
       204, 404},
      {"POST", "/api/v1/allocations", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {
         // 2020 has no budget: every item is refused, so the matrix changes no worker's funding.
         return c.post("/api/v1/allocations", {{"pekerja", {in ? s.in_worker : s.out_worker}}, {"sumber_dana", s.in_funder},
                                               {"mulai", "2020-01"}, {"bulan", 1}});
       },
       200, 200},
      {"GET", "/api/v1/reports/budget", [](Role r) { return role_has(r, Permission::manage_funding) || role_has(r, Permission::view_reports); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/reports/budget"); }},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/ledger)", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/ledger");
       },
       200, 404},
      {"GET", "/api/v1/jakon", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/jakon?value=850000000"); }},
      // Intake (issue #3): imports, BPJS's active members, the duplicate queue, verification.
      {"GET", "/api/v1/imports/template", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/imports/template?format=csv"); }},
      {"POST", "/api/v1/imports", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {  // a row outside the area is rejected, the file is still read
         return c.post_raw("/api/v1/imports?dry_run=1", import_csv(in ? s.in_rt_kel : s.out_rt_kel), "text/csv");
       },
       200, 200},
      {"GET", "/api/v1/imports", may_view_intake_role(), [](UserClient& c, S, bool) { return c.get("/api/v1/imports"); }},
      {"GET", R"(/api/v1/imports/:id(\d{1,18}))", may_view_intake_role(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/imports/" + std::to_string(import_by(in ? s.in_rt_kel + ".001" : s.out_rt_kel + ".001")));
       },
       200, 404},
      {"GET", R"(/api/v1/imports/:id(\d{1,18})/errors)", may_view_intake_role(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/imports/" + std::to_string(import_by(in ? s.in_rt_kel + ".001" : s.out_rt_kel + ".001")) +
                      "/errors?format=csv");
       },
       200, 404},
      {"POST", "/api/v1/bpjs/active-members", needs(Permission::manage_bpjs),
       [](UserClient& c, S, bool) {
         return c.post_raw("/api/v1/bpjs/active-members?nama_berkas=aktif.csv",
                           "nik,kpj,segmen,pembayar\n1571021708850002,12345678901,PU,PT Maju\n", "text/csv");
       },
       201},
      {"GET", "/api/v1/bpjs/active-members", bpjs_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/bpjs/active-members"); }},
      {"GET", "/api/v1/bpjs/active-members/matches", bpjs_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/bpjs/active-members/matches?wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      {"GET", "/api/v1/duplicates", duplicate_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/duplicates?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"GET", R"(/api/v1/duplicates/:id(\d{1,18}))", duplicate_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/duplicates/" + std::to_string(pending_pair(in ? s.in_rt_kel : s.out_rt_kel)));
       },
       200, 404},
      {"POST", R"(/api/v1/duplicates/:id(\d{1,18})/merge)", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = pending_pair(in ? s.in_rt_kel : s.out_rt_kel);
         std::int64_t keep = 0;
         server_->app().store().read([&](store::Session& x) { keep = x.intake().duplicate(id)->worker_a; });
         return c.post("/api/v1/duplicates/" + std::to_string(id) + "/merge", {{"pertahankan", keep}});
       },
       200, 404},
      {"POST", R"(/api/v1/duplicates/:id(\d{1,18})/dismiss)", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/duplicates/" + std::to_string(pending_pair(in ? s.in_rt_kel : s.out_rt_kel)) + "/dismiss",
                       {{"catatan", "orang berbeda"}});
       },
       200, 404},
      {"POST", "/api/v1/duplicates/scan", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/duplicates/scan", {{"wilayah", in ? s.in_area : s.out_area}});
       },
       200, 403},
      {"POST", R"(/api/v1/workers/:id(\d{1,18})/verify)", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/workers/" + std::to_string(recorded_worker(in ? s.in_rt_kel : s.out_rt_kel)) + "/verify",
                       json::object());
       },
       200, 404},
      // A rejected worker, corrected, back to the queue (issue 17 item 1).
      {"POST", R"(/api/v1/workers/:id(\d{1,18})/resubmit)", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = recorded_worker(in ? s.in_rt_kel : s.out_rt_kel);
         server_->app().store().write([&](store::Session& x) {
           auto w = *x.registry().worker(id);
           w.status = "ditolak";
           x.registry().update_worker(w);
         });
         return c.post("/api/v1/workers/" + std::to_string(id) + "/resubmit", json::object());
       },
       200, 404},
      // Pending changes of verified workers (issue 16 item 4).
      {"GET", "/api/v1/worker-changes", needs(Permission::view_workers),
       [](UserClient& c, S, bool) { return c.get("/api/v1/worker-changes?status=semua"); }},
      {"POST", R"(/api/v1/worker-changes/:id(\d{1,18})/decision)", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = pending_change(in ? s.in_rt_kel : s.out_rt_kel);
         return c.post("/api/v1/worker-changes/" + std::to_string(id) + "/decision",
                       {{"keputusan", "ditolak"}, {"alasan", "Bukti tidak lengkap"}});
       },
       200, 404},
      {"POST", R"(/api/v1/workers/:id(\d{1,18})/reject)", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/workers/" + std::to_string(recorded_worker(in ? s.in_rt_kel : s.out_rt_kel)) + "/reject",
                       {{"alasan", "Penghasilan di atas batas"}});
       },
       200, 404},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/verifications)", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/verifications");
       },
       200, 404},
      {"POST", "/api/v1/verifications", needs(Permission::verify_workers),
       [](UserClient& c, S s, bool in) {  // each worker succeeds or fails on its own: 200 either way
         return c.post("/api/v1/verifications",
                       {{"ids", {recorded_worker(in ? s.in_rt_kel : s.out_rt_kel)}}, {"keputusan", "verifikasi"}});
       },
       200, 200},
      // Jakon (issue 9): construction projects and their compliance report.
      {"GET", "/api/v1/projects", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/projects?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"POST", "/api/v1/projects", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         json body = {{"jenis", "swakelola"}, {"nama", "Drainase RT 1"}, {"kode_kelurahan", in ? s.in_rt_kel : s.out_rt_kel},
                      {"rt", 1}, {"nilai", 80000000}, {"tanggal_spk", "05/01/2026"}};
         return c.post("/api/v1/projects", body);
       },
       201, 403},
      {"GET", R"(/api/v1/projects/:id(\d{1,18}))", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.get("/api/v1/projects/" + std::to_string(v.project.id));
       },
       200, 404},
      {"PUT", R"(/api/v1/projects/:id(\d{1,18}))", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.put("/api/v1/projects/" + std::to_string(v.project.id), {{"nama", "Drainase"}, {"versi", v.project.version}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/certificate",
                       {{"nomor_sertifikat", "JK1"}, {"tanggal_bayar", "2026-01-07"}, {"jumlah_bayar", v.project.iuran}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate/revoke)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::certified);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/certificate/revoke", {{"alasan", "Salah ketik"}});
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/start)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::certified);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/start", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/finish)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::started);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/finish", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/workers)", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel);
         return c.post("/api/v1/projects/" + std::to_string(v.project.id) + "/workers",
                       {{"nik", "1571015708900002"}, {"nama", "Siti Aminah"}, {"peran", "pekerja"}});
       },
       201, 404},
      {"DELETE", R"(/api/v1/projects/:id(\d{1,18})/workers/:wid(\d{1,18}))", needs(Permission::manage_projects),
       [](UserClient& c, S s, bool in) {
         const auto v = lindungi::testing::jakon_project(server_->app(), in ? s.in_rt_kel : s.out_rt_kel, 1,
                                                         lindungi::testing::JakonStage::with_worker);
         return c.del("/api/v1/projects/" + std::to_string(v.project.id) + "/workers/" +
                      std::to_string(v.project.pekerja.at(0).id));
       },
       200, 404},
      {"GET", "/api/v1/reports/projects", needs(Permission::view_projects),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/projects?format=xlsx&wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      // Claims (issue 5): in scope = a case in the caller's RT/area (and the province's cohort).
      {"POST", "/api/v1/claims", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto w = lindungi::testing::claim_worker(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                              in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/claims", {{"pekerja_id", w}, {"jenis", "meninggal"}, {"tanggal", "2026-06-10"}});
       },
       201, 404},
      {"GET", "/api/v1/claims", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/claims?wilayah=" + (in ? s.in_area : s.out_area)); }, 200,
       403},
      {"GET", R"(/api/v1/claims/:id(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "draf");
         return c.get("/api/v1/claims/" + std::to_string(id));
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/cover)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "draf", "perlu_konfirmasi");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/cover",
                       {{"keputusan", "terlindungi"}, {"alasan", "BPJS menerima pembayaran tunggakan"}});
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen([a-z_]{1,40}))", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "draf");
         return c.post_raw("/api/v1/claims/" + std::to_string(id) + "/documents/kartu_peserta?nama_berkas=kpj.pdf",
                           lindungi::testing::kPdf, "application/pdf");
       },
       201, 404},
      {"GET", R"(/api/v1/claims/:id(\d{1,18})/documents/:dokumen(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         const auto [id, doc] = lindungi::testing::claim_document_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                                in ? "apbd_provinsi" : "apbd_kota");
         return c.get("/api/v1/claims/" + std::to_string(id) + "/documents/" + std::to_string(doc));
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/submit)", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "dokumen_lengkap");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/submit", json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/decision)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "diajukan");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/decision", {{"keputusan", "disetujui"}});
       },
       200, 404},
      {"POST", R"(/api/v1/claims/:id(\d{1,18})/payment)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::claim_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                in ? "apbd_provinsi" : "apbd_kota", "disetujui");
         return c.post("/api/v1/claims/" + std::to_string(id) + "/payment",
                       {{"jumlah", 42000000}, {"tanggal", "2026-11-06"}, {"referensi", "TRF-001"}});
       },
       200, 404},
      {"GET", "/api/v1/scholarships/due", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/scholarships/due?wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      {"POST", R"(/api/v1/scholarships/:id(\d{1,18})/years)", needs(Permission::manage_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::scholarship_child_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                            in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/scholarships/" + std::to_string(id) + "/years",
                       {{"tahun_ajaran", 2026}, {"jenjang", "tk_sd"}, {"bukti", "SDN 1 Jambi, surat 12/2026"}});
       },
       201, 404},
      {"POST", R"(/api/v1/scholarship-years/:id(\d{1,18})/payment)", needs(Permission::decide_claims),
       [](UserClient& c, S s, bool in) {
         const auto id = lindungi::testing::scholarship_year_fixture(server_->app(), in ? s.in_rt_kel : s.out_rt_kel,
                                                           in ? "apbd_provinsi" : "apbd_kota");
         return c.post("/api/v1/scholarship-years/" + std::to_string(id) + "/payment",
                       {{"tanggal", "2026-11-10"}, {"referensi", "BEA-001"}});
       },
       200, 404},
      {"GET", "/api/v1/reports/claims", needs(Permission::view_reports),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/claims?wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      // BPJS registration and member cards (issue 4 items 4-5).
      {"POST", "/api/v1/bpjs/batches", needs(Permission::send_bpjs_batches),
       [](UserClient& c, S s, bool in) {
         if (!in && !s.out_inside) return c.post("/api/v1/bpjs/batches", {{"wilayah", s.out_area}});
         return c.post("/api/v1/bpjs/batches", {{"pekerja", {bpjs_worker(in ? s.in_rt_kel : s.out_rt_kel, "dialokasikan")}}});
       },
       201, 403},
      {"GET", "/api/v1/bpjs/batches", batch_viewer(), [](UserClient& c, S, bool) { return c.get("/api/v1/bpjs/batches"); }},
      {"GET", R"(/api/v1/bpjs/batches/:id(\d{1,18}))", batch_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/bpjs/batches/" + std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)));
       },
       200, 404},
      {"GET", R"(/api/v1/bpjs/batches/:id(\d{1,18})/file)", batch_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/bpjs/batches/" + std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)) +
                      "/file?format=csv");
       },
       200, 404},
      {"POST", R"(/api/v1/bpjs/batches/:id(\d{1,18})/response)", needs(Permission::manage_bpjs),
       [](UserClient& c, S s, bool in) {  // an unknown NIK: read, nothing saved
         return c.post_raw(
             "/api/v1/bpjs/batches/" + std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)) + "/response",
             "nik,kpj,tanggal_efektif\n1571019999990009,25012345678,01/02/2026\n", "text/csv");
       },
       200, 404},
      // The preview of a response file (issue 17 item 9): the same access, nothing written.
      {"POST", R"(/api/v1/bpjs/batches/:id(\d{1,18})/response)", needs(Permission::manage_bpjs),
       [](UserClient& c, S s, bool in) {
         return c.post_raw(
             "/api/v1/bpjs/batches/" + std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)) +
                 "/response?dry_run=1",
             "nik,kpj,tanggal_efektif\n1571019999990009,25012345678,01/02/2026\n", "text/csv");
       },
       200, 404},
      {"POST", "/api/v1/cards", needs(Permission::manage_cards),
       [](UserClient& c, S s, bool in) {  // outside: the worker is not found, so no card can be requested
         return c.post("/api/v1/cards", {{"pekerja", {bpjs_worker(in ? s.in_rt_kel : s.out_rt_kel, "aktif")}}});
       },
       201, 422},
      {"GET", "/api/v1/cards/batches", card_viewer(), [](UserClient& c, S, bool) { return c.get("/api/v1/cards/batches"); }},
      {"GET", R"(/api/v1/cards/batches/:id(\d{1,18}))", card_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/cards/batches/" + std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "diminta").first));
       },
       200, 404},
      {"POST", R"(/api/v1/cards/batches/:id(\d{1,18})/print)", needs(Permission::manage_cards),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/cards/batches/" +
                           std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "diminta").first) + "/print",
                       json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/cards/batches/:id(\d{1,18})/handover)", needs(Permission::manage_cards),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/cards/batches/" +
                           std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "dicetak").first) + "/handover",
                       json::object());
       },
       200, 404},
      {"POST", R"(/api/v1/cards/:id(\d{1,18})/handover)", needs(Permission::manage_cards),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/cards/" + std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "dicetak").second) +
                           "/handover",
                       json::object());
       },
       200, 404},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/cards)",
       [](Role r) { return role_has(r, Permission::view_workers) || card_viewer()(r); },
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/cards");
       },
       200, 404},
      {"GET", "/api/v1/verifikasi/:token([^/]{1,200})", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/verifikasi/" + public_token()); }},
      {"GET", "/v/:token([^/]{1,200})", anyone(), [](UserClient& c, S, bool) { return c.get("/v/" + public_token()); }},
      // Cek Perlindungan (issue 20 item 1): no login, no area; the same answer for every role.
      {"POST", "/api/v1/public/cek", anyone(),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/public/cek", {{"nik", cek_nik()}, {"tanggal_lahir", "1985-08-17"}});
       }},
      // Billing (issue 4): bulk allocation, invoices, payments, arrears, renewals, RT fund, reports.
      {"POST", "/api/v1/allocations/bulk", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // 2020 has no budget: whatever the rule selects is refused
         return c.post("/api/v1/allocations/bulk", {{"sumber_dana", s.in_funder}, {"mulai", "2020-01"}, {"bulan", 1},
                                                    {"aturan", {{"wilayah", in ? s.in_area : s.out_area}}}});
       },
       200, 403},
      {"POST", "/api/v1/invoices", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // nothing allocated in 2020: refused, nothing written
         return c.post("/api/v1/invoices", {{"sumber_dana", in ? s.in_funder : s.out_funder}, {"dari", "2020-01"},
                                            {"sampai", "2020-01"}});
       },
       409, 404},
      {"GET", "/api/v1/invoices", billing_viewer(), [](UserClient& c, S, bool) { return c.get("/api/v1/invoices"); }},
      {"GET", R"(/api/v1/invoices/:id(\d{1,18}))", billing_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in))); }, 200,
       404},
      // The same invoice with its workers as XLSX and PDF (issue 17 item 7).
      {"GET", R"(/api/v1/invoices/:id(\d{1,18}))", billing_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "?format=xlsx&limit=1");
       },
       200, 404},
      {"GET", R"(/api/v1/invoices/:id(\d{1,18}))", billing_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "?format=pdf");
       },
       200, 404},
      {"POST", R"(/api/v1/invoices/:id(\d{1,18})/cancel)", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "/cancel", {{"alasan", "Salah periode"}});
       },
       200, 404},
      {"POST", R"(/api/v1/invoices/:id(\d{1,18})/payments)", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {
         static int ref = 0;
         return c.post("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "/payments",
                       {{"jumlah", 16800}, {"tanggal", "2026-11-01"}, {"referensi", "UJI-BAYAR-" + std::to_string(++ref)}});
       },
       201, 404},
      {"GET", "/api/v1/arrears", billing_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/arrears?wilayah=" + (in ? s.in_area : s.out_area)); }, 200, 403},
      {"POST", "/api/v1/renewals", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // nobody was funded in December 2098: nothing changes
         return c.post("/api/v1/renewals", {{"sumber_dana", in ? s.in_funder : s.out_funder}, {"tahun", 2099}});
       },
       200, 404},
      {"GET", "/api/v1/rts/:kode([0-9.]{17})/dana", billing_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/rts/" + (in ? s.in_kel : s.out_kel) + ".001/dana?workers=20&months=12");
       },
       200, 403},
      {"GET", "/api/v1/reports/funding", billing_viewer(), [](UserClient& c, S, bool) { return c.get("/api/v1/reports/funding"); }},
      {"GET", "/api/v1/reports/invoices", billing_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/reports/invoices?format=xlsx"); }},
      {"GET", "/api/v1/reports/arrears", billing_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/reports/arrears?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      // Many areas in one deployment (issue 8 item 3): an RT is created by who manages the area.
      {"POST", R"(/api/v1/regions/:kode([0-9.]{2,17})/rts)", needs(Permission::manage_users),
       [](UserClient& c, S s, bool in) {
         static int nomor = 100;
         return c.post("/api/v1/regions/" + (in ? s.in_kel : s.out_kel) + "/rts",
                       {{"nomor", ++nomor}, {"nama_ketua", "Ketua Uji"}});
       },
       201, 403},
      // Coverage trend by month (issue 6)
      {"GET", "/api/v1/reports/coverage/trend", needs(Permission::view_reports),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/coverage/trend?bulan=6&wilayah=" + (in ? s.in_area : s.out_area));
       },
       200, 403},
      // Holidays as data (issue 15): national, without an area; read by everyone signed in.
      {"GET", "/api/v1/libur", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/libur?tahun=2026"); }},
      {"GET", "/api/v1/libur/status", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/libur/status"); }},
      {"PUT", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", needs(Permission::manage_holidays),
       [](UserClient& c, S, bool) {
         static int day = 0;
         return c.put("/api/v1/libur/2027-09-" + zero_pad(++day % 28 + 1, 2),
                      {{"nama", "Libur uji"}, {"jenis", "cuti_bersama"}, {"dasar", "SKB uji"}});
       }},
      {"DELETE", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", needs(Permission::manage_holidays),
       [](UserClient& c, S, bool) {
         c.put("/api/v1/libur/2027-10-05", {{"nama", "Libur uji"}, {"dasar", "SKB uji"}});
         return c.del("/api/v1/libur/2027-10-05?dasar=uji%20selesai");
       }},
      {"PUT", R"(/api/v1/libur/tahun/:tahun(\d{4}))", needs(Permission::manage_holidays),
       [](UserClient& c, S, bool) { return c.put("/api/v1/libur/tahun/2030", {{"lengkap", false}, {"dasar", "SKB uji"}}); }},
      // The programme's rules per kab/kota (issue 22 item 4): read for an area within the caller's
      // or above it (an RT head reads his kab/kota's), never another area's; written by the
      // kab/kota's admin only, for his own kab/kota (a date to come: never rewriting the past).
      {"GET", "/api/v1/aturan", anyone(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/aturan?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"PUT", R"(/api/v1/aturan/:wilayah(\d{2}\.\d{2}))", needs(Permission::manage_programme_rules),
       [](UserClient& c, S s, bool in) {
         std::string kab = kabkota_of(in ? s.in_area : s.out_area);
         if (kab.empty()) kab = "16.71";  // another province's code: its kab/kota
         return c.put("/api/v1/aturan/" + kab, rule_set_body());
       },
       200, 403},
      {"POST", "/api/v1/allocations/prioritas", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {
         // 2020 has no budget anywhere: every item is refused, the matrix funds nobody.
         return c.post("/api/v1/allocations/prioritas",
                       {{"pekerja", {in ? s.in_worker : s.out_worker}}, {"mulai", "2020-01"}, {"bulan", 1}});
       },
       200, 200},
      // The API's contract and its reference page (issue 18 item 5): public reads, like the web app.
      {"GET", "/api/v1/openapi.json", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/openapi.json"); }},
      {"GET", "/api/docs", anyone(), [](UserClient& c, S, bool) { return c.get("/api/docs"); }},
      {"GET", "/api/docs/referensi.js", anyone(), [](UserClient& c, S, bool) { return c.get("/api/docs/referensi.js"); }},
  };
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

// The paths the review of issue 16 found across areas, one row each: who tries, what, and what
// the answer must be. Rows run in order (a few read what an earlier one wrote).
struct Probe {
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

  const std::vector<Probe> probes = {
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
