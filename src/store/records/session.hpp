#pragma once
// What both backends' sessions share (issue 18): every Session call whose SQL and mapping live in
// src/store/records/, forwarded once here instead of once per backend. SqliteSession and PgSession
// derive from it and add what is theirs (intake and billing's sessions, and on PostgreSQL the COPY
// of heirs, audit entries and an import's new workers, and a worker's heirs in one round trip).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/bpjs_store.hpp"
#include "store/calendar_store.hpp"
#include "store/idempotency_store.hpp"
#include "store/jakon_store.hpp"
#include "store/outbox_store.hpp"
#include "store/pending_store.hpp"
#include "store/row.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

class SessionBase : public Session, public PendingChangesSession {
 public:
  // `audit_key`: the Store's (which outlives every session), for the audit chain's hashes.
  SessionBase(std::unique_ptr<rows::Db> db, std::string_view audit_key);
  ~SessionBase() override;

  // The registry: regions, RTs, potentials and workers (records/registry.cpp). A NIK another
  // worker holds is a UniqueViolation("pekerja", nik), a version moved on a StaleVersion("pekerja").
  std::vector<Region> regions() override;
  void put_region(const Region& g) override;
  std::vector<RtRecord> rts(std::string_view area) override;
  void put_rt(const RtRecord& rt) override;
  bool rt_exists(std::string_view kode_kelurahan, int nomor) override;
  std::vector<Potential> potentials() override;
  void put_potential(const Potential& p, std::string_view now) override;
  std::optional<Worker> worker(std::int64_t id) override;
  std::optional<Worker> worker_by_nik(std::string_view nik) override;
  Page<Worker> workers(const WorkerQuery& q) override;
  void insert_worker(Worker& w) override;
  void update_worker(Worker& w) override;
  // One insert_worker each; PostgreSQL overrides it with one COPY.
  void insert_new_workers(std::vector<Worker>& workers) override;
  std::int64_t count_workers() override;
  std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) override;

  // The audit chain (records/audit_log.cpp): each entry hashed over the one before it.
  void write_audit(const AuditEntry& e) override;
  void scan_audit(const std::function<bool(const AuditEntry&)>& visit) override;

  // Pending changes of workers (issue 16 item 4; store/pending_store.hpp).
  void insert_pending_change(PendingChangeRecord& p) override;
  std::optional<PendingChangeRecord> pending_change(std::int64_t id) override;
  std::vector<PendingChangeRecord> pending_changes(std::string_view status, std::int64_t pekerja_id) override;
  void decide_pending_change(const PendingChangeRecord& p) override;

  Page<AuditEntry> audit_entries(std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                                 std::string_view area) override;
  std::optional<UserRecord> user_by_username(std::string_view u) override;
  std::optional<UserRecord> user_by_id(std::int64_t id) override;
  std::vector<UserRecord> users(std::string_view area) override;
  void insert_user(UserRecord& u) override;
  void update_user(const UserRecord& u) override;
  void put_session(const SessionRecord& x) override;
  std::optional<SessionRecord> session_by_hash(std::string_view h) override;
  void delete_session(std::string_view h) override;
  void delete_sessions_of(std::int64_t id) override;
  void delete_expired_sessions(std::string_view now) override;
  std::int64_t count_live_sessions(std::string_view now) override;
  // Issue 21 item 4 (store/live_sessions.hpp): not yet a Session method, so that adding it did not
  // recompile every file while store.hpp was being split into aggregates (issue 18 item 2).
  std::vector<SessionRecord> live_sessions(std::string_view now);
  std::optional<OtpRecord> otp_of(std::int64_t id) override;
  void put_otp(const OtpRecord& o) override;
  void delete_otp(std::int64_t id) override;
  void replace_recovery_codes(std::int64_t id, const std::vector<std::string>& hashes) override;
  bool use_recovery_code(std::int64_t id, std::string_view hash, std::string_view now) override;
  int unused_recovery_codes(std::int64_t id) override;

  std::vector<FunderRecord> funders() override;
  std::optional<FunderRecord> funder(std::string_view kode) override;
  void put_funder(const FunderRecord& f) override;
  std::optional<BudgetRecord> budget(std::string_view kode, int tahun) override;
  std::vector<BudgetRecord> budgets(int tahun) override;
  void put_budget(const BudgetRecord& b) override;
  std::vector<AllocationRecord> allocations_of(std::int64_t id) override;
  void insert_allocation(AllocationRecord& a) override;
  // Coverage trend (issue 6)
  std::vector<MonthFunded> monthly_funded(std::string_view area, std::string_view from, std::string_view to) override;

  // Jakon (issue 9), holidays (issue 15), BPJS registration and cards (issue 4 items 4-5), claims
  // (issue 5): made on first use, in this session's transaction.
  JakonSession& jakon() override;
  CalendarSession& calendar() override;
  BpjsSession& bpjs() override;
  ClaimsSession& claims() override;
  OutboxSession& outbox() override;
  // Issue 21 item 3 (store/idempotency_store.hpp: store::idempotency(session)), for the same reason.
  IdempotencySession& idempotency();

 protected:
  rows::Db& rows() { return *rows_; }
  // A new row API over this session's connection, for a feature's session.
  virtual std::unique_ptr<rows::Db> new_rows() = 0;
  // Called first by the calls of several statements: PostgreSQL's read_current refuses them
  // (pg::Tx::needs_snapshot); SQLite has nothing to check.
  virtual void needs_snapshot(const char* /*call*/) {}
  // The worker `where` names, with the heirs (a second statement; PostgreSQL reads them in the
  // same round trip).
  virtual std::optional<Worker> worker_where(const std::string& where, const rows::Params& params);
  // Writes the worker's heirs, after deleting its old ones when `replace` (PostgreSQL buffers
  // them for COPY).
  virtual void put_heirs(const Worker& w, bool replace);
  // Writes one hashed entry of the audit chain (PostgreSQL buffers it for COPY).
  virtual void insert_audit(const AuditEntry& e);

 private:
  std::unique_ptr<rows::Db> rows_;
  std::string_view audit_key_;
  std::optional<std::string> last_audit_hash_;  // the chain's end, once read in this transaction
  std::unique_ptr<JakonSession> jakon_;
  std::unique_ptr<CalendarSession> calendar_;
  std::unique_ptr<BpjsSession> bpjs_;
  std::unique_ptr<ClaimsSession> claims_;
  std::unique_ptr<OutboxSession> outbox_;
  std::unique_ptr<IdempotencySession> idempotency_;
};

}  // namespace lindungi::store::records
