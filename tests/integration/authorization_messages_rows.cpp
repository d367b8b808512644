// Rows of the authorization matrix (authorization_test.cpp, EveryRouteEveryRoleInsideAndOutsideScope):
// messages to workers and heirs (issue 20 items 2-4): the outbox by area and by worker, a failed
// message sent again, the templates (deployment-wide), a worker's consent.
#include "integration/authorization_fixture.hpp"
#include "store/outbox_store.hpp"

namespace lindungi::testing::authorization {

namespace {

// A failed message to `pekerja_id`, for the retry route.
std::int64_t failed_message(TestServer& server, std::int64_t pekerja_id) {
  static int n = 0;
  std::int64_t id = 0;
  server.app().store().write([&](store::Session& s) {
    const auto w = s.registry().worker(pekerja_id);
    store::MessageRecord m;
    m.kunci = "uji:" + std::to_string(pekerja_id) + ":" + std::to_string(++n);
    m.pekerja_id = pekerja_id;
    m.kode_kelurahan = w->kode_kelurahan;
    m.rt = w->rt;
    m.penerima = "pekerja";
    m.no_hp = "081234567890";
    m.templat = "kartu_siap";
    m.isi = "Pesan uji";
    s.outbox().enqueue(m);
    m.status = "gagal";
    m.alasan = "Gateway menolak pesan: nomor tidak aktif";
    s.outbox().settle(m);
    id = m.id;
  });
  return id;
}

}  // namespace

std::vector<Case> MatrixRows::messages() {
  using S = const Scope&;
  return {
      {"GET", "/api/v1/messages", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) { return c.get("/api/v1/messages?wilayah=" + (in ? s.in_area : s.out_area)); },
       200, 403},
      // A worker's messages (their page): one outside the caller's area is not found, as the worker.
      {"GET", "/api/v1/messages", needs(Permission::view_workers),
       [](UserClient& c, S s, bool in) {
         return c.get("/api/v1/messages?pekerja_id=" + std::to_string(in ? s.in_worker : s.out_worker));
       },
       200, 404},
      {"POST", R"(/api/v1/messages/:id(\d{1,18})/retry)", needs(Permission::manage_messages),
       [](UserClient& c, S s, bool in) {
         const auto id = failed_message(*server_, in ? s.in_worker : s.out_worker);
         return c.post("/api/v1/messages/" + std::to_string(id) + "/retry", json::object());
       },
       200, 404},
      {"GET", "/api/v1/message-templates",
       [](Role r) { return role_has(r, Permission::manage_messages) || role_has(r, Permission::view_workers); },
       [](UserClient& c, S, bool) { return c.get("/api/v1/message-templates"); }},
      {"PUT", R"(/api/v1/message-templates/:kode([a-z_]{1,40}))", needs(Permission::manage_messages),
       [](UserClient& c, S, bool) {
         return c.put("/api/v1/message-templates/kartu_siap",
                      {{"isi", "Yth. {nama}, kartu Anda (KPJ {kpj}) siap diambil di Kantor Kelurahan {kelurahan}."}});
       }},
      {"POST", R"(/api/v1/message-templates/:kode([a-z_]{1,40})/preview)", needs(Permission::manage_messages),
       [](UserClient& c, S, bool) {
         return c.post("/api/v1/message-templates/kartu_siap/preview", {{"isi", "Yth. {nama}, kartu Anda siap."}});
       }},
      {"PUT", R"(/api/v1/workers/:id(\d{1,18})/pesan)", needs(Permission::record_workers),
       [](UserClient& c, S s, bool in) {
         return c.put("/api/v1/workers/" + std::to_string(in ? s.in_worker : s.out_worker) + "/pesan",
                      {{"setuju", true}});
       },
       200, 404},
  };
}

}  // namespace lindungi::testing::authorization
