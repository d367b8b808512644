#pragma once
// The storage interface the services use: a Store opens transactions, a Session is one of them and
// reaches each aggregate's interface (issue 18 item 2). Each aggregate's records and interface live
// in its own header (store/registry_store.hpp, accounts_store.hpp, funding_store.hpp,
// audit_store.hpp, pending_store.hpp, intake_store.hpp, claims_store.hpp, billing_store.hpp,
// bpjs_store.hpp, jakon_store.hpp, calendar_store.hpp, idempotency_store.hpp,
// programme_rules_store.hpp): a file includes this one to open a
// transaction and the aggregate headers of the calls it makes, so a change to one aggregate
// recompiles only its users. One implementation of each aggregate over the row API
// (store/records/), subclassed where a backend differs (docs/ARCHITECTURE.md, "The store").
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "store/store_stats.hpp"

namespace lindungi::store {

struct AuditEntry;
class RegistrySession;
class AccountsSession;
class FundingSession;
class AuditSession;
class PendingChangesSession;
class IntakeSession;
class ClaimsSession;
class BillingSession;
class BpjsSession;
class JakonSession;
class CalendarSession;
class IdempotencySession;
class ProgrammeRulesSession;

// One transaction: everything done through a Session, in any of its aggregates, commits together
// or not at all. Each accessor returns the same object for the whole transaction.
class Session {
 public:
  virtual ~Session() = default;

  // Regions, RTs, potentials, workers with their heirs, status counts (store/registry_store.hpp).
  virtual RegistrySession& registry() = 0;
  // Users, login sessions, second factors (store/accounts_store.hpp).
  virtual AccountsSession& accounts() = 0;
  // Funders, budgets, allocations, the coverage trend (store/funding_store.hpp).
  virtual FundingSession& funding() = 0;
  // The audit log's hash chain (store/audit_store.hpp).
  virtual AuditSession& audit() = 0;
  // Pending changes of verified workers (issue 16 item 4; store/pending_store.hpp).
  virtual PendingChangesSession& pending() = 0;
  // Imports, duplicates, verification and BPJS's active members (store/intake_store.hpp).
  virtual IntakeSession& intake() = 0;
  // Claims (issue 5): cases, documents and scholarships (store/claims_store.hpp).
  virtual ClaimsSession& claims() = 0;
  // Billing: invoices, payments, arrears and renewal (store/billing_store.hpp).
  virtual BillingSession& billing() = 0;
  // BPJS registration batches and member cards (issue 4 items 4-5; store/bpjs_store.hpp).
  virtual BpjsSession& bpjs() = 0;
  // Jakon (issue 9): construction projects (store/jakon_store.hpp).
  virtual JakonSession& jakon() = 0;
  // Holidays as data (issue 15): the national holidays and cuti bersama (store/calendar_store.hpp).
  virtual CalendarSession& calendar() = 0;
  // Idempotency keys of writes (issue 21 item 3; store/idempotency_store.hpp). One statement per
  // call: also under read_current (the lookup before a keyed write).
  virtual IdempotencySession& idempotency() = 0;
  // The programme's rules per kab/kota with their effective dates (issue 22 item 4;
  // store/programme_rules_store.hpp). One statement per call.
  virtual ProgrammeRulesSession& programme_rules() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // A consistent snapshot for reading; nothing written through it is kept. Everything `work` reads
  // agrees with everything else it reads (one moment of the database), however many statements
  // and Session calls it takes: for reads whose parts must add up (a page and its total, a report
  // that sums several queries, a check across tables, a scan in pages or by cursor).
  virtual void read(const std::function<void(Session&)>& work) = 0;
  // Read paths (issue 8 item 4): a weaker read for the hot paths. Each Session call in `work` sees
  // the data committed when it runs, as one consistent statement, but two calls may see two
  // different moments. Only these calls may be made through it, and no write: registry()'s worker,
  // worker_by_nik, status_counts, rts, regions, potentials, rt_exists, count_workers; accounts()'s
  // user_by_username, user_by_id, users, session_by_hash, count_live_sessions, otp_of; funding()'s
  // funders, funder, budget, budgets, allocations_of; calendar().holidays; idempotency()'s key —
  // each one statement on every backend (on PostgreSQL, calls of several statements and the
  // aggregates made of them throw std::logic_error and writes fail; tests run there). Use it only
  // when `work` makes one of them, or several whose results need not agree (the caller says why).
  // A backend may answer it with less work than a snapshot (PostgreSQL: one round trip instead of
  // BEGIN, the statement and COMMIT); by default it is read().
  virtual void read_current(const std::function<void(Session&)>& work) { read(work); }
  // Commits when `work` returns, rolls back when it throws (and rethrows).
  virtual void write(const std::function<void(Session&)>& work) = 0;
  virtual std::string backend() const = 0;
  // A consistent copy of the whole database to `path` while it is in use.
  virtual void backup_to(const std::string& path) = 0;
  // Issue 19 item 5: the number of rows of every table (migrations' bookkeeping included), in one
  // snapshot, for a backup's manifest and the check of its restore.
  virtual std::map<std::string, std::int64_t> table_counts() = 0;

