#pragma once
// Regions on the wire: the RT form of POST /regions/:kode/rts (issue 8 item 3) and its answer.
#include <nlohmann/json.hpp>
#include <string>

#include "services/region_service.hpp"
#include "services/report_service.hpp"

namespace lindungi::wire {

// {"nomor": 7 | "007", "nama_ketua": "…"}: the number is required (1-999), the head's name optional.
struct RtBody {
  int nomor = 0;
  std::string nama_ketua;
};
RtBody rt_request(const nlohmann::json& body);
// {"kode","kode_kelurahan","nomor","nama_ketua"}
nlohmann::json rt_json(const store::RtRecord& rt);
// GET /regions/:kode/rts: {"kelurahan": name, "items":[{"kode","nomor","nama_ketua"}]}.
nlohmann::json rts_json(const std::string& kelurahan, const std::vector<store::RtRecord>& rts);
// GET /regions: {"regions":[node]}, each area's coverage row with "tingkat", "peta" on a kab/kota
// (its boundary map, or null) and "children", nested by code from the rows (ReportService's
// region_tree_counts) under the areas whose parent is not among them.
nlohmann::json region_tree_json(const std::vector<CoverageRow>& rows, const RegionTree& regions);

}  // namespace lindungi::wire
