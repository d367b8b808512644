#include "core/planner.hpp"

#include <algorithm>
#include <deque>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/premium.hpp"
#include "core/region.hpp"

namespace lindungi {

int occupation_risk(std::string_view p) {
  // Work on the road or the water, and casual labour, first: the accidents JKK pays for happen
  // there (a policy choice of the planner, documented in docs/PLANNER.md, not a regulation).
  if (p == "ojek_online" || p == "ojek_pangkalan" || p == "sopir_angkot" || p == "nelayan") return 40;
  if (p == "buruh_harian" || p == "tukang_bangunan" || p == "tukang_parkir") return 35;
  if (p == "becak" || p == "kusir_delman") return 30;
  if (p == "petani" || p == "pemandi_jenazah") return 25;
  if (p == "pedagang_umkm" || p == "seniman_budayawan") return 20;
  return 15;
}

VulnerabilityScore vulnerability_score(const PlanWorker& w, Rupiah ceiling) {
  VulnerabilityScore s;
  s.occupation = occupation_risk(w.pekerjaan);
  if (ceiling > 0 && w.penghasilan < ceiling)
    s.income = static_cast<int>(40 * (ceiling - std::max<Rupiah>(w.penghasilan, 0)) / ceiling);
  s.dependants = 5 * std::clamp(w.tanggungan, 0, 4);
  return s;
}

std::string plan_exclusion_label(PlanExclusion reason) {
  switch (reason) {
    case PlanExclusion::income_above_ceiling:
      return "Penghasilan di atas batas program";
    case PlanExclusion::age_outside_limits:
      return "Usia di luar batas program";
    case PlanExclusion::none:
      break;
  }
  return "";
}

PlanExclusion plan_exclusion(const PlanWorker& w, const ProgrammeRule& programme, const Date& year_start) {
  if (programme.income_ceiling > 0 && w.penghasilan > programme.income_ceiling)
    return PlanExclusion::income_above_ceiling;
  if (w.tanggal_lahir) {
    // Age on the first day of the year, in whole years.
    const Date& b = *w.tanggal_lahir;
    int age = year_start.year - b.year;
    if (std::tie(year_start.month, year_start.day) < std::tie(b.month, b.day)) --age;
    if (age < programme.min_age || age > programme.max_age) return PlanExclusion::age_outside_limits;
  }
  return PlanExclusion::none;
}

namespace {

struct Slot {
  PlanFunderLine line;
  const Funder* funder = nullptr;
  std::vector<std::string> occupations;  // the funder's, widened by the what-if for the province
  Rupiah room = 0;                       // budget left for the year
  std::int64_t quota_left = 0;           // 0 with has_quota false: none
  bool has_quota = false;
};

// Where a worker lives: the kelurahan's code, the RT's number, and the slot of that RT's fund
// (npos: none), so that no RT code is built per worker.
struct Place {
  std::string_view kelurahan;
  int rt = 0;
  std::size_t rt_fund = std::string_view::npos;
};

// Whether the RT lies within `area` (an RT code, or a region at or above the kelurahan).
bool rt_within(const Place& at, std::string_view area) {
  if (area.size() <= at.kelurahan.size()) return code_within(at.kelurahan, area);
  return area == rt_code(at.kelurahan, at.rt);
}

bool may_fund(const Funder& f, const std::vector<std::string>& occupations, const Place& at,
              std::string_view pekerjaan) {
  if (!occupations.empty() && std::find(occupations.begin(), occupations.end(), pekerjaan) == occupations.end())
    return false;
  return f.area.empty() || rt_within(at, f.area);
}

// The premium cache is looked up with a string_view occupation, not a new string per worker:
// both sides compared as views (libstdc++ 12 under clang has no < between a tuple holding a
// string and one holding a string_view, so std::less<> does not build in the sanitizer tree).
struct PremiumKeyLess {
  using is_transparent = void;
  static std::tuple<PayerKind, std::string_view, Rupiah> view(const auto& k) {
    return {std::get<0>(k), std::get<1>(k), std::get<2>(k)};
  }
  bool operator()(const auto& a, const auto& b) const { return view(a) < view(b); }
};

}  // namespace

PlanResult plan_coverage(const RuleBook& rules, const PlanInput& in) {
  if (in.year < in.today.year)
    throw ValidationError({{"tahun", "tahun_lampau",
                            "Rencana hanya untuk tahun berjalan atau tahun mendatang (" +
                                std::to_string(in.today.year) + " atau sesudahnya)"}});
  if (in.target == PlanTargetKind::percent_of_potential && (in.percent < 1 || in.percent > 100))
    throw ValidationError({{"target", "target_tidak_valid", "Target cakupan 1 sampai 100 persen"}});
  const Date year_start{in.year, 1, 1};
  // Each kab/kota's rules as the plan reads them: eligibility, and the order as funder kinds.
  struct KabKotaRules {
    ProgrammeRule programme;
    std::vector<FunderKind> order;
  };
  auto compile = [](const ProgrammeRuleSet& set) {
    KabKotaRules k{set.programme(), {}};
    for (const auto& kind : set.prioritas_dana.empty() ? default_funder_priority() : set.prioritas_dana)
      if (const auto parsed = parse_funder_kind(kind)) k.order.push_back(*parsed);
    return k;
  };
  const KabKotaRules area_rules = compile(in.area_rules);
  std::map<std::string, KabKotaRules, std::less<>> kabkota_rules;
  for (const auto& [kode, set] : in.kabkota_rules) kabkota_rules.emplace(kode, compile(set));
  // The rules of a kelurahan's kab/kota (the kab/kota code is the kelurahan code's first part).
  auto rules_of = [&](std::string_view kelurahan) -> const KabKotaRules& {
    const auto it = kabkota_rules.find(kelurahan.substr(0, kelurahan.find('.', 3)));
    return it == kabkota_rules.end() ? area_rules : it->second;
  };
  const Rupiah lowest = rules.premium_at(year_start).bracket_min;

  PlanResult out;
  out.year = in.year;
  out.first_month = in.year == in.today.year ? YearMonth::of(in.today).plus(1) : YearMonth{in.year, 1};
  const bool no_month_left = out.first_month.year != in.year;  // December of the current year

  // A worker's premiums by payer, occupation and income basis, computed once per distinct triple
  // for the twelve months: `from[m]` is the sum of months m..12 (1-based; from[13] = 0), so a
  // worker joining in month m costs from[m] and month m alone costs from[m] - from[m + 1]. With
  // a million workers the distinct triples are a handful: one lookup per worker, not twelve.
  using Premiums = std::array<Rupiah, 14>;
  std::map<std::tuple<PayerKind, std::string, Rupiah>, Premiums, PremiumKeyLess> premium_cache;
  auto premiums = [&](FunderKind kind, std::string_view pekerjaan, Rupiah declared) -> const Premiums& {
    const Rupiah basis = premium_income_basis(kind, std::max(declared, lowest), lowest);
    const PayerKind payer = payer_kind_of(kind);
    // The discount depends on the occupation only for payers outside APBD/APBN.
    const std::string_view occ = payer == PayerKind::apbd ? std::string_view{} : pekerjaan;
    auto it = premium_cache.find(std::make_tuple(payer, occ, basis));
    if (it == premium_cache.end()) {
      Premiums from{};
      for (int m = 12; m >= 1; --m)
        from[static_cast<std::size_t>(m)] =
            from[static_cast<std::size_t>(m + 1)] +
            premium_for_month(rules, basis, false, in.year, m, std::string{occ}, payer).amount;
      it = premium_cache.emplace(std::make_tuple(payer, std::string{occ}, basis), from).first;
    }
    return it->second;
  };
  {
    const Premiums& p = premiums(FunderKind::apbd_kota, "", lowest);
    out.premium_per_month = p[1] - p[2];
  }

  // The funders, what-if changes applied, in slots keyed by code.
  // A deque: the slots point into it, and the RT funds of the what-if add to it.
  std::deque<Funder> funders;
  std::vector<Slot> slots;
  std::unordered_map<std::string, std::size_t> slot_of;
  auto add_slot = [&](const Funder& f, Rupiah pagu, std::int64_t kuota) {
    funders.push_back(f);
    Slot s;
    s.funder = &funders.back();
    s.line.sumber_dana = f.kode;
    s.line.nama = f.nama;
    s.line.kind = f.kind;
    const auto extra = in.what_if.extra_budget.find(f.kode);
    s.line.anggaran = pagu + (extra == in.what_if.extra_budget.end() ? 0 : extra->second);
    s.room = s.line.anggaran;
    s.has_quota = kuota > 0;
    s.quota_left = kuota;
    // A raised budget raises a quota with it, by the workers it pays for a whole year.
    if (s.has_quota && extra != in.what_if.extra_budget.end() && out.premium_per_month > 0)
      s.quota_left += extra->second / (12 * out.premium_per_month);
    s.occupations = f.occupations;
    // The province's cohort widened by the what-if: its occupations, its quota lifted for them.
    if (f.kind == FunderKind::apbd_provinsi && !s.occupations.empty())
      s.occupations.insert(s.occupations.end(), in.what_if.to_province.begin(), in.what_if.to_province.end());
    slot_of[f.kode] = slots.size();
    slots.push_back(std::move(s));
  };
  for (const PlanFunder& pf : in.funders) {
    if (pf.funder.kind == FunderKind::mandiri || pf.funder.kind == FunderKind::donatur) continue;
    add_slot(pf.funder, pf.pagu, pf.kuota);
  }
  const std::vector<std::string>& province_extra = in.what_if.to_province;
  auto moved = [&](std::string_view p) {
    return std::find(province_extra.begin(), province_extra.end(), p) != province_extra.end();
  };

  // RT funds asked for by the what-if: every RT with workers gets one (an existing fund keeps the
  // larger of its budget and the amount).
  if (in.what_if.rt_fund) {
    std::vector<std::string> rts;
    for (const auto& w : in.uncovered) rts.push_back(rt_code(w.kode_kelurahan, w.rt));
    for (const auto& c : in.covered) rts.push_back(rt_code(c.kode_kelurahan, c.rt));
    std::sort(rts.begin(), rts.end());
    rts.erase(std::unique(rts.begin(), rts.end()), rts.end());
    for (const auto& rt : rts) {
      const std::string code = "dana_kampung_bahagia:" + rt;
      const auto it = slot_of.find(code);
      if (it != slot_of.end()) {
        Slot& s = slots[it->second];
        if (s.line.anggaran < *in.what_if.rt_fund) {
          s.room += *in.what_if.rt_fund - s.line.anggaran;
          s.line.anggaran = *in.what_if.rt_fund;
        }
        continue;
      }
      add_slot(Funder{code, "Dana Kampung Bahagia RT " + rt, FunderKind::dana_kampung_bahagia, rt, {}},
               *in.what_if.rt_fund, 0);
    }
  }
  // The slot of the workers no funder may pay for.
  auto none_slot = [&]() -> Slot& {
    const auto it = slot_of.find("");
    if (it != slot_of.end()) return slots[it->second];
    Slot s;
    s.line.nama = "Belum ada sumber dana yang dapat membiayai";
    slot_of[""] = slots.size();
    slots.push_back(std::move(s));
    return slots.back();
  };
  // Funder slots per kind, for the priority walk; RT funds found by RT.
  std::map<FunderKind, std::vector<std::size_t>> by_kind;
  std::unordered_map<std::string, std::size_t> rt_fund_of;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (!slots[i].funder) continue;
    by_kind[slots[i].funder->kind].push_back(i);
    if (slots[i].funder->kind == FunderKind::dana_kampung_bahagia) rt_fund_of[slots[i].funder->area] = i;
  }

