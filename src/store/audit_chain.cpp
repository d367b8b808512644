#include "store/audit_chain.hpp"

#include <sodium.h>

#include "store/audit_store.hpp"

namespace lindungi::store {

std::string audit_hash(const AuditEntry& e, std::string_view key) {
  static const int sodium_ready = sodium_init();
  (void)sodium_ready;
  // Fields separated by a unit separator that JSON text and the other fields never contain raw.
  std::string canonical;
  for (const std::string* f :
       {&e.hash_sebelum, &e.waktu, &e.pelaku, &e.aksi, &e.entitas, &e.entitas_id, &e.perubahan}) {
    canonical += *f;
    canonical += '\x1f';
  }
  const auto* data = reinterpret_cast<const unsigned char*>(canonical.data());
  char hex[65];
  if (key.empty()) {
    unsigned char out[32];
    crypto_generichash(out, sizeof out, data, canonical.size(), nullptr, 0);
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return hex;
  }
  // HMAC-SHA256 takes a key of any length (it is hashed when longer than a block).
  unsigned char out[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, data, canonical.size());
  crypto_auth_hmacsha256_final(&state, out);
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string{kKeyedHashPrefix} + hex;
}

}  // namespace lindungi::store
