#pragma once
// The budget planner on the wire (issue 22 item 2): GET /api/v1/reports/rencana (docs/openapi.yaml,
// schema Rencana). Rupiah as integers; per_sumber_dana's iuran add up to total_iuran and each
// line's bulanan to its iuran.
#include <nlohmann/json.hpp>

#include "services/planner_service.hpp"

namespace lindungi::wire {

// `per_rt`: the ranked workers listed per RT (the most vulnerable first); every RT keeps its counts.
nlohmann::json to_json(const services::PlanReport& report, const Date& today, int per_rt);

}  // namespace lindungi::wire
