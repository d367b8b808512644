#pragma once
// JSON shapes of DESIGN.md §5 shared by the CLI (--json) and the HTTP API.
#include <nlohmann/json.hpp>

#include "core/benefit.hpp"
#include "core/coverage.hpp"
#include "core/jakon.hpp"
#include "core/nik.hpp"
#include "core/premium.hpp"
#include "core/region.hpp"

namespace lindungi::formats {

nlohmann::json coverage_row_json(const CoverageRow& row);
// `protected_basis`: the words behind every row's nilai_perlindungan (issue 22 item 3).
nlohmann::json coverage_json(RegionLevel level, const std::vector<CoverageRow>& rows, const CoverageRow& total,
                             const std::string& protected_basis);
// Coverage trend (issue 6): the area, its potential (null when unknown) and one row per month.
nlohmann::json coverage_trend_json(const CoverageRow& area, const std::vector<CoverageMonth>& months);
nlohmann::json nik_json(const NikInfo& info);
nlohmann::json premium_json(const PremiumQuote& quote);
nlohmann::json jakon_json(const JakonQuote& quote);
nlohmann::json benefit_json(const BenefitQuote& quote);

}  // namespace lindungi::formats
