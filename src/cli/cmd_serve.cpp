#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/config_file.hpp"
#include "cli/gateway_options.hpp"
#include "cli/progress_bar.hpp"
#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "demo/demo_accounts.hpp"
#include "demo/demo_claims.hpp"
#include "demo/demo_data.hpp"
#include "demo/demo_province.hpp"  // many areas in one deployment (issue 8 item 3)
#include "http/server.hpp"
#include "http/server_protection.hpp"
#include "services/app.hpp"
#include "services/auth_service.hpp"
#include "services/database_location.hpp"
#include "services/logging.hpp"  // issue 19 item 3
#include "services/message_delivery.hpp"
#include "services/messages_service.hpp"

namespace lindungi::cli {

namespace {

// The web UI beside the binary (build/web in a build tree) or, installed by the Debian package
// (/usr/bin/lindungi), in /usr/share/lindungi/web: the FHS keeps /usr/bin for programs only.
std::string default_web_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "web";
  const auto beside = exe.parent_path() / "web";
  const auto installed = exe.parent_path().parent_path() / "share" / "lindungi" / "web";
  if (!std::filesystem::is_directory(beside, ec) && std::filesystem::is_directory(installed, ec))
    return installed.string();
  return beside.string();
}

// Loads the demo into `app` when it has no workers yet; says what it did.
void load_demo_if_empty(services::App& app, std::uint64_t seed) {
  const std::int64_t workers = demo::workers_in(app);
  if (workers > 0) {
    std::printf("Database sudah berisi %lld pekerja: data demo tidak dimuat ulang.\n", static_cast<long long>(workers));
    return;
  }
  const auto summary = demo::generate_demo(app, seed);
  std::printf("Data demo Kota Jambi dimuat: %lld RT, %lld pekerja (%lld aktif).\n", static_cast<long long>(summary.rts),
              static_cast<long long>(summary.workers), static_cast<long long>(summary.aktif));
  // Many areas in one deployment (issue 8 item 3): a second kab/kota beside Kota Jambi.
  const auto other = demo::generate_province_demo(app, seed);
  if (!other.kode.empty())
    std::printf("Data demo %s dimuat: %lld RT, %lld pekerja.\n", other.nama.c_str(), static_cast<long long>(other.rts),
                static_cast<long long>(other.workers));
  if (demo::create_demo_accounts(app) > 0)
    std::printf("Akun demo dibuat (lihat README.md), kata sandi: %s\n", demo::kDemoPassword);
  demo::add_demo_claims(app, seed);
}

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("serve", "Jalankan aplikasi web dan API / run the web app and API");
  auto db = std::make_shared<std::string>();
  auto port = std::make_shared<std::uint16_t>(8080);
  auto address = std::make_shared<std::string>("127.0.0.1");
  auto threads = std::make_shared<std::size_t>(2);
  auto web = std::make_shared<std::string>(default_web_dir());
  auto demo = std::make_shared<bool>(false);
  auto secure = std::make_shared<bool>(false);
  auto files = std::make_shared<std::string>();
  auto public_url = std::make_shared<std::string>();  // member cards' QR codes
  auto production = std::make_shared<bool>(false);
  auto proxies = std::make_shared<std::vector<std::string>>();
  auto max_connections = std::make_shared<std::size_t>(http::ServerProtection{}.max_connections);
  auto api_threads = std::make_shared<std::size_t>(http::ServerProtection{}.api_threads);
  auto audit_key = std::make_shared<std::string>();
  // Issue 19 items 3-4: logs and metrics.
  auto access_log = std::make_shared<std::string>("stderr");
  auto log_level = std::make_shared<std::string>("info");
  auto metrics_token = std::make_shared<std::string>();
  auto metrics_token_file = std::make_shared<std::string>();
  // Issue 19 item 2: a server is configured by a file (`--config /etc/lindungi/lindungi.conf`,
  // keys named like the long options: `db = ...`) or LINDUNGI_* variables, not by flags in a
  // systemd unit. An unknown key is an error: a misspelt `prot = 80` must not be ignored silently.
  // main() applies the file to these options' LINDUNGI_* variables (cli/config_file.hpp); it is
  // declared here so that --help lists it.
  cmd->add_option("--config", "Berkas konfigurasi (kunci sama dengan nama opsi: db = ..., port = ...)");
  cmd->add_option("--db", *db, "Berkas SQLite (atau postgresql://... tanpa kata sandi)")
      ->required()
      ->envname("LINDUNGI_DB");
  // Issue 19 item 2: a PostgreSQL password is read from a file (or libpq's ~/.pgpass), never
  // written on a command line where `ps` shows it.
  auto password_file = std::make_shared<std::string>();
  cmd->add_option("--db-password-file", *password_file,
                  "Berkas berisi kata sandi database PostgreSQL (baris pertama; izin 0600 atau 0640)")
      ->envname("LINDUNGI_DB_PASSWORD_FILE");
  cmd->add_option("--port", *port, "Port TCP")->capture_default_str()->envname("LINDUNGI_PORT");
  cmd->add_option("--address,--host", *address, "Alamat yang didengarkan")
      ->capture_default_str()
      ->envname("LINDUNGI_HOST");
  cmd->add_option("--threads", *threads, "Jumlah thread")
      ->capture_default_str()
      ->check(CLI::Range(1, 64))
      ->envname("LINDUNGI_THREADS");
  cmd->add_option("--api-threads", *api_threads,
                  "Jumlah thread pekerja yang menjalankan permintaan API (di luar thread I/O dan unggahan)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256))
      ->envname("LINDUNGI_API_THREADS");
  cmd->add_option("--web", *web, "Folder berkas antarmuka web")->capture_default_str()->envname("LINDUNGI_WEB");
  cmd->add_flag("--demo", *demo, "Isi database kosong dengan data demo Kota Jambi")->envname("LINDUNGI_DEMO");
  cmd->add_flag("--secure-cookies", *secure, "Cookie sesi selalu Secure (di belakang proxy TLS)")
      ->envname("LINDUNGI_SECURE_COOKIES");
  cmd->add_option("--files", *files, "Folder dokumen klaim (bawaan: berkas/ di samping berkas database)")
      ->envname("LINDUNGI_FILES");
  cmd->add_option("--kunci-audit", *audit_key,
                  "Berkas kunci log audit, di luar database (bawaan: <db>.kunci-audit; PostgreSQL: var/kunci-audit)")
      ->envname("LINDUNGI_AUDIT_KEY_FILE");
  cmd->add_option("--public-url", *public_url,
                  "Alamat publik yang dibuka kode QR kartu peserta (bawaan http://<address>:<port>)")
      ->envname("LINDUNGI_PUBLIC_URL");
  // A production deployment never runs on a fixed date or demo data (issue 15): either would put
  // invented figures or the wrong day in front of real users.
  cmd->add_flag("--produksi,--production", *production, "Penerapan produksi: menolak --demo dan LINDUNGI_TODAY")
      ->envname("LINDUNGI_PRODUKSI");
  // Issue 16 item 6: behind nginx every peer is 127.0.0.1; only the proxy's X-Forwarded-For
  // tells clients apart, and only a proxy named here is believed.
  cmd->add_option("--proxy", *proxies,
                  "Alamat proxy tepercaya yang X-Forwarded-For-nya dipakai (boleh berulang atau dipisah koma)")
      ->delimiter(',')
      ->envname("LINDUNGI_PROXY");
  cmd->add_option("--max-connections", *max_connections, "Batas koneksi terbuka sekaligus")
      ->capture_default_str()
      ->check(CLI::Range(8, 100000))
      ->envname("LINDUNGI_MAX_CONNECTIONS");
  // Issue 19 item 3: one JSON line per request; under systemd stderr is the journal.
  cmd->add_option("--access-log", *access_log,
                  "Tujuan log akses (satu baris JSON per permintaan): stderr, off, atau berkas")
      ->capture_default_str()
      ->envname("LINDUNGI_ACCESS_LOG");
  cmd->add_option("--log-level", *log_level, std::string{"Tingkat log aplikasi: "} + services::logging::kLevels)
      ->capture_default_str()
      ->envname("LINDUNGI_LOG_LEVEL");
  // Issue 19 item 4: GET /metrics from another machine (Prometheus elsewhere) needs this token.
  cmd->add_option("--metrics-token,--metrics_token", *metrics_token,
                  "Token bearer untuk GET /metrics dari mesin lain (tanpa token: hanya dari server ini)")
      ->envname("LINDUNGI_METRICS_TOKEN");
  cmd->add_option("--metrics-token-file", *metrics_token_file, "Berkas berisi token GET /metrics (baris pertama)")
      ->envname("LINDUNGI_METRICS_TOKEN_FILE");
  // Messages to workers (issue 20 item 3): the gateway; without a URL messages wait in the outbox.
  auto gateway = add_gateway_options(cmd);
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(false, [&] {
        services::logging::configure(*log_level);
        const auto gateway_config = gateway->config();
        std::string token = *metrics_token;
        if (!metrics_token_file->empty()) {
          std::ifstream in(*metrics_token_file);
          if (!in || !std::getline(in, token))
            throw BadRequest("token_metrik_tidak_terbaca",
                             "Berkas token metrik " + *metrics_token_file + " tidak dapat dibaca",
                             "metrics-token-file");
          while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
        }
        if (!token.empty() && token.size() < 16)
          throw BadRequest("token_metrik_pendek", "Token metrik minimal 16 karakter", "metrics-token");
        if (*production) {
          if (const auto fixed = clock::fixed_today())
            throw BadRequest("produksi_tanggal_tetap",
                             "Penerapan produksi tidak boleh memakai tanggal tetap (LINDUNGI_TODAY=" + fixed->iso() +
                                 "); hapus variabel itu",
                             "LINDUNGI_TODAY");
          if (*demo)
            throw BadRequest("produksi_demo", "Penerapan produksi tidak boleh memuat data demo; hapus --demo", "demo");
        }
        auto application = services::App::open(database_location(*db, *password_file, *production), *audit_key);
        if (*production) {
          // Demo and test accounts log in without a second factor (issue 16 item 8): none may be
          // active where real data is.
          const auto exempt = services::AuthService(*application).active_demo_accounts();
          if (!exempt.empty()) {
            std::string names;
            for (const auto& n : exempt) names += (names.empty() ? "" : ", ") + n;
            throw BadRequest("produksi_akun_demo",
                             "Penerapan produksi tidak boleh berjalan selama akun demo/uji aktif (tanpa verifikasi dua "
                             "langkah): " +
                                 names + ". Nonaktifkan akun itu terlebih dahulu",
                             "demo");
          }
        }
        if (!files->empty()) application->set_files_dir(*files);
        if (*demo) load_demo_if_empty(*application, 1);
        application->set_public_url(!public_url->empty() ? *public_url
                                                         : "http://" + *address + ":" + std::to_string(*port));
        http::ServerProtection protection;
        protection.trusted_proxies = *proxies;
        protection.max_connections = *max_connections;
        protection.api_threads = *api_threads;
        http::ServerOptions options{*address, *port, *threads, *web, 1u << 20, *secure};
        options.access_log = *access_log;
        options.metrics_token = token;
        // The outbox (issue 20): the day's time-based messages, and delivery through the gateway.
        services::DailyMessageJob daily(*application);
        daily.start();
        services::MessageDelivery delivery(*application, gateway_config);
        delivery.start();
        http::run_server(*application, options, protection);
        delivery.stop();
        daily.stop();
        return 0;
      });
    };
  });
}

