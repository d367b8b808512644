#include "formats/worker_json.hpp"

#include "core/money.hpp"
#include "core/nik.hpp"
#include "formats/json_writer.hpp"

namespace lindungi::formats {

using nlohmann::json;

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
      .field("persetujuan", w.persetujuan)
      .field("setuju_pesan", w.setuju_pesan);
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
json opt_date(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
}  // namespace

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
  if (const auto it = body.find("setuju_pesan"); it != body.end() && !it->is_null()) {
    if (it->is_boolean())
      w.setuju_pesan = it->get<bool>();
    else
      errors.push_back({"setuju_pesan", "tipe_salah", "Kolom 'setuju_pesan' harus true atau false"});
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

std::string json_text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json worker_changes(const Worker* before, const Worker& after) {
  auto fields = [](const Worker& w) {
    json heirs = json::array();
    for (const Heir& h : w.ahli_waris)
      heirs.push_back({{"nama", h.nama},
                       {"hubungan", h.hubungan},
                       {"nik", h.nik.empty() ? "" : mask_nik(h.nik)},
                       {"tanggal_lahir", opt_date(h.tanggal_lahir)}});
    // The audit log keeps the NIK masked: it is read by auditors, not only by people who need it.
    return json{{"nik", mask_nik(w.nik)},
                {"nama", w.nama},
                {"tanggal_lahir", opt_date(w.tanggal_lahir)},
                {"jenis_kelamin", w.jenis_kelamin ? json(std::string{to_string(*w.jenis_kelamin)}) : json(nullptr)},
                {"kode_kelurahan", w.kode_kelurahan},
                {"rt", w.rt},
                {"alamat", w.alamat},
                {"no_hp", w.no_hp},
                {"pekerjaan", w.pekerjaan},
                {"penghasilan", w.penghasilan},
                {"kategori", w.kategori},
                {"status", w.status},
                {"sumber_dana", w.sumber_dana},
                {"kpj", w.kpj},
                {"alasan", w.alasan},
                {"persetujuan", w.persetujuan},
                {"setuju_pesan", w.setuju_pesan},
                {"ahli_waris", heirs}};
  };
  const json a = before ? fields(*before) : json::object();
  const json b = fields(after);
  json changes = json::object();
  for (const auto& [key, value] : b.items()) {
    const json old = a.contains(key) ? a[key] : json(nullptr);
    if (old != value) changes[key] = json::array({old, value});
  }
  // A NIK correction must be visible in the log even though both sides are masked.
  if (before && before->nik != after.nik && !changes.contains("nik"))
    changes["nik"] = json::array({mask_nik(before->nik) + " (lama)", mask_nik(after.nik)});
  return changes;
}

namespace {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

std::string worker_creation_changes(const Worker& w, std::string_view source) {
  std::string out;
  out.reserve(512);
  // Keys in the order nlohmann's std::map-backed objects write them (sorted).
  auto key = [&](std::string_view k) {
    out += out.empty() ? "{" : ",";
    append_json_string(out, k);
    out += ":[null,";
  };
  auto text = [&](std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out, v);
    out.push_back(']');
  };
  key("ahli_waris");
  out.push_back('[');
  for (std::size_t i = 0; i < w.ahli_waris.size(); ++i) {
    const Heir& h = w.ahli_waris[i];
    if (i) out.push_back(',');
    out += "{\"hubungan\":";
    append_json_string(out, h.hubungan);
    out += ",\"nama\":";
    append_json_string(out, h.nama);
    out += ",\"nik\":";
    append_json_string(out, h.nik.empty() ? std::string{} : mask_nik(h.nik));
    out += ",\"tanggal_lahir\":";
    if (h.tanggal_lahir)
      append_json_string(out, h.tanggal_lahir->iso());
    else
      out += "null";
    out.push_back('}');
  }
  out += "]]";
  text("alamat", w.alamat);
  text("alasan", w.alasan);
  text("impor", source);
  if (w.jenis_kelamin) {  // a null new value is no change from null, so worker_changes leaves it out
    key("jenis_kelamin");
    append_json_string(out, to_string(*w.jenis_kelamin));
    out.push_back(']');
  }
  text("kategori", w.kategori);
  text("kode_kelurahan", w.kode_kelurahan);
  text("kpj", w.kpj);
  text("nama", w.nama);
  text("nik", mask_nik(w.nik));
  text("no_hp", w.no_hp);
  text("pekerjaan", w.pekerjaan);
  key("penghasilan");
  out += std::to_string(w.penghasilan) + "]";
  key("persetujuan");
  out += w.persetujuan ? "true]" : "false]";
  key("rt");
  out += std::to_string(w.rt) + "]";
  key("setuju_pesan");
  out += w.setuju_pesan ? "true]" : "false]";
  text("status", w.status);
  text("sumber_dana", w.sumber_dana);
  if (w.tanggal_lahir) {
    key("tanggal_lahir");
    append_json_string(out, w.tanggal_lahir->iso());
    out.push_back(']');
  }
  out.push_back('}');
  return out;
}

}  // namespace lindungi::formats
