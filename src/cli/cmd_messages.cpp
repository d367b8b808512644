// Messages to workers and heirs (issue 20): `lindungi pesan harian` writes the day's time-based
// messages (cover ending, lapsed, scholarship renewals; idempotent), `lindungi pesan kirim` sends
// what is due through the gateway once and returns. `serve` does both in the background.
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/gateway_options.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/message_delivery.hpp"
#include "services/messages_service.hpp"
#include "wire/messages.hpp"

namespace lindungi::cli {

void add_message_commands(CLI::App& app, Action& action) {
  auto* pesan = app.add_subcommand("pesan", "Pesan WhatsApp/SMS ke pekerja dan ahli waris / messages to workers");
  pesan->require_subcommand(1);

  auto* harian = pesan->add_subcommand("harian", "Tulis pesan harian: perlindungan berakhir, gugur, beasiswa");
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  harian->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL")->required()->envname("LINDUNGI_DB");
  harian->add_flag("--json", *json, "Cetak satu dokumen JSON");
  harian->callback([=, &action] {
    action = [=] {
      return guarded(*json, [&] {
        auto application = services::App::open(*db);
        const auto r = services::MessagesService(*application).run_daily(Actor::system("cli"));
        if (*json) {
          print_json(wire::to_json(r));
          return 0;
        }
        std::printf(
            "Pesan harian %s: %lld pekerja aktif diperiksa; ditulis %lld perlindungan berakhir, %lld gugur, "
            "%lld beasiswa.\n",
            r.tanggal.id().c_str(), static_cast<long long>(r.diperiksa), static_cast<long long>(r.tanggungan_berakhir),
            static_cast<long long>(r.tanggungan_gugur), static_cast<long long>(r.beasiswa));
        return 0;
      });
    };
  });

  auto* kirim = pesan->add_subcommand("kirim", "Kirim pesan yang sudah waktunya lewat gateway, lalu selesai");
  auto db2 = std::make_shared<std::string>();
  auto json2 = std::make_shared<bool>(false);
  kirim->add_option("--db", *db2, "Berkas SQLite atau URL PostgreSQL")->required()->envname("LINDUNGI_DB");
  kirim->add_flag("--json", *json2, "Cetak satu dokumen JSON");
  auto gateway = add_gateway_options(kirim);
  kirim->callback([=, &action] {
    action = [=] {
      return guarded(*json2, [&] {
        const auto config = gateway->config();
        if (config.url.empty())
          throw BadRequest("gateway_belum_diatur",
                           "Gateway pesan belum diatur: isi notifikasi_url di /etc/lindungi/lindungi.conf atau "
                           "LINDUNGI_NOTIFIKASI_URL",
                           "notifikasi-url");
        auto application = services::App::open(*db2);
        services::MessageDelivery delivery(*application, config);
        const auto r = delivery.drain();
        if (*json2) {
          print_json(wire::to_json(r));
          return 0;
        }
        std::printf("Pesan: %lld terkirim, %lld gagal, %lld dicoba lagi nanti.\n", static_cast<long long>(r.terkirim),
                    static_cast<long long>(r.gagal), static_cast<long long>(r.diulang));
        return 0;
      });
    };
  });
}

}  // namespace lindungi::cli
