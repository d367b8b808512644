#include "wire/protection.hpp"

#include <vector>

#include "core/errors.hpp"
#include "wire/fields.hpp"

namespace lindungi::wire {

using nlohmann::json;

CekBody cek_body(const json& body) {
  CekBody out;
  std::vector<FieldError> errors;
  try {
    const std::string name = "nik";
    const auto nik = text_field(body, name.c_str());
    if (!nik || nik->empty())
      errors.push_back({name, "wajib_diisi", "Kolom '" + name + "' wajib diisi"});  // as wire/fields.cpp says it
    else
      out.nik = *nik;
  } catch (const ValidationError& e) {
    errors.insert(errors.end(), e.errors().begin(), e.errors().end());
  }
  try {
    out.tanggal_lahir = required_date(body, "tanggal_lahir");
  } catch (const ValidationError& e) {
    errors.insert(errors.end(), e.errors().begin(), e.errors().end());
  }
  if (!errors.empty()) throw ValidationError(std::move(errors));
  return out;
}

json to_json(const ProtectionAnswer& a) {
  json manfaat = json::array();
  for (const auto& b : a.manfaat) {
    json rincian = json::array();
    for (const auto& r : b.rincian) rincian.push_back({{"label", r.label}, {"jumlah", r.jumlah}});
    manfaat.push_back({{"kode", b.kode},
                       {"label", b.label},
                       {"teks", b.teks},
                       {"jumlah", b.jumlah},
                       {"rincian", rincian},
                       {"dasar_hukum", b.dasar}});
  }
  json langkah = json::array();
  for (const auto& g : a.langkah) {
    json hubungi = json::array();
    for (const auto& h : g.hubungi) hubungi.push_back({{"teks", h}});
    json dokumen = json::array();
    for (const auto& d : g.dokumen) dokumen.push_back({{"kode", d.kode}, {"label", d.label}, {"wajib", d.wajib}});
    langkah.push_back(
        {{"kode", g.kode}, {"label", g.label}, {"hubungi", hubungi}, {"dokumen", dokumen}, {"keterangan", g.catatan}});
  }
  return {{"inisial", a.inisial},
          {"status", a.status},
          {"status_label", a.status_label},
          {"terlindungi_sampai", a.terlindungi_sampai ? json(a.terlindungi_sampai->iso()) : json(nullptr)},
          {"pembiayaan", a.pembiayaan},
          {"pembiayaan_label", a.pembiayaan_label},
          {"kartu", a.kartu},
          {"kartu_label", a.kartu_label},
          {"tempat_ambil", a.tempat_ambil.empty() ? json(nullptr) : json(a.tempat_ambil)},
          {"manfaat", manfaat},
          {"langkah", langkah}};
}

}  // namespace lindungi::wire
