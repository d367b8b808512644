#include "cli/gateway_options.hpp"

#include <fstream>

#include "core/errors.hpp"

namespace lindungi::cli {

std::shared_ptr<GatewayOptions> add_gateway_options(CLI::App* cmd) {
  auto o = std::make_shared<GatewayOptions>();
  cmd->add_option("--notifikasi-url", o->url,
                  "URL webhook gateway pesan WhatsApp/SMS (kosong: pesan menunggu di antrean)")
      ->envname("LINDUNGI_NOTIFIKASI_URL");
  cmd->add_option("--notifikasi-token", o->token, "Token bearer gateway pesan")->envname("LINDUNGI_NOTIFIKASI_TOKEN");
  cmd->add_option("--notifikasi-token-file", o->token_file, "Berkas berisi token gateway pesan (baris pertama)")
      ->envname("LINDUNGI_NOTIFIKASI_TOKEN_FILE");
  cmd->add_option("--notifikasi-pengirim", o->pengirim, "Nama atau nomor pengirim yang ditampilkan gateway")
      ->envname("LINDUNGI_NOTIFIKASI_PENGIRIM");
  cmd->add_option("--notifikasi-laju", o->laju, "Pesan per detik paling banyak (0: tanpa batas)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10000.0))
      ->envname("LINDUNGI_NOTIFIKASI_LAJU");
  cmd->add_option("--notifikasi-batas-waktu", o->batas_waktu, "Detik menunggu jawaban gateway per pesan")
      ->capture_default_str()
      ->check(CLI::Range(0.1, 120.0))
      ->envname("LINDUNGI_NOTIFIKASI_BATAS_WAKTU");
  return o;
}

services::GatewayConfig GatewayOptions::config() const {
  services::GatewayConfig c;
  c.url = url;
  c.token = token;
  if (!token_file.empty()) {
    std::ifstream in(token_file);
    if (!in || !std::getline(in, c.token))
      throw BadRequest("token_gateway_tidak_terbaca",
                       "Berkas token gateway pesan " + token_file + " tidak dapat dibaca", "notifikasi-token-file");
    while (!c.token.empty() && (c.token.back() == '\r' || c.token.back() == ' ')) c.token.pop_back();
  }
  c.pengirim = pengirim;
  c.laju = laju;
  c.timeout = std::chrono::milliseconds{static_cast<long long>(batas_waktu * 1000)};
  if (!c.url.empty()) services::check_gateway_url(c.url, "notifikasi-url");
  return c;
}

}  // namespace lindungi::cli
