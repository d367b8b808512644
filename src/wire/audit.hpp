#pragma once
// The audit log on the wire: its entries (GET /audit), the chain's verification (GET /audit/verify,
// `lindungi audit verify --json`) and its head (GET /public/audit-head, `lindungi audit head --json`).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/region.hpp"
#include "core/worker.hpp"
#include "services/audit_service.hpp"

namespace lindungi::wire {

// An entry as GET /audit answers it, mapped from store::AuditEntry in one place (the chain's
// previous hash stays in the store), so that a change of the store cannot change the answer
// silently. `perubahan`: the field changes as the JSON they were written as (text when not JSON).
struct AuditEntryAnswer {
  std::int64_t id = 0;
  std::string waktu, pelaku, aksi, entitas, entitas_id, wilayah;
  nlohmann::json perubahan;
  std::string hash;
};
AuditEntryAnswer audit_entry_answer(const store::AuditEntry& entry);
nlohmann::json to_json(const AuditEntryAnswer& entry);
// The entries as a JSON array.
nlohmann::json audit_entries_json(const std::vector<store::AuditEntry>& entries);
nlohmann::json to_json(const services::AuditVerification& v);
nlohmann::json to_json(const services::AuditHead& h);
// GET /workers/:id/export, a person's data on request (UU 27/2022 PDP): {"pekerja": the worker with
// the full NIK, "riwayat": [{"waktu","pelaku","aksi","perubahan"}] (its audit entries), "dasar_hukum"}.
nlohmann::json personal_data_json(const Worker& worker, const std::vector<store::AuditEntry>& history,
                                  const RegionTree& regions);

}  // namespace lindungi::wire
