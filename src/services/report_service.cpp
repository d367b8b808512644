#include "services/report_service.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"
#include "store/accounts_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/report_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

namespace {

// `rules` and `today`: the value protected of the active workers (issue 22 item 3), read from
// pekerja in a statement of its own (see coverage()), unless `value` leaves it out.
CoverageInput load_input(store::Session& s, const std::string& within, bool by_rt, const RuleBook& rules,
                         const Date& today, CoverageValue value = CoverageValue::included) {
  CoverageInput input;
  for (const auto& c : s.registry().status_counts(within, by_rt)) {
    auto& f = input.leaves[c.kode];
    f.workers += c.count;
    if (status_counts_as_verified(c.status)) f.verified += c.count;
    if (status_counts_as_covered(c.status)) f.covered += c.count;
  }
  if (value == CoverageValue::included)
    for (const auto& c : s.reports().covered_incomes(within, by_rt))
      input.leaves[c.kode].protected_value += protected_value(rules, c.penghasilan, today).total() * c.count;
  for (const auto& p : s.registry().potentials())
    if (code_within(p.kode, within) || code_within(within, p.kode))
      input.potentials[p.kode] = {p.potensi, p.peserta_lain};
  return input;
}

}  // namespace

CoverageReport ReportService::public_coverage(RegionLevel level, const std::string& kabkota) {
  if (level == RegionLevel::rt || level == RegionLevel::provinsi)
    throw BadRequest("tingkat_tidak_valid", "Data publik tersedia per kota, kecamatan dan kelurahan", "level");
  if (!kabkota.empty()) {
    if (level_of_code(kabkota) != RegionLevel::kabkota || !app_.regions().find(kabkota))
      throw BadRequest("wilayah_tidak_valid", "Kab/kota '" + kabkota + "' tidak dikenal", "wilayah");
    if (level == RegionLevel::kabkota)
      throw BadRequest("tingkat_tidak_valid", "Pilih tingkat kecamatan atau kelurahan di dalam satu kab/kota", "level");
  }
  CoverageReport report = coverage(Actor::system("publik"), level, kabkota);
  // The kab/kota a citizen may choose: those the deployment serves (with workers, a known
  // potential, or an account working in it: the demo's Kota Sungai Penuh has only its admin so
  // far), not every one of the province's code list.
  if (level == RegionLevel::kabkota) {
    std::set<std::string> served;
    app_.store().read_current([&](store::Session& s) {
      for (const auto& u : s.accounts().users(""))
        if (u.aktif && u.wilayah.size() >= 5) served.insert(kabkota_of(u.wilayah));
    });
    std::erase_if(report.rows, [&](const CoverageRow& r) {
      return r.figures.workers == 0 && r.figures.potential == 0 && !served.contains(r.kode);
    });
  }
  return report;
}

CoverageReport ReportService::coverage(const Actor& actor, RegionLevel level, std::string within, CoverageValue value) {
  if (!actor.can(Permission::view_reports)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat laporan");
  if (within.empty()) within = actor.area;
  if (!within.empty() && !level_of_code(within))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + within + "' tidak valid", "wilayah");
  if (!can_access_area(actor, within))
    throw Forbidden("di_luar_wilayah", "Wilayah " + within + " di luar kewenangan Anda", "wilayah");

  CoverageReport report;
  report.level = level;
  const Date today = app_.today();
  report.protected_basis = protected_value_basis(app_.rules(), today);
  std::vector<std::pair<std::string, std::string>> areas;
  CoverageInput input;
  // read_current, not a snapshot: the counts come from one statement (status_counts), so they add
  // up among themselves (the value protected comes from a second one, covered_incomes: a worker
  // activated between the two moves it a moment before or after its count, as a request a moment
  // later would show); the RTs and the potentials are reference data kept apart from the
  // workers, and nothing ties them to the counts, so reading them a moment later gives the same
  // report a request a moment later would.
  app_.store().read_current([&](store::Session& s) {
    if (level == RegionLevel::rt) {
      for (const auto& rt : s.registry().rts(within)) {
        const Region* kel = app_.regions().find(rt.kode_kelurahan);
        areas.emplace_back(rt.kode, "RT " + rt.kode.substr(rt.kode.size() - 3) + (kel ? " " + kel->nama : ""));
      }
    } else {
      for (const Region* r : app_.regions().at_level(level))
        if (code_within(r->kode, within) ||
            (level_of_code(within) && *level_of_code(within) > level && code_within(within, r->kode)))
          areas.emplace_back(r->kode, r->nama);
    }
    // Within one RT (an RT head's dashboard asks per kecamatan and per kelurahan) the counts are
    // read per RT too: the total is the RT itself, and counts keyed by kelurahan never fall
    // within an RT's code, so its total said 0 beside rows that did not (issue 17 item 4).
    const bool by_rt = level == RegionLevel::rt || level_of_code(within) == RegionLevel::rt;
    input = load_input(s, within, by_rt, app_.rules(), today, value);
  });
  report.rows = roll_up_coverage(input, areas);
  // The whole deployment below the kab/kota level: only the kab/kota it serves (with workers or a
  // potential workforce), not every kecamatan of the province's code list. Kota Jambi's demo then
  // lists its 11 kecamatan (DESIGN.md §5), and a kab/kota joins the lists with its first data.
  if (within.empty() && level != RegionLevel::kabkota && level != RegionLevel::provinsi) {
    std::set<std::string> served;
    for (const auto& row : report.rows)
      if (row.figures.workers > 0 || row.figures.potential > 0) served.insert(kabkota_of(row.kode));
    std::erase_if(report.rows, [&](const CoverageRow& row) { return !served.contains(kabkota_of(row.kode)); });
    std::erase_if(areas, [&](const auto& a) { return !served.contains(kabkota_of(a.first)); });
  }

  // The total is the area asked about (its own potential entry counts if it has one), or for
  // the whole deployment the sum of the rows, named after their common ancestor.
  if (!within.empty()) {
    const Region* r = app_.regions().find(within);
    report.total = roll_up_coverage(input, {{within, r ? r->nama : "RT " + within}}).front();
  } else {
    std::string common = areas.empty() ? "" : parent_code(areas.front().first);
    for (const auto& a : areas)
      while (!common.empty() && !code_within(a.first, common)) common = parent_code(common);
    const Region* r = app_.regions().find(common);
    report.total = {common, r ? r->nama : "Semua wilayah", {}};
    bool potential_unknown = false;
    for (const auto& row : report.rows) {
      report.total.figures += row.figures;
      potential_unknown = potential_unknown || (row.figures.workers > 0 && row.figures.potential == 0);
    }
    // Many areas in one deployment (issue 8 item 3): one kab/kota without a potential makes the
    // sum's percentage meaningless, so the total's potential is unknown too.
    if (potential_unknown) report.total.figures.potential = 0;
  }
  return report;
}

