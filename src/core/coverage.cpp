#include "core/coverage.hpp"

#include <cmath>
#include <vector>

#include "core/region.hpp"

namespace lindungi {

std::optional<double> CoverageFigures::coverage_pct() const {
  if (potential <= 0) return std::nullopt;
  const double pct = 100.0 * static_cast<double>(covered + covered_other) / static_cast<double>(potential);
  return std::round(pct * 10.0) / 10.0;
}

CoverageFigures& CoverageFigures::operator+=(const CoverageFigures& o) {
  workers += o.workers;
  verified += o.verified;
  covered += o.covered;
  potential += o.potential;
  covered_other += o.covered_other;
  return *this;
}

namespace {

// Potential of `area`: its own entry, else the sum over the nearest entries below it, whose codes
// go to `counted`.
std::pair<std::int64_t, std::int64_t> potential_of(
    const std::map<std::string, std::pair<std::int64_t, std::int64_t>>& potentials, const std::string& area,
    std::vector<std::string>& counted) {
  if (const auto it = potentials.find(area); it != potentials.end()) return it->second;
  std::pair<std::int64_t, std::int64_t> sum{0, 0};
  std::string covered_prefix;  // skip entries below one already counted
  for (auto it = potentials.lower_bound(area); it != potentials.end() && it->first.compare(0, area.size(), area) == 0;
       ++it) {
    if (!code_within(it->first, area) || it->first == area) continue;
    if (!covered_prefix.empty() && code_within(it->first, covered_prefix)) continue;
    sum.first += it->second.first;
    sum.second += it->second.second;
    covered_prefix = it->first;
    counted.push_back(it->first);
  }
  return sum;
}

}  // namespace

std::vector<CoverageRow> roll_up_coverage(const CoverageInput& input,
                                          const std::vector<std::pair<std::string, std::string>>& areas) {
  std::vector<CoverageRow> rows;
  rows.reserve(areas.size());
  for (const auto& [kode, nama] : areas) {
    CoverageRow row{kode, nama, {}};
    for (auto it = input.leaves.lower_bound(kode);
         it != input.leaves.end() && it->first.compare(0, kode.size(), kode) == 0; ++it) {
      if (!code_within(it->first, kode)) continue;
      row.figures.workers += it->second.workers;
      row.figures.verified += it->second.verified;
      row.figures.covered += it->second.covered;
    }
    std::vector<std::string> counted;
    const auto [potensi, lain] = potential_of(input.potentials, kode, counted);
    row.figures.potential = potensi;
    row.figures.covered_other = lain;
    // Many areas in one deployment (issue 8 item 3): a sum of the figures below an area is its
    // potential only when it spans every place the area has workers in. The province with Kota
    // Jambi's figures alone would otherwise divide all kab/kota's covered workers by Kota Jambi's
    // workforce; such a potential is unknown (0), never a made-up percentage.
    if (!counted.empty()) {
      for (auto it = input.leaves.lower_bound(kode);
           it != input.leaves.end() && it->first.compare(0, kode.size(), kode) == 0; ++it) {
        if (!code_within(it->first, kode) || it->second.workers == 0) continue;
        bool spanned = false;
        // Leaves per kelurahan against RT entries: a kelurahan with entries below it counts.
        for (const auto& c : counted) spanned = spanned || code_within(it->first, c) || code_within(c, it->first);
        if (!spanned) {
          row.figures.potential = 0;
          break;
        }
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace lindungi
