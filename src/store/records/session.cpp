#include "store/records/session.hpp"

#include "store/live_sessions.hpp"
#include "store/records/accounts.hpp"
#include "store/records/bpjs.hpp"
#include "store/records/calendar.hpp"
#include "store/records/claims.hpp"
#include "store/records/funding.hpp"
#include "store/records/idempotency.hpp"
#include "store/records/jakon.hpp"
#include "store/records/outbox.hpp"
#include "store/records/pending.hpp"

namespace lindungi::store::records {

SessionBase::SessionBase(std::unique_ptr<rows::Db> db, std::string_view audit_key)
    : rows_(std::move(db)), audit_key_(audit_key) {}
SessionBase::~SessionBase() = default;

void SessionBase::insert_pending_change(PendingChangeRecord& p) { records::insert_pending_change(*rows_, p); }
std::optional<PendingChangeRecord> SessionBase::pending_change(std::int64_t id) {
  return records::pending_change(*rows_, id);
}
std::vector<PendingChangeRecord> SessionBase::pending_changes(std::string_view status, std::int64_t pekerja_id) {
  return records::pending_changes(*rows_, status, pekerja_id);
}
void SessionBase::decide_pending_change(const PendingChangeRecord& p) { records::decide_pending_change(*rows_, p); }

Page<AuditEntry> SessionBase::audit_entries(std::string_view entitas, std::string_view entitas_id, int offset,
                                            int limit, std::string_view area) {
  needs_snapshot("audit_entries");  // the count and the page
  return records::audit_entries(*rows_, entitas, entitas_id, offset, limit, area);
}
std::optional<UserRecord> SessionBase::user_by_username(std::string_view u) {
  return records::user_by_username(*rows_, u);
}
std::optional<UserRecord> SessionBase::user_by_id(std::int64_t id) { return records::user_by_id(*rows_, id); }
std::vector<UserRecord> SessionBase::users(std::string_view area) { return records::users(*rows_, area); }
void SessionBase::insert_user(UserRecord& u) { records::insert_user(*rows_, u); }
void SessionBase::update_user(const UserRecord& u) { records::update_user(*rows_, u); }
void SessionBase::put_session(const SessionRecord& x) { records::put_session(*rows_, x); }
std::optional<SessionRecord> SessionBase::session_by_hash(std::string_view h) {
  return records::session_by_hash(*rows_, h);
}
void SessionBase::delete_session(std::string_view h) { records::delete_session(*rows_, h); }
void SessionBase::delete_sessions_of(std::int64_t id) { records::delete_sessions_of(*rows_, id); }
void SessionBase::delete_expired_sessions(std::string_view now) { records::delete_expired_sessions(*rows_, now); }
std::int64_t SessionBase::count_live_sessions(std::string_view now) {
  return records::count_live_sessions(*rows_, now);
}
std::vector<SessionRecord> SessionBase::live_sessions(std::string_view now) {
  return records::live_sessions(*rows_, now);
}
std::optional<OtpRecord> SessionBase::otp_of(std::int64_t id) { return records::otp_of(*rows_, id); }
void SessionBase::put_otp(const OtpRecord& o) { records::put_otp(*rows_, o); }
void SessionBase::delete_otp(std::int64_t id) { records::delete_otp(*rows_, id); }
void SessionBase::replace_recovery_codes(std::int64_t id, const std::vector<std::string>& hashes) {
  records::replace_recovery_codes(*rows_, id, hashes);
}
bool SessionBase::use_recovery_code(std::int64_t id, std::string_view hash, std::string_view now) {
  return records::use_recovery_code(*rows_, id, hash, now);
}
int SessionBase::unused_recovery_codes(std::int64_t id) { return records::unused_recovery_codes(*rows_, id); }

std::vector<FunderRecord> SessionBase::funders() { return records::funders(*rows_); }
std::optional<FunderRecord> SessionBase::funder(std::string_view kode) { return records::funder(*rows_, kode); }
void SessionBase::put_funder(const FunderRecord& f) { records::put_funder(*rows_, f); }
std::optional<BudgetRecord> SessionBase::budget(std::string_view kode, int tahun) {
  return records::budget(*rows_, kode, tahun);
}
std::vector<BudgetRecord> SessionBase::budgets(int tahun) { return records::budgets(*rows_, tahun); }
void SessionBase::put_budget(const BudgetRecord& b) { records::put_budget(*rows_, b); }
std::vector<AllocationRecord> SessionBase::allocations_of(std::int64_t id) {
  return records::allocations_of(*rows_, id);
}
void SessionBase::insert_allocation(AllocationRecord& a) { records::insert_allocation(*rows_, a); }
std::vector<MonthFunded> SessionBase::monthly_funded(std::string_view area, std::string_view from,
                                                     std::string_view to) {
  return records::monthly_funded(*rows_, area, from, to);
}

// The features' sessions are not sorted by statement count: only under a snapshot.
JakonSession& SessionBase::jakon() {
  needs_snapshot("jakon");
  if (!jakon_) jakon_ = make_jakon(new_rows());
  return *jakon_;
}
CalendarSession& SessionBase::calendar() {
  if (!calendar_) calendar_ = make_calendar(new_rows());
  return *calendar_;
}
BpjsSession& SessionBase::bpjs() {
  needs_snapshot("bpjs");
  if (!bpjs_) bpjs_ = make_bpjs(new_rows());
  return *bpjs_;
}
OutboxSession& SessionBase::outbox() {
  needs_snapshot("outbox");
  if (!outbox_) outbox_ = make_outbox(new_rows());
  return *outbox_;
}
// One statement per call: also under read_current (the lookup before a keyed write).
IdempotencySession& SessionBase::idempotency() {
  if (!idempotency_) idempotency_ = make_idempotency(new_rows());
  return *idempotency_;
}
ClaimsSession& SessionBase::claims() {
  needs_snapshot("claims");
  if (!claims_) claims_ = make_claims(new_rows());
  return *claims_;
}

}  // namespace lindungi::store::records

namespace lindungi::store {

// Both backends' sessions are SessionBase (records/session.hpp).
IdempotencySession& idempotency(Session& session) { return dynamic_cast<records::SessionBase&>(session).idempotency(); }

std::vector<SessionRecord> live_sessions(Session& session, std::string_view now) {
  return dynamic_cast<records::SessionBase&>(session).live_sessions(now);
}

}  // namespace lindungi::store
