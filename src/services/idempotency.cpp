#include "services/idempotency.hpp"

#include <sodium.h>

#include <atomic>
#include <thread>

#include "clock/clock.hpp"
#include "core/errors.hpp"

namespace lindungi::services {

namespace {

std::string fingerprint(std::string_view metode, std::string_view path, std::string_view body) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  for (const std::string_view part : {metode, std::string_view{"\n"}, path, std::string_view{"\n"}, body})
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()), part.size());
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool valid_key(std::string_view k) {
  if (k.empty() || k.size() > 255) return false;
  for (const char c : k)
    if (c < 0x21 || c > 0x7e) return false;
  return true;
}

bool is_json(std::string_view content_type) { return content_type.starts_with("application/json"); }

// A request whose write committed more than this long ago without an answer will never get one:
// the server stopped between the commit and recording the answer (handling times out at 30 s).
constexpr std::chrono::minutes kAnswerLost{2};

std::atomic<std::int64_t> last_cleanup_s{0};
constexpr std::int64_t kCleanupEvery_s = 3600;

}  // namespace

IdempotentRequest::IdempotentRequest(App& app, const Actor& actor, std::string kunci, std::string metode,
                                     std::string path, std::string_view body)
    : app_(app) {
  if (!valid_key(kunci))
    throw BadRequest("kunci_idempotensi_tidak_valid",
                     "Kunci pengiriman (Idempotency-Key) harus 1-255 karakter huruf, angka atau tanda baca tanpa spasi",
                     "Idempotency-Key");
  auto& r = claim_.record;
  r.pengguna = actor.username;
  r.sidik = fingerprint(metode, path, body);
  r.kunci = std::move(kunci);
  r.metode = std::move(metode);
  r.rute = std::move(path);
  const auto now = clock::now();
  r.dibuat = clock::utc_iso(now, true);
  r.kedaluwarsa = clock::utc_iso(now + kIdempotencyLifetime, true);
}

std::optional<store::IdempotencyRecord> IdempotentRequest::row() {
  std::optional<store::IdempotencyRecord> out;
  // One statement: the row as committed now.
  app_.store().read_current(
      [&](store::Session& s) { out = s.idempotency().key(claim_.record.pengguna, claim_.record.kunci); });
  if (out && out->kedaluwarsa <= clock::now_utc_iso(true)) return std::nullopt;
  return out;
}

std::optional<KeptAnswer> IdempotentRequest::kept() {
  auto r = row();
  if (!r) return std::nullopt;
  if (r->sidik != claim_.record.sidik)
    throw ValidationError("Idempotency-Key", "kunci_idempotensi_dipakai",
                          "Data dengan kunci pengiriman ini sudah diterima sebelumnya dengan isi yang berbeda; periksa "
                          "data yang tersimpan sebelum mengirim ulang sebagai data baru");
  return first_answer();
}

KeptAnswer IdempotentRequest::first_answer() {
  const auto until = std::chrono::steady_clock::now() + kIdempotencyWait;
  std::optional<store::IdempotencyRecord> r;
  for (;;) {
    r = row();
    if (!r || r->status != 0 || std::chrono::steady_clock::now() >= until) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (r && r->status != 0) {
    if (!is_json(r->tipe))  // a file is not kept: the caller fetches it again from its list
      throw Conflict("idempotensi_sudah_diproses",
                     "Permintaan dengan kunci pengiriman ini sudah diproses; unduh hasilnya dari daftarnya");
    return {r->status, r->tipe, r->jawaban};
  }
  if (r && r->dibuat < clock::utc_iso(clock::now() - kAnswerLost, true))
    throw Conflict("idempotensi_tanpa_jawaban",
                   "Data dengan kunci pengiriman ini sudah tersimpan, tetapi jawabannya tidak tercatat karena server "
                   "berhenti; muat ulang data untuk melihat hasilnya");
  throw Conflict("idempotensi_diproses",
                 "Data dengan kunci pengiriman ini sedang diproses; kirim ulang beberapa saat lagi");
}

void IdempotentRequest::keep(const KeptAnswer& answer) {
  if (!claim_.committed) return;
  const std::int64_t now_s =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
  std::int64_t last = last_cleanup_s.load();
  const bool cleanup = now_s - last >= kCleanupEvery_s && last_cleanup_s.compare_exchange_strong(last, now_s);
  const std::string now = clock::now_utc_iso(true);
  app_.store().write([&](store::Session& s) {
    auto& keys = s.idempotency();
    keys.record_answer(claim_.record.pengguna, claim_.record.kunci, answer.status, answer.content_type,
                       is_json(answer.content_type) ? answer.body : std::string{});
    if (cleanup) keys.delete_expired_keys(now);
  });
}

std::int64_t delete_expired_idempotency_keys(App& app) {
  std::int64_t n = 0;
  const std::string now = clock::now_utc_iso(true);
  app.store().write([&](store::Session& s) { n = s.idempotency().delete_expired_keys(now); });
  return n;
}

}  // namespace lindungi::services
