#include "formats/worker_json.hpp"

#include "core/money.hpp"
#include "core/nik.hpp"

namespace lindungi::formats {

using nlohmann::json;

namespace {

json opt_date(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json heirs_json(const Worker& w, NikView view) {
  json heirs = json::array();
  for (const Heir& h : w.ahli_waris)
    heirs.push_back({{"id", h.id},
                     {"nama", h.nama},
                     {"hubungan", h.hubungan},
                     {"hubungan_label", std::string{label_of(heir_relations(), h.hubungan)}},
                     {"nik", view == NikView::full || h.nik.empty() ? h.nik : mask_nik(h.nik)},
                     {"tanggal_lahir", opt_date(h.tanggal_lahir)}});
  return heirs;
}

}  // namespace

json worker_summary_json(const Worker& w, const RegionTree& regions, NikView view) {
  const Region* kel = regions.find(w.kode_kelurahan);
  return {{"id", w.id},
          {"nik", view == NikView::full ? w.nik : mask_nik(w.nik)},
          {"nama", w.nama},
          {"jenis_kelamin", w.jenis_kelamin ? json(std::string{to_string(*w.jenis_kelamin)}) : json(nullptr)},
          {"kode_kelurahan", w.kode_kelurahan},
          {"kelurahan", kel ? kel->nama : ""},
          {"rt", w.rt},
          {"kode_rt", w.kode_rt()},
          {"pekerjaan", w.pekerjaan},
          {"pekerjaan_label", std::string{label_of(occupations(), w.pekerjaan)}},
          {"kategori", w.kategori},
          {"status", w.status},
          {"status_label", std::string{label_of(worker_statuses(), w.status)}},
          {"sumber_dana", w.sumber_dana}};
}

json worker_to_json(const Worker& w, const RegionTree& regions, NikView view) {
  json j = worker_summary_json(w, regions, view);
  const Region* kel = regions.find(w.kode_kelurahan);
  const Region* kec = kel ? regions.find(parent_code(kel->kode)) : nullptr;
  j["kecamatan"] = kec ? kec->nama : "";
  j["tanggal_lahir"] = opt_date(w.tanggal_lahir);
  j["alamat"] = w.alamat;
  j["no_hp"] = w.no_hp;
  j["penghasilan"] = w.penghasilan;
  j["penghasilan_teks"] = format_rupiah(w.penghasilan);
  j["kategori_label"] = std::string{label_of(categories(), w.kategori)};
  j["kpj"] = w.kpj;
  j["alasan"] = w.alasan;
  j["persetujuan"] = w.persetujuan;
  j["ahli_waris"] = heirs_json(w, view);
  j["dibuat"] = w.created_at;
  j["diperbarui"] = w.updated_at;
  j["versi"] = w.version;
  return j;
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

std::string json_text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json worker_changes(const Worker* before, const Worker& after) {
  auto fields = [](const Worker& w) {
    json heirs = json::array();
    for (const Heir& h : w.ahli_waris)
      heirs.push_back({{"nama", h.nama}, {"hubungan", h.hubungan}, {"nik", h.nik.empty() ? "" : mask_nik(h.nik)}});
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

}  // namespace lindungi::formats
