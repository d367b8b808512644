#pragma once
// Reading and verifying the append-only, hash-chained audit log.
#include <cstdint>
#include <string>

#include "core/access.hpp"
#include "services/app.hpp"
#include "store/audit_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;
  std::int64_t unchained = 0;  // entries written before the chain existed (hash empty)
  std::int64_t legacy = 0;     // entries before the first keyed one (issue 16 item 5), unchained included
  std::int64_t keyed = 0;      // entries keyed with the audit key (HMAC)
  std::int64_t first_bad_id = 0;
  std::string problem;  // Indonesian, empty when ok
};

// The chain's head (issue 16 item 5): published on the public page and by `lindungi audit head`.
// Anyone who writes one down can later tell whether the log was rewritten before that point: a
// rewrite without the key fails `audit verify`, and a rewrite with it changes this hash.
struct AuditHead {
  std::int64_t entries = 0;
  std::int64_t last_id = 0;
  std::string hash;     // the latest entry's hash ("k1:…" once keyed)
  std::string waktu;    // the latest entry's time (UTC)
  std::string tanggal;  // the day it is published for (today, WIB)
};

class AuditService {
 public:
  explicit AuditService(App& app) : app_(app) {}
  // Newest first. Needs view_audit.
  store::Page<store::AuditEntry> list(const Actor& actor, const std::string& entitas, const std::string& entitas_id,
                                      int offset, int limit);
  // Recomputes every link with the App's audit key: an edited entry, a deleted one, a reordering,
  // an unkeyed entry after the first keyed one, or a chain recomputed without the key breaks it.
  AuditVerification verify();
  // Public: what it shows is hashes, counts and a time, never an entry's content.
  AuditHead head();

 private:
  App& app_;
};

}  // namespace lindungi::services
