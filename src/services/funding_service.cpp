#include "services/funding_service.hpp"

#include <nlohmann/json.hpp>

#include "core/calendar.hpp"
#include "core/errors.hpp"
#include "core/premium.hpp"
#include "formats/record_json.hpp"
#include "services/billing_service.hpp"
#include "services/checks.hpp"
#include "services/worker_changes.hpp"
#include "services/billing_detail.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/calendar_store.hpp"
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

Funder to_funder(const store::FunderRecord& r) {
  return Funder{r.kode, r.nama, parse_funder_kind(r.jenis).value_or(FunderKind::donatur), r.wilayah, r.pekerjaan};
}

// Many areas in one deployment (issue 16 item 1): the rule is core's can_manage_funder, shared
// with billing. Sungai Penuh never edits APBD Kota Jambi, a city never the province's fund.
void require_funder_area(const Actor& actor, const std::string& wilayah) {
  if (!can_manage_funder(actor, wilayah))
    throw Forbidden("di_luar_wilayah",
                    wilayah.empty() ? std::string{"Sumber dana tanpa wilayah hanya dapat dikelola pemerintah provinsi"}
                                    : "Sumber dana wilayah " + wilayah + " di luar kewenangan Anda",
                    "sumber_dana");
}

// A funder the actor may not see answers as if it did not exist: a refusal names nothing outside
// the actor's scope.
store::FunderRecord visible_funder(const Actor& actor, store::Session& s, const std::string& kode) {
  auto f = s.funding().funder(kode);
  if (!f || !can_see_funder(actor, f->wilayah))
    throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + kode + " tidak ditemukan", "sumber_dana");
  return *f;
}

}  // namespace

store::Page<store::FunderRecord> FundingService::funders(const Actor& actor, int offset, int limit) {
  if ((!actor.can(Permission::manage_funding) && !actor.can(Permission::view_reports)) || actor.role == Role::publik)
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat sumber dana");
  store::Page<store::FunderRecord> out;
  // The store's condition is can_see_funder's (core/access.cpp), so the page and its total agree.
  app_.store().read([&](store::Session& s) { out = s.funding().funders_page(actor.area, offset, limit); });
  return out;
}

store::FunderRecord FundingService::put_funder(const Actor& actor, store::FunderRecord f) {
  require(actor, Permission::manage_funding, "mengelola sumber dana");
  require_cohort(actor, f.kode);
  // A funder left without an area by a city's manager is the city's own, not everyone's.
  if (f.wilayah.empty() && actor.role != Role::pemprov) f.wilayah = actor.area;
  std::vector<FieldError> errors;
  const auto kind = parse_funder_kind(f.jenis);
  if (!kind) errors.push_back({"jenis", "jenis_tidak_dikenal", "Jenis sumber dana '" + f.jenis + "' tidak dikenal"});
  if (f.kode.empty() || f.kode.size() > 64) errors.push_back({"kode", "wajib_diisi", "Kode sumber dana wajib diisi"});
  if (f.nama.empty()) errors.push_back({"nama", "wajib_diisi", "Nama sumber dana wajib diisi"});
  if (kind == FunderKind::dana_kampung_bahagia && level_of_code(f.wilayah) != RegionLevel::rt)
    errors.push_back(
        {"wilayah", "wilayah_tidak_sesuai", "Dana Kampung Bahagia milik satu RT (mis. 15.71.01.1001.007)"});
  if (!f.wilayah.empty() && !level_of_code(f.wilayah))
    errors.push_back({"wilayah", "wilayah_tidak_valid", "Kode wilayah '" + f.wilayah + "' tidak valid"});
  for (const auto& p : f.pekerjaan)
    if (!find_code(occupations(), p))
      errors.push_back({"pekerjaan", "pekerjaan_tidak_dikenal", "Pekerjaan '" + p + "' tidak dikenal"});
  if (kind == FunderKind::apbd_provinsi && f.pekerjaan.empty()) f.pekerjaan = pro_jambi_tangguh_occupations();
  if (!errors.empty()) throw ValidationError(std::move(errors));
  require_funder_area(actor, f.wilayah);
  app_.store().write([&](store::Session& s) {
    const auto before = s.funding().funder(f.kode);
    if (before) require_funder_area(actor, before->wilayah);
    s.funding().put_funder(f);
    nlohmann::json changes = {
        {"nama", {before ? nlohmann::json(before->nama) : nlohmann::json(nullptr), f.nama}},
        {"jenis", {before ? nlohmann::json(before->jenis) : nlohmann::json(nullptr), f.jenis}},
        {"wilayah", {before ? nlohmann::json(before->wilayah) : nlohmann::json(nullptr), f.wilayah}}};
    s.audit().append(
        {0, "", actor.username, before ? "ubah" : "buat", "sumber_dana", f.kode, formats::json_text(changes)});
  });
  return f;
}

