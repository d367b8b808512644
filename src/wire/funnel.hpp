#pragma once
// The funnel on the wire (issue 22 item 1): GET /api/v1/reports/funnel.
#include <nlohmann/json.hpp>

#include "services/report_service.hpp"

namespace lindungi::wire {

// {"level", "kategori" (null: every category), "tanggal", "wilayah": {"kode","nama","tahapan":[…]},
// "rows": [{"kode","nama","tahapan":[…]}]}. Each step: {"kode","label","jumlah" (integer or null),
// "turun","alasan":[{"kode","label","jumlah"}]}.
nlohmann::json to_json(const services::FunnelReport& report, const Date& today);

}  // namespace lindungi::wire
