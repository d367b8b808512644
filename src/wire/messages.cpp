#include "wire/messages.hpp"

#include "core/errors.hpp"
#include "core/messages.hpp"
#include "wire/lists.hpp"

namespace lindungi::wire {

nlohmann::json to_json(const store::MessageRecord& m) {
  const auto* rule = find_message_template(m.templat);
  return {{"id", m.id},
          {"pekerja_id", m.pekerja_id},
          {"penerima", m.penerima},
          {"penerima_label", recipient_label(m.penerima)},
          {"nama_penerima", m.nama_penerima},
          {"no_hp", m.no_hp},
          {"templat", m.templat},
          {"templat_judul", rule ? std::string{rule->judul} : m.templat},
          {"isi", m.isi},
          {"status", m.status},
          {"status_label", message_status_label(m.status)},
          {"alasan", m.alasan},
          {"percobaan", m.percobaan},
          {"dibuat", m.dibuat},
          {"terkirim_pada", m.terkirim_pada},
          {"coba_pada", m.coba_pada},
          {"kunci", m.kunci}};
}

nlohmann::json to_json(const services::TemplateView& t) {
  return {{"kode", t.kode},
          {"judul", t.judul},
          {"isi", t.isi},
          {"isi_bawaan", t.isi_bawaan},
          {"isian", t.isian},
          {"diubah", t.diubah},
          {"diubah_oleh", t.diubah_oleh},
          {"diubah_pada", t.diubah_pada}};
}

nlohmann::json to_json(const services::TemplatePreview& p) {
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& e : p.masalah) problems.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
  return {{"kode", p.kode}, {"isi", p.isi}, {"masalah", problems}};
}

nlohmann::json to_json(const services::DailyMessages& d) {
  return {{"tanggal", d.tanggal.iso()},
          {"diperiksa", d.diperiksa},
          {"tanggungan_berakhir", d.tanggungan_berakhir},
          {"tanggungan_gugur", d.tanggungan_gugur},
          {"beasiswa", d.beasiswa}};
}

nlohmann::json to_json(const services::DeliveryRound& r) {
  return {{"diambil", r.diambil}, {"terkirim", r.terkirim}, {"gagal", r.gagal}, {"diulang", r.diulang}};
}

std::string template_text(const nlohmann::json& body) {
  const auto it = body.find("isi");
  if (it == body.end() || it->is_null()) throw ValidationError("isi", "wajib_diisi", "Isi templat wajib diisi");
  if (!it->is_string()) throw ValidationError("isi", "tipe_salah", "Kolom 'isi' harus berupa teks");
  return it->get<std::string>();
}

bool consent(const nlohmann::json& body) {
  const auto it = body.find("setuju");
  if (it == body.end() || !it->is_boolean())
    throw ValidationError("setuju", "tipe_salah", "Kolom 'setuju' harus true atau false");
  return it->get<bool>();
}

nlohmann::json messages_json(const std::vector<store::MessageRecord>& messages) {
  return json_array(messages, [](const store::MessageRecord& m) { return to_json(m); });
}

nlohmann::json templates_json(const std::vector<services::TemplateView>& templates) {
  return items_json(json_array(templates, [](const services::TemplateView& t) { return to_json(t); }));
}

}  // namespace lindungi::wire
