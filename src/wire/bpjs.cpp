#include "wire/bpjs.hpp"

#include "core/errors.hpp"
#include "core/nik.hpp"
#include "wire/fields.hpp"
#include "wire/lists.hpp"

namespace lindungi::wire {

namespace {

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

nlohmann::json bpjs_problems_json(const std::vector<FieldError>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : problems) out.push_back({{"field", p.field}, {"code", p.code}, {"message", p.message}});
  return out;
}

}  // namespace

nlohmann::json registration_batch_json(const store::RegistrationBatchRecord& b) {
  return {{"id", b.id},         {"dibuat", b.dibuat},     {"pelaku", b.pelaku},     {"wilayah", b.wilayah},
          {"jumlah", b.jumlah}, {"menunggu", b.menunggu}, {"diterima", b.diterima}, {"ditolak", b.ditolak}};
}

nlohmann::json batch_created_json(const services::BatchCreated& c) {
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& s : c.skipped)
    skipped.push_back(
        {{"pekerja_id", s.pekerja_id}, {"nama", s.nama}, {"code", s.problem.code}, {"message", s.problem.message}});
  auto j = registration_batch_json(c.batch);
  j["dilewati"] = skipped;
  return j;
}

nlohmann::json batch_detail_json(const services::BatchDetail& d) {
  auto j = registration_batch_json(d.batch);
  nlohmann::json entries = nlohmann::json::array();
  for (std::size_t i = 0; i < d.entries.size(); ++i) {
    const auto& e = d.entries[i];
    entries.push_back({{"pekerja_id", e.pekerja_id},
                       {"nik", mask_nik(e.nik)},
                       {"nama", i < d.names.size() ? d.names[i] : ""},
                       {"status", e.status},
                       {"kpj", e.kpj},
                       {"tanggal_efektif", e.tanggal_efektif},
                       {"alasan", e.alasan},
                       {"dijawab", e.dijawab}});
  }
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : d.responses)
    files.push_back({{"id", f.id},
                     {"waktu", f.waktu},
                     {"pelaku", f.pelaku},
                     {"nama_berkas", f.nama_berkas},
                     {"baris", f.baris},
                     {"diterima", f.diterima},
                     {"ditolak", f.ditolak},
                     {"tidak_berubah", f.tidak_berubah},
                     {"galat", f.galat}});
  j["pekerja"] = entries;
  j["jawaban"] = files;
  return j;
}

nlohmann::json response_result_json(const services::ResponseResult& r) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& e : r.errors)
    errors.push_back({{"row", e.row}, {"column", e.column}, {"code", e.code}, {"message", e.message}});
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& o : r.outcomes)
    rows.push_back({{"row", o.row},
                    {"pekerja_id", o.pekerja_id > 0 ? nlohmann::json(o.pekerja_id) : nlohmann::json(nullptr)},
                    {"nama", o.nama},
                    {"nik", o.nik},
                    {"hasil", o.hasil},
                    {"kpj", o.kpj},
                    {"tanggal_efektif", o.tanggal_efektif},
                    {"alasan", o.alasan}});
  return {{"pendaftaran_id", r.batch_id},
          {"dry_run", r.dry_run},
          {"baris", rows},
          {"rows", r.rows},
          {"accepted", r.accepted},
          {"rejected", r.rejected_by_bpjs},
          {"unchanged", r.unchanged},
          {"invalid", r.errors_count},
          {"saved", r.saved},
          {"errors", errors},
          {"unknown_columns", r.unknown_columns}};
}

nlohmann::json card_batch_json(const store::CardBatchRecord& b) {
  return {{"id", b.id},
          {"dibuat", b.dibuat},
          {"pelaku", b.pelaku},
          {"wilayah", b.wilayah},
          {"pendaftaran_id", b.pendaftaran_id > 0 ? nlohmann::json(b.pendaftaran_id) : nlohmann::json(nullptr)},
          {"diminta", b.diminta},
          {"dicetak", b.dicetak},
          {"diserahkan", b.diserahkan},
          {"jumlah", b.diminta + b.dicetak + b.diserahkan}};
}

CardAnswer card_answer(const store::CardRecord& c) {
  return {c.id,
          c.batch_id,
          c.pekerja_id,
          c.status,
          {c.diminta_oleh, c.diminta_pada},
          {c.dicetak_oleh, c.dicetak_pada},
          {c.diserahkan_oleh, c.diserahkan_pada}};
}

nlohmann::json to_json(const CardAnswer& c) {
  auto stamp = [](const CardAnswer::Stamp& s) { return nlohmann::json{{"oleh", s.oleh}, {"pada", s.pada}}; };
  return {{"id", c.id},
          {"batch_id", c.batch_id},
          {"pekerja_id", c.pekerja_id},
          {"status", c.status},
          {"diminta", stamp(c.diminta)},
          {"dicetak", stamp(c.dicetak)},
          {"diserahkan", stamp(c.diserahkan)}};
}

nlohmann::json card_json(const store::CardRecord& c) { return to_json(card_answer(c)); }

