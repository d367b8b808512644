#include "wire/audit.hpp"

namespace lindungi::wire {

using nlohmann::json;

json audit_entries_json(const std::vector<store::AuditEntry>& entries) {
  json items = json::array();
  for (const auto& e : entries) {
    json changes = json::parse(e.perubahan, nullptr, false);
    items.push_back({{"id", e.id},
                     {"waktu", e.waktu},
                     {"pelaku", e.pelaku},
                     {"aksi", e.aksi},
                     {"entitas", e.entitas},
                     {"entitas_id", e.entitas_id},
                     {"wilayah", e.wilayah},
                     {"perubahan", changes.is_discarded() ? json(e.perubahan) : changes},
                     {"hash", e.hash}});
  }
  return items;
}

json to_json(const services::AuditVerification& v) {
  return {{"ok", v.ok},       {"entries", v.entries},           {"unchained", v.unchained}, {"legacy", v.legacy},
          {"keyed", v.keyed}, {"first_bad_id", v.first_bad_id}, {"problem", v.problem}};
}

json to_json(const services::AuditHead& h) {
  return {{"entries", h.entries}, {"last_id", h.last_id}, {"hash", h.hash}, {"waktu", h.waktu}, {"tanggal", h.tanggal}};
}

}  // namespace lindungi::wire
