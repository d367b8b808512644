#pragma once
// The programme's rules per kab/kota (issue 22 item 4) as JSON both ways: GET /aturan's answer,
// PUT /aturan/{kab/kota}'s body and answer, and `lindungi aturan --json`.
#include <nlohmann/json.hpp>
#include <string>

#include "core/programme_rules.hpp"
#include "services/programme_rules_service.hpp"

namespace lindungi::wire {

nlohmann::json to_json(const ProgrammeRuleSet& rules);
nlohmann::json to_json(const store::ProgrammeRuleRecord& record);
nlohmann::json to_json(const services::ProgrammeRulesView& view);

// A row from a body: every field required (each missing one named), the kab/kota from the path.
ProgrammeRuleSet rule_set_request(const nlohmann::json& body, const std::string& wilayah);

}  // namespace lindungi::wire