std::vector<CoverageRow> ReportService::region_tree_counts(const Actor& actor) {
  if (!actor.can(Permission::view_reports) && !actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat data wilayah");
  std::vector<std::pair<std::string, std::string>> areas;
  for (RegionLevel level :
       {RegionLevel::provinsi, RegionLevel::kabkota, RegionLevel::kecamatan, RegionLevel::kelurahan})
    for (const Region* r : app_.regions().at_level(level))
      if (code_within(r->kode, actor.area) || code_within(actor.area, r->kode)) areas.emplace_back(r->kode, r->nama);
  CoverageInput input;
  app_.store().read_current([&](store::Session& s) {  // as coverage()
    input = load_input(s, actor.area, false, app_.rules(), app_.today());
  });
  return roll_up_coverage(input, areas);
}

CoverageTrend ReportService::coverage_trend(const Actor& actor, std::string within, int months) {
  if (months < 1 || months > 36)
    throw BadRequest("parameter_tidak_valid", "Parameter 'bulan' harus angka 1-36", "bulan");
  // The coverage report checks permission and area, and gives the area's potential exactly as
  // the coverage screen shows it.
  const CoverageReport report = coverage(actor, RegionLevel::kecamatan, within);
  if (within.empty()) within = actor.area;
  const auto list = months_up_to(app_.today(), months);
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> funded;
  app_.store().read([&](store::Session& s) {
    for (const auto& m : s.funding().monthly_funded(within, list.front(), list.back()))
      funded[m.bulan] = {m.dialokasikan, m.lunas};
  });
  return {report.total, lindungi::coverage_trend(list, funded, report.total.figures)};
}

FunnelReport ReportService::funnel(const Actor& actor, RegionLevel level, std::string within, std::string kategori) {
  if (!kategori.empty()) {
    const auto code = find_code(categories(), kategori);
    if (!code)
      throw BadRequest("kategori_tidak_dikenal",
                       "Kategori '" + kategori + "' tidak dikenal (pekerja_rentan, petugas_keagamaan, ketua_rt)",
                       "kategori");
    kategori = std::string{*code};
  }
  // The coverage report checks permission and area, lists the areas and rolls the potential
  // workforce and the members through other routes up exactly as the coverage screen shows them.
  const CoverageReport coverage_report = coverage(actor, level, within);
  if (within.empty()) within = actor.area;
  const bool by_rt = level == RegionLevel::rt || level_of_code(within) == RegionLevel::rt;
  std::map<std::string, FunnelLeaf> leaves;
  // A snapshot: the drops' reasons come from two statements and must add up to the drops.
  app_.store().read([&](store::Session& s) {
    // Every category from the summaries; one category from the workers themselves.
    const auto statuses = kategori.empty() ? s.registry().status_counts(within, by_rt)
                                           : s.reports().category_status_counts(within, by_rt, kategori);
    for (const auto& c : statuses) leaves[c.kode].status[c.status] += c.count;
    for (const auto& c : s.reports().funnel_counts(within, by_rt, kategori)) {
      auto& leaf = leaves[c.kode];
      if (c.status == "dugaan_duplikat") leaf.suspected_duplicate += c.count;
      if (c.status == "digabung") leaf.merged += c.count;
      if (c.status == "kartu_diserahkan") leaf.card_handed += c.count;
      if (c.status == "kartu_dicetak") leaf.card_printed += c.count;
    }
  });
  FunnelReport report;
  report.level = level;
  report.kategori = kategori;
  FunnelLeaf total;
  for (const auto& row : coverage_report.rows) {
    const FunnelLeaf leaf = funnel_within(leaves, row.kode);
    total += leaf;
    report.rows.push_back({row.kode, row.nama, funnel_steps(leaf, row.figures, kategori)});
  }
  // The area itself: its own workers (all of them, also those outside the listed rows' codes,
  // as the coverage report's total counts them), with its potential as the coverage total has it.
  const FunnelLeaf area = within.empty() ? total : funnel_within(leaves, within);
  report.total = {coverage_report.total.kode, coverage_report.total.nama,
                  funnel_steps(area, coverage_report.total.figures, kategori)};
  return report;
}

}  // namespace lindungi::services
