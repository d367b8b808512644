#include "wire/intake.hpp"

#include <cmath>

#include "formats/worker_json.hpp"

namespace lindungi::wire {

using nlohmann::json;

json issue_json(const store::ImportIssue& i) {
  return {{"row", i.row}, {"column", i.column}, {"code", i.code}, {"message", i.message}};
}

json import_result_json(const services::ImportResult& r) {
  json errors = json::array(), warnings = json::array();
  for (const auto& e : r.errors) errors.push_back(issue_json(e));
  for (const auto& w : r.warnings) warnings.push_back(issue_json(w));
  json j = {
      {"rows", r.rows},
      {"created", r.created},
      {"updated", r.updated},
      {"unchanged", r.unchanged},
      {"accepted", r.accepted},
      {"rejected", r.rejected},
      {"duplicates", r.duplicates},
      {"flagged", r.flagged},
      {"clean", r.accepted - r.flagged},
      {"pending_changes", r.pending_changes},
      {"errors", errors},
      {"warnings", warnings},
      {"import_id", r.import_id ? json(r.import_id) : json(nullptr)},
      {"dry_run", r.dry_run},
      {"saved", r.saved},
      {"message", r.message},
      {"file", r.file_name},
      {"format", r.format},
      {"unknown_columns", r.unknown_columns},
      {"timing_ms",
       {{"read_check", std::round(r.read_ms)}, {"dedup", std::round(r.dedup_ms)}, {"write", std::round(r.write_ms)}}}};
  if (r.dry_run || !r.items.empty()) {
    json items = json::array();
    for (const auto& i : r.items)
      items.push_back({{"row", i.row},
                       {"action", std::string{to_string(i.action)}},
                       {"nik", i.nik},
                       {"nama", i.nama},
                       {"worker_id", i.worker_id ? json(i.worker_id) : json(nullptr)},
                       {"changed", i.changed},
                       {"duplicate_of", i.duplicate_of},
                       {"peringatan_nik", i.nik_flag},
                       {"pending", i.pending},
                       {"pending_change_id", i.pending_change_id ? json(i.pending_change_id) : json(nullptr)}});
    j["items"] = std::move(items);
  }
  return j;
}

json import_record_json(const store::ImportRecord& r) {
  return {{"id", r.id},
          {"waktu", r.waktu},
          {"pelaku", r.pelaku},
          {"wilayah", r.wilayah},
          {"nama_berkas", r.nama_berkas},
          {"format", r.format},
          {"ukuran", r.ukuran},
          {"rows", r.rows},
          {"created", r.created},
          {"updated", r.updated},
          {"unchanged", r.unchanged},
          {"accepted", r.created + r.updated + r.unchanged},
          {"rejected", r.rejected},
          {"duplicates", r.duplicates},
          {"warnings", r.warnings}};
}

json candidate_json(const services::CandidateView& v, const RegionTree& regions, formats::NikView nik_view) {
  const auto& c = v.candidate;
  return {{"id", c.id},
          {"skor", std::round(c.score * 1000) / 1000},
          {"alasan", v.reasons},
          {"status", c.status},
          {"sumber", c.source},
          {"dibuat", c.created_at},
          {"diputuskan_oleh", c.decided_by},
          {"diputuskan_pada", c.decided_at},
          {"catatan", c.note},
          {"pekerja_tetap", c.kept ? json(c.kept) : json(nullptr)},
          {"pekerja", json::array({formats::worker_to_json(v.a, regions, nik_view),
                                   formats::worker_to_json(v.b, regions, nik_view)})}};
}

json verification_json(const store::VerificationRecord& r) {
  return {{"id", r.id},   {"pekerja_id", r.worker_id}, {"keputusan", r.decision}, {"alasan", r.reason}, {"oleh", r.by},
          {"waktu", r.at}};
}

json decision_outcome_json(const services::DecisionOutcome& o) {
  json j = {{"pekerja_id", o.pekerja_id}, {"ok", o.ok}, {"status", o.status}};
  if (!o.ok) j["error"] = {{"code", o.code}, {"message", o.message}};
  return j;
}

json bpjs_file_json(const store::BpjsFile& f) {
  return {{"id", f.id},     {"waktu", f.waktu},       {"pelaku", f.pelaku},     {"nama_berkas", f.nama_berkas},
          {"rows", f.rows}, {"accepted", f.accepted}, {"rejected", f.rejected}, {"matched", f.matched}};
}

json bpjs_import_json(const services::BpjsImportResult& r) {
  json j = bpjs_file_json(r.file);
  json errors = json::array();
  for (const auto& e : r.errors) errors.push_back(issue_json(e));
  j["errors"] = errors;
  j["unknown_columns"] = r.unknown_columns;
  return j;
}

}  // namespace lindungi::wire
