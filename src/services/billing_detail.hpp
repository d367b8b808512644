#pragma once
// What the parts of the billing service share (billing_service.hpp lists the parts): permission,
// cohort and funder visibility checks, the ledger's month from an allocation and BPJS's answers
// as the core reads them. Internal to src/services; the ledger's month is read the same way by
// the card, the claim and the worker's funding view.
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/billing.hpp"
#include "core/ledger.hpp"
#include "services/checks.hpp"
#include "store/billing_store.hpp"
#include "store/funding_store.hpp"
#include "store/store.hpp"

namespace lindungi::services::billing_detail {

void require_viewer(const Actor& actor, const char* what);
YearMonth month_of(const std::string& iso);
LedgerMonth ledger_month(const store::AllocationRecord& a);
// An invoice is seen by those who manage or report on funding, within their cohort and the
// funder's area: the rule funders themselves follow (core's can_see_funder), so Sungai Penuh
// neither sees nor bills APBD Kota Jambi, and an RT fund belongs to those whose area covers it.
bool may_see_funder(const Actor& actor, const store::FunderRecord& f);
// The same, for a request about one funder: one the actor may not see answers 404 (naming nothing
// outside its scope); asked through one of its invoices, the invoice is what is not found.
void require_funder(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice = {});
// Invoices issued, cancelled or paid, renewals: only for funders the actor manages (core's
// can_manage_funder, issue 16 item 1): a city never bills or pays the province's fund.
void require_funder_write(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice = {});
// A funder named in a list's filter: an unknown one just matches nothing.
void require_funder_if_known(const Actor& actor, store::Session& s, const std::string& funder);
// The area asked about (checked: a valid code inside the actor's), or the actor's own.
std::string area_or_actor(const Actor& actor, const std::string& area);
// A worker's BPJS answers as the core's billing rule reads them (billing_bpjs_answers.cpp).
std::vector<RegistrationAnswer> answers_of(const store::WorkerAnswers& w);

}  // namespace lindungi::services::billing_detail
