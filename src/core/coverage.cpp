#include "core/coverage.hpp"

#include <cmath>
#include <vector>

#include "core/benefit.hpp"
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
  protected_value += o.protected_value;
  return *this;
}

ProtectedValue protected_value(const RuleBook& rules, Rupiah income, const Date& on) {
  return {jkm_benefit(rules, on).total, jkk_death_benefit(rules, income, on).total};
}

std::string protected_value_basis(const RuleBook& rules, const Date& on) {
  const BenefitRule& b = rules.benefit_at(on);
  const PremiumRule& p = rules.premium_at(on);
  // The bracket table's regulation alone (the premium row also cites the JHT regulation).
  const std::string brackets = p.source.substr(0, p.source.find(';'));
  return "Jumlah santunan tunai yang dijamin bagi setiap pekerja yang aktif hari ini: Jaminan Kematian " +
         format_rupiah(jkm_benefit(rules, on).total) + " (santunan sekaligus " + format_rupiah(b.jkm_lump_sum) +
         ", santunan berkala " + format_rupiah(b.jkm_periodic) + ", biaya pemakaman " + format_rupiah(b.jkm_funeral) +
         "; " + b.source + ") ditambah santunan kematian karena kecelakaan kerja " +
         std::to_string(b.jkk_death_multiplier) + " x upah, santunan berkala " + format_rupiah(b.jkk_periodic) +
         " dan biaya pemakaman " + format_rupiah(b.jkk_funeral) + " (" + b.source +
         "), dengan upah = nominal penghasilan pekerja menurut tabel " + brackets + " (paling rendah " +
         format_rupiah(p.bracket_min) +
         "). Satu kematian dibayar salah satu dari keduanya; beasiswa anak dan biaya perawatan tidak dihitung.";
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
      row.figures.protected_value += it->second.protected_value;
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

std::optional<double> CoverageMonth::coverage_pct() const {
  if (!potensi || *potensi <= 0) return std::nullopt;
  const double pct = 100.0 * static_cast<double>(lunas + peserta_lain.value_or(0)) / static_cast<double>(*potensi);
  return std::round(pct * 10.0) / 10.0;
}

std::vector<std::string> months_up_to(const Date& today, int count) {
  std::vector<std::string> out;
  const Date first{today.year, today.month, 1};
  for (int i = count - 1; i >= 0; --i) {
    const Date d = first.add_months(-i);
    out.push_back(zero_pad(d.year, 4) + "-" + zero_pad(d.month, 2));
  }
  return out;
}

std::vector<CoverageMonth> coverage_trend(const std::vector<std::string>& months,
                                          const std::map<std::string, std::pair<std::int64_t, std::int64_t>>& funded,
                                          const CoverageFigures& area) {
  std::vector<CoverageMonth> out;
  out.reserve(months.size());
  for (const auto& bulan : months) {
    CoverageMonth m{bulan, 0, 0, std::nullopt, std::nullopt};
    if (const auto it = funded.find(bulan); it != funded.end()) {
      m.dialokasikan = it->second.first;
      m.lunas = it->second.second;
    }
    if (area.potential > 0) {
      m.potensi = area.potential;
      m.peserta_lain = area.covered_other;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace lindungi
