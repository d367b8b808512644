// The audit log's hash chain (store/audit_chain.hpp), appended and scanned the same way on both
// databases (issue 18). Only the write of an entry differs: PostgreSQL buffers it for the
// transaction's COPY (PgSession::insert_audit).
#include "clock/clock.hpp"
#include "store/audit_chain.hpp"
#include "store/records/accounts.hpp"
#include "store/records/session.hpp"

namespace lindungi::store::records {

namespace {
const AuditLog kAudit{"audit_log"};
// Entries read per statement by scan_audit: the log grows without bound, and a PostgreSQL result
// is held in memory whole.
constexpr std::int64_t kScanPage = 10000;
}  // namespace

void SessionBase::write_audit(const AuditEntry& entry) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = clock::now_utc_iso(true);
  // Every write transaction holds the store's writer lock (SQLite's BEGIN IMMEDIATE, PostgreSQL's
  // advisory lock in PgStore::write), also against other processes, and a session is one
  // transaction: the last hash is read once, then carried from entry to entry.
  if (!last_audit_hash_)
    last_audit_hash_ =
        rows()
            .one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", {}, [](rows::Row& r) { return r.text(); })
            .value_or("");
  e.hash_sebelum = *last_audit_hash_;
  e.hash = audit_hash(e, audit_key_);
  insert_audit(e);
  last_audit_hash_ = e.hash;  // once written: a refused INSERT leaves the chain where it was
}

void SessionBase::insert_audit(const AuditEntry& e) { kAudit.insert(rows(), e); }

void SessionBase::scan_audit(const std::function<bool(const AuditEntry&)>& visit) {
  needs_snapshot("scan_audit");  // pages of the chain that must join up
  // In pages by id (the primary key on both databases).
  std::int64_t after = 0;
  for (;;) {
    std::int64_t n = 0;
    bool stop = false;
    rows().run(kAudit.select() + " WHERE id > ? ORDER BY id LIMIT ?", rows::Params{after, kScanPage},
               [&](rows::Row& r) {
                 if (stop) return;
                 const AuditEntry e = AuditLog::read(r);
                 ++n;
                 after = e.id;
                 stop = !visit(e);
               });
    if (stop || n < kScanPage) return;
  }
}

}  // namespace lindungi::store::records
