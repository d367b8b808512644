// The coverage reports' JSON (wire/reports.hpp).
#include "wire/reports.hpp"

namespace lindungi::wire {

using nlohmann::json;

json coverage_row_json(const CoverageRow& row) {
  const auto pct = row.figures.coverage_pct();
  return {{"kode", row.kode},
          {"nama", row.nama},
          {"workers", row.figures.workers},
          {"verified", row.figures.verified},
          {"covered", row.figures.covered},
          {"covered_other", row.figures.covered_other},
          {"potential", row.figures.potential},
          {"coverage_pct", pct ? json(*pct) : json(nullptr)}};
}

json coverage_json(RegionLevel level, const std::vector<CoverageRow>& rows, const CoverageRow& total) {
  json out = {{"level", std::string{to_string(level)}}, {"rows", json::array()}};
  for (const auto& row : rows) out["rows"].push_back(coverage_row_json(row));
  out["total"] = coverage_row_json(total);
  return out;
}

json coverage_trend_json(const CoverageRow& area, const std::vector<CoverageMonth>& months) {
  const bool known = area.figures.potential > 0;
  json out = {{"kode", area.kode},
              {"nama", area.nama},
              {"potensi", known ? json(area.figures.potential) : json(nullptr)},
              {"peserta_lain", known ? json(area.figures.covered_other) : json(nullptr)},
              {"rows", json::array()}};
  for (const auto& m : months) {
    const auto pct = m.coverage_pct();
    out["rows"].push_back({{"bulan", m.bulan},
                           {"dialokasikan", m.dialokasikan},
                           {"lunas", m.lunas},
                           {"coverage_pct", pct ? json(*pct) : json(nullptr)}});
  }
  return out;
}

}  // namespace lindungi::wire
