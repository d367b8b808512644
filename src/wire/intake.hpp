#pragma once
// JSON shapes of imports (DESIGN.md §5), the duplicate queue, verification decisions and BPJS's
// active-member files, shared by the CLI (--json) and the HTTP API.
#include <nlohmann/json.hpp>

#include "core/region.hpp"
#include "services/bpjs_active_service.hpp"
#include "services/dedup_service.hpp"
#include "services/import_service.hpp"
#include "services/verification_service.hpp"
#include "services/worker_changes.hpp"
#include "wire/workers.hpp"

namespace lindungi::wire {

nlohmann::json issue_json(const store::ImportIssue& issue);
// {"rows","created","updated","unchanged","accepted","rejected","duplicates","errors":[{row,column,
// code,message}]} plus import_id, dry_run, saved, message, warnings, unknown_columns, items (dry
// run) and timing_ms.
nlohmann::json import_result_json(const services::ImportResult& result);
nlohmann::json import_record_json(const store::ImportRecord& record);
// The items of GET /imports (a page).
nlohmann::json import_records_json(const std::vector<store::ImportRecord>& records);
// GET /imports/:id: the import with its row problems apart, {..., "errors":[issue], "warnings":[issue]}.
nlohmann::json import_detail_json(const store::ImportRecord& record, const std::vector<store::ImportIssue>& issues);
// GET /imports/:id/errors as JSON: {"items":[issue + "level": "galat"|"peringatan"]}.
nlohmann::json import_issues_json(const std::vector<store::ImportIssue>& issues);
// The items of GET /bpjs/active-members/matches (a page): each worker's summary and "bpjs":{"segmen","pembayar"}.
nlohmann::json active_member_matches_json(const std::vector<services::BpjsMatchView>& matches,
                                          const RegionTree& regions, wire::NikView nik_view);
// The items of GET /duplicates (a page).
nlohmann::json candidates_json(const std::vector<services::CandidateView>& views, const RegionTree& regions,
                               wire::NikView nik_view);
nlohmann::json candidate_json(const services::CandidateView& view, const RegionTree& regions, wire::NikView nik_view);
nlohmann::json verification_json(const store::VerificationRecord& record);
// GET /workers/:id/verifications: {"items":[verification]}.
nlohmann::json verifications_json(const std::vector<store::VerificationRecord>& records);
nlohmann::json decision_outcome_json(const services::DecisionOutcome& outcome);
nlohmann::json bpjs_file_json(const store::BpjsFile& file);
nlohmann::json bpjs_import_json(const services::BpjsImportResult& result);

// GET /duplicates/scan's answer {"compared","found","added"}.
nlohmann::json to_json(const services::ScanResult& result);
// POST /verifications' answer {"results":[outcome],"ok","failed"}.
nlohmann::json decision_outcomes_json(const std::vector<services::DecisionOutcome>& outcomes);
// A pending change of a verified worker (issue 16 item 4). `perubahan` shows NIKs masked; the full
// proposal (`usulan`) is not sent. `nama_wilayah` names the kelurahan codes it holds (old and new),
// so a screen shows "Kelurahan: Simpang IV Sipin → Telanaipura" as the audit log does (issue 17).
nlohmann::json pending_change_json(const services::PendingChangeView& view, const RegionTree& regions);
// GET /worker-changes: {"items":[change]}.
nlohmann::json pending_changes_json(const std::vector<services::PendingChangeView>& views, const RegionTree& regions);

// Request bodies.
// POST /duplicates/:id/merge {"pertahankan": the worker id kept, "catatan"}.
struct MergeBody {
  std::int64_t pertahankan = 0;
  std::string catatan;
};
MergeBody merge_request(const nlohmann::json& body);
// POST /duplicates/:id/dismiss {"catatan"}.
std::string dismiss_note(const nlohmann::json& body);
// POST /duplicates/scan {"wilayah"} ("" = the actor's area).
std::string scan_area(const nlohmann::json& body);
// POST /workers/:id/verify and /reject {"alasan","versi","alasan_abaikan_peringatan"}, all optional
// for a verification; the service asks for alasan to reject.
struct VerificationBody {
  std::string alasan;
  std::optional<std::int64_t> versi;
  std::string alasan_abaikan_peringatan;  // issue 17 item 2: sets a NIK warning aside when verifying
};
VerificationBody verification_decision(const nlohmann::json& body);
// POST /verifications {"ids":[worker ids],"keputusan":"verifikasi"|"tolak","alasan"}.
struct BulkVerificationBody {
  std::vector<std::int64_t> ids;
  Decision keputusan = Decision::verify;
  std::string alasan;
};
BulkVerificationBody bulk_verification(const nlohmann::json& body);
// POST /worker-changes/:id/decision {"keputusan":"disetujui"|"ditolak","alasan"}.
struct ChangeDecisionBody {
  std::string keputusan, alasan;
};
ChangeDecisionBody change_decision(const nlohmann::json& body);
// POST /workers/:id/resubmit {"versi"}, optional.
std::optional<std::int64_t> resubmit_version(const nlohmann::json& body);

}  // namespace lindungi::wire
