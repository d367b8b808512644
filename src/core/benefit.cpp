#include "core/benefit.hpp"

#include "core/errors.hpp"
#include "core/premium.hpp"

namespace lindungi {

namespace {

BenefitQuote finish(BenefitQuote q) {
  for (const auto& l : q.lines) q.total += l.amount;
  return q;
}

std::string times(int n, Rupiah upah) { return std::to_string(n) + " x " + format_rupiah(upah); }

}  // namespace

Rupiah bpu_upah(const RuleBook& rules, Rupiah income, const Date& on) {
  // The same bracket the premium was computed on (RULES.md §9: upah for BPU = bracket nominal).
  return compute_premium(rules, PremiumRequest{income, false, 1, 1, on}).bracket;
}

BenefitQuote jkm_benefit(const RuleBook& rules, const Date& event) {
  const BenefitRule& r = rules.benefit_at(event);
  BenefitQuote q;
  q.kind = "jkm";
  q.source = r.source;
  q.lines = {{"Santunan sekaligus", r.jkm_lump_sum, r.source + ": santunan sekaligus JKM"},
             {"Santunan berkala (dibayar sekaligus)", r.jkm_periodic, r.source + ": 24 x santunan berkala bulanan"},
             {"Biaya pemakaman", r.jkm_funeral, r.source + ": biaya pemakaman (kepada yang mengurus bila tidak ada ahli waris)"}};
  q.notes.push_back("Beasiswa untuk paling banyak 2 anak bila masa iur minimal 36 bulan (dihitung terpisah)");
  return finish(q);
}

BenefitQuote jkk_death_benefit(const RuleBook& rules, Rupiah income, const Date& event) {
  const BenefitRule& r = rules.benefit_at(event);
  BenefitQuote q;
  q.kind = "jkk-death";
  q.upah = bpu_upah(rules, income, event);
  q.source = r.source;
  q.lines = {{"Santunan kematian karena kecelakaan kerja", q.upah * r.jkk_death_multiplier,
              r.source + ": 60% x 80 x upah = " + times(r.jkk_death_multiplier, q.upah)},
             {"Santunan berkala (dibayar sekaligus)", r.jkk_periodic, r.source + ": santunan berkala JKK"},
             {"Biaya pemakaman", r.jkk_funeral, r.source + ": biaya pemakaman"}};
  q.notes.push_back("Beasiswa untuk paling banyak 2 anak tanpa masa iur minimal (dihitung terpisah)");
  return finish(q);
}

BenefitQuote jkk_total_disability_benefit(const RuleBook& rules, Rupiah income, const Date& event) {
  const BenefitRule& r = rules.benefit_at(event);
  BenefitQuote q;
  q.kind = "jkk-disability";
  q.upah = bpu_upah(rules, income, event);
  q.source = r.source;
  q.lines = {{"Santunan cacat total tetap", q.upah * r.jkk_total_disability_multiplier,
              r.source + ": 70% x 80 x upah = " + times(r.jkk_total_disability_multiplier, q.upah)},
             {"Santunan berkala (dibayar sekaligus)", r.jkk_periodic, r.source + ": santunan berkala JKK"}};
  q.notes.push_back("Beasiswa untuk paling banyak 2 anak (dihitung terpisah)");
  return finish(q);
}

BenefitQuote jkk_partial_disability_benefit(const RuleBook& rules, Rupiah income, int table_percent,
                                            int function_percent, const Date& event) {
  std::vector<FieldError> errors;
  if (table_percent < 1 || table_percent > 100)
    errors.push_back({"percent", "persen_tidak_valid", "Persentase tabel cacat harus 1-100"});
  if (function_percent < 1 || function_percent > 100)
    errors.push_back({"function", "persen_tidak_valid", "Persentase kehilangan fungsi harus 1-100"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  const BenefitRule& r = rules.benefit_at(event);
  BenefitQuote q;
  q.kind = "jkk-disability";
  q.upah = bpu_upah(rules, income, event);
  q.source = r.source;
  // p% x f% x 80 x upah, exactly in integers, rounded half up to the Rupiah.
  const __int128 numerator = static_cast<__int128>(q.upah) * r.jkk_partial_multiplier * table_percent * function_percent;
  const Rupiah amount = static_cast<Rupiah>((numerator + 5000) / 10000);
  std::string basis = r.source + ": " + std::to_string(table_percent) + "% x ";
  if (function_percent != 100) basis += std::to_string(function_percent) + "% fungsi x ";
  basis += std::to_string(r.jkk_partial_multiplier) + " x " + format_rupiah(q.upah);
  q.lines = {{function_percent == 100 ? "Santunan cacat sebagian anatomis" : "Santunan cacat sebagian fungsi", amount,
              basis}};
  q.notes.push_back("Persentase dari tabel Lampiran PP 44/2015 / PP 82/2019 (perlu konfirmasi BPJS)");
  return finish(q);
}

BenefitQuote stmb_benefit(const RuleBook& rules, Rupiah income, int months, const Date& event) {
  if (months < 1 || months > 120) throw ValidationError("months", "bulan_tidak_valid", "Jumlah bulan harus 1-120");
  const BenefitRule& r = rules.benefit_at(event);
  BenefitQuote q;
  q.kind = "stmb";
  q.upah = bpu_upah(rules, income, event);
  q.source = r.source;
  int month = 1, left = months;
  for (const auto& [length, percent] : r.stmb_steps) {
    if (left <= 0) break;
    const int n = length == 0 ? left : std::min(length, left);
    const Rupiah per_month = apply_basis_points(q.upah, percent * 100);
    q.lines.push_back({"STMB bulan " + std::to_string(month) + "-" + std::to_string(month + n - 1), per_month * n,
                       r.source + ": " + std::to_string(percent) + "% x " + format_rupiah(q.upah) + " x " +
                           std::to_string(n) + " bulan"});
    month += n;
    left -= n;
  }
  return finish(q);
}

}  // namespace lindungi
