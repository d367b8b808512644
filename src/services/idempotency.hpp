#pragma once
// Idempotency-Key (issue 21 item 3): a write sent again with the same key (a phone resending a
// draft whose answer never arrived) writes nothing and is answered as the first time.
//
// How (docs/API.md "Idempotency-Key", store/idempotency_store.hpp for why the key rides on the
// write's own transaction):
//   1. kept(): before the handler, the key's row: its first answer when the request is the same
//      (method, path and body), 422 when the key was used for another request, 409 while the first
//      is still running (after a short wait for its answer).
//   2. claim(): while the handler runs, each write transaction of this thread inserts the key row
//      first, until one commits: the key is durable exactly when a write is. A second request that
//      raced past kept() finds the first's committed row when its own write starts (one writer
//      at a time on both databases), writes nothing, and taken_meanwhile() says so: first_answer().
//   3. keep(): after the handler, the answer is added to the row, whatever its status, when a write
//      committed. A request that wrote nothing (refused by validation, not found, forbidden) keeps
//      no key: the same key may be sent again with a corrected body.
// Keys live kIdempotencyLifetime by the one clock (clock::now()); expired rows are ignored at
// once and deleted by delete_expired_idempotency_keys (run by keep() at most hourly).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/access.hpp"
#include "services/app.hpp"
#include "store/idempotency_store.hpp"

namespace lindungi::services {

// Long enough for a phone that lost the first answer to be offline for weeks and resend.
inline constexpr std::chrono::hours kIdempotencyLifetime{24 * 30};
// How long a repeat waits for the first request's answer before answering 409 "sedang diproses".
inline constexpr std::chrono::milliseconds kIdempotencyWait{3000};

struct KeptAnswer {
  int status = 0;
  std::string content_type;
  std::string body;
};

class IdempotentRequest {
 public:
  // `kunci`: the Idempotency-Key header (BadRequest unless 1-255 visible ASCII characters). The
  // fingerprint covers `metode`, `path` (with its query) and `body` as sent.
  IdempotentRequest(App& app, const Actor& actor, std::string kunci, std::string metode, std::string path,
                    std::string_view body);

  // The first answer when this key was used for this same request (and a write committed);
  // nothing when the key is new or expired. ValidationError 422 "kunci_idempotensi_dipakai" when
  // it was used for another request; Conflict 409 "idempotensi_diproses" when the first is still
  // running after kIdempotencyWait, or "idempotensi_tanpa_jawaban" when its write committed but
  // its answer was never recorded (the server stopped in between).
  std::optional<KeptAnswer> kept();
  // The claim for the handler's writes (this thread, the scope's life).
  store::IdempotencyClaimScope claim() { return store::IdempotencyClaimScope(claim_); }
  // A request with the same key committed while this one ran: its write stopped, nothing written.
  bool taken_meanwhile() const { return claim_.taken; }
  // That request's answer (waits up to kIdempotencyWait), or the 409 of kept().
  KeptAnswer first_answer();
  // Records the answer when a write of this request committed with the key; nothing otherwise.
  void keep(const KeptAnswer& answer);

 private:
  std::optional<store::IdempotencyRecord> row();
  App& app_;
  store::IdempotencyClaim claim_;
};

// Deletes the keys expired by the one clock; returns how many.
std::int64_t delete_expired_idempotency_keys(App& app);

}  // namespace lindungi::services
