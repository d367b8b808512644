#pragma once
// Coverage on the wire (GET /reports/coverage, /reports/coverage/trend, /regions' figures and
// `lindungi report coverage --json`; DESIGN.md §5).
#include <nlohmann/json.hpp>
#include <vector>

#include "core/coverage.hpp"
#include "core/region.hpp"

namespace lindungi::wire {

nlohmann::json coverage_row_json(const CoverageRow& row);
nlohmann::json coverage_json(RegionLevel level, const std::vector<CoverageRow>& rows, const CoverageRow& total);
// Coverage trend (issue 6): the area, its potential (null when unknown) and one row per month.
nlohmann::json coverage_trend_json(const CoverageRow& area, const std::vector<CoverageMonth>& months);

}  // namespace lindungi::wire
