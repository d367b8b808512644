#pragma once
// Worker records as JSON for the API and the CLI, in the import template's field names.
#include <nlohmann/json.hpp>
#include <optional>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi::formats {

enum class NikView { full, masked };

// The worker as JSON text, written directly (the hot path of lookups and lists), and the same
// document as a tree for callers that embed it in a larger one. Both carry `peringatan`, what the
// NIK contradicts in the record (issue 17 item 2: nik_warnings); `warnings_view` (by default the
// NIK's own view) says whether its messages may quote what the NIK holds: a list shows NIKs masked
// to everyone, yet a role that may see full NIKs reads the whole warning.
std::string worker_json_text(const Worker& worker, const RegionTree& regions, NikView nik_view,
                             std::optional<NikView> warnings_view = std::nullopt);
std::string worker_summary_text(const Worker& worker, const RegionTree& regions, NikView nik_view,
                                std::optional<NikView> warnings_view = std::nullopt);
nlohmann::json worker_to_json(const Worker& worker, const RegionTree& regions, NikView nik_view,
                              std::optional<NikView> warnings_view = std::nullopt);
nlohmann::json worker_summary_json(const Worker& worker, const RegionTree& regions, NikView nik_view,
                                   std::optional<NikView> warnings_view = std::nullopt);

// Reads a worker from a request body. Wrong types and unparseable dates, numbers or sex are
// collected in `errors` (field named); missing fields are left empty for validate_worker.
Worker worker_from_json(const nlohmann::json& body, std::vector<FieldError>& errors);

// Compact JSON text that never throws: invalid UTF-8 (e.g. a NIK cut inside a multi-byte
// character by masking) becomes U+FFFD.
std::string json_text(const nlohmann::json& j);

// Field-level differences, for the audit log: {"nama": ["old", "new"], ...}; creation when
// `before` is null.
nlohmann::json worker_changes(const Worker* before, const Worker& after);

// worker_changes(nullptr, worker) plus {"impor": [null, source]}, serialised: the same text
// nlohmann would write, built without a JSON tree (an import writes one per created worker).
std::string worker_creation_changes(const Worker& worker, std::string_view source);

}  // namespace lindungi::formats
