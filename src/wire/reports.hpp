#pragma once
// Coverage on the wire (GET /reports/coverage, /reports/coverage/trend, /regions' figures and
// `lindungi report coverage --json`; DESIGN.md §5).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/coverage.hpp"
#include "core/region.hpp"

namespace lindungi::wire {

nlohmann::json coverage_row_json(const CoverageRow& row);
// `protected_basis`: the words behind every row's nilai_perlindungan (issue 22 item 3).
nlohmann::json coverage_json(RegionLevel level, const std::vector<CoverageRow>& rows, const CoverageRow& total,
                             const std::string& protected_basis);
// Coverage trend (issue 6): the area, its potential (null when unknown) and one row per month.
nlohmann::json coverage_trend_json(const CoverageRow& area, const std::vector<CoverageMonth>& months);

}  // namespace lindungi::wire
