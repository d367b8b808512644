#pragma once
// A worker on the wire (GET/POST/PUT /workers, the lists and every answer that embeds one, and
// `lindungi … --json`): the record as JSON in the import template's field names, and the request
// body read back into a Worker.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi::wire {

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
// PUT /workers/:id: the version of the record the form was filled from ("versi"), required.
std::int64_t worker_version(const nlohmann::json& body);

}  // namespace lindungi::wire
