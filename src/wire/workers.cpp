#include "wire/workers.hpp"

#include "core/money.hpp"
#include "core/nik.hpp"
#include "formats/json_writer.hpp"

namespace lindungi::wire {

using nlohmann::json;
using formats::JsonWriter;

namespace {

std::optional<std::string> opt_date_text(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

void summary_fields(JsonWriter& j, const Worker& w, const RegionTree& regions, NikView view, NikView warnings_view) {
  const Region* kel = regions.find(w.kode_kelurahan);
  j.field("id", w.id)
      .field("nik", view == NikView::full ? w.nik : mask_nik(w.nik))
      .field("nama", w.nama)
      .field_or_null("jenis_kelamin", w.jenis_kelamin
                                          ? std::optional<std::string>(std::string{to_string(*w.jenis_kelamin)})
                                          : std::nullopt)
      .field("kode_kelurahan", w.kode_kelurahan)
      .field("kelurahan", kel ? std::string_view{kel->nama} : std::string_view{})
      .field("rt", w.rt)
      .field("kode_rt", w.kode_rt())
      .field("pekerjaan", w.pekerjaan)
      .field("pekerjaan_label", label_of(occupations(), w.pekerjaan))
      .field("kategori", w.kategori)
      .field("status", w.status)
      .field("status_label", label_of(worker_statuses(), w.status))
      .field("sumber_dana", w.sumber_dana)
      .field_or_null("tanggal_lahir", opt_date_text(w.tanggal_lahir));
  // What the NIK contradicts in the record (issue 17 item 2); empty when nothing.
  j.key("peringatan").begin_array();
  for (const FieldError& e : nik_warnings(w, &regions, warnings_view == NikView::full))
    j.begin_object().field("kode", e.code).field("kolom", e.field).field("pesan", e.message).end_object();
  j.end_array();
}

}  // namespace

std::string worker_json_text(const Worker& w, const RegionTree& regions, NikView view,
                             std::optional<NikView> warnings_view) {
  JsonWriter j;
  j.begin_object();
  summary_fields(j, w, regions, view, warnings_view.value_or(view));
  const Region* kel = regions.find(w.kode_kelurahan);
  const Region* kec = kel ? regions.find(parent_code(kel->kode)) : nullptr;
  j.field("kecamatan", kec ? std::string_view{kec->nama} : std::string_view{})
      .field("alamat", w.alamat)
      .field("no_hp", w.no_hp)
      .field("penghasilan", w.penghasilan)
      .field("penghasilan_teks", format_rupiah(w.penghasilan))
      .field("kategori_label", label_of(categories(), w.kategori))
      .field("kpj", w.kpj)
      .field("alasan", w.alasan)
      .field("persetujuan", w.persetujuan);
  j.key("ahli_waris").begin_array();
  for (const Heir& h : w.ahli_waris) {
    j.begin_object()
        .field("id", h.id)
        .field("nama", h.nama)
        .field("hubungan", h.hubungan)
        .field("hubungan_label", label_of(heir_relations(), h.hubungan))
        .field("nik", view == NikView::full || h.nik.empty() ? h.nik : mask_nik(h.nik))
        .field_or_null("tanggal_lahir", opt_date_text(h.tanggal_lahir))
        .end_object();
  }
  j.end_array();
  j.field("dibuat", w.created_at).field("diperbarui", w.updated_at).field("versi", w.version);
  j.end_object();
  return j.take();
}

std::string worker_summary_text(const Worker& w, const RegionTree& regions, NikView view,
                                std::optional<NikView> warnings_view) {
  JsonWriter j;
  j.begin_object();
  summary_fields(j, w, regions, view, warnings_view.value_or(view));
  j.end_object();
  return j.take();
}

// The tree forms parse the text forms, so there is one encoding of a worker, not two.
json worker_summary_json(const Worker& w, const RegionTree& regions, NikView view,
                         std::optional<NikView> warnings_view) {
  return json::parse(worker_summary_text(w, regions, view, warnings_view));
}

json worker_to_json(const Worker& w, const RegionTree& regions, NikView view, std::optional<NikView> warnings_view) {
  return json::parse(worker_json_text(w, regions, view, warnings_view));
}

namespace {

// Reads a string field; numbers are accepted for fields people type as numbers (NIK, RT, phone).
std::string get_text(const json& body, const char* field, std::vector<FieldError>& errors) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  errors.push_back({field, "tipe_salah", std::string{"Kolom '"} + field + "' harus berupa teks"});
  return {};
}

}  // namespace

Worker worker_from_json(const json& body, std::vector<FieldError>& errors) {
  Worker w;
  if (!body.is_object()) {
    errors.push_back({"", "bukan_objek", "Isi permintaan harus objek JSON"});
    return w;
  }
  w.nik = get_text(body, "nik", errors);
  w.nama = get_text(body, "nama", errors);
  if (const std::string d = get_text(body, "tanggal_lahir", errors); !d.empty()) {
    w.tanggal_lahir = parse_date(d);
    if (!w.tanggal_lahir)
      errors.push_back({"tanggal_lahir", "tanggal_tidak_valid",
                        "Tanggal lahir '" + d + "' tidak valid (gunakan DD/MM/YYYY atau YYYY-MM-DD)"});
  }
  if (const std::string s = get_text(body, "jenis_kelamin", errors); !s.empty()) {
    w.jenis_kelamin = parse_sex(s);
    if (!w.jenis_kelamin)
      errors.push_back({"jenis_kelamin", "jenis_kelamin_tidak_valid", "Jenis kelamin harus L atau P"});
  }
  w.kode_kelurahan = get_text(body, "kode_kelurahan", errors);
  if (const std::string rt = get_text(body, "rt", errors); !rt.empty()) {
    if (rt.size() > 3 || rt.find_first_not_of("0123456789") != std::string::npos)
      errors.push_back({"rt", "rt_tidak_valid", "Nomor RT harus angka 1-999"});
    else
      w.rt = std::stoi(rt);
  }
  w.alamat = get_text(body, "alamat", errors);
  w.no_hp = get_text(body, "no_hp", errors);
  w.pekerjaan = get_text(body, "pekerjaan", errors);
  if (const std::string p = get_text(body, "penghasilan", errors); !p.empty()) {
    const auto rp = parse_rupiah(p);
    if (!rp)
      errors.push_back({"penghasilan", "penghasilan_tidak_valid",
                        "Penghasilan '" + p + "' bukan jumlah Rupiah yang valid (mis. 1.500.000)"});
    else
      w.penghasilan = *rp;
  }
  w.kategori = get_text(body, "kategori", errors);
  if (const auto it = body.find("persetujuan"); it != body.end() && !it->is_null()) {
    if (it->is_boolean())
      w.persetujuan = it->get<bool>();
    else
      errors.push_back({"persetujuan", "tipe_salah", "Kolom 'persetujuan' harus true atau false"});
  }
  if (const auto it = body.find("ahli_waris"); it != body.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.push_back({"ahli_waris", "tipe_salah", "Kolom 'ahli_waris' harus berupa daftar"});
    } else {
      for (const json& h : *it) {
        if (!h.is_object()) {
          errors.push_back({"ahli_waris", "tipe_salah", "Setiap ahli waris harus berupa objek"});
          continue;
        }
        Heir heir;
        heir.nama = get_text(h, "nama", errors);
        heir.hubungan = get_text(h, "hubungan", errors);
        heir.nik = get_text(h, "nik", errors);
        if (const std::string d = get_text(h, "tanggal_lahir", errors); !d.empty()) {
          heir.tanggal_lahir = parse_date(d);
          if (!heir.tanggal_lahir)
            errors.push_back({"ahli_waris", "tanggal_tidak_valid", "Tanggal lahir ahli waris '" + d + "' tidak valid"});
        }
        w.ahli_waris.push_back(std::move(heir));
      }
    }
  }
  return w;
}

std::int64_t worker_version(const json& body) {
  if (!body.is_object() || !body.contains("versi") || !body["versi"].is_number_integer())
    throw ValidationError("versi", "versi_wajib", "Kolom 'versi' (angka versi data yang sedang diubah) wajib diisi");
  return body["versi"].get<std::int64_t>();
}

}  // namespace lindungi::wire
