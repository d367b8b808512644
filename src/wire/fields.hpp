#pragma once
// Reading one field of a JSON body, shared by every resource's wire file: a missing or null field
// is absent, a field of the wrong type is a 422 naming it.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/date.hpp"

namespace lindungi::wire {

// A date (YYYY-MM-DD or DD/MM/YYYY); nullopt when absent or null.
std::optional<Date> date_field(const nlohmann::json& body, const std::string& name);
// The same, required ("wajib_diisi" when absent).
Date required_date(const nlohmann::json& body, const std::string& name);

}  // namespace lindungi::wire
