#pragma once
// The calculators on the wire (GET /tools/nik, /tools/premium, /tools/jakon and `lindungi nik`,
// `premium`, `jakon`, `benefit` with --json; DESIGN.md §5): the core's quotes as JSON.
#include <nlohmann/json.hpp>

#include "core/benefit.hpp"
#include "core/jakon.hpp"
#include "core/nik.hpp"
#include "core/premium.hpp"

namespace lindungi::wire {

nlohmann::json nik_json(const NikInfo& info);
nlohmann::json premium_json(const PremiumQuote& quote);
nlohmann::json jakon_json(const JakonQuote& quote);
// The same shape as a claim's stored `manfaat` (formats::benefit_record_json), written apart: the
// claim keeps what it was given, the calculator answers in the API's words of today.
nlohmann::json benefit_json(const BenefitQuote& quote);

}  // namespace lindungi::wire
