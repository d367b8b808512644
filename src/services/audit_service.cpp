#include "services/audit_service.hpp"

#include "core/errors.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

store::Page<store::AuditEntry> AuditService::list(const Actor& actor, const std::string& entitas,
                                                  const std::string& entitas_id, int offset, int limit) {
  if (!actor.can(Permission::view_audit)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang membaca log audit");
  store::Page<store::AuditEntry> page;
  // Read audits still queued (issue 16 item 6) join the chain first, unless an import holds the
  // writer: then the list answers at once and they appear as soon as the import ends.
  try {
    app_.store().fold_audit_queue(false);
  } catch (const std::exception&) {
    // They stay queued, durable; the list shows the chain as it is.
  }
  // Filtered like the records (issue 16 item 1): entries within the actor's area; the entries that
  // concern no area (holidays, the demo) only for system-wide roles, which have no area.
  app_.store().read(
      [&](store::Session& s) { page = s.audit().entries(entitas, entitas_id, offset, limit, actor.area); });
  return page;
}

AuditVerification AuditService::verify() {
  // Every queued read audit (issue 16 item 6) is in the chain that is checked.
  app_.fold_audit_queue();
  const auto& key = app_.audit_key();
  AuditVerification v;
  std::string previous;         // the previous entry's stored hash ("" before the first entry)
  std::string legacy_previous;  // the legacy chain's last hash
  std::int64_t previous_id = 0;
  bool legacy_chain_started = false;
  bool keyed_started = false;
  app_.store().read([&](store::Session& s) {
    s.audit().scan([&](const store::AuditEntry& e) {
      ++v.entries;
      auto fail = [&](std::string problem) {
        v.ok = false;
        v.first_bad_id = e.id;
        v.problem = std::move(problem);
        return false;
      };
      const std::string id = std::to_string(e.id);
      if (store::audit_hash_keyed(e.hash)) {
        if (key.key.empty())
          return fail("Entri " + id + " berkunci, tetapi kunci audit tidak tersedia: log tidak dapat diperiksa");
        // Every keyed entry links to the entry just before it, the first one too: blanking the
        // hashes before it (to pass them off as legacy) breaks this link.
        if (e.hash_sebelum != previous)
          return fail("Rantai terputus sebelum entri " + id + " (setelah entri " + std::to_string(previous_id) +
                      "): ada entri yang dihapus, disisipkan atau hash-nya dikosongkan");
        if (store::audit_hash(e, key.key) != e.hash)
          return fail("Isi entri " + id + " tidak cocok dengan hash berkuncinya: entri telah diubah");
        keyed_started = true;
        ++v.keyed;
      } else {
        if (keyed_started)
          return fail("Entri " + id +
                      " tidak berkunci setelah entri berkunci pertama: entri ditulis atau "
                      "dihitung ulang tanpa kunci audit");
        if (!key.key.empty() && e.id >= key.from_id)
          return fail("Entri " + id + " tidak berkunci, padahal kunci audit berlaku sejak entri " +
                      std::to_string(key.from_id) + ": rantai telah dihitung ulang tanpa kunci");
        ++v.legacy;
        if (e.hash.empty()) {
          if (legacy_chain_started) return fail("Entri " + id + " tidak memiliki hash di tengah rantai");
          ++v.unchained;
        } else {
          if (legacy_chain_started && e.hash_sebelum != legacy_previous)
            return fail("Rantai terputus sebelum entri " + id + " (setelah entri " + std::to_string(previous_id) +
                        "): ada entri yang dihapus atau disisipkan");
          if (store::audit_hash(e) != e.hash)
            return fail("Isi entri " + id + " tidak cocok dengan hash-nya: entri telah diubah");
          legacy_chain_started = true;
          legacy_previous = e.hash;
        }
      }
      previous = e.hash;
      previous_id = e.id;
      return true;
    });
  });
  // The key exists only once an entry was keyed with it (App::open): a log without any keyed
  // entry beside a key has lost them, or was recomputed without the key.
  if (v.ok && !key.key.empty() && v.entries > 0 && v.keyed == 0) {
    v.ok = false;
    v.problem =
        "Tidak ada entri berkunci, padahal kunci audit ada: entri berkunci telah dihapus atau rantai "
        "dihitung ulang tanpa kunci";
  }
  return v;
}

AuditHead AuditService::head() {
  AuditHead h;
  store::Page<store::AuditEntry> last;
  app_.store().read([&](store::Session& s) { last = s.audit().entries("", "", 0, 1); });
  h.entries = last.total;
  if (!last.items.empty()) {
    h.last_id = last.items.front().id;
    h.hash = last.items.front().hash;
    h.waktu = last.items.front().waktu;
  }
  h.tanggal = app_.today().iso();
  return h;
}

}  // namespace lindungi::services
