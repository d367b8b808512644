#include "services/planner_service.hpp"

#include <cstdio>
#include <map>
#include <string_view>
#include <unordered_set>

#include "core/errors.hpp"
#include "core/programme_rules.hpp"
#include "core/region.hpp"
#include "services/report_service.hpp"
#include "store/funding_store.hpp"
#include "store/report_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

std::string PlanReport::rt_name(const PlanWorker& w) const {
  char number[16];
  std::snprintf(number, sizeof number, "RT %03d", w.rt);
  const auto kel = kelurahan.find(w.kode_kelurahan);
  return kel == kelurahan.end() ? number : number + (", Kelurahan " + kel->second);
}

PlanReport PlannerService::plan(const Actor& actor, PlanRequest req) {
  const Date today = app_.today();
  if (req.year == 0) req.year = today.year + 1;
  // The coverage report checks the permission and the area, and rolls the potential workforce and
  // the members through other routes up as the dashboard shows them; the value protected, which
  // the plan does not show, is left out (its sum over every active worker was 0.7 s of CPU over a
  // million workers).
  const CoverageReport coverage =
      ReportService(app_).coverage(actor, RegionLevel::kecamatan, req.within, CoverageValue::left_out);
  const std::string within = req.within.empty() ? actor.area : req.within;

  PlanReport report;
  report.kode = coverage.total.kode;
  report.nama = coverage.total.nama;
  report.target = req.target;
  report.percent = req.percent;
  report.potential = coverage.total.figures.potential;
  report.covered_other = coverage.total.figures.covered_other;
  report.what_if = req.what_if;

  PlanInput in;
  in.target = req.target;
  in.percent = req.percent;
  in.year = req.year;
  in.today = today;
  in.area = within;
  in.potential = report.potential;
  in.covered_other = report.covered_other;
  in.what_if = req.what_if;
  // A snapshot: the workers to cover, those funded and the funders' budgets must agree.
  app_.store().read([&](store::Session& s) {
    store::PlanRows rows = s.reports().plan_workers(within);
    in.uncovered = std::move(rows.uncovered);
    in.covered = std::move(rows.covered);
    // The programme's rules in force on 1 January of the year, for the area and for each kab/kota
    // its workers live in (issue 22 item 4): eligibility and the funders' order differ by kab/kota.
    const Date year_start{req.year, 1, 1};
    const ProgrammeRuleTable table = app_.programme_rule_table(s);
    in.area_rules = table.at(within, year_start);
    auto add_rules = [&](const std::string& kelurahan) {
      const std::string kab = kabkota_of(kelurahan);
      if (!kab.empty() && !in.kabkota_rules.contains(kab)) in.kabkota_rules.emplace(kab, table.at(kab, year_start));
    };
    std::string last;
    for (const auto& w : in.uncovered)
      if (w.kode_kelurahan != last) add_rules(last = w.kode_kelurahan);
    for (const auto& c : in.covered)
      if (c.kode_kelurahan != last) add_rules(last = c.kode_kelurahan);
    // Each funder's budget of the year, else its latest of the years since last year (taken as
    // continued: a budget not yet set for next year is last year's).
    std::map<std::string, store::BudgetRecord> budget;
    for (int y = req.year; y >= today.year - 1 && y >= req.year - 3; --y)
      for (const auto& b : s.funding().budgets(y)) budget.try_emplace(b.sumber_dana, b);
    for (const auto& f : s.funding().funders()) {
      if (!f.aktif) continue;
      // The funders that may pay for someone in the area: serving it, above it or within it.
      if (!within.empty() && !f.wilayah.empty() && !code_within(within, f.wilayah) && !code_within(f.wilayah, within))
        continue;
      PlanFunder pf;
      pf.funder =
          Funder{f.kode, f.nama, parse_funder_kind(f.jenis).value_or(FunderKind::donatur), f.wilayah, f.pekerjaan};
      if (const auto it = budget.find(f.kode); it != budget.end()) {
        pf.pagu = it->second.pagu;
        pf.kuota = it->second.kuota;
        pf.budget_set = true;
      }
      in.funders.push_back(std::move(pf));
    }
  });
  // The national rules (premiums) through App; the core keeps the workers, the report owns them
  // for the ranking's indexes.
  report.result = plan_coverage(app_.rules(), in);
  report.workers = std::move(in.uncovered);
  // Each kelurahan named once (a set of views: hundreds of thousands of workers, thousands of
  // kelurahan).
  std::unordered_set<std::string_view> named;
  for (const PlanWorker& w : report.workers)
    if (named.insert(w.kode_kelurahan).second) {
      const Region* kel = app_.regions().find(w.kode_kelurahan);
      report.kelurahan.emplace(w.kode_kelurahan, kel ? kel->nama : w.kode_kelurahan);
    }
  return report;
}

}  // namespace lindungi::services
