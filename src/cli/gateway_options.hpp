#pragma once
// The message gateway's settings (issue 20 item 3), shared by `serve` and `pesan kirim`: each an
// option with its LINDUNGI_* variable, so /etc/lindungi/lindungi.conf sets them too
// (`notifikasi_url = …`, docs/OPERATIONS.md).
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "services/message_delivery.hpp"

namespace lindungi::cli {

struct GatewayOptions {
  std::string url, token, token_file, pengirim;
  double laju = 10;
  double batas_waktu = 10;  // seconds
  // The gateway's configuration; throws BadRequest for an unreadable token file or a bad URL.
  services::GatewayConfig config() const;
};

std::shared_ptr<GatewayOptions> add_gateway_options(CLI::App* cmd);

}  // namespace lindungi::cli
