#pragma once
// Universal-coverage progress per area (DESIGN.md §2 step 9): the programme's workers and those
// covered by BPJS through other routes, against the potential workforce the city enters.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lindungi {

struct CoverageFigures {
  std::int64_t workers = 0;       // recorded in the registry
  std::int64_t verified = 0;      // passed the kelurahan's verification (and not rejected since)
  std::int64_t covered = 0;       // active members paid for by the programme
  std::int64_t potential = 0;     // the potential workforce of the area
  std::int64_t covered_other = 0; // BPJS members through other routes (employers, self-paid)

  // (covered + covered_other) / potential, in percent rounded to one decimal; none when the
  // potential is unknown (0).
  std::optional<double> coverage_pct() const;
  CoverageFigures& operator+=(const CoverageFigures& other);
};

struct CoverageRow {
  std::string kode;
  std::string nama;
  CoverageFigures figures;
};

// Rolls leaf figures (per RT or kelurahan code) up into the given areas: a leaf counts toward an
// area when its code lies within the area's code. Potential figures entered for an area itself
// replace the sum of its children's.
struct CoverageInput {
  std::map<std::string, CoverageFigures> leaves;        // workers/verified/covered per leaf code
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> potentials;  // code -> (potensi, lain)
};

std::vector<CoverageRow> roll_up_coverage(const CoverageInput& input,
                                          const std::vector<std::pair<std::string, std::string>>& areas);

}  // namespace lindungi
