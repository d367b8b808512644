// What the server does against abuse (issue 16 item 6), at the HTTP level: a full upload queue is
// refused at once while other routes go on, and connections beyond the limit wait instead of
// being served.
#include "http/server_protection.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "integration/test_server.hpp"
#include "services/audit_service.hpp"
#include "store/audit_store.hpp"

using lindungi::testing::TestServer;
using nlohmann::json;

namespace {

lindungi::http::ServerOptions options_on(std::uint16_t port) { return {"127.0.0.1", port, 2, "", 64 * 1024, false}; }

// A spreadsheet upload, as the RT head's import sends it (the answer is what matters, not the file).
httplib::Result upload(std::uint16_t port) {
  httplib::Client c("127.0.0.1", port);
  return c.Post("/api/v1/imports?nama_berkas=rt.csv", "nik,nama\n", "text/csv");
}

TEST(ServerProtectionTest, AFullUploadQueueIsRefusedAtOnceAndOtherRoutesGoOn) {
  TestServer base("protection_queue");
  // No room in the queue: every upload finds it full, deterministically.
  lindungi::http::ServerProtection full;
  full.upload_threads = 1;
  full.max_queued_uploads = 0;
  const auto port = lindungi::testing::free_port();
  auto server = lindungi::http::start_server(base.app(), options_on(port), full);
  const auto refused = upload(port);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 503);
  const json body = json::parse(refused->body);
  EXPECT_EQ(body["error"]["code"], "server_sibuk");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("coba lagi"), std::string::npos) << refused->body;
  // The I/O threads are not held by uploads: the other routes answer.
  httplib::Client c("127.0.0.1", port);
  const auto health = c.Get("/api/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  server->stop();

  // With room in the queue the same upload reaches the route, which asks for a login.
  const auto port2 = lindungi::testing::free_port();
  auto normal = lindungi::http::start_server(base.app(), options_on(port2), lindungi::http::ServerProtection{});
  const auto reached = upload(port2);
  ASSERT_TRUE(reached);
  EXPECT_EQ(reached->status, 401) << reached->body;
  normal->stop();
}

TEST(ServerProtectionTest, ConnectionsBeyondTheLimitWaitUntilOneCloses) {
  TestServer base("protection_connections");
  lindungi::http::ServerProtection one;
  one.max_connections = 1;
  const auto port = lindungi::testing::free_port();
  auto server = lindungi::http::start_server(base.app(), options_on(port), one);

  // A client that connects and says nothing holds the only connection.
  const int held = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(held, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(held, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  // Let the server accept it before the second client comes (the limit counts accepted ones).
  {
    httplib::Client probe("127.0.0.1", port);
    probe.set_read_timeout(1, 0);
    probe.set_connection_timeout(1, 0);
    // Not asserted either way: on a slow machine the held socket may not be accepted yet.
    (void)probe.Get("/api/v1/health");
  }
  httplib::Client waiting("127.0.0.1", port);
  waiting.set_read_timeout(1, 0);
  waiting.set_connection_timeout(1, 0);
  const auto blocked = waiting.Get("/api/v1/health");
  EXPECT_FALSE(blocked) << "a second connection was served beyond max_connections = 1";

  close(held);
  httplib::Client after("127.0.0.1", port);
  after.set_read_timeout(10, 0);
  const auto served = after.Get("/api/v1/health");
  ASSERT_TRUE(served);
  EXPECT_EQ(served->status, 200);
  server->stop();
}

// Issue 16 item 6: no handler waits on an I/O thread, and a read's audit entry does not wait for
// the database's writer. While the writer is held (as a long import holds it), requests that write
// wait on the worker pool, and a route that needs no database, a read-only route and an audited
// lookup by NIK still answer, before the writer is released. The lookup's audit entry joins the
// chain once the writer is free.
TEST(ServerProtectionTest, RoutesAndAuditedLookupsAnswerWhileTheDatabaseWriterIsHeld) {
  TestServer base("protection_writer_held");
  base.add_user("admin_kota", "admin_kota", "15.71");
  base.start();
  lindungi::testing::UserClient reader(base, "admin_kota");
  ASSERT_TRUE(reader.logged_in());
  // Generous timeouts, only so that a failure cannot hang the test: a request that waited for the
  // writer would time out (the writer is released only after these answers), and fail below.
  auto client = [&] {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", base.port());
    c->set_read_timeout(60, 0);
    return c;
  };
  const httplib::Headers session{{"Cookie", reader.cookie()}};

  std::promise<void> held, release;
  auto released = release.get_future().share();
  std::thread writer([&] {
    base.app().store().write([&](lindungi::store::Session&) {
      held.set_value();
      released.wait();
    });
  });
  held.get_future().wait();

  // More writers than the server has I/O threads (2): each login writes a session and so waits
  // for the held writer. Before, they held every I/O thread and nothing else was answered.
  std::vector<std::future<int>> logins;
  for (int i = 0; i < 4; ++i)
    logins.push_back(std::async(std::launch::async, [&] {
      const auto r = client()->Post(
          "/api/v1/auth/login", json{{"username", "admin_kota"}, {"password", lindungi::testing::kTestPassword}}.dump(),
          "application/json");
      return r ? r->status : -1;
    }));

  const auto health = client()->Get("/api/v1/health");
  const auto list = client()->Get("/api/v1/workers?limit=5", session);
  // A lookup by full NIK is audited, found or not (here: not found).
  const auto lookup = client()->Get("/api/v1/workers/nik/1571011708850001", session);
  // All three have answered: the writer is still held.
  release.set_value();
  writer.join();

  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200) << health->body;
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200) << list->body;
  ASSERT_TRUE(lookup);
  EXPECT_EQ(lookup->status, 404) << lookup->body;
  // The writes that waited go through once the writer is free.
  for (auto& l : logins) EXPECT_EQ(l.get(), 200);

  // The lookup's entry is in the keyed chain (folded by now or by this call), once.
  base.app().fold_audit_queue();
  int lookups = 0;
  base.app().store().read([&](lindungi::store::Session& s) {
    for (const auto& e : s.audit().entries("pencarian_nik", "", 0, 100).items)
      lookups += e.aksi == "cari_nik" && e.pelaku == "admin_kota";
  });
  EXPECT_EQ(lookups, 1);
  EXPECT_TRUE(lindungi::services::AuditService(base.app()).verify().ok);
}

}  // namespace
