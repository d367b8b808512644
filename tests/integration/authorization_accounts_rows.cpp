// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// Accounts and sessions, the second factor, audit, regions, workers, coverage reports, the
// public figures and tools, funders and allocations.
#include "core/rt_sessions.hpp"  // a lost phone (issue 21 item 4)
#include "integration/authorization_fixture.hpp"

namespace lindungi::testing::authorization {

std::vector<Case> MatrixRows::accounts() {
  using S = const Scope&;
  return {
      {"GET", "/api/v1/health", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/health"); }},
      {"GET", "/api/v1/auth/me", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/auth/me"); }},
      {"POST", "/api/v1/auth/password", anyone(),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/auth/password", {{"password_lama", "salah-sekali-123"}, {"password_baru", "x"}});
       },
       422},
      {"GET", "/api/v1/users",
       [](Role r) { return role_has(r, Permission::manage_users) || role_has(r, Permission::view_audit); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/users"); }},
      {"POST", "/api/v1/users", needs(Permission::manage_users),
       [](UserClient& c, S s, bool in) {
         static int n = 0;
         return c.post("/api/v1/users", {{"username", "baru" + std::to_string(++n)},
                                         {"nama", "Baru"},
                                         {"role", "ketua_rt"},
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
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/auth/otp/konfirmasi", {{"kode_otp", "12345"}});
       },
       422},
      {"POST", "/api/v1/auth/otp/kode-pemulihan", anyone(),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/auth/otp/kode-pemulihan", {{"kode_otp", "123456"}});
       },
       409},
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
      {"GET", "/api/v1/audit", needs(Permission::view_audit),
       [](UserClient& c, S, bool) { return c.get("/api/v1/audit"); }},
      {"GET", "/api/v1/audit/verify", needs(Permission::view_audit),
       [](UserClient& c, S, bool) { return c.get("/api/v1/audit/verify"); }},
      {"GET", "/api/v1/regions",
       [](Role r) { return role_has(r, Permission::view_reports) || role_has(r, Permission::view_workers); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/regions"); }},
      {"GET", "/api/v1/regions/:kode([0-9.]{2,17})/rts", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/regions/" + (in ? s.in_kel : s.out_kel) + "/rts"); },
       200, 403},
      {"GET", "/api/v1/workers", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/workers?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      {"GET", R"(/api/v1/workers/:id(\d{1,18}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker));
       },
       200, 404},
      {"GET", R"(/api/v1/workers/nik/:nik(\d{16}))", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/workers/nik/" + (in ? s.in_nik : s.out_nik)); }, 200,
       404},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/export)", needs(Permission::view_full_nik),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/export");
       },
       200, 404},
      {"POST", "/api/v1/workers", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/workers", new_worker(in ? s.in_rt_kel : s.out_rt_kel, 1));
       },
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
      {"GET", "/api/v1/public/coverage", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/public/coverage"); }},
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
      {"GET", "/api/v1/nik/:nik([^/]{1,40})", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/nik/1571011708850001"); }},
      // The worker form's live phone check (issue 20 item 5): any account, no area.
      {"POST", "/api/v1/no-hp", anyone(),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/no-hp", {{"no_hp", "0812-3456-7890"}});
       }},
      {"GET", "/api/v1/premium", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/premium?workers=20&months=12"); }},
      {"GET", "/api/v1/funders",
       [](Role r) { return role_has(r, Permission::manage_funding) || role_has(r, Permission::view_reports); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/funders"); }},
      {"POST", "/api/v1/funders", needs(Permission::manage_funding),  // written back unchanged
       [](UserClient& c, S s, bool in) {
         return c.post("/api/v1/funders", funder_body(in ? s.in_funder : s.out_funder));
       },
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
         return c.post("/api/v1/allocations", {{"pekerja", {in ? s.in_worker : s.out_worker}},
                                               {"sumber_dana", s.in_funder},
                                               {"mulai", "2020-01"},
                                               {"bulan", 1}});
       },
       200, 200},
      {"GET", "/api/v1/reports/budget",
       [](Role r) { return role_has(r, Permission::manage_funding) || role_has(r, Permission::view_reports); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/reports/budget"); }},
      {"GET", R"(/api/v1/workers/:id(\d{1,18})/ledger)", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/ledger");
       },
       200, 404},
      {"GET", "/api/v1/jakon", anyone(), [](UserClient& c, S, bool) { return c.get("/api/v1/jakon?value=850000000"); }},
  };
}

}  // namespace lindungi::testing::authorization
