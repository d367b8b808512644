// The RT form's JSON both ways (wire/regions.hpp).
#include "wire/regions.hpp"

#include <map>

#include "core/errors.hpp"
#include "wire/lists.hpp"
#include "wire/reports.hpp"

namespace lindungi::wire {

RtBody rt_request(const nlohmann::json& body) {
  if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
  RtBody b;
  const auto nomor = body.find("nomor");
  if (nomor != body.end() && nomor->is_number_integer()) {
    b.nomor = nomor->get<int>();
  } else if (nomor != body.end() && nomor->is_string()) {
    const std::string t = nomor->get<std::string>();
    if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string::npos)
      throw BadRequest("rt_tidak_valid", "Nomor RT harus angka 1-999 (mis. 7 atau 007)", "nomor");
    b.nomor = std::stoi(t);
  } else {
    throw BadRequest("wajib_diisi", "Nomor RT wajib diisi (angka 1-999)", "nomor");
  }
  if (const auto k = body.find("nama_ketua"); k != body.end()) {
    if (!k->is_string() && !k->is_null()) throw BadRequest("tipe_salah", "nama_ketua harus teks", "nama_ketua");
    if (k->is_string()) b.nama_ketua = k->get<std::string>();
  }
  return b;
}

nlohmann::json rt_json(const store::RtRecord& rt) {
  return {{"kode", rt.kode}, {"kode_kelurahan", rt.kode_kelurahan}, {"nomor", rt.nomor}, {"nama_ketua", rt.nama_ketua}};
}

nlohmann::json rts_json(const std::string& kelurahan, const std::vector<store::RtRecord>& rts) {
  return {{"kelurahan", kelurahan},
          {"items", json_array(rts, [](const store::RtRecord& rt) {
             return nlohmann::json{{"kode", rt.kode}, {"nomor", rt.nomor}, {"nama_ketua", rt.nama_ketua}};
           })}};
}

nlohmann::json region_tree_json(const std::vector<CoverageRow>& rows, const RegionTree& regions) {
  std::map<std::string, nlohmann::json> nodes;
  for (const auto& row : rows) {
    auto node = coverage_row_json(row);
    const Region* r = regions.find(row.kode);
    node["tingkat"] = r ? std::string{to_string(r->level)} : "";
    // Many areas in one deployment (issue 8 item 3): which kab/kota has a map.
    if (r && r->level == RegionLevel::kabkota) {
      const std::string peta = services::boundary_map_url(r->kode);
      node["peta"] = peta.empty() ? nlohmann::json(nullptr) : nlohmann::json(peta);
    }
    node["children"] = nlohmann::json::array();
    nodes[row.kode] = std::move(node);
  }
  // Attach children deepest first so each subtree is complete when moved.
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    auto p = nodes.find(parent_code(it->first));
    if (p != nodes.end()) p->second["children"].insert(p->second["children"].begin(), it->second);
  }
  nlohmann::json roots = nlohmann::json::array();
  for (auto& [kode, node] : nodes)
    if (!nodes.contains(parent_code(kode))) roots.push_back(node);
  return {{"regions", roots}};
}

}  // namespace lindungi::wire
