#pragma once
// What both backends' sessions share (issue 18): a Session is its aggregates, each made on first
// use over this session's connection and kept for the transaction. Each aggregate is implemented
// once, over the row API, in src/store/records/; a backend that does something its own way
// subclasses that aggregate (PostgreSQL's COPY of heirs, audit entries and new workers; each
// backend's intake and billing) and makes it in its make_* below. No call is forwarded: callers
// reach the aggregate (session.accounts().user_by_id(...)).
#include <memory>
#include <string_view>

#include "store/row.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

class SessionBase : public Session {
 public:
  // `audit_key`: the Store's (which outlives every session), for the audit chain's hashes.
  explicit SessionBase(std::string_view audit_key);
  ~SessionBase() override;

  RegistrySession& registry() final;
  AccountsSession& accounts() final;
  FundingSession& funding() final;
  AuditSession& audit() final;
  PendingChangesSession& pending() final;
  // The aggregates below are not sorted by statement count: only under a snapshot (needs_snapshot).
  IntakeSession& intake() final;
  ClaimsSession& claims() final;
  BillingSession& billing() final;
  BpjsSession& bpjs() final;
  JakonSession& jakon() final;
  CalendarSession& calendar() final;
  IdempotencySession& idempotency() final;
  ProgrammeRulesSession& programme_rules() final;

 protected:
  std::string_view audit_key() const { return audit_key_; }
  // A new row API over this session's connection, for an aggregate.
  virtual std::unique_ptr<rows::Db> new_rows() = 0;
  // Called by the accessors of aggregates whose calls take several statements: PostgreSQL's
  // read_current refuses them (pg::Tx::needs_snapshot); SQLite has nothing to check.
  virtual void needs_snapshot(const char* /*call*/) {}
  // The aggregates a backend makes its own way; by default records::Registry and records::Audit.
  virtual std::unique_ptr<RegistrySession> make_registry();
  virtual std::unique_ptr<AuditSession> make_audit();
  virtual std::unique_ptr<IntakeSession> make_intake() = 0;
  virtual std::unique_ptr<BillingSession> make_billing() = 0;

 private:
  std::string_view audit_key_;
  std::unique_ptr<RegistrySession> registry_;
  std::unique_ptr<AccountsSession> accounts_;
  std::unique_ptr<FundingSession> funding_;
  std::unique_ptr<AuditSession> audit_;
  std::unique_ptr<PendingChangesSession> pending_;
  std::unique_ptr<IntakeSession> intake_;
  std::unique_ptr<ClaimsSession> claims_;
  std::unique_ptr<BillingSession> billing_;
  std::unique_ptr<BpjsSession> bpjs_;
  std::unique_ptr<JakonSession> jakon_;
  std::unique_ptr<CalendarSession> calendar_;
  std::unique_ptr<IdempotencySession> idempotency_;
  std::unique_ptr<ProgrammeRulesSession> programme_rules_;
};

}  // namespace lindungi::store::records
