#include "wire/audit.hpp"

#include "wire/lists.hpp"
#include "wire/workers.hpp"

namespace lindungi::wire {

using nlohmann::json;

AuditEntryAnswer audit_entry_answer(const store::AuditEntry& e) {
  json changes = json::parse(e.perubahan, nullptr, false);
  return {e.id,      e.waktu,      e.pelaku,  e.aksi,
          e.entitas, e.entitas_id, e.wilayah, changes.is_discarded() ? json(e.perubahan) : std::move(changes),
          e.hash};
}

json to_json(const AuditEntryAnswer& e) {
  return {{"id", e.id},           {"waktu", e.waktu},         {"pelaku", e.pelaku},
          {"aksi", e.aksi},       {"entitas", e.entitas},     {"entitas_id", e.entitas_id},
          {"wilayah", e.wilayah}, {"perubahan", e.perubahan}, {"hash", e.hash}};
}

json audit_entries_json(const std::vector<store::AuditEntry>& entries) {
  json items = json::array();
  for (const auto& e : entries) items.push_back(to_json(audit_entry_answer(e)));
  return items;
}

json to_json(const services::AuditVerification& v) {
  return {{"ok", v.ok},       {"entries", v.entries},           {"unchained", v.unchained}, {"legacy", v.legacy},
          {"keyed", v.keyed}, {"first_bad_id", v.first_bad_id}, {"problem", v.problem}};
}

json to_json(const services::AuditHead& h) {
  return {{"entries", h.entries}, {"last_id", h.last_id}, {"hash", h.hash}, {"waktu", h.waktu}, {"tanggal", h.tanggal}};
}

nlohmann::json personal_data_json(const Worker& worker, const std::vector<store::AuditEntry>& history,
                                  const RegionTree& regions) {
  const auto riwayat = json_array(history, [](const store::AuditEntry& e) {
    const auto a = audit_entry_answer(e);
    return nlohmann::json{{"waktu", a.waktu}, {"pelaku", a.pelaku}, {"aksi", a.aksi}, {"perubahan", a.perubahan}};
  });
  return {{"pekerja", worker_to_json(worker, regions, NikView::full)},
          {"riwayat", riwayat},
          {"dasar_hukum", "UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 7"}};
}

}  // namespace lindungi::wire
