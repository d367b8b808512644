#pragma once
// The kelurahan's check (DESIGN.md §2 step 2, maker-checker): verify or reject recorded workers
// with a reason, one at a time or many at once. Every decision is stored with who and when, and
// audited. A worker is verified only when the automatic checks still pass, no suspected
// duplicate of it awaits a decision, and BPJS's last active-member file does not list it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/verification.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/store.hpp"

namespace lindungi::services {

struct DecisionOutcome {
  std::int64_t pekerja_id = 0;
  bool ok = false;
  std::string status;  // the worker's status afterwards
  std::string code;    // why not, when !ok
  std::string message;
};

class VerificationService {
 public:
  explicit VerificationService(App& app) : app_(app) {}

  // Throws (NotFound, Forbidden, Conflict, ValidationError) when the decision cannot be taken.
  // `versi`, when given, guards against deciding on data that changed meanwhile.
  // A worker whose NIK contradicts its record (nik_warnings) is verified only with
  // `override_reason` (issue 17 item 2: nik_warning_problem), which is kept with the decision and
  // audited beside the warnings it set aside.
  Worker decide(const Actor& actor, std::int64_t pekerja_id, Decision decision, const std::string& reason,
                std::optional<std::int64_t> versi = std::nullopt, const std::string& override_reason = {});
  // Many workers in one transaction; each succeeds or fails on its own (at most 1,000). A NIK
  // warning is never set aside in bulk: such a worker fails here and is verified on its own.
  std::vector<DecisionOutcome> decide_many(const Actor& actor, const std::vector<std::int64_t>& pekerja_ids,
                                           Decision decision, const std::string& reason);
  // A page of the worker's verification decisions, oldest first.
  store::Page<store::VerificationRecord> history(const Actor& actor, std::int64_t pekerja_id, int offset, int limit);
  // A rejected worker, corrected, goes back to the queue as "didata" (issue 17 item 1), audited as
  // "ajukan_ulang". By someone who may edit it (record_workers in its area and cohort; NotFound
  // outside), only from "ditolak" (Conflict otherwise), when the record passes the checks again.
  // Whoever resubmits cannot then verify it (maker-checker).
  Worker resubmit(const Actor& actor, std::int64_t pekerja_id, std::optional<std::int64_t> versi);

 private:
  Worker decide_in(store::Session& s, const Actor& actor, std::int64_t pekerja_id, Decision decision,
                   const std::string& reason, std::optional<std::int64_t> versi, const std::string& override_reason);
  App& app_;
};

}  // namespace lindungi::services
