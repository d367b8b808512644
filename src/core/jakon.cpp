#include "core/jakon.hpp"

#include "core/errors.hpp"

namespace lindungi {

JakonQuote compute_jakon(const RuleBook& rules, const JakonRequest& req) {
  std::vector<FieldError> errors;
  if (req.value <= 0) errors.push_back({"value", "nilai_tidak_valid", "Nilai kontrak harus lebih dari Rp0"});
  if (req.value > 1'000'000'000'000'000) errors.push_back({"value", "nilai_tidak_valid", "Nilai kontrak terlalu besar"});
  if (req.ppn_percent && (*req.ppn_percent < 0 || *req.ppn_percent > 50))
    errors.push_back({"ppn", "ppn_tidak_valid", "Tarif PPN harus 0-50 persen"});
  if (!errors.empty()) throw ValidationError(std::move(errors));

  const JakonRule& rule = rules.jakon_at(req.on);
  JakonQuote q;
  q.value = req.value;
  q.ppn_included = req.ppn_included;
  q.ppn_percent = req.ppn_percent ? *req.ppn_percent : rules.ppn_at(req.on).percent;
  q.source = rule.source;
  q.basis = req.ppn_included ? static_cast<Rupiah>(static_cast<__int128>(req.value) * 100 / (100 + q.ppn_percent))
                             : req.value;
  Rupiah from = 0;
  for (const JakonTier& tier : rule.tiers) {
    if (q.basis <= from) break;
    const Rupiah top = tier.up_to == 0 || q.basis < tier.up_to ? q.basis : tier.up_to;
    JakonTierLine line;
    line.from = from;
    line.to = tier.up_to;
    line.slice = top - from;
    line.jkk_basis_points = tier.jkk_basis_points;
    line.jkm_basis_points = tier.jkm_basis_points;
    line.jkk = apply_basis_points(line.slice, tier.jkk_basis_points);
    line.jkm = apply_basis_points(line.slice, tier.jkm_basis_points);
    q.jkk += line.jkk;
    q.jkm += line.jkm;
    q.tiers.push_back(line);
    if (tier.up_to == 0) break;
    from = tier.up_to;
  }
  q.total = q.jkk + q.jkm;
  return q;
}

JakonWageQuote compute_jakon_by_wages(const RuleBook& rules, Rupiah wages, const Date& on) {
  if (wages <= 0) throw ValidationError("wages", "upah_tidak_valid", "Upah harus lebih dari Rp0");
  const JakonRule& rule = rules.jakon_at(on);
  JakonWageQuote q;
  q.wages = wages;
  q.jkk = apply_basis_points(wages, rule.wage_jkk_basis_points);
  q.jkm = apply_basis_points(wages, rule.wage_jkm_basis_points);
  q.total = q.jkk + q.jkm;
  return q;
}

}  // namespace lindungi
