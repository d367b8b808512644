#pragma once
// JSON shapes of imports (DESIGN.md §5), the duplicate queue, verification decisions and BPJS's
// active-member files, shared by the CLI (--json) and the HTTP API.
#include <nlohmann/json.hpp>

#include "core/region.hpp"
#include "formats/worker_json.hpp"
#include "services/bpjs_active_service.hpp"
#include "services/dedup_service.hpp"
#include "services/import_service.hpp"
#include "services/verification_service.hpp"

namespace lindungi::wire {

nlohmann::json issue_json(const store::ImportIssue& issue);
// {"rows","created","updated","unchanged","accepted","rejected","duplicates","errors":[{row,column,
// code,message}]} plus import_id, dry_run, saved, message, warnings, unknown_columns, items (dry
// run) and timing_ms.
nlohmann::json import_result_json(const services::ImportResult& result);
nlohmann::json import_record_json(const store::ImportRecord& record);
nlohmann::json candidate_json(const services::CandidateView& view, const RegionTree& regions,
                              formats::NikView nik_view);
nlohmann::json verification_json(const store::VerificationRecord& record);
nlohmann::json decision_outcome_json(const services::DecisionOutcome& outcome);
nlohmann::json bpjs_file_json(const store::BpjsFile& file);
nlohmann::json bpjs_import_json(const services::BpjsImportResult& result);

}  // namespace lindungi::wire
