// Many areas in one deployment (issue 8 item 3): creating the RTs of a kelurahan/desa, so that
// workers can be recorded in a kab/kota whose RT list was never loaded.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/region_service.hpp"

namespace lindungi::http {

void add_province_routes(std::vector<Route>& routes, services::App& app) {
  // {"nomor": 7, "nama_ketua": "…"} -> 201 {"kode","kode_kelurahan","nomor","nama_ketua"}
  routes.push_back({"POST", R"(/api/v1/regions/:kode([0-9.]{2,17})/rts)", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto nomor = body.find("nomor");
                      int n = 0;
                      if (nomor != body.end() && nomor->is_number_integer()) {
                        n = nomor->get<int>();
                      } else if (nomor != body.end() && nomor->is_string()) {
                        const std::string t = nomor->get<std::string>();
                        if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string::npos)
                          throw BadRequest("rt_tidak_valid", "Nomor RT harus angka 1-999 (mis. 7 atau 007)", "nomor");
                        n = std::stoi(t);
                      } else {
                        throw BadRequest("wajib_diisi", "Nomor RT wajib diisi (angka 1-999)", "nomor");
                      }
                      std::string ketua;
                      if (const auto k = body.find("nama_ketua"); k != body.end()) {
                        if (!k->is_string() && !k->is_null())
                          throw BadRequest("tipe_salah", "nama_ketua harus teks", "nama_ketua");
                        if (k->is_string()) ketua = k->get<std::string>();
                      }
                      const auto rt =
                          services::RegionService(app).create_rt(req.actor, req.params.at("kode"), n, ketua);
                      return ApiResponse::json({{"kode", rt.kode},
                                                {"kode_kelurahan", rt.kode_kelurahan},
                                                {"nomor", rt.nomor},
                                                {"nama_ketua", rt.nama_ketua}},
                                               201);
                    }});
}

}  // namespace lindungi::http
