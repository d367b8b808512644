// The outbox draining to the fake gateway (issue 20): 100,000 messages written by MessageWriter in
// one transaction, then sent by MessageDelivery (its defaults: 100 per claim, one sender) to the
// loopback gateway of the tests (tests/fake_gateway.hpp). Printed: messages per second, and the
// checks "none lost" (every message terkirim, the gateway took each key) and "none twice" (no key
// taken or even requested twice). Baseline, in the same run and against the same gateway: the
// same 100,000 requests (same body shape, same keep-alive client) sent in a plain loop with no
// database, so the ratio shows what the outbox's claims and settlements add to the HTTP itself.
//
//   build/outbox_drain [N] [--pg URL] [--rate R]   (N = 100000; --rate the rate limit, 0 = none)
// With --pg the run has a schema of its own in that database (created, then dropped), so runs
// one after another, or beside the tests, start empty.
// Exit status 0 when every check holds, 1 otherwise. Never run by ctest (timing is not a test).
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <string>

#include "fake_gateway.hpp"
#include "services/app.hpp"
#include "services/message_delivery.hpp"
#include "services/messages_service.hpp"
#include "store/outbox_store.hpp"
#include "store/registry_store.hpp"

using namespace lindungi;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) {
  int n = 100'000;
  std::string location;
  double rate = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--pg" && i + 1 < argc)
      location = argv[++i];
    else if (a == "--rate" && i + 1 < argc)
      rate = std::atof(argv[++i]);
    else
      n = std::atoi(a.c_str());
  }
  const auto dir = std::filesystem::temp_directory_path() / ("outbox_drain_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string pg_admin, pg_schema;
  if (location.empty()) {
    location = (dir / "bench.db").string();
  } else {
    pg_admin = location;
    pg_schema = "bench_outbox_" + std::to_string(getpid());
    pqxx::connection c(pg_admin);
    pqxx::nontransaction tx(c);
    tx.exec("DROP SCHEMA IF EXISTS " + pg_schema + " CASCADE");
    tx.exec("CREATE SCHEMA " + pg_schema);
    // libpq's options parameter: every connection of the store works in the new schema.
    location =
        pg_admin + (pg_admin.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + pg_schema;
  }

  // Baseline: the HTTP alone.
  double baseline = 0;
  {
    testing::FakeGateway gateway;
    httplib::Client client(gateway.origin());
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);  // as MessageDelivery's client
    const std::string path = "/kirim";
    const auto t0 = Clock::now();
    for (int i = 1; i <= n; ++i) {
      const std::string key = "dasar:" + std::to_string(i);
      const nlohmann::json body = {{"id", key},
                                   {"ke", "+6281234567890"},
                                   {"pengirim", "Pemkot Jambi"},
                                   {"pesan",
                                    "Yth. Siti Aminah, kartu peserta BPJS Ketenagakerjaan Anda (KPJ 12345678901) "
                                    "sudah dicetak dan dapat diambil di Kantor Kelurahan Legok dengan membawa KTP."}};
      const auto res = client.Post(path, {{"Idempotency-Key", key}}, body.dump(), "application/json");
      if (!res || res->status != 200) {
        std::fprintf(stderr, "baseline: request %d failed\n", i);
        return 1;
      }
    }
    baseline = n / seconds_since(t0);
  }

  auto app = services::App::open(location, (dir / "kunci-audit").string());
  Worker w;
  w.nik = "1571011708850001";
  w.nama = "Siti Aminah";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.no_hp = "081234567890";
  w.pekerjaan = "becak";
  w.penghasilan = 1'000'000;
  w.kategori = "pekerja_rentan";
  w.status = "aktif";
  w.kpj = "12345678901";
  w.persetujuan = true;
  w.setuju_pesan = true;
  const auto t_write = Clock::now();
  app->store().write([&](store::Session& s) {
    s.registry().put_rt({"", "15.71.01.1001", 7, ""});
    s.registry().insert_worker(w);
    services::MessageWriter writer(*app, s);
    for (int i = 1; i <= n; ++i) writer.card_ready(w, i);
  });
  const double written = n / seconds_since(t_write);

  testing::FakeGateway gateway;
  services::GatewayConfig config;
  config.url = gateway.url();
  config.pengirim = "Pemkot Jambi";
  config.laju = rate;
  services::MessageDelivery delivery(*app, config);
  const auto t0 = Clock::now();
  const auto round = delivery.drain();
  const double elapsed = seconds_since(t0);
  const double drained = n / elapsed;

  std::int64_t sent = 0, other = 0;
  app->store().read([&](store::Session& s) {
    const auto c = s.outbox().counts("");
    sent = c.terkirim;
    other = c.antre + c.gagal;
  });
  const auto taken = gateway.taken();
  const auto posts = gateway.posts();
  bool twice = false;
  for (const auto& [k, v] : taken) twice = twice || v != 1;
  for (const auto& [k, v] : posts) twice = twice || v != 1;
  const bool lost = sent != n || other != 0 || static_cast<int>(taken.size()) != n;

  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| messages | %d (%s) |\n", n, location.rfind("postgres", 0) == 0 ? "PostgreSQL" : "SQLite");
  std::printf("| written in one transaction (MessageWriter) | %.0f messages/s |\n", written);
  std::printf("| baseline: the same requests, no database | %.0f requests/s |\n", baseline);
  std::printf("| outbox drained to the gateway | %.0f messages/s (%.1f s) |\n", drained, elapsed);
  std::printf("| ratio to the baseline | %.2f |\n", drained / baseline);
  std::printf("| rate limit | %s |\n", rate > 0 ? (std::to_string(rate) + " /s").c_str() : "none");
  std::printf("| sent / failed / retried (rounds' tally) | %lld / %lld / %lld |\n",
              static_cast<long long>(round.terkirim), static_cast<long long>(round.gagal),
              static_cast<long long>(round.diulang));
  std::printf("| none lost (all terkirim, gateway took %zu keys) | %s |\n", taken.size(), lost ? "NO" : "yes");
  std::printf("| none twice (each key requested and taken once; %lld requests) | %s |\n",
              static_cast<long long>(gateway.total_posts()), twice ? "NO" : "yes");
  app.reset();
  std::filesystem::remove_all(dir);
  if (!pg_schema.empty()) {
    pqxx::connection c(pg_admin);
    pqxx::nontransaction tx(c);
    tx.exec("DROP SCHEMA IF EXISTS " + pg_schema + " CASCADE");
  }
  return lost || twice ? 1 : 0;
}
