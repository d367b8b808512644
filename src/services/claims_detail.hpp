#pragma once
// What the parts of the claims service (claims_cases.cpp: events and cases; claims_documents.cpp;
// claims_scholarships.cpp; claims_report.cpp) share: permission and visibility checks, the audit
// entry and the case's view (defined in claims_detail.cpp). Internal to src/services.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/claim_status.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"
#include "services/app.hpp"
#include "services/checks.hpp"
#include "services/claims_service.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/store.hpp"

namespace lindungi::services::claims_detail {

NotFound claim_not_found(std::int64_t id);
// The claim status rule (core/claim_status): who may take a step, and the transition it takes
// from the case's state (Conflict "status_tidak_sesuai", naming the state in words, if none).
void require_step(const Actor& actor, ClaimStep step, const char* what);
const ClaimTransition& transition_of(ClaimStep step, const store::ClaimRecord& c);
// A case is visible to an actor who may see its worker: inside the area, and in the cohort.
bool visible(const Actor& actor, const store::ClaimRecord& c);
store::ClaimRecord load_claim(store::Session& s, const Actor& actor, std::int64_t id);
std::vector<LedgerMonth> ledger_months(const std::vector<store::AllocationRecord>& allocations);
Date iso(const std::string& text);
void audit(store::Session& s, const Actor& actor, const std::string& aksi, std::int64_t id,
           const nlohmann::json& changes);
std::string worker_name(store::Session& s, std::int64_t id);
// Stores the case if nobody changed it since it was read (Conflict "versi_berubah" otherwise).
// Writes the case (Conflict when someone else changed it meanwhile); a change of status writes the
// message to the worker or their heirs in the same transaction (issue 20, MessageWriter).
void save_claim(App& app, store::Session& s, store::ClaimRecord& c);
// The case as it is shown (record, checklist, SLA clock, expiry, scholarship children), with the
// worker's name already at hand or looked up.
ClaimView claim_view(App& app, store::Session& s, const store::ClaimRecord& c, const std::string& pekerja);
ClaimView claim_view(App& app, store::Session& s, const store::ClaimRecord& c);
std::string now_iso(App& app);

}  // namespace lindungi::services::claims_detail