  auto charge = [&](Slot& s, FunderKind kind, std::string_view pekerjaan, Rupiah declared, int from_month,
                    std::int64_t count) {
    const Premiums& p = premiums(kind, pekerjaan, declared);
    Rupiah sum = 0;
    for (int m = from_month; m <= 12; ++m) {
      const auto i = static_cast<std::size_t>(m);
      const Rupiah a = (p[i] - p[i + 1]) * count;
      s.line.bulanan[i - 1] += a;
      sum += a;
    }
    s.line.iuran += sum;
    s.room -= sum;
    if (s.has_quota) s.quota_left -= count;
    s.line.pekerja += count;
    return sum;
  };
  // The slot that pays for one new worker from `from_month`, by priority; none_slot when none may.
  // Called once per worker: no allocation on its path (a million workers, issue 22's bench).
  auto pick = [&](const Place& at, const std::vector<FunderKind>& priority, std::string_view pekerjaan, Rupiah declared,
                  int from_month) -> Slot& {
    auto fits = [&](Slot& s, FunderKind kind) {
      const bool widened = kind == FunderKind::apbd_provinsi && moved(pekerjaan);
      if (!may_fund(*s.funder, s.occupations, at, pekerjaan)) return false;
      if (s.has_quota && s.quota_left < 1 && !widened) return false;
      return widened || s.room >= premiums(kind, pekerjaan, declared)[static_cast<std::size_t>(from_month)];
    };
    for (const FunderKind kind : priority) {
      if (kind == FunderKind::dana_kampung_bahagia) {
        if (at.rt_fund != std::string_view::npos && fits(slots[at.rt_fund], kind)) return slots[at.rt_fund];
      } else if (const auto it = by_kind.find(kind); it != by_kind.end()) {
        for (const std::size_t i : it->second)
          if (fits(slots[i], kind)) return slots[i];
      }
    }
    // None can: the city or regency serving the worker, beyond its budget (the shortfall).
    if (const auto it = by_kind.find(FunderKind::apbd_kota); it != by_kind.end())
      for (const std::size_t i : it->second)
        if (may_fund(*slots[i].funder, slots[i].occupations, at, pekerjaan)) return slots[i];
    return none_slot();
  };

