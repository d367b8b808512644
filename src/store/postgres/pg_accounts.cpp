#include "store/postgres/pg_accounts.hpp"

#include "store/audit_chain.hpp"

namespace lindungi::store::pg {

void append_audit(Tx& t, const AuditEntry& entry, std::string_view key) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = now_utc();
  // Every write transaction holds the store's writer lock (PgStore::write), so the last hash
  // cannot change before this entry commits, also with other processes on the same database:
  // it is read once per transaction, and the entries go in by COPY (Tx::buffer), in order.
  if (!t.last_audit_hash) {
    const auto last = t.exec("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    t.last_audit_hash = last.empty() ? "" : text(last[0][0]);
  }
  e.hash_sebelum = *t.last_audit_hash;
  e.hash = audit_hash(e, key);
  t.last_audit_hash = e.hash;
  t.buffer("audit_log",
           {"waktu", "pelaku", "aksi", "entitas", "entitas_id", "perubahan", "hash_sebelum", "hash", "wilayah"},
           {e.waktu, e.pelaku, e.aksi, e.entitas, e.entitas_id, e.perubahan, e.hash_sebelum, e.hash, e.wilayah});
}

namespace {
constexpr const char* kAuditColumns =
    "id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah";
AuditEntry row_to_audit(const pqxx::row& r) {
  return {int64(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]),
          text(r[5]),  text(r[6]), text(r[7]), text(r[8]), text(r[9])};
}
}  // namespace

void scan_audit(Tx& t, const std::function<bool(const AuditEntry&)>& visit) {
  // In pages by id: the log grows without bound and a result is held in memory whole.
  std::int64_t after = 0;
  for (;;) {
    const auto r =
        t.exec(std::string{"SELECT "} + kAuditColumns + " FROM audit_log WHERE id > $1 ORDER BY id LIMIT 10000", after);
    for (const auto& row : r) {
      const AuditEntry e = row_to_audit(row);
      after = e.id;
      if (!visit(e)) return;
    }
    if (r.size() < 10000) return;
  }
}

}  // namespace lindungi::store::pg