void add_demo_command(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("demo", "Tulis data demo Kota Jambi / write the Kota Jambi demo data");
  auto db = std::make_shared<std::string>();
  auto seed = std::make_shared<std::uint64_t>(1);
  auto json = std::make_shared<bool>(false);
  auto provinsi = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, "Berkas SQLite")->required();
  cmd->add_option("--seed", *seed, "Benih acak (hasil sama untuk benih sama)")->capture_default_str();
  cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
  // The demo of DESIGN.md §7 is Kota Jambi; the second kab/kota is asked for (serve --demo adds it).
  cmd->add_flag("--provinsi", *provinsi, "Tambahkan Kota Sungai Penuh (15.72) di samping Kota Jambi");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        ProgressBar bar(ProgressBar::wanted(*json));
        const auto s = demo::generate_demo(*application, *seed, bar.reporter());
        // Many areas in one deployment (issue 8 item 3): Kota Sungai Penuh beside Kota Jambi.
        const auto other = *provinsi ? demo::generate_province_demo(*application, *seed) : demo::ProvinceDemoSummary{};
        bar.update("Akun dan klaim demo", 0, 2);
        demo::create_demo_accounts(*application);
        bar.update("Akun dan klaim demo", 1, 2);
        demo::add_demo_claims(*application, *seed);
        bar.update("Akun dan klaim demo", 2, 2);
        bar.finish();
        if (*json) {
          nlohmann::json lain = nlohmann::json::array();
          if (!other.kode.empty())
            lain.push_back({{"kode", other.kode},
                            {"nama", other.nama},
                            {"rts", other.rts},
                            {"workers", other.workers},
                            {"sumber_dana", other.sumber_dana}});
          print_json({{"kabkota_lain", lain},
                      {"rts", s.rts},
                      {"workers", s.workers},
                      {"pekerja_rentan", s.pekerja_rentan},
                      {"petugas_keagamaan", s.petugas_keagamaan},
                      {"ketua_rt", s.ketua_rt},
                      {"aktif", s.aktif},
                      {"heirs", s.heirs},
                      {"potensi", s.potensi},
                      {"peserta_lain", s.peserta_lain}});
        } else {
          std::printf(
              "Data demo ditulis ke %s: %lld RT, %lld pekerja (%lld pekerja rentan, %lld petugas keagamaan, "
              "%lld ketua RT), %lld aktif.\n",
              services::printable_location(*db).c_str(), static_cast<long long>(s.rts),
              static_cast<long long>(s.workers), static_cast<long long>(s.pekerja_rentan),
              static_cast<long long>(s.petugas_keagamaan), static_cast<long long>(s.ketua_rt),
              static_cast<long long>(s.aktif));
          if (!other.kode.empty())
            std::printf("Ditambah %s: %lld RT, %lld pekerja.\n", other.nama.c_str(), static_cast<long long>(other.rts),
                        static_cast<long long>(other.workers));
        }
        return 0;
      });
    };
  });
}

}  // namespace lindungi::cli