  // Issue 16 item 5: the key that entries appended from now on are keyed with (HMAC), kept
  // outside the database so that whoever can write the database cannot recompute the chain.
  // Set once by App::open before any other thread uses the store; empty keeps the legacy hash.
  void set_audit_key(std::string key) { audit_key_ = std::move(key); }
  const std::string& audit_key() const { return audit_key_; }

  // Issue 16 item 6: the audit entries of reads (a full-NIK lookup, a document download) must not
  // wait for the database's one writer, which an import holds for seconds. queue_audit makes an
  // entry durable (the store fills waktu if empty) without that writer: on SQLite in a small
  // database of its own next to the main file, on PostgreSQL in a table no lock guards
  // (audit_antrian). fold_audit_queue appends the queued entries to the chain (AuditSession::
  // append: same key, same rule for the area) in the order they were queued, then `also`
  // when given, in one write transaction, and removes them from the queue; a crash at any point
  // neither loses an entry nor appends it twice. With `wait` false it returns false at once, having
  // written nothing, when the writer is busy (in this process or another one) instead of waiting.
  // Returns true when everything (the queue, `also`) is in the chain.
  virtual void queue_audit(const AuditEntry& entry) = 0;
  virtual bool fold_audit_queue(bool wait, const AuditEntry* also = nullptr) = 0;

  // Waits for the write lock and connections opened (issue 19 item 4: GET /metrics).
  const StoreStats& stats() const { return stats_; }

 protected:
  std::string audit_key_;
  StoreStats stats_;
};

// The area an audit entry concerns, from its entity (see AuditSession::append).
std::string audit_area(Session& s, const AuditEntry& e);

// "file.db" / "sqlite:file.db" -> SQLite; "postgresql://…" / "postgres://…" -> PostgreSQL (a libpq
// URL). Migrations are applied on open.
std::unique_ptr<Store> open_store(const std::string& location);

// PostgreSQL backend: `location` fit to print, a URL's password replaced by "***".
std::string printable_location(const std::string& location);

// Issue 19 item 2: passwords never on a command line. Whether `location` is a PostgreSQL URL, and
// whether it carries a password (user:password@ or ?password=).
bool is_postgres_location(const std::string& location);
bool location_has_password(const std::string& location);
// `location` (a PostgreSQL URL without a password) with `password` added as its percent-encoded
// password= parameter; kept in memory only. Throws BadRequest for a SQLite location.
std::string location_with_password(const std::string& location, const std::string& password);
// Opens `location` without creating or migrating anything and runs one query: the reason it
// cannot be opened (in Indonesian), or nothing when it can. A SQLite file that does not exist yet
// is fine when its folder is writable (the server creates it).
std::optional<std::string> probe_location(const std::string& location);

// Issue 19 item 5: PostgreSQL only. Runs `body` inside a read-only repeatable-read transaction
// with its exported snapshot's name (for `pg_dump --snapshot`) and every table's row count as that
// snapshot sees them, so that a dump and its manifest agree while the server writes on.
using SnapshotBody =
    std::function<void(const std::string& snapshot, const std::map<std::string, std::int64_t>& counts)>;
void with_exported_snapshot(const std::string& location, const SnapshotBody& body);

}  // namespace lindungi::store
