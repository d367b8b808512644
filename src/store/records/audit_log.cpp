// The audit log's hash chain (store/audit_chain.hpp), appended and scanned the same way on both
// databases (issue 18). Only the write of an entry differs: PostgreSQL buffers it for the
// transaction's COPY (PgAudit::insert).
#include "clock/clock.hpp"
#include "store/audit_chain.hpp"
#include "store/records/audit.hpp"
#include "store/store.hpp"

namespace lindungi::store::records {

namespace {
using rows::Params;
const AuditLog kAudit{"audit_log"};
// Entries read per statement by scan: the log grows without bound, and a PostgreSQL result is
// held in memory whole.
constexpr std::int64_t kScanPage = 10000;
}  // namespace

void Audit::append(const AuditEntry& entry) {
  if (!entry.wilayah.empty()) return write(entry);
  AuditEntry e = entry;
  e.wilayah = audit_area(session_, e);
  write(e);
}

void Audit::write(const AuditEntry& entry) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = clock::now_utc_iso(true);
  // Every write transaction holds the store's writer lock (SQLite's BEGIN IMMEDIATE, PostgreSQL's
  // advisory lock in PgStore::write), also against other processes, and a session is one
  // transaction: the last hash is read once, then carried from entry to entry.
  if (!last_hash_)
    last_hash_ =
        db().one("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", {}, [](rows::Row& r) { return r.text(); })
            .value_or("");
  e.hash_sebelum = *last_hash_;
  e.hash = audit_hash(e, audit_key_);
  insert(e);
  last_hash_ = e.hash;  // once written: a refused INSERT leaves the chain where it was
}

void Audit::insert(const AuditEntry& e) { kAudit.insert(db(), e); }

void Audit::scan(const std::function<bool(const AuditEntry&)>& visit) {
  db().needs_snapshot("audit().scan");  // pages of the chain that must join up
  // In pages by id (the primary key on both databases).
  std::int64_t after = 0;
  for (;;) {
    std::int64_t n = 0;
    bool stop = false;
    db().run(kAudit.select() + " WHERE id > ? ORDER BY id LIMIT ?", rows::Params{after, kScanPage}, [&](rows::Row& r) {
      if (stop) return;
      const AuditEntry e = AuditLog::read(r);
      ++n;
      after = e.id;
      stop = !visit(e);
    });
    if (stop || n < kScanPage) return;
  }
}

Page<AuditEntry> Audit::entries(std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                                std::string_view area) {
  db().needs_snapshot("audit().entries");  // the count and the page
  std::string where = " WHERE TRUE";
  Params p;
  if (!entitas.empty()) {
    where += " AND entitas = ?";
    p << entitas;
  }
  if (!entitas.empty() && !entitas_id.empty()) {
    where += " AND entitas_id = ?";
    p << entitas_id;
  }
  // Within the actor's area: its own code or below it (codes are dot-separated, no LIKE wildcards).
  if (!area.empty()) {
    where += " AND (wilayah = ? OR wilayah LIKE ?)";
    p << area << std::string{area} + ".%";
  }
  Page<AuditEntry> page;
  page.total = db().first_int("SELECT count(*) FROM audit_log" + where, p).value_or(0);
  page.items = db().all(kAudit.select() + where + " ORDER BY id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset,
                        kAudit.reader());
  return page;
}

}  // namespace lindungi::store::records
