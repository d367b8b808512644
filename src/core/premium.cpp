#include "core/premium.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace lindungi {

PremiumQuote compute_premium(const RuleBook& rules, const PremiumRequest& req) {
  std::vector<FieldError> errors;
  if (req.income < 0) errors.push_back({"income", "penghasilan_tidak_valid", "Penghasilan tidak boleh negatif"});
  if (req.months < 1 || req.months > 120)
    errors.push_back({"months", "bulan_tidak_valid", "Jumlah bulan harus 1-120"});
  if (req.workers < 1 || req.workers > 10'000'000)
    errors.push_back({"workers", "pekerja_tidak_valid", "Jumlah pekerja harus 1-10.000.000"});
  if (!errors.empty()) throw ValidationError(std::move(errors));

  const PremiumRule& rule = rules.premium_at(req.on);
  PremiumQuote q;
  q.months = req.months;
  q.workers = req.workers;
  q.source = rule.source;
  // Only the ends of the Lampiran II bracket table are verified (RULES.md §2.2): incomes up to the
  // lowest nominal pay on it; above it the declared income itself is used, capped at the top.
  if (req.income <= rule.bracket_min) {
    q.bracket = rule.bracket_min;
  } else {
    q.bracket = req.income < rule.bracket_max ? req.income : rule.bracket_max;
    q.warnings.push_back("Tabel golongan penghasilan di atas " + format_rupiah(rule.bracket_min) +
                         " belum terverifikasi: iuran dihitung dari penghasilan yang dilaporkan (perlu "
                         "konfirmasi BPJS)");
  }
  q.jkk = apply_basis_points(q.bracket, rule.jkk_basis_points);
  q.jkm = rule.jkm_flat;
  q.jht = req.jht ? apply_basis_points(q.bracket, rule.jht_basis_points) : 0;
  q.per_worker_month = q.jkk + q.jkm + q.jht;
  q.per_worker_total = q.per_worker_month * req.months;
  q.total = q.per_worker_total * req.workers;
  return q;
}

MonthlyPremium premium_for_month(const RuleBook& rules, Rupiah income, bool jht, int year, int month,
                                 const std::string& occupation, PayerKind payer) {
  const PremiumQuote q = compute_premium(rules, PremiumRequest{income, jht, 1, 1, Date{year, month, 1}});
  MonthlyPremium out{q.per_worker_month, 0, {}};
  if (payer == PayerKind::apbd || payer == PayerKind::apbn) return out;
  const int ym = year * 12 + month;
  // A row naming the occupation wins over the catch-all row.
  const DiscountRule* found = nullptr;
  for (const auto& d : rules.discounts) {
    if (ym < d.from_year * 12 + d.from_month || ym > d.to_year * 12 + d.to_month) continue;
    const bool named = std::find(d.occupations.begin(), d.occupations.end(), occupation) != d.occupations.end();
    if (named) {
      found = &d;
      break;
    }
    bool named_elsewhere = false;
    for (const auto& other : rules.discounts)
      named_elsewhere = named_elsewhere ||
                        std::find(other.occupations.begin(), other.occupations.end(), occupation) != other.occupations.end();
    if (d.occupations.empty() && !named_elsewhere) found = &d;
  }
  if (!found) return out;
  out.discount = apply_basis_points(q.jkk + q.jkm, found->percent * 100);
  out.amount -= out.discount;
  out.discount_source = found->source;
  return out;
}

}  // namespace lindungi
