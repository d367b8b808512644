// The RT form's JSON both ways (wire/regions.hpp).
#include "wire/regions.hpp"

#include "core/errors.hpp"

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

}  // namespace lindungi::wire
