#include "services/audit_service.hpp"

#include "core/errors.hpp"
#include "store/audit_chain.hpp"

namespace lindungi::services {

store::Page<store::AuditEntry> AuditService::list(const Actor& actor, const std::string& entitas,
                                                  const std::string& entitas_id, int offset, int limit) {
  if (!actor.can(Permission::view_audit)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang membaca log audit");
  store::Page<store::AuditEntry> page;
  // Filtered like the records (issue 16 item 1): entries within the actor's area; the entries that
  // concern no area (holidays, the demo) only for system-wide roles, which have no area.
  app_.store().read([&](store::Session& s) { page = s.audit_entries(entitas, entitas_id, offset, limit, actor.area); });
  return page;
}

AuditVerification AuditService::verify() {
  AuditVerification v;
  std::string previous;
  std::int64_t previous_id = 0;
  bool chain_started = false;
  app_.store().read([&](store::Session& s) {
    s.scan_audit([&](const store::AuditEntry& e) {
      ++v.entries;
      auto fail = [&](std::string problem) {
        v.ok = false;
        v.first_bad_id = e.id;
        v.problem = std::move(problem);
        return false;
      };
      if (e.hash.empty()) {
        if (chain_started) return fail("Entri " + std::to_string(e.id) + " tidak memiliki hash di tengah rantai");
        ++v.unchained;
      } else {
        if (chain_started && e.hash_sebelum != previous)
          return fail("Rantai terputus sebelum entri " + std::to_string(e.id) + " (setelah entri " +
                      std::to_string(previous_id) + "): ada entri yang dihapus atau disisipkan");
        if (store::audit_hash(e) != e.hash)
          return fail("Isi entri " + std::to_string(e.id) + " tidak cocok dengan hash-nya: entri telah diubah");
        chain_started = true;
        previous = e.hash;
      }
      previous_id = e.id;
      return true;
    });
  });
  return v;
}

}  // namespace lindungi::services
