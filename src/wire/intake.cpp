#include "wire/intake.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "wire/fields.hpp"
#include "wire/lists.hpp"
#include "wire/workers.hpp"

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

json candidate_json(const services::CandidateView& v, const RegionTree& regions, wire::NikView nik_view) {
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
          {"pekerja",
           json::array({wire::worker_to_json(v.a, regions, nik_view), wire::worker_to_json(v.b, regions, nik_view)})}};
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

json to_json(const services::ScanResult& r) {
  return {{"compared", r.compared}, {"found", r.found}, {"added", r.added}};
}

json decision_outcomes_json(const std::vector<services::DecisionOutcome>& outcomes) {
  json results = json::array();
  std::int64_t ok = 0;
  for (const auto& o : outcomes) {
    ok += o.ok;
    results.push_back(decision_outcome_json(o));
  }
  return {{"results", results}, {"ok", ok}, {"failed", static_cast<std::int64_t>(outcomes.size()) - ok}};
}

json pending_change_json(const services::PendingChangeView& v, const RegionTree& regions) {
  const auto& c = v.change;
  json changes = json::parse(c.perubahan, nullptr, false);
  json names = json::object();
  if (!changes.is_discarded() && changes.contains("kode_kelurahan") && changes["kode_kelurahan"].is_array())
    for (const auto& code : changes["kode_kelurahan"])
      if (code.is_string())
        if (const Region* r = regions.find(code.get<std::string>())) names[code.get<std::string>()] = r->nama;
  return {{"id", c.id},
          {"pekerja_id", c.pekerja_id},
          {"nama_pekerja", v.nama_pekerja},
          {"wilayah", c.wilayah},
          {"perubahan", changes.is_discarded() ? json::object() : changes},
          {"status", c.status},
          {"diajukan_oleh", c.diajukan_oleh},
          {"diajukan_pada", c.diajukan_pada},
          {"diputus_oleh", c.diputus_oleh},
          {"diputus_pada", c.diputus_pada},
          {"alasan", c.alasan},
          {"nama_wilayah", names}};
}

MergeBody merge_request(const json& body) {
  if (!body.is_object() || !body.contains("pertahankan") || !body["pertahankan"].is_number_integer())
    throw ValidationError("pertahankan", "wajib_diisi",
                          "Kolom 'pertahankan' (id pekerja yang dipertahankan) wajib diisi");
  return {body["pertahankan"].get<std::int64_t>(), text_field(body, "catatan").value_or("")};
}

std::string dismiss_note(const json& body) { return text_field(body, "catatan").value_or(""); }

std::string scan_area(const json& body) { return text_field(body, "wilayah").value_or(""); }

namespace {

std::optional<std::int64_t> version_field(const json& body) {
  if (!body.contains("versi")) return std::nullopt;
  if (!body["versi"].is_number_integer()) throw ValidationError("versi", "tipe_salah", "Kolom 'versi' harus angka");
  return body["versi"].get<std::int64_t>();
}

}  // namespace

VerificationBody verification_decision(const json& body) {
  VerificationBody b;
  b.versi = version_field(body);
  b.alasan = text_field(body, "alasan").value_or("");
  b.alasan_abaikan_peringatan = text_field(body, "alasan_abaikan_peringatan").value_or("");
  return b;
}

BulkVerificationBody bulk_verification(const json& body) {
  if (!body.is_object() || !body.contains("ids") || !body["ids"].is_array())
    throw ValidationError("ids", "wajib_diisi", "Kolom 'ids' (daftar id pekerja) wajib diisi");
  BulkVerificationBody b;
  for (const auto& id : body["ids"]) {
    if (!id.is_number_integer()) throw ValidationError("ids", "tipe_salah", "Setiap id pekerja harus angka");
    b.ids.push_back(id.get<std::int64_t>());
  }
  const std::string k = text_field(body, "keputusan").value_or("");
  const auto decision = parse_decision(k);
  if (!decision)
    throw ValidationError("keputusan", "keputusan_tidak_dikenal",
                          "Keputusan '" + k + "' tidak dikenal (verifikasi atau tolak)");
  b.keputusan = *decision;
  b.alasan = text_field(body, "alasan").value_or("");
  return b;
}

ChangeDecisionBody change_decision(const json& body) {
  ChangeDecisionBody b;
  b.alasan = text_field(body, "alasan").value_or("");
  if (!body.contains("keputusan") || !body["keputusan"].is_string())
    throw ValidationError("keputusan", "wajib_diisi", "Kolom 'keputusan' wajib diisi");
  b.keputusan = body["keputusan"].get<std::string>();
  return b;
}

std::optional<std::int64_t> resubmit_version(const json& body) { return version_field(body); }

nlohmann::json import_records_json(const std::vector<store::ImportRecord>& records) {
  return json_array(records, [](const store::ImportRecord& r) { return import_record_json(r); });
}

nlohmann::json import_detail_json(const store::ImportRecord& record, const std::vector<store::ImportIssue>& issues) {
  auto j = import_record_json(record);
  nlohmann::json errors = nlohmann::json::array(), warnings = nlohmann::json::array();
  for (const auto& i : issues) (i.warning ? warnings : errors).push_back(issue_json(i));
  j["errors"] = std::move(errors);
  j["warnings"] = std::move(warnings);
  return j;
}

nlohmann::json import_issues_json(const std::vector<store::ImportIssue>& issues) {
  return items_json(json_array(issues, [](const store::ImportIssue& i) {
    auto j = issue_json(i);
    j["level"] = i.warning ? "peringatan" : "galat";
    return j;
  }));
}

nlohmann::json active_member_matches_json(const std::vector<services::BpjsMatchView>& matches,
                                          const RegionTree& regions, wire::NikView nik_view) {
  return json_array(matches, [&](const services::BpjsMatchView& m) {
    auto j = worker_summary_json(m.worker, regions, nik_view);
    j["bpjs"] = {{"segmen", m.member.segmen}, {"pembayar", m.member.pembayar}};
    return j;
  });
}

nlohmann::json candidates_json(const std::vector<services::CandidateView>& views, const RegionTree& regions,
                               wire::NikView nik_view) {
  return json_array(views, [&](const services::CandidateView& c) { return candidate_json(c, regions, nik_view); });
}

nlohmann::json verifications_json(const std::vector<store::VerificationRecord>& records) {
  return items_json(json_array(records, [](const store::VerificationRecord& v) { return verification_json(v); }));
}

nlohmann::json pending_changes_json(const std::vector<services::PendingChangeView>& views, const RegionTree& regions) {
  return items_json(
      json_array(views, [&](const services::PendingChangeView& v) { return pending_change_json(v, regions); }));
}

}  // namespace lindungi::wire
