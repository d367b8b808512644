#include "store/sqlite/sqlite_accounts.hpp"

#include "store/audit_chain.hpp"

namespace lindungi::store::sqlite {

void append_audit(Connection& c, const AuditEntry& entry, std::string_view key) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = now_utc();
  {
    // Writers are serialised (BEGIN IMMEDIATE), so the last hash cannot change under us.
    auto& last = c.prepare("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    ResetOnExit r{last};
    e.hash_sebelum = last.executeStep() ? last.getColumn(0).getString() : "";
  }
  e.hash = audit_hash(e, key);
  auto& s = c.prepare(
      "INSERT INTO audit_log (waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  ResetOnExit r{s};
  s.bind(1, e.waktu);
  s.bind(2, e.pelaku);
  s.bind(3, e.aksi);
  s.bind(4, e.entitas);
  s.bind(5, e.entitas_id);
  s.bind(6, e.perubahan);
  s.bind(7, e.hash_sebelum);
  s.bind(8, e.hash);
  s.bind(9, e.wilayah);
  s.exec();
}

namespace {
constexpr const char* kAuditColumns =
    "id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah";
AuditEntry row_to_audit(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getString(), s.getColumn(2).getString(),
          s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getString(),
          s.getColumn(6).getString(), s.getColumn(7).getString(), s.getColumn(8).getString(),
          s.getColumn(9).getString()};
}
}  // namespace

void scan_audit(Connection& c, const std::function<bool(const AuditEntry&)>& visit) {
  auto& s = c.prepare(std::string{"SELECT "} + kAuditColumns + " FROM audit_log ORDER BY id");
  ResetOnExit r{s};
  while (s.executeStep())
    if (!visit(row_to_audit(s))) break;
}

}  // namespace lindungi::store::sqlite
