#pragma once
// JSON documents the store keeps as text: an audit entry's field changes and a claim's benefit
// snapshot. They are formats of the records, written once and read back as they were written (an
// old entry keeps the shape it had); the API's JSON is src/wire.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/benefit.hpp"
#include "core/worker.hpp"

namespace lindungi::formats {

// Compact JSON text that never throws: invalid UTF-8 (e.g. a NIK cut inside a multi-byte
// character by masking) becomes U+FFFD.
std::string json_text(const nlohmann::json& j);

// Field-level differences, for the audit log: {"nama": ["old", "new"], ...}; creation when
// `before` is null.
nlohmann::json worker_changes(const Worker* before, const Worker& after);

// worker_changes(nullptr, worker) plus {"impor": [null, source]}, serialised: the same text
// nlohmann would write, built without a JSON tree (an import writes one per created worker).
std::string worker_creation_changes(const Worker& worker, std::string_view source);

// The benefit computed when a claim's event was recorded, as the claim keeps it (`manfaat`):
// {"kind","upah","lines":[{"label","amount","amount_teks","basis"}],"total","total_teks","source","notes"}.
nlohmann::json benefit_record_json(const BenefitQuote& quote);

}  // namespace lindungi::formats
