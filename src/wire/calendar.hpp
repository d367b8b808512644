#pragma once
// Holidays on the wire (issue 15): GET /libur and /libur/status, the answers of the admin's
// changes, and the bodies those changes send; the same JSON for `lindungi libur ... --json`.
#include <nlohmann/json.hpp>
#include <string>

#include "services/calendar_service.hpp"

namespace lindungi::wire {

nlohmann::json to_json(const Holiday& h);
nlohmann::json to_json(const HolidayYear& y);
nlohmann::json to_json(const services::HolidayList& list);
nlohmann::json to_json(const services::CalendarStatus& status);

// PUT /libur/:tanggal {"jenis","nama","dasar"}: the holiday on `day` (jenis absent: a national
// holiday).
Holiday holiday(const nlohmann::json& body, const Date& day);
// A text field of these bodies ("dasar"): absent or null is "".
std::string text_or_empty(const nlohmann::json& body, const char* name);
// PUT /libur/tahun/:tahun {"lengkap": bool, "dasar"}.
bool year_complete(const nlohmann::json& body);

}  // namespace lindungi::wire