void FundingService::set_budget(const Actor& actor, const std::string& kode, int tahun, Rupiah pagu,
                                std::int64_t kuota) {
  require(actor, Permission::manage_funding, "mengelola anggaran");
  std::vector<FieldError> errors;
  if (tahun < 2015 || tahun > 2100) errors.push_back({"tahun", "tahun_tidak_valid", "Tahun anggaran tidak valid"});
  if (pagu < 0) errors.push_back({"pagu", "pagu_tidak_valid", "Pagu tidak boleh negatif"});
  if (kuota < 0) errors.push_back({"kuota", "kuota_tidak_valid", "Kuota tidak boleh negatif"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  app_.store().write([&](store::Session& s) {
    const auto funder = visible_funder(actor, s, kode);  // another area's funder: 404
    require_cohort(actor, kode);
    require_funder_area(actor, funder.wilayah);
    const auto before = s.funding().budget(kode, tahun);
    if (before && pagu < before->terpakai)
      throw Conflict("pagu_di_bawah_terpakai",
                     "Pagu " + format_rupiah(pagu) + " lebih kecil dari yang sudah dialokasikan " +
                         format_rupiah(before->terpakai),
                     "pagu");
    s.funding().put_budget({kode, tahun, pagu, kuota, 0, 0});
    const nlohmann::json changes = {
        {"pagu", {before ? nlohmann::json(before->pagu) : nlohmann::json(nullptr), pagu}},
        {"kuota", {before ? nlohmann::json(before->kuota) : nlohmann::json(nullptr), kuota}}};
    s.audit().append({0, "", actor.username, "anggaran", "sumber_dana", kode + "/" + std::to_string(tahun),
                      formats::json_text(changes)});
  });
}

std::vector<AllocationOutcome> FundingService::allocate(const Actor& actor, const std::vector<std::int64_t>& ids,
                                                        const std::string& funder_code, YearMonth from, int months) {
  require(actor, Permission::manage_funding, "mengalokasikan dana");
  require_cohort(actor, funder_code);
  if (ids.empty() || ids.size() > 5000)
    throw ValidationError("pekerja", "jumlah_tidak_valid", "Pilih 1-5.000 pekerja per alokasi");
  std::vector<AllocationOutcome> out;
  app_.store().write([&](store::Session& s) { out = allocate_in(app_, s, actor, ids, funder_code, from, months); });
  return out;
}

std::vector<AllocationOutcome> FundingService::allocate_by_priority(const Actor& actor,
                                                                    const std::vector<std::int64_t>& ids,
                                                                    YearMonth from, int months) {
  require(actor, Permission::manage_funding, "mengalokasikan dana");
  if (ids.empty() || ids.size() > 5000)
    throw ValidationError("pekerja", "jumlah_tidak_valid", "Pilih 1-5.000 pekerja per alokasi");
  std::vector<AllocationOutcome> out;
  app_.store().write([&](store::Session& s) {
    // The funders this actor may allocate from (the province's operators: their cohort's only).
    std::vector<Funder> funders;
    for (const auto& r : s.funding().funders())
      if (r.aktif && can_see_funder(actor, r.wilayah) && can_manage_funder(actor, r.wilayah) &&
          (actor.cohort.empty() || actor.cohort == r.kode))
        funders.push_back(to_funder(r));
    const ProgrammeRuleTable rules = app_.programme_rule_table(s);
    for (const auto id : ids) {
      AllocationOutcome o;
      o.pekerja_id = id;
      const auto w = s.registry().worker(id);
      if (!w || !can_access_area(actor, w->kode_rt())) {
        o.problems.push_back(
            {"pekerja", "pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan"});
        out.push_back(std::move(o));
        continue;
      }
      o.nama = w->nama;
      std::vector<std::string> order;
      try {
        order = rules.at(w->kode_rt(), from.first_day()).prioritas_dana;
      } catch (const NotFound& e) {  // a month before any programme rule: refused on its own
        o.problems.push_back({"mulai", e.code(), e.what()});
        out.push_back(std::move(o));
        continue;
      }
      const auto candidates = funders_by_priority(funders, order, *w);
      if (candidates.empty())
        o.problems.push_back(
            {"sumber_dana", "tidak_ada_sumber_dana",
             "Tidak ada sumber dana menurut urutan prioritas wilayah ini yang dapat mendanai " + w->nama});
      for (const Funder* f : candidates) {
        auto tried = allocate_in(app_, s, actor, {id}, f->kode, from, months).front();
        if (tried.ok) {
          tried.sumber_dana = f->kode;
          o = std::move(tried);
          o.problems.clear();
          break;
        }
        // Each funder's reasons, named by the funder, for the refusal when none can pay.
        for (auto& p : tried.problems) o.problems.push_back({p.field, p.code, f->nama + ": " + p.message});
      }
      out.push_back(std::move(o));
    }
  });
  return out;
}

std::vector<AllocationOutcome> allocate_in(App& app, store::Session& s, const Actor& actor,
                                           const std::vector<std::int64_t>& ids, const std::string& funder_code,
                                           YearMonth from, int months) {
  std::vector<AllocationOutcome> out;
  {
    const auto record = visible_funder(actor, s, funder_code);
    if (!record.aktif)
      throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + funder_code + " tidak ditemukan", "sumber_dana");
    // Billing's bulk allocation and renewal come through here too: no paying from another area's
    // funds. Named only because the actor may see it (visible_funder answered 404 otherwise).
    if (!can_manage_funder(actor, record.wilayah))
      throw Forbidden("di_luar_wilayah", "Sumber dana " + record.nama + " tidak dapat dialokasikan oleh wilayah Anda",
                      "sumber_dana");
    const Funder funder = to_funder(record);
    auto budget_record = s.funding().budget(funder_code, from.year);
    Budget budget{from.year, budget_record ? budget_record->pagu : 0, budget_record ? budget_record->kuota : 0,
                  budget_record ? budget_record->terpakai : 0, budget_record ? budget_record->pekerja : 0};
    const Rupiah lowest = app.rules().premium_at(from.first_day()).bracket_min;
    for (const auto id : ids) {
      AllocationOutcome o;
      o.pekerja_id = id;
      auto w = s.registry().worker(id);
      if (!w || !can_access_area(actor, w->kode_rt())) {
        o.problems.push_back(
            {"pekerja", "pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan"});
        out.push_back(o);
        continue;
      }
      o.nama = w->nama;
      AllocationRequest req;
      req.worker = &*w;
      req.funder = &funder;
      req.from = from;
      req.months = months;
      const Rupiah basis = premium_income_basis(funder.kind, w->penghasilan, lowest);
      req.per_month =
          premium_for_month(app.rules(), basis, false, from.year, from.month, w->pekerjaan, payer_kind_of(funder.kind))
              .amount;
      bool new_to_funder = true;
      for (const auto& a : s.funding().allocations_of(id)) {
        const YearMonth m{std::stoi(a.bulan.substr(0, 4)), std::stoi(a.bulan.substr(5, 2))};
        req.already_funded.push_back(m);
        if (a.sumber_dana == funder_code && m.year == from.year) new_to_funder = false;
      }
      req.worker_new_to_funder_this_year = new_to_funder;
      // In BPJS's active-member file under a membership that is not the one this programme
      // registered (its KPJ differs or none was recorded): covered elsewhere, never paid twice.
      if (const auto member = s.intake().bpjs_member(w->nik, w->kode_rt()))
        req.covered_elsewhere = member->kpj != w->kpj;
      o.problems = allocation_problems(req, budget);
      if (!o.problems.empty()) {
        out.push_back(o);
        continue;
      }
      for (int i = 0; i < months; ++i) {
        const YearMonth m = from.plus(i);
        // Each month at the rate in force for it (a discount period may start mid-year).
        const Rupiah amount =
            premium_for_month(app.rules(), basis, false, m.year, m.month, w->pekerjaan, payer_kind_of(funder.kind))
                .amount;
        store::AllocationRecord a{0, id, funder_code, m.iso(), amount, 0, ""};
        try {
          s.funding().insert_allocation(a);
        } catch (const store::UniqueViolation&) {
          throw Conflict("sudah_didanai", "Bulan " + a.bulan + " untuk pekerja ini sudah didanai", "bulan");
        }
        o.amount += amount;
      }
      budget.used += o.amount;
      if (new_to_funder) ++budget.workers;
      Worker before = *w;
      if (w->status == "diverifikasi") w->status = "dialokasikan";
      w->sumber_dana = funder_code;
      save_worker(s, *w);
      nlohmann::json changes = formats::worker_changes(&before, *w);
      changes["alokasi"] = {
          nullptr, {{"sumber_dana", funder_code}, {"mulai", from.iso()}, {"bulan", months}, {"iuran", o.amount}}};
      s.audit().append({0, "", actor.username, "alokasi", "pekerja", std::to_string(id), formats::json_text(changes)});
      o.ok = true;
      out.push_back(o);
    }
  }
  return out;
}

std::vector<store::BudgetRecord> FundingService::budgets(const Actor& actor, int tahun) {
  if (!actor.can(Permission::manage_funding) && !actor.can(Permission::view_reports))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat anggaran");
  std::vector<store::BudgetRecord> out;
  // Only the budgets of funders the actor may see (issue 16 item 1), like GET /funders.
  app_.store().read([&](store::Session& s) {
    out = s.funding().budgets(tahun);
    std::erase_if(out, [&](const auto& b) {
      const auto f = s.funding().funder(b.sumber_dana);
      return !f || !can_see_funder(actor, f->wilayah);
    });
  });
  if (!actor.cohort.empty()) std::erase_if(out, [&](const auto& b) { return b.sumber_dana != actor.cohort; });
  return out;
}

LedgerReport FundingService::ledger(const Actor& actor, std::int64_t pekerja_id, std::optional<Date> on) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  LedgerReport r;
  std::vector<store::AllocationRecord> allocations;
  std::optional<Worker> w;
  store::WorkerAnswers answers;
  app_.store().read([&](store::Session& s) {
    w = s.registry().worker(pekerja_id);
    if (w) allocations = s.funding().allocations_of(pekerja_id);
    if (w) answers = answers_of_worker(s, pekerja_id);
  });
  if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
    throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(pekerja_id) + " tidak ditemukan");
  r.worker = *w;
  // Only the months BPJS's answers let us bill have a state (as on the invoice, in arrears and in
  // "covered on D?"); the others are shown apart, with the reason in words.
  std::vector<LedgerMonth> months;
  std::vector<std::pair<LedgerMonth, NotBillable>> apart;
  for (const auto& a : allocations) {
    LedgerMonth m = billing_detail::ledger_month(a);
    if (const NotBillable why = why_not_billable(&answers, m.month); why != NotBillable::none)
      apart.emplace_back(std::move(m), why);
    else
      months.push_back(std::move(m));
  }
  // Due dates move off weekends and holidays (the database's, issue 15), as in every billing view.
  const auto calendar = app_.calendar();
  auto states = ledger_states(app_.rules(), months, app_.today(), calendar.get());
  std::vector<std::pair<MonthView, NotBillable>> all;
  for (auto& v : states) all.emplace_back(std::move(v), NotBillable::none);
  for (auto& [m, why] : apart) all.emplace_back(MonthView{std::move(m), MonthState::unbilled}, why);
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.first.entry.month < b.first.entry.month; });
  for (auto& [v, why] : all) {
    r.months.push_back(std::move(v));
    r.not_billed.push_back(why);
  }
  if (on) r.cover = covered_on(app_.rules(), months, *on, app_.today(), calendar.get());
  return r;
}

}  // namespace lindungi::services
