#include "store/audit_chain.hpp"

#include <sodium.h>

namespace lindungi::store {

std::string audit_hash(const AuditEntry& e) {
  static const int sodium_ready = sodium_init();
  (void)sodium_ready;
  // Fields separated by a unit separator that JSON text and the other fields never contain raw.
  std::string canonical;
  for (const std::string* f : {&e.hash_sebelum, &e.waktu, &e.pelaku, &e.aksi, &e.entitas, &e.entitas_id, &e.perubahan}) {
    canonical += *f;
    canonical += '\x1f';
  }
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(),
                     nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

}  // namespace lindungi::store
