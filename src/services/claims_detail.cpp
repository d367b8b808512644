// What the parts of the claims service share (claims_detail.hpp): checks, the audit entry and
// the case as the API shows it.
#include "services/claims_detail.hpp"

#include <map>
#include <sstream>

#include "core/claim_status.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "services/messages_service.hpp"
#include "services/two_person.hpp"
#include "services/billing_detail.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using nlohmann::json;

namespace claims_detail {

void require_step(const Actor& actor, ClaimStep step, const char* what) {
  if (const auto who = claim_step_rule(step).who) require(actor, *who, what);
}

const ClaimTransition& transition_of(ClaimStep step, const store::ClaimRecord& c) {
  const ClaimTransition* t = claim_transition(step, c.status);
  if (!t) throw Conflict("status_tidak_sesuai", *claim_step_problem(step, c.status));
  return *t;
}

NotFound claim_not_found(std::int64_t id) {
  return NotFound("klaim_tidak_ada", "Kasus klaim dengan id " + std::to_string(id) + " tidak ditemukan");
}

// A case is visible to an actor who may see its worker: inside the area, and in the cohort.
bool visible(const Actor& actor, const store::ClaimRecord& c) {
  return can_access_area(actor, c.wilayah) && (actor.cohort.empty() || actor.cohort == c.sumber_dana);
}

store::ClaimRecord load_claim(store::Session& s, const Actor& actor, std::int64_t id) {
  auto c = s.claims().claim(id);
  if (!c || !visible(actor, *c)) throw claim_not_found(id);
  return *c;
}

std::vector<LedgerMonth> ledger_months(const std::vector<store::AllocationRecord>& allocations) {
  std::vector<LedgerMonth> months;
  for (const auto& a : allocations) months.push_back(billing_detail::ledger_month(a));
  return months;
}

Date iso(const std::string& text) { return parse_iso_date(text.substr(0, 10)).value_or(Date{}); }

void audit(store::Session& s, const Actor& actor, const std::string& aksi, std::int64_t id, const json& changes) {
  s.audit().append({0, "", actor.username, aksi, "klaim", std::to_string(id), formats::json_text(changes)});
}

namespace {

// The SLA rule in words, with its source.
std::string sla_basis(const ClaimRule& rule, ClaimKind kind) {
  return rule.source + ": dibayar paling lambat " + std::to_string(sla_working_days(rule, kind)) +
         " hari kerja setelah dokumen lengkap; 1% manfaat per hari keterlambatan";
}

}  // namespace

// What the case shows: the record, its checklist with what was uploaded, the SLA clock, expiry,
// scholarship children with their years.
ClaimView claim_view(App& app, store::Session& s, const store::ClaimRecord& c, const std::string& pekerja) {
  const Date event = iso(c.tanggal_kejadian);
  const ClaimRule& rule = app.rules().claim_at(event);
  const ClaimKind kind = parse_claim_kind(c.jenis_klaim).value_or(ClaimKind::jkm);
  const json heirs = json::parse(c.ahli_waris, nullptr, false);
  bool spouse = false;
  if (heirs.is_object() && heirs.contains("penerima"))
    for (const auto& h : heirs["penerima"])
      spouse = spouse || h.value("hubungan", "") == "suami" || h.value("hubungan", "") == "istri";
  ClaimView view;
  view.claim = c;
  view.pekerja = pekerja;
  const auto docs = s.claims().documents(c.id);
  for (auto& item : claim_checklist(rule, kind, c.manfaat_total, spouse)) {
    ClaimChecklistEntry entry{std::move(item), {}};
    for (const auto& d : docs)
      if (d.kode == entry.item.kode) entry.berkas.push_back(d);
    view.dokumen.push_back(std::move(entry));
  }
  if (!c.dokumen_lengkap_pada.empty()) {
    const auto holidays = app.calendar();  // the deployment's holidays (issue 15)
    const WorkCalendar& calendar = *holidays;
    const Date due = sla_due_date(calendar, rule, kind, iso(c.dokumen_lengkap_pada));
    const Date until = c.dibayar_pada.empty() ? app.today() : iso(c.dibayar_pada);
    const int late = late_working_days(calendar, due, until);
    const Rupiah basis = c.jumlah_disetujui > 0 ? c.jumlah_disetujui : c.manfaat_total;
    view.sla = ClaimSla{
        sla_working_days(rule, kind), c.dokumen_lengkap_pada.substr(0, 10), due, late, late_penalty(rule, basis, late),
        sla_basis(rule, kind)};
  }
  view.kedaluwarsa_pada = claim_expiry(rule, event);
  view.kedaluwarsa = app.today() > view.kedaluwarsa_pada;
  for (auto& ch : s.claims().children(c.id)) {
    auto years = s.claims().scholarship_years(ch.id);
    view.beasiswa_anak.push_back({std::move(ch), std::move(years)});
  }
  return view;
}

std::string worker_name(store::Session& s, std::int64_t id) {
  const auto w = s.registry().worker(id);
  return w ? w->nama : "";
}

void save_claim(App& app, store::Session& s, store::ClaimRecord& c) {
  const auto before = s.claims().claim(c.id);
  try {
    s.claims().update_claim(c);
  } catch (const store::StaleVersion&) {
    throw Conflict("versi_berubah", "Kasus klaim telah diubah orang lain; muat ulang lalu coba lagi", "versi");
  }
  if (!before || before->status != c.status) MessageWriter(app, s).claim_status(c);
}

ClaimView claim_view(App& app, store::Session& s, const store::ClaimRecord& c) {
  return claim_view(app, s, c, worker_name(s, c.pekerja_id));
}

std::string now_iso(App& app) { return app.today().iso(); }

}  // namespace claims_detail

bool ClaimView::all_required_present() const {
  for (const auto& entry : dokumen)
    if (entry.item.wajib && !entry.ada()) return false;
  return true;
}

}  // namespace lindungi::services
