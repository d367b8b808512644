#pragma once
// Universal-coverage progress per area (DESIGN.md §2 step 9): the programme's workers and those
// covered by BPJS through other routes, against the potential workforce the city enters.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

struct CoverageFigures {
  std::int64_t workers = 0;        // recorded in the registry
  std::int64_t verified = 0;       // passed the kelurahan's verification (and not rejected since)
  std::int64_t covered = 0;        // active members paid for by the programme
  std::int64_t potential = 0;      // the potential workforce of the area
  std::int64_t covered_other = 0;  // BPJS members through other routes (employers, self-paid)
  Rupiah protected_value = 0;      // nilai_perlindungan: what the covered workers hold (issue 22)

  // (covered + covered_other) / potential, in percent rounded to one decimal; none when the
  // potential is unknown (0).
  std::optional<double> coverage_pct() const;
  CoverageFigures& operator+=(const CoverageFigures& other);
};

// The value protected (issue 22 item 3): the cash death benefits one active worker holds on a day,
// per the rule book: JKM (flat) and JKK death (48 x upah + periodic + funeral, upah = the
// bracket of the worker's declared income). Scholarships and medical care are left out: they
// depend on children and treatment, not on the membership alone.
struct ProtectedValue {
  Rupiah jkm = 0;
  Rupiah jkk_death = 0;
  Rupiah total() const { return jkm + jkk_death; }
};
ProtectedValue protected_value(const RuleBook& rules, Rupiah income, const Date& on);

// The basis of the value protected in words, with the regulations' names and the amounts in
// force on `on` (what a reader of the report needs to check the figure).
std::string protected_value_basis(const RuleBook& rules, const Date& on);

struct CoverageRow {
  std::string kode;
  std::string nama;
  CoverageFigures figures;
};

// Rolls leaf figures (per RT or kelurahan code) up into the given areas: a leaf counts toward an
// area when its code lies within the area's code. Potential figures entered for an area itself
// replace the sum of its children's.
struct CoverageInput {
  // workers/verified/covered and the value protected per leaf code
  std::map<std::string, CoverageFigures> leaves;
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> potentials;  // code -> (potensi, lain)
};

std::vector<CoverageRow> roll_up_coverage(const CoverageInput& input,
                                          const std::vector<std::pair<std::string, std::string>>& areas);

// Coverage trend by month (issue 6): per contribution month, the area's workers with an
// allocation and those whose month is paid, against the area's potential workforce.
struct CoverageMonth {
  std::string bulan;                         // YYYY-MM
  std::int64_t dialokasikan = 0;             // workers with an allocation for the month
  std::int64_t lunas = 0;                    // of those, paid in full (dibayar >= iuran)
  std::optional<std::int64_t> potensi;       // none when the area's potential is unknown
  std::optional<std::int64_t> peserta_lain;  // BPJS members through other routes, with potensi

  // (lunas + peserta_lain) / potensi in percent rounded to one decimal, as
  // CoverageFigures::coverage_pct counts active members; none when the potential is unknown.
  std::optional<double> coverage_pct() const;
};

// The `count` months up to and including `today`'s, oldest first, as YYYY-MM.
std::vector<std::string> months_up_to(const Date& today, int count);

// One entry per month of `months`, in order, zeros for a month without allocations (a chart must
// not skip months); `funded` maps YYYY-MM -> (dialokasikan, lunas). The area's potential comes
// from its coverage figures (CoverageRow of the coverage report): unknown when 0.
std::vector<CoverageMonth> coverage_trend(const std::vector<std::string>& months,
                                          const std::map<std::string, std::pair<std::int64_t, std::int64_t>>& funded,
                                          const CoverageFigures& area);

}  // namespace lindungi
