#pragma once
// The audit log on the wire: its entries (GET /audit), the chain's verification (GET /audit/verify,
// `lindungi audit verify --json`) and its head (GET /public/audit-head, `lindungi audit head --json`).
#include <nlohmann/json.hpp>
#include <vector>

#include "services/audit_service.hpp"

namespace lindungi::wire {

// The entries as a JSON array; an entry's field changes as the JSON they were written as.
nlohmann::json audit_entries_json(const std::vector<store::AuditEntry>& entries);
nlohmann::json to_json(const services::AuditVerification& v);
nlohmann::json to_json(const services::AuditHead& h);

}  // namespace lindungi::wire
