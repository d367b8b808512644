#include "store/records/session.hpp"

#include "store/records/accounts.hpp"
#include "store/records/audit.hpp"
#include "store/records/billing.hpp"
#include "store/records/bpjs.hpp"
#include "store/records/calendar.hpp"
#include "store/records/claims.hpp"
#include "store/records/funding.hpp"
#include "store/records/idempotency.hpp"
#include "store/records/intake.hpp"
#include "store/records/jakon.hpp"
#include "store/records/pending.hpp"
#include "store/records/programme_rules.hpp"
#include "store/records/registry.hpp"

namespace lindungi::store::records {

namespace {
// The aggregate in `slot`, made by `make` on first use.
template <typename T, typename Make>
T& made(std::unique_ptr<T>& slot, Make make) {
  if (!slot) slot = make();
  return *slot;
}
}  // namespace

SessionBase::SessionBase(std::string_view audit_key) : audit_key_(audit_key) {}
SessionBase::~SessionBase() = default;

std::unique_ptr<RegistrySession> SessionBase::make_registry() { return std::make_unique<Registry>(new_rows()); }
std::unique_ptr<AuditSession> SessionBase::make_audit() {
  return std::make_unique<Audit>(new_rows(), *this, audit_key_);
}

RegistrySession& SessionBase::registry() {
  return made(registry_, [&] { return make_registry(); });
}
AccountsSession& SessionBase::accounts() {
  return made(accounts_, [&] { return std::make_unique<Accounts>(new_rows()); });
}
FundingSession& SessionBase::funding() {
  return made(funding_, [&] { return std::make_unique<Funding>(new_rows()); });
}
AuditSession& SessionBase::audit() {
  return made(audit_, [&] { return make_audit(); });
}
PendingChangesSession& SessionBase::pending() {
  return made(pending_, [&] { return std::make_unique<Pending>(new_rows()); });
}
IntakeSession& SessionBase::intake() {
  needs_snapshot("intake");
  return made(intake_, [&] { return make_intake(); });
}
ClaimsSession& SessionBase::claims() {
  needs_snapshot("claims");
  return made(claims_, [&] { return make_claims(new_rows()); });
}
BillingSession& SessionBase::billing() {
  needs_snapshot("billing");
  return made(billing_, [&] { return make_billing(); });
}
BpjsSession& SessionBase::bpjs() {
  needs_snapshot("bpjs");
  return made(bpjs_, [&] { return make_bpjs(new_rows()); });
}
JakonSession& SessionBase::jakon() {
  needs_snapshot("jakon");
  return made(jakon_, [&] { return make_jakon(new_rows()); });
}
CalendarSession& SessionBase::calendar() {
  return made(calendar_, [&] { return make_calendar(new_rows()); });
}
// One statement per call: also under read_current (the lookup before a keyed write).
IdempotencySession& SessionBase::idempotency() {
  return made(idempotency_, [&] { return make_idempotency(new_rows()); });
}
// One statement per call: also under read_current.
ProgrammeRulesSession& SessionBase::programme_rules() {
  return made(programme_rules_, [&] { return make_programme_rules(new_rows()); });
}

}  // namespace lindungi::store::records