  // Continuing workers: twelve months each, with the funder that pays today.
  std::int64_t active = 0;
  for (const PlanCovered& c : in.covered) {
    active += c.count;
    const std::string kode_rt = rt_code(c.kode_kelurahan, c.rt);
    const std::string code =
        c.sumber_dana == "dana_kampung_bahagia" ? "dana_kampung_bahagia:" + kode_rt : c.sumber_dana;
    const auto it = slot_of.find(code);
    const auto fund = rt_fund_of.find(kode_rt);
    const Place at{c.kode_kelurahan, c.rt, fund == rt_fund_of.end() ? std::string_view::npos : fund->second};
    Slot& s =
        it != slot_of.end() ? slots[it->second] : pick(at, rules_of(c.kode_kelurahan).order, c.pekerjaan, lowest, 1);
    const FunderKind kind = s.funder ? s.funder->kind : FunderKind::apbd_kota;
    charge(s, kind, c.pekerjaan, lowest, 1, c.count);
    s.line.pekerja_lanjutan += c.count;
  }
  out.covered_now = in.covered_other + active;

  // The eligible uncovered workers, scored, in compact keys that carry everything the plan and
  // the ranking read of a worker (a million records, scattered in memory: after one pass in
  // their order nothing reads them again until the answer is written). Kelurahan and
  // occupations are numbered as first met.
  std::map<PlanExclusion, std::int64_t> excluded;
  std::unordered_map<std::string_view, std::uint32_t> kel_of;
  std::vector<std::string_view> kels;
  std::vector<const KabKotaRules*> kel_rules;  // by kelurahan number
  std::vector<std::string_view> occs;
  struct Key {
    int score;  // negated: the most vulnerable sort first
    Rupiah income;
    std::int64_t id;
    std::uint32_t index;  // into in.uncovered
    std::uint32_t kel;    // into kels
    std::int32_t rt;
    std::uint16_t occ;                                 // into occs
    std::uint8_t occupation, income_part, dependants;  // the score's parts
  };
  std::vector<Key> keys;
  keys.reserve(in.uncovered.size());
  std::string_view last_kel;
  std::uint32_t last_kel_id = 0;
  for (std::size_t i = 0; i < in.uncovered.size(); ++i) {
    const PlanWorker& w = in.uncovered[i];
    if (kels.empty() || w.kode_kelurahan != last_kel) {
      const auto [it, added] = kel_of.try_emplace(w.kode_kelurahan, static_cast<std::uint32_t>(kels.size()));
      if (added) {
        kels.push_back(w.kode_kelurahan);
        kel_rules.push_back(&rules_of(w.kode_kelurahan));
      }
      last_kel = w.kode_kelurahan;
      last_kel_id = it->second;
    }
    const ProgrammeRule& programme = kel_rules[last_kel_id]->programme;
    const PlanExclusion why = plan_exclusion(w, programme, year_start);
    if (why != PlanExclusion::none) {
      ++excluded[why];
      continue;
    }
    std::size_t occ = 0;
    while (occ < occs.size() && occs[occ] != w.pekerjaan) ++occ;
    if (occ == occs.size()) occs.push_back(w.pekerjaan);
    const VulnerabilityScore score = vulnerability_score(w, programme.income_ceiling);
    keys.push_back({-score.total(), w.penghasilan, w.id, static_cast<std::uint32_t>(i), last_kel_id, w.rt,
                    static_cast<std::uint16_t>(occ), static_cast<std::uint8_t>(score.occupation),
                    static_cast<std::uint8_t>(score.income), static_cast<std::uint8_t>(score.dependants)});
  }
  for (const auto& [why, n] : excluded) out.excluded.push_back({why, n});
  out.uncovered_on_record = static_cast<std::int64_t>(keys.size());
  // Most vulnerable first; then lower income, then the older record.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.score, a.income, a.id) < std::tie(b.score, b.income, b.id);
  });
  // Each RT's fund, by (kelurahan number, RT): found per worker without building its code.
  auto rt_key = [](std::uint32_t kel, std::int32_t rt) {
    return (std::uint64_t{kel} << 32) | static_cast<std::uint32_t>(rt);
  };
  std::unordered_map<std::uint64_t, std::size_t> rt_fund_at;
  for (const auto& [kode_rt, slot] : rt_fund_of) {
    const auto kel = kel_of.find(parent_code(kode_rt));
    const auto number = level_of_code(kode_rt) == RegionLevel::rt
                            ? std::optional<int>{std::stoi(kode_rt.substr(kode_rt.rfind('.') + 1))}
                            : std::nullopt;
    if (kel != kel_of.end() && number) rt_fund_at[rt_key(kel->second, *number)] = slot;
  }

  // How many to cover in the year.
  std::int64_t wanted = 0;
  if (in.target == PlanTargetKind::all_on_record) {
    out.target_count = out.covered_now + out.uncovered_on_record;
    wanted = out.uncovered_on_record;
  } else {
    out.target_count = (in.potential * in.percent + 99) / 100;  // rounded up: at least the share
    wanted = std::max<std::int64_t>(0, out.target_count - out.covered_now);
  }
  if (no_month_left) wanted = 0;
  out.to_cover_on_record = std::min(wanted, out.uncovered_on_record);
  out.to_cover_unrecorded = wanted - out.to_cover_on_record;
  out.to_cover = wanted;

  // New workers join evenly over the months left, most vulnerable first, those not yet on record
  // last (they must be recorded and verified first).
  const int months_left = no_month_left ? 0 : 12 - out.first_month.month + 1;
  auto start_month = [&](std::int64_t order) {
    return out.first_month.month + static_cast<int>(order * months_left / std::max<std::int64_t>(wanted, 1));
  };
  std::array<std::int64_t, 12> joined{};
  // Per planned worker (by position in keys): its funder's slot and first month.
  std::vector<std::pair<std::uint32_t, std::uint8_t>> planned(static_cast<std::size_t>(out.to_cover_on_record));
  for (std::int64_t k = 0; k < out.to_cover_on_record; ++k) {
    const Key& w = keys[static_cast<std::size_t>(k)];
    const int from = start_month(k);
    const auto fund = rt_fund_at.find(rt_key(w.kel, w.rt));
    const Place at{kels[w.kel], w.rt, fund == rt_fund_at.end() ? std::string_view::npos : fund->second};
    Slot& s = pick(at, kel_rules[w.kel]->order, occs[w.occ], w.income, from);
    charge(s, s.funder ? s.funder->kind : FunderKind::apbd_kota, occs[w.occ], w.income, from, 1);
    ++s.line.pekerja_baru;
    planned[static_cast<std::size_t>(k)] = {static_cast<std::uint32_t>(&s - slots.data()),
                                            static_cast<std::uint8_t>(from)};
    ++joined[static_cast<std::size_t>(from - 1)];
  }
  // Not yet on record: unknown RT and occupation, so the city or regency of the area pays (an
  // apbd_kota funder serving it), in groups by start month.
  if (out.to_cover_unrecorded > 0) {
    Slot* payer = nullptr;
    if (const auto it = by_kind.find(FunderKind::apbd_kota); it != by_kind.end())
      for (const std::size_t i : it->second) {
        const Funder& f = *slots[i].funder;
        if (f.occupations.empty() &&
            (f.area.empty() || in.area.empty() || code_within(in.area, f.area) || code_within(f.area, in.area))) {
          payer = &slots[i];
          break;
        }
      }
    if (!payer) payer = &none_slot();
    const FunderKind kind = payer->funder ? payer->funder->kind : FunderKind::apbd_kota;
    std::array<std::int64_t, 12> group{};
    for (std::int64_t k = out.to_cover_on_record; k < wanted; ++k)
      ++group[static_cast<std::size_t>(start_month(k) - 1)];
    for (int m = 1; m <= 12; ++m) {
      const std::int64_t n = group[static_cast<std::size_t>(m - 1)];
      if (n == 0) continue;
      charge(*payer, kind, "", lowest, m, n);
      payer->line.pekerja_baru += n;
      payer->line.pekerja_belum_terdata += n;
      joined[static_cast<std::size_t>(m - 1)] += n;
    }
  }

  // The lines that pay anything (or have a budget to show), in priority order then by name.
  for (Slot& s : slots) {
    s.line.kekurangan = std::max<Rupiah>(0, s.line.iuran - s.line.anggaran);
    if (s.line.pekerja == 0) continue;
    out.total_iuran += s.line.iuran;
    out.lines.push_back(std::move(s.line));
  }
  const std::vector<FunderKind>& priority = area_rules.order;
  auto rank_of = [&](const PlanFunderLine& l) {
    if (!l.kind) return static_cast<int>(priority.size()) + 1;
    const auto it = std::find(priority.begin(), priority.end(), *l.kind);
    return static_cast<int>(it - priority.begin());
  };
  std::stable_sort(out.lines.begin(), out.lines.end(), [&](const PlanFunderLine& a, const PlanFunderLine& b) {
    return std::make_tuple(rank_of(a), a.nama) < std::make_tuple(rank_of(b), b.nama);
  });

  // The path month by month.
  std::int64_t covered = out.covered_now;
  for (int m = 1; m <= 12; ++m) {
    PlanMonth pm{YearMonth{in.year, m}, 0, 0};
    covered += joined[static_cast<std::size_t>(m - 1)];
    pm.tercakup = covered;
    for (const PlanFunderLine& l : out.lines) pm.iuran += l.bulanan[static_cast<std::size_t>(m - 1)];
    out.months.push_back(pm);
  }

  // The ranking per RT: by RT code, then rank. The kelurahan are renumbered in the order of their
  // codes, so that sorting by the integer (kelurahan, RT), stable, groups the workers by RT code
  // and keeps each RT's rank order.
  {
    std::vector<std::uint32_t> kel_rank(kels.size());
    std::vector<std::uint32_t> by_code(kels.size());
    std::iota(by_code.begin(), by_code.end(), 0u);
    std::sort(by_code.begin(), by_code.end(), [&](std::uint32_t a, std::uint32_t b) { return kels[a] < kels[b]; });
    for (std::size_t k = 0; k < by_code.size(); ++k) kel_rank[by_code[k]] = static_cast<std::uint32_t>(k);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(keys.size());  // (RT, position in keys)
    for (std::size_t k = 0; k < keys.size(); ++k)
      order[k] = {rt_key(kel_rank[keys[k].kel], keys[k].rt), static_cast<std::uint32_t>(k)};
    std::sort(order.begin(), order.end());
    out.ranking.resize(keys.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::uint32_t at = order[k].second;
      const Key& w = keys[at];
      RankedWorker& r = out.ranking[k];
      r.index = w.index;
      r.score = {w.occupation, w.income_part, w.dependants};
      r.rank_in_rt = k > 0 && order[k - 1].first == order[k].first ? out.ranking[k - 1].rank_in_rt + 1 : 1;
      if (at < planned.size()) {
        r.planned = true;
        // The lines have left their slots by now: the funder's code ("" for the line of none).
        const Slot& slot = slots[planned[at].first];
        r.sumber_dana = slot.funder ? slot.funder->kode : std::string{};
        r.mulai = YearMonth{in.year, planned[at].second};
      }
    }
  }
  return out;
}

bool plan_funded(std::string_view status) {
  return status == "aktif" || status == "dialokasikan" || status == "didaftarkan";
}

bool plan_to_cover(std::string_view status) {
  return status == "didata" || status == "diverifikasi" || status == "ditolak_bpjs";
}

}  // namespace lindungi
