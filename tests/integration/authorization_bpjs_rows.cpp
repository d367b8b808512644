// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// BPJS registration and member cards (issue 4 items 4-5), the preview of a response file
// (issue 17 item 9), card verification and Cek Perlindungan (issue 20 item 1).
#include "integration/authorization_fixture.hpp"

namespace lindungi::testing::authorization {

std::vector<Case> MatrixRows::bpjs() {
  using S = const Scope&;
  return {
      // BPJS registration and member cards (issue 4 items 4-5).
      {"POST", "/api/v1/bpjs/batches", needs(Permission::send_bpjs_batches),
       [](UserClient& c, S s, bool in) {
         if (!in && !s.out_inside) return c.post("/api/v1/bpjs/batches", {{"wilayah", s.out_area}});
         return c.post("/api/v1/bpjs/batches",
                       {{"pekerja", {bpjs_worker(in ? s.in_rt_kel : s.out_rt_kel, "dialokasikan")}}});
       },
       201, 403},
      {"GET", "/api/v1/bpjs/batches", batch_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/bpjs/batches"); }},
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
         return c.post_raw("/api/v1/bpjs/batches/" +
                               std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)) + "/response",
                           "nik,kpj,tanggal_efektif\n1571019999990009,25012345678,01/02/2026\n", "text/csv");
       },
       200, 404},
      // The preview of a response file (issue 17 item 9): the same access, nothing written.
      {"POST", R"(/api/v1/bpjs/batches/:id(\d{1,18})/response)", needs(Permission::manage_bpjs),
       [](UserClient& c, S s, bool in) {
         return c.post_raw("/api/v1/bpjs/batches/" +
                               std::to_string(registration_batch(in ? s.in_rt_kel : s.out_rt_kel)) +
                               "/response?dry_run=1",
                           "nik,kpj,tanggal_efektif\n1571019999990009,25012345678,01/02/2026\n", "text/csv");
       },
       200, 404},
      {"POST", "/api/v1/cards", needs(Permission::manage_cards),
       [](UserClient& c, S s, bool in) {  // outside: the worker is not found, so no card can be requested
         return c.post("/api/v1/cards", {{"pekerja", {bpjs_worker(in ? s.in_rt_kel : s.out_rt_kel, "aktif")}}});
       },
       201, 422},
      {"GET", "/api/v1/cards/batches", card_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/cards/batches"); }},
      {"GET", R"(/api/v1/cards/batches/:id(\d{1,18}))", card_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/cards/batches/" +
                      std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "diminta").first));
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
         return c.post("/api/v1/cards/" +
                           std::to_string(card_batch(in ? s.in_rt_kel : s.out_rt_kel, "dicetak").second) + "/handover",
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
  };
}

}  // namespace lindungi::testing::authorization
