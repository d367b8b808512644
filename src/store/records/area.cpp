#include "store/records/area.hpp"

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store::records {

std::string within_area(std::string_view alias, std::string_view area, rows::Params& params) {
  if (area.empty()) return "TRUE";
  const auto level = level_of_code(area);
  if (!level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  const std::string code{area};
  const std::string kel = std::string{alias} + ".kode_kelurahan";
  if (*level == RegionLevel::kelurahan) {
    params << code;
    return kel + " = ?";
  }
  if (*level == RegionLevel::rt) {
    params << parent_code(code) << std::stoi(code.substr(code.rfind('.') + 1));
    return "(" + kel + " = ? AND " + std::string{alias} + ".rt = ?)";
  }
  params << code + "." << code + "/";
  return "(" + kel + " >= ? AND " + kel + " < ?)";
}

StatusCount status_count_row(rows::Row& r, bool by_rt) {
  StatusCount c;
  const std::string kel = r.text();
  const int rt = static_cast<int>(r.int64());
  c.kode = by_rt ? rt_code(kel, rt) : kel;
  r >> c.status >> c.count;
  return c;
}

}  // namespace lindungi::store::records
