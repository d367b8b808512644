#include "wire/programme_rules.hpp"

#include "core/errors.hpp"
#include "wire/fields.hpp"

namespace lindungi::wire {

using nlohmann::json;

json to_json(const ProgrammeRuleSet& r) {
  json labels = json::array();
  for (const auto& k : r.prioritas_dana) labels.push_back(std::string{funder_kind_label(k)});
  return {{"wilayah", r.wilayah},
          {"berlaku_mulai", r.berlaku_mulai.iso()},
          {"usia_min", r.usia_min},
          {"usia_maks", r.usia_maks},
          {"batas_penghasilan", r.batas_penghasilan},
          {"dana_rt", r.dana_rt},
          {"dana_rt_per_tahun", r.dana_rt_per_tahun},
          {"prioritas_dana", r.prioritas_dana},
          {"prioritas_dana_label", labels},
          {"dasar_hukum", r.dasar_hukum},
          {"bawaan", r.bawaan}};
}

json to_json(const store::ProgrammeRuleRecord& record) {
  json j = to_json(record.rules);
  j["diubah_oleh"] = record.diubah_oleh;
  j["diubah"] = record.diubah;
  return j;
}

json to_json(const services::ProgrammeRulesView& v) {
  json rows = json::array();
  for (const auto& r : v.riwayat) rows.push_back(to_json(r));
  return {{"wilayah", v.wilayah},
          {"nama_wilayah", v.nama_wilayah},
          {"tanggal", v.tanggal.iso()},
          {"berlaku", to_json(v.berlaku)},
          {"riwayat", rows},
          {"dapat_diubah", v.dapat_diubah}};
}

ProgrammeRuleSet rule_set_request(const json& body, const std::string& wilayah) {
  if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
  ProgrammeRuleSet r;
  r.wilayah = wilayah;
  std::vector<FieldError> missing;
  auto need = [&](const char* field, const char* words) {
    missing.push_back({field, "wajib_diisi", std::string{words} + " wajib diisi"});
  };
  if (const auto d = date_field(body, "berlaku_mulai"))
    r.berlaku_mulai = *d;
  else
    need("berlaku_mulai", "Tanggal berlaku");
  if (const auto v = int_field(body, "usia_min", -1000, 1000))
    r.usia_min = *v;
  else
    need("usia_min", "Usia minimum");
  if (const auto v = int_field(body, "usia_maks", -1000, 1000))
    r.usia_maks = *v;
  else
    need("usia_maks", "Usia maksimum");
  if (const auto v = rupiah_field(body, "batas_penghasilan"))
    r.batas_penghasilan = *v;
  else
    need("batas_penghasilan", "Batas penghasilan");
  if (const auto v = bool_field(body, "dana_rt"))
    r.dana_rt = *v;
  else
    need("dana_rt", "Ada tidaknya dana RT");
  // Without an RT fund its size may be left out (it is then Rp0).
  if (const auto v = rupiah_field(body, "dana_rt_per_tahun"))
    r.dana_rt_per_tahun = *v;
  else if (r.dana_rt)
    need("dana_rt_per_tahun", "Besar dana RT per tahun");
  else
    r.dana_rt_per_tahun = 0;
  r.prioritas_dana.clear();
  if (body.contains("prioritas_dana") && !body["prioritas_dana"].is_null()) {
    const auto& list = body["prioritas_dana"];
    if (!list.is_array())
      throw ValidationError("prioritas_dana", "bukan_daftar", "Urutan prioritas sumber dana harus berupa daftar");
    for (const auto& k : list) {
      if (!k.is_string())
        throw ValidationError("prioritas_dana", "bukan_teks", "Setiap sumber dana dalam urutan prioritas harus teks");
      r.prioritas_dana.push_back(k.get<std::string>());
    }
  }
  r.dasar_hukum = text_field(body, "dasar_hukum").value_or("");
  if (!missing.empty()) throw ValidationError(std::move(missing));
  return r;
}

}  // namespace lindungi::wire
