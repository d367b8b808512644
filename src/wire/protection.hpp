#pragma once
// Cek Perlindungan on the wire (issue 20 item 1): POST /public/cek's body {"nik","tanggal_lahir"}
// and its answer.
#include <nlohmann/json.hpp>
#include <string>

#include "core/date.hpp"
#include "core/protection.hpp"

namespace lindungi::wire {

struct CekBody {
  std::string nik;
  Date tanggal_lahir;
};
// Both fields required; a 422 lists every missing or malformed one.
CekBody cek_body(const nlohmann::json& body);

nlohmann::json to_json(const ProtectionAnswer& answer);

}  // namespace lindungi::wire
