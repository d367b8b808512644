// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// Billing (issue 4): bulk allocation, invoices, payments, arrears, renewals, the RT fund and
// reports; RTs created by area (issue 8), the coverage trend (issue 6), holidays (issue 15),
// the API's contract (issue 18 item 5) and the programme rules per kab/kota (issue 22 item 4).
#include "integration/authorization_fixture.hpp"

namespace lindungi::testing::authorization {

std::vector<Case> MatrixRows::billing() {
  using S = const Scope&;
  return {
      // Billing (issue 4): bulk allocation, invoices, payments, arrears, renewals, RT fund, reports.
      {"POST", "/api/v1/allocations/bulk", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // 2020 has no budget: whatever the rule selects is refused
         return c.post("/api/v1/allocations/bulk", {{"sumber_dana", s.in_funder},
                                                    {"mulai", "2020-01"},
                                                    {"bulan", 1},
                                                    {"aturan", {{"wilayah", in ? s.in_area : s.out_area}}}});
       },
       200, 403},
      {"POST", "/api/v1/invoices", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {  // nothing allocated in 2020: refused, nothing written
         return c.post("/api/v1/invoices",
                       {{"sumber_dana", in ? s.in_funder : s.out_funder}, {"dari", "2020-01"}, {"sampai", "2020-01"}});
       },
       409, 404},
      {"GET", "/api/v1/invoices", billing_viewer(), [](UserClient& c, S, bool) { return c.get("/api/v1/invoices"); }},
      {"GET", R"(/api/v1/invoices/:id(\d{1,18}))", billing_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in))); },
       200, 404},
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
         return c.post("/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "/cancel",
                       {{"alasan", "Salah periode"}});
       },
       200, 404},
      {"POST", R"(/api/v1/invoices/:id(\d{1,18})/payments)", needs(Permission::manage_funding),
       [](UserClient& c, S s, bool in) {
         static int ref = 0;
         return c.post(
             "/api/v1/invoices/" + std::to_string(scoped_invoice(s, in)) + "/payments",
             {{"jumlah", 16800}, {"tanggal", "2026-11-01"}, {"referensi", "UJI-BAYAR-" + std::to_string(++ref)}});
       },
       201, 404},
      {"GET", "/api/v1/arrears", billing_viewer(),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/arrears?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
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
      {"GET", "/api/v1/reports/funding", billing_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/reports/funding"); }},
      {"GET", "/api/v1/reports/invoices", billing_viewer(),
       [](UserClient& c, S, bool) { return c.get("/api/v1/reports/invoices?format=xlsx"); }},
      {"GET", "/api/v1/reports/arrears", billing_viewer(),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/reports/arrears?wilayah=" + (in ? s.in_area : s.out_area));
       },
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
       [](UserClient& c, S, bool) {
         return c.put("/api/v1/libur/tahun/2030", {{"lengkap", false}, {"dasar", "SKB uji"}});
       }},
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
      {"GET", "/api/docs/referensi.js", anyone(),
       [](UserClient& c, S, bool) { return c.get("/api/docs/referensi.js"); }},
  };
}

}  // namespace lindungi::testing::authorization
