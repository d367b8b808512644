// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// Intake (issue 3): imports, BPJS's active members, the duplicate queue, verification, a
// rejected worker resubmitted, pending changes of verified workers (issue 16 item 4).
#include "integration/authorization_fixture.hpp"

namespace lindungi::testing::authorization {

std::vector<Case> MatrixRows::intake() {
  using S = const Scope&;
  return {
      // Intake (issue #3): imports, BPJS's active members, the duplicate queue, verification.
      {"GET", "/api/v1/imports/template", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/imports/template?format=csv"); }},
      {"POST", "/api/v1/imports", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {  // a row outside the area is rejected, the file is still read
         return c.post_raw("/api/v1/imports?dry_run=1", import_csv(in ? s.in_rt_kel : s.out_rt_kel), "text/csv");
       },
       200, 200},
      {"GET", "/api/v1/imports", may_view_intake_role(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/imports"); }},
      {"GET", R"(/api/v1/imports/:id(\d{1,18}))", may_view_intake_role(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/imports/" +
                      std::to_string(import_by(in ? s.in_rt_kel + ".001" : s.out_rt_kel + ".001")));
       },
       200, 404},
      {"GET", R"(/api/v1/imports/:id(\d{1,18})/errors)", may_view_intake_role(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/imports/" +
                      std::to_string(import_by(in ? s.in_rt_kel + ".001" : s.out_rt_kel + ".001")) +
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
         return c.post(
             "/api/v1/duplicates/" + std::to_string(pending_pair(in ? s.in_rt_kel : s.out_rt_kel)) + "/dismiss",
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
         return c.post(
             "/api/v1/workers/" + std::to_string(recorded_worker(in ? s.in_rt_kel : s.out_rt_kel)) + "/verify",
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
         return c.post(
             "/api/v1/workers/" + std::to_string(recorded_worker(in ? s.in_rt_kel : s.out_rt_kel)) + "/reject",
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
  };
}

}  // namespace lindungi::testing::authorization
