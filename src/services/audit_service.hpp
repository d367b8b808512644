#pragma once
// Reading and verifying the append-only, hash-chained audit log.
#include <cstdint>
#include <string>

#include "core/access.hpp"
#include "services/app.hpp"
#include "store/store.hpp"

namespace lindungi::services {

struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;
  std::int64_t unchained = 0;   // entries written before the chain existed (hash empty)
  std::int64_t first_bad_id = 0;
  std::string problem;          // Indonesian, empty when ok
};

class AuditService {
 public:
  explicit AuditService(App& app) : app_(app) {}
  // Newest first. Needs view_audit.
  store::Page<store::AuditEntry> list(const Actor& actor, const std::string& entitas, const std::string& entitas_id,
                                      int offset, int limit);
  // Recomputes every link: an edited entry, a deleted one or a reordering breaks the chain.
  AuditVerification verify();

 private:
  App& app_;
};

}  // namespace lindungi::services
