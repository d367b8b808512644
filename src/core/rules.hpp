#pragma once
// Rules as data (RULES.md): every premium rate, benefit amount and programme parameter is a row
// with the date it takes effect and the source it traces to. A new regulation adds a row; the
// old row keeps governing old periods.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace lindungi {

// BPU contributions, RULES.md §2.1-2.2 and §9.
struct PremiumRule {
  Date effective_from;
  std::int64_t jkk_basis_points = 100;  // 1% of the income bracket
  Rupiah jkm_flat = 6'800;              // per month
  std::int64_t jht_basis_points = 200;  // 2%, optional for BPU
  Rupiah bracket_min = 1'000'000;       // lowest nominal income of Lampiran II PP 44/2015
  Rupiah bracket_max = 20'700'000;      // highest nominal income
  std::string source;
};

// Local programme parameters (RULES.md §3): configurable, the BPJS response is authoritative.
struct ProgrammeRule {
  Date effective_from;
  int min_age = 15;            // working age
  int max_age = 65;            // BPU registration limit: U, "perlu konfirmasi BPJS"
  Rupiah income_ceiling = 6'000'000;  // Kota Jambi: above Rp6 juta a month is excluded
  std::string source;
};

// BPU membership over its contribution months (RULES.md §2.4, §9 GRACE_MONTHS): arrears may be
// paid for at most `grace_months` months; more than that many consecutive unpaid months end the
// membership (Perdir BPJS 22/PERDIR.02/072022, Probis Kepesertaan items 12a-b).
struct MembershipRule {
  Date effective_from;
  int grace_months = 3;
  std::string source;
};

// Construction (Jakon) premium by contract value, RULES.md §6.2: marginal tiers, each rate applying
// to the slice of the value (excluding PPN) inside its band. Rates in basis points (0,21% = 21).
struct JakonTier {
  Rupiah up_to = 0;  // upper bound of the band; 0 for the open top band
  std::int64_t jkk_basis_points = 0;
  std::int64_t jkm_basis_points = 0;
};

struct JakonRule {
  Date effective_from;
  std::vector<JakonTier> tiers;
  std::int64_t wage_jkk_basis_points = 174;  // §6.3: 1,74% of the monthly wage when wages are known
  std::int64_t wage_jkm_basis_points = 30;   // 0,30%
  std::string source;
};

// PPN (VAT) rate on construction services, in percent.
struct PpnRule {
  Date effective_from;
  int percent = 11;
  std::string source;
};

// JKM and JKK cash benefits for BPU (RULES.md §4-5). "upah" for BPU is the income bracket
// nominal of the premium rule.
struct BenefitRule {
  Date effective_from;
  Rupiah jkm_lump_sum = 20'000'000;    // santunan sekaligus
  Rupiah jkm_periodic = 12'000'000;    // santunan berkala (24 x Rp500.000), paid at once
  Rupiah jkm_funeral = 10'000'000;     // biaya pemakaman
  int jkk_death_multiplier = 48;       // 60% x 80 x upah
  int jkk_total_disability_multiplier = 56;  // 70% x 80 x upah
  int jkk_partial_multiplier = 80;     // table % x 80 x upah
  Rupiah jkk_periodic = 12'000'000;
  Rupiah jkk_funeral = 10'000'000;
  // STMB: percent of upah by month of incapacity, as consecutive steps {months, percent};
  // the last step lasts until recovery.
  std::vector<std::pair<int, int>> stmb_steps = {{12, 100}, {0, 50}};
  std::string source;
};

// A time-limited discount on BPU JKK + JKM (PP 50/2025, RULES.md §2.3): `percent` off for the
// contribution months [from_month, to_month] of the listed occupations (empty = every other
// occupation), never for payers paying through APBN or APBD. JHT is not discounted.
struct DiscountRule {
  int from_year = 2026, from_month = 1;
  int to_year = 2026, to_month = 12;
  std::vector<std::string> occupations;  // empty: all occupations not named by another row
  int percent = 50;
  std::string source;
};

// Claims (issue 5): service levels, the late-payment figure, expiry, scholarship condition,
// capped JKK items and the disability table (RULES.md §4.2, §4.5, §5, §9).
struct DisabilityRow {
  std::string kode;   // e.g. lengan_kanan_bahu
  std::string label;  // Indonesian
  int percent = 0;    // of 80 x upah
};

struct ClaimRule {
  Date effective_from;
  int jkm_sla_working_days = 3;       // Permenaker 44/2015 Pasal 19(3)
  int jkk_sla_working_days = 7;       // PP 44/2015 Pasal 37(2)
  std::int64_t late_basis_points_per_day = 100;  // 1% of the benefit per day late
  int expiry_years = 5;               // PP 82/2019 (was 2 years)
  int jkm_scholarship_min_months = 36;  // masa iur for the JKM scholarship (configurable)
  Rupiah transport_land = 5'000'000;
  Rupiah transport_sea = 2'000'000;
  Rupiah transport_air = 10'000'000;
  Rupiah home_care_cap = 20'000'000;
  int home_care_max_months = 12;
  Rupiah glasses_cap = 1'000'000;
  Rupiah npwp_threshold = 50'000'000;  // NPWP needed when the benefit is above Rp50 juta (§4.4)
  std::vector<DisabilityRow> disability_table;
  std::string source;
};

// The Kampung Bahagia fund of one RT per fiscal year (Perwal Kota Jambi 18/2025, RULES.md §1):
// premiums are one of its uses, so the RT's view shows what its workers cost against it.
struct RtFundRule {
  Date effective_from;
  Rupiah yearly = 100'000'000;
  std::string source;
};

// The rule book in force: rows sorted by effective date. `at(date)` returns the row that governs
// that date.
struct RuleBook {
  std::vector<PremiumRule> premium;
  std::vector<ProgrammeRule> programme;
  std::vector<JakonRule> jakon;
  std::vector<PpnRule> ppn;
  std::vector<BenefitRule> benefit;
  std::vector<DiscountRule> discounts;
  std::vector<ClaimRule> claims;  // claims (issue 5)
  std::vector<RtFundRule> rt_fund;  // billing
  std::vector<MembershipRule> membership;  // grace and lapse (the month ledger)

  const PremiumRule& premium_at(const Date& on) const;
  const ProgrammeRule& programme_at(const Date& on) const;
  const JakonRule& jakon_at(const Date& on) const;
  const PpnRule& ppn_at(const Date& on) const;
  const BenefitRule& benefit_at(const Date& on) const;
  const ClaimRule& claim_at(const Date& on) const;  // claims (issue 5)
  const RtFundRule& rt_fund_at(const Date& on) const;  // billing
  const MembershipRule& membership_at(const Date& on) const;

  // The rules shipped with Lindungi, as transcribed from RULES.md.
  static const RuleBook& standard();
};

}  // namespace lindungi
