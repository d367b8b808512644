#pragma once
// Regions on the wire: the RT form of POST /regions/:kode/rts (issue 8 item 3) and its answer.
#include <nlohmann/json.hpp>
#include <string>

#include "services/region_service.hpp"

namespace lindungi::wire {

// {"nomor": 7 | "007", "nama_ketua": "…"}: the number is required (1-999), the head's name optional.
struct RtBody {
  int nomor = 0;
  std::string nama_ketua;
};
RtBody rt_request(const nlohmann::json& body);
// {"kode","kode_kelurahan","nomor","nama_ketua"}
nlohmann::json rt_json(const store::RtRecord& rt);

}  // namespace lindungi::wire
