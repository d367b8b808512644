#pragma once
// Reading one field of a JSON body, shared by every resource's wire file: a missing or null field
// is absent, a field of the wrong type is a 422 naming it.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"

namespace lindungi::wire {

// A date (YYYY-MM-DD or DD/MM/YYYY); nullopt when absent or null.
std::optional<Date> date_field(const nlohmann::json& body, const std::string& name);
// The same, required ("wajib_diisi" when absent).
Date required_date(const nlohmann::json& body, const std::string& name);

// Fields of a form that may be left out: nullopt when absent; a value of the wrong type is a 422
// naming the field.
// Text: null is "" (cleared).
std::optional<std::string> text_field(const nlohmann::json& body, const char* name);
// Rupiah as a JSON integer or as text ("850.000.000", "Rp850.000.000"); null is absent.
std::optional<Rupiah> rupiah_field(const nlohmann::json& body, const char* name);
// An integer in [min, max]; null is absent.
std::optional<int> int_field(const nlohmann::json& body, const char* name, int min, int max);
std::optional<bool> bool_field(const nlohmann::json& body, const char* name);
// A date that may be cleared: absent nullopt (unchanged), null or "" an empty date (cleared).
std::optional<std::optional<Date>> clearable_date_field(const nlohmann::json& body, const char* name);

// A whole number of any size; null is absent; anything else a 422 "harus angka" naming the field.
std::optional<std::int64_t> integer_field(const nlohmann::json& body, const char* name);
// A month "YYYY-MM" (2015-2100); absent, null or anything else is a 422 naming the field.
YearMonth month_field(const nlohmann::json& body, const char* name);
// A list of worker ids; absent or null is empty, anything but a list of integers a 422.
std::vector<std::int64_t> id_list_field(const nlohmann::json& body, const char* name);

}  // namespace lindungi::wire