nlohmann::json card_request_json(const services::CardRequestResult& r) {
  nlohmann::json items = nlohmann::json::array();
  int ok = 0;
  for (const auto& i : r.items) {
    items.push_back({{"pekerja_id", i.pekerja_id},
                     {"nama", i.nama},
                     {"ok", i.ok},
                     {"kartu_id", i.ok ? nlohmann::json(i.kartu_id) : nlohmann::json(nullptr)},
                     {"masalah", bpjs_problems_json(i.problems)}});
    ok += i.ok;
  }
  return {{"batch", card_batch_json(r.batch)},
          {"accepted", ok},
          {"rejected", static_cast<int>(r.items.size()) - ok},
          {"items", items}};
}

nlohmann::json card_batch_detail_json(const services::CardBatchDetail& d) {
  auto j = card_batch_json(d.batch);
  nlohmann::json cards = nlohmann::json::array();
  for (const auto& v : d.cards) {
    auto c = card_json(v.card);
    c["nama"] = v.nama;
    c["kpj"] = v.kpj;
    c["nik"] = mask_nik(v.nik);
    cards.push_back(std::move(c));
  }
  j["kartu"] = cards;
  return j;
}

nlohmann::json public_card_json(const services::PublicCardStatus& st) {
  if (!st.found) return {{"ditemukan", false}, {"status", st.teks}};
  return {{"ditemukan", true},     {"inisial", st.inisial},
          {"aktif", st.aktif},     {"sampai", st.sampai ? nlohmann::json(st.sampai->iso()) : nlohmann::json(nullptr)},
          {"diganti", st.diganti}, {"status", st.teks}};
}

std::string public_card_html(const services::PublicCardStatus& st) {
  std::string body;
  if (!st.found) {
    body = "<p class=\"status tidak\">Kartu tidak dikenal</p><p>Kode pada kartu ini tidak terdaftar.</p>";
  } else if (st.diganti) {
    body = "<p class=\"inisial\">" + html_escape(st.inisial) +
           "</p><p class=\"status tidak\">Kartu sudah diganti</p><p>Kartu ini sudah diganti dengan kartu baru dan "
           "tidak berlaku lagi.</p>";
  } else {
    body = "<p class=\"inisial\">" + html_escape(st.inisial) + "</p><p class=\"status " +
           (st.aktif ? "aktif" : "tidak") + "\">" +
           html_escape(st.aktif ? "Aktif s.d. " + st.sampai->id() : "Tidak aktif") + "</p>";
  }
  return "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"robots\" content=\"noindex\"><title>Verifikasi kartu peserta</title>"
         "<style>body{font-family:sans-serif;margin:0;padding:2rem 1rem;text-align:center;color:#222}"
         "h1{font-size:1.1rem;font-weight:normal;color:#555}.inisial{font-size:2rem;font-weight:bold;margin:1rem 0}"
         ".status{font-size:1.4rem;font-weight:bold;padding:.6rem;border-radius:.4rem}"
         ".aktif{background:#e3f4ea;color:#006b3f}.tidak{background:#f7e4e4;color:#8a1f1f}"
         "footer{margin-top:2rem;font-size:.8rem;color:#777}.cek{margin-top:1.5rem}.cek "
         "a{font-weight:bold}</style></head><body>"
         "<h1>Verifikasi kartu peserta BPJS Ketenagakerjaan (JKK + JKM)</h1>" +
         body +
         "<p class=\"cek\"><a href=\"/cek\">Cek Perlindungan</a>: lihat sampai kapan Anda terlindungi, hak-hak "
         "Anda dan apa yang harus dilakukan bila terjadi kecelakaan kerja atau kematian, dengan NIK dan tanggal "
         "lahir.</p>"
         "<footer>Halaman ini hanya menampilkan inisial dan status kepesertaan. Lindungi</footer></body></html>\n";
}

services::BatchRequest batch_request(const nlohmann::json& body) {
  services::BatchRequest r;
  r.wilayah = text_field(body, "wilayah").value_or("");
  r.pekerja = id_list_field(body, "pekerja");
  if (const auto it = body.find("kirim_ulang"); it != body.end()) {
    if (!it->is_boolean()) throw ValidationError("kirim_ulang", "tipe_salah", "Kolom 'kirim_ulang' harus true/false");
    r.kirim_ulang = it->get<bool>();
  }
  return r;
}

CardRequestBody card_request(const nlohmann::json& body) {
  CardRequestBody b;
  if (const auto it = body.find("pendaftaran"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer()) throw ValidationError("pendaftaran", "tipe_salah", "Kolom 'pendaftaran' harus angka");
    b.pendaftaran = it->get<std::int64_t>();
  }
  b.pekerja = id_list_field(body, "pekerja");
  return b;
}

nlohmann::json registration_batches_json(const std::vector<store::RegistrationBatchRecord>& batches) {
  return json_array(batches, [](const store::RegistrationBatchRecord& b) { return registration_batch_json(b); });
}

nlohmann::json card_batches_json(const std::vector<store::CardBatchRecord>& batches) {
  return json_array(batches, [](const store::CardBatchRecord& b) { return card_batch_json(b); });
}

nlohmann::json cards_json(const std::vector<store::CardRecord>& cards) {
  return items_json(json_array(cards, [](const store::CardRecord& c) { return card_json(c); }));
}

}  // namespace lindungi::wire
