#include "core/intake.hpp"

#include <cctype>
#include <cmath>

namespace lindungi {

const std::array<TemplateColumn, kColumnCount>& template_columns() {
  static const std::array<TemplateColumn, kColumnCount> columns = {{
      {Column::nik, "nik", true,
       "NIK 16 digit sesuai KTP. Format kolom sebagai Teks agar Excel tidak mengubahnya menjadi 1,57E+15.",
       "1571015708850003"},
      {Column::nama, "nama", true, "Nama lengkap sesuai KTP.", "Siti Aminah"},
      {Column::tanggal_lahir, "tanggal_lahir", true,
       "Tanggal lahir, DD/MM/YYYY (17/08/1985) atau YYYY-MM-DD. Harus sesuai dengan NIK.", "17/08/1985"},
      {Column::jenis_kelamin, "jenis_kelamin", true, "L (laki-laki) atau P (perempuan).", "P"},
      {Column::kode_kelurahan, "kode_kelurahan", true,
       "Kode kelurahan Kemendagri (15.71.01.1001) atau nama kelurahan (Simpang IV Sipin).", "15.71.01.1001"},
      {Column::rt, "rt", true, "Nomor RT, angka 1-999 (7 atau 007). RT harus sudah terdaftar di kelurahan.", "007"},
      {Column::alamat, "alamat", false, "Alamat tempat tinggal (boleh kosong).", "Jl. Sultan Agung No. 12"},
      {Column::no_hp, "no_hp", false,
       "Nomor HP seluler diawali 08, 628 atau +628 (boleh kosong); disimpan sebagai +62...", "081234567890"},
      {Column::pekerjaan, "pekerjaan", true,
       "Kode atau nama pekerjaan: ojek_online, ojek_pangkalan, sopir_angkot, becak, kusir_delman, buruh_harian, "
       "tukang_bangunan, tukang_parkir, pedagang_umkm, nelayan, petani, seniman_budayawan, pemandi_jenazah, "
       "guru_madrasah_takmiliyah, petugas_syara, ketua_rt, lainnya.",
       "pedagang_umkm"},
      {Column::penghasilan, "penghasilan", true,
       "Penghasilan per bulan dalam Rupiah, boleh dengan titik atau Rp (1.500.000). Di atas batas program "
       "(Rp6.000.000) ditolak.",
       "1.500.000"},
      {Column::kategori, "kategori", true, "pekerja_rentan, petugas_keagamaan, atau ketua_rt.", "pekerja_rentan"},
      {Column::nama_ahli_waris, "nama_ahli_waris", false, "Nama ahli waris (boleh kosong).", "Budi Santoso"},
      {Column::hubungan_ahli_waris, "hubungan_ahli_waris", false,
       "Hubungan ahli waris dengan pekerja: suami, istri, anak, ayah, ibu, kakek, nenek, cucu, saudara_kandung, "
       "mertua, atau wasiat (PP 44/2015 Pasal 37). Wajib bila nama ahli waris diisi.",
       "suami"},
      {Column::nik_ahli_waris, "nik_ahli_waris", false, "NIK ahli waris bila diketahui (boleh kosong), 16 digit.", ""},
  }};
  return columns;
}

const TemplateColumn& template_column(Column column) { return template_columns()[static_cast<std::size_t>(column)]; }

std::string normalize_header(std::string_view h) {
  if (h.size() >= 3 && h.substr(0, 3) == "\xEF\xBB\xBF") h.remove_prefix(3);
  std::string out;
  for (char c : h) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out.push_back(static_cast<char>(std::tolower(u)));
    else if ((c == ' ' || c == '_' || c == '-' || c == '.') && !out.empty() && out.back() != '_')
      out.push_back('_');
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

HeaderMap map_header(const std::vector<std::string>& header) {
  HeaderMap map;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = normalize_header(header[i]);
    if (name.empty()) continue;  // Excel's trailing empty columns
    bool known = false;
    for (const auto& col : template_columns()) {
      if (col.name != name) continue;
      known = true;
      auto& slot = map.index[static_cast<std::size_t>(col.column)];
      if (slot)
        map.repeated.push_back(name);
      else
        slot = i;
    }
    if (!known) map.unknown.push_back(header[i]);
  }
  for (const auto& col : template_columns())
    if (col.required && !map.index[static_cast<std::size_t>(col.column)]) map.missing_required.emplace_back(col.name);
  return map;
}

std::string row_message(std::size_t row, std::string_view column, std::string_view message) {
  std::string out = "Baris " + std::to_string(row);
  if (!column.empty()) out += ", kolom " + std::string{column};
  return out + ": " + std::string{message};
}

namespace {

std::string trim_cell(std::string_view s) {
  std::size_t b = 0, e = s.size();
  // Spaces, tabs, line breaks and the no-break space Excel users paste (U+00A0).
  auto space_at = [&](std::size_t i, bool back) -> std::size_t {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (!back && i + 1 < s.size() && c == '\xC2' && s[i + 1] == '\xA0') return 2;
    if (back && i >= 1 && c == '\xA0' && s[i - 1] == '\xC2') return 2;
    return 0;
  };
  while (b < e) {
    const std::size_t n = space_at(b, false);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    const std::size_t n = space_at(e - 1, true);
    if (!n) break;
    e -= n;
  }
  return std::string{s.substr(b, e - b)};
}

// Whole words separated by single spaces.
std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : trim_cell(s)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "1.57101E+15", "1,571015708850003E+15": what Excel writes for a NIK stored as a number.
bool scientific_notation(std::string_view s) {
  const auto e = s.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 1 >= s.size()) return false;
  for (std::size_t i = 0; i < e; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i])) && s[i] != '.' && s[i] != ',') return false;
  std::size_t i = e + 1;
  if (s[i] == '+' || s[i] == '-') ++i;
  return i < s.size() && all_digits(s.substr(i));
}

struct NikCell {
  std::string nik;
  std::optional<FieldError> error;
};

// A NIK cell: spaces, dots and dashes people type between digit groups and Excel's leading
// apostrophe are removed. Numbers are refused: Excel keeps 15 significant digits, so the 16th
// digit of a NIK stored as a number is lost.
NikCell read_nik(const ImportCell& cell, std::string_view column, std::string_view who) {
  NikCell r;
  const std::string text = trim_cell(cell.text);
  const std::string what = std::string{who};
  if (cell.number || scientific_notation(text)) {
    r.error = FieldError{std::string{column}, "nik_tersimpan_sebagai_angka",
                         what + " tersimpan sebagai angka" + (text.empty() ? "" : " (" + text + ")") +
                             ": Excel hanya menyimpan 15 digit angka, sehingga digit terakhir NIK hilang. Ubah format "
                             "kolom " +
                             std::string{column} + " menjadi Teks, lalu ketik ulang NIK dari KTP"};
    return r;
  }
  for (char c : text)
    if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '\t') r.nik.push_back(c);
  if (!r.nik.empty() && !all_digits(r.nik)) r.nik = text;  // let the NIK check explain what is wrong
  return r;
}

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  return std::to_string(v);
}

}  // namespace

MappedRow map_import_row(const std::vector<ImportCell>& cells, const HeaderMap& header, bool date1904) {
  MappedRow out;
  static const ImportCell kEmpty{};
  auto cell = [&](Column c) -> const ImportCell& {
    const auto& idx = header.index[static_cast<std::size_t>(c)];
    return idx && *idx < cells.size() ? cells[*idx] : kEmpty;
  };
  auto text = [&](Column c) { return trim_cell(cell(c).text); };
  auto error = [&](Column c, std::string code, std::string message) {
    out.errors.push_back({std::string{template_column(c).name}, std::move(code), std::move(message)});
  };
  auto warning = [&](Column c, std::string code, std::string message) {
    out.warnings.push_back({std::string{template_column(c).name}, std::move(code), std::move(message)});
  };

  out.blank = true;
  for (const auto& col : template_columns())
    if (!text(col.column).empty()) out.blank = false;
  if (out.blank) return out;

  Worker& w = out.worker;
  if (const NikCell nik = read_nik(cell(Column::nik), "nik", "NIK"); nik.error)
    out.errors.push_back(*nik.error);
  else
    w.nik = nik.nik;
  w.nama = squeeze(cell(Column::nama).text);

  if (const ImportCell& c = cell(Column::tanggal_lahir); c.number) {
    w.tanggal_lahir = date_from_excel_serial(c.value + (date1904 ? 1462 : 0));
    if (!w.tanggal_lahir)
      error(Column::tanggal_lahir, "tanggal_tidak_valid",
            "Tanggal lahir berupa angka " + number_text(c.value) + " yang bukan tanggal Excel yang valid");
  } else if (std::string d = text(Column::tanggal_lahir); !d.empty()) {
    // A time part written by some exports ("1985-08-17 00:00:00") is ignored.
    if (const auto space = d.find(' '); space != std::string::npos && d.find(':', space) != std::string::npos)
      d = d.substr(0, space);
    w.tanggal_lahir = parse_date(d);
    if (!w.tanggal_lahir)
      error(Column::tanggal_lahir, "tanggal_tidak_valid",
            "Tanggal lahir '" + d + "' tidak valid (gunakan DD/MM/YYYY, mis. 17/08/1985, atau YYYY-MM-DD)");
  }

  if (const std::string s = text(Column::jenis_kelamin); !s.empty()) {
    w.jenis_kelamin = parse_sex(s);
    if (!w.jenis_kelamin)
      error(Column::jenis_kelamin, "jenis_kelamin_tidak_valid", "Jenis kelamin '" + s + "' tidak dikenal (L atau P)");
  }

  w.kode_kelurahan = squeeze(cell(Column::kode_kelurahan).text);

  // "7", "007", "RT 7", "RT.007", "007/003" (RT/RW), 7 stored as a number.
  if (std::string rt = text(Column::rt); !rt.empty()) {
    std::string digits;
    std::string_view v = rt;
    if (const auto slash = v.find('/'); slash != std::string_view::npos) v = v.substr(0, slash);
    std::size_t i = 0;
    if (v.size() >= 2 && std::tolower(static_cast<unsigned char>(v[0])) == 'r' &&
        std::tolower(static_cast<unsigned char>(v[1])) == 't')
      i = 2;
    for (; i < v.size(); ++i)
      if (v[i] != ' ' && v[i] != '.' && v[i] != ':') digits.push_back(v[i]);
    if (cell(Column::rt).number && std::floor(cell(Column::rt).value) == cell(Column::rt).value)
      digits = number_text(cell(Column::rt).value);
    if (digits.size() > 3 || !all_digits(digits) || std::stoi(digits) < 1)
      error(Column::rt, "rt_tidak_valid", "Nomor RT '" + rt + "' harus angka 1-999 (mis. 7 atau 007)");
    else
      w.rt = std::stoi(digits);
  }

  w.alamat = squeeze(cell(Column::alamat).text);

  // Excel drops the leading 0 of a phone number typed into a General cell: 81234567890.
  w.no_hp = text(Column::no_hp);
  if (all_digits(w.no_hp) && w.no_hp.front() == '8' && w.no_hp.size() >= 9 && w.no_hp.size() <= 12) {
    w.no_hp = "0" + w.no_hp;
    warning(Column::no_hp, "no_hp_nol_hilang",
            "Angka 0 di depan nomor HP hilang (kolom tersimpan sebagai angka); dibaca sebagai " + w.no_hp);
  }

  w.pekerjaan = squeeze(cell(Column::pekerjaan).text);
  w.kategori = squeeze(cell(Column::kategori).text);

  if (const ImportCell& c = cell(Column::penghasilan); c.number) {
    if (c.value < 0 || std::floor(c.value) != c.value || c.value > 1e12)
      error(Column::penghasilan, "penghasilan_tidak_valid",
            "Penghasilan " + number_text(c.value) + " harus bilangan Rupiah bulat, tidak negatif");
    else
      w.penghasilan = static_cast<Rupiah>(c.value);
  } else if (const std::string p = text(Column::penghasilan); p.empty()) {
    error(Column::penghasilan, "wajib_diisi", "Penghasilan per bulan wajib diisi (mis. 1.500.000)");
  } else if (const auto rp = parse_rupiah(p)) {
    w.penghasilan = *rp;
  } else {
    error(Column::penghasilan, "penghasilan_tidak_valid",
          "Penghasilan '" + p + "' bukan jumlah Rupiah yang valid (mis. 1.500.000 atau Rp1.500.000)");
  }

  Heir heir;
  heir.nama = squeeze(cell(Column::nama_ahli_waris).text);
  heir.hubungan = text(Column::hubungan_ahli_waris);
  if (const NikCell nik = read_nik(cell(Column::nik_ahli_waris), "nik_ahli_waris", "NIK ahli waris"); nik.error)
    out.errors.push_back(*nik.error);
  else
    heir.nik = nik.nik;
  if (!heir.nama.empty() || !heir.hubungan.empty() || !heir.nik.empty()) w.ahli_waris.push_back(std::move(heir));

  const auto& nik_example = template_column(Column::nik).example;
  out.example =
      w.nik == nik_example && normalize_header(w.nama) == normalize_header(template_column(Column::nama).example);
  return out;
}

std::string_view to_string(RowAction action) {
  switch (action) {
    case RowAction::create:
      return "create";
    case RowAction::update:
      return "update";
    case RowAction::unchanged:
      return "unchanged";
    case RowAction::rejected:
      return "rejected";
  }
  return "";
}

bool import_may_update(std::string_view status) {
  return status == "didata" || status == "diverifikasi" || status == "ditolak";
}

RowPlan plan_import_row(const Worker& in, const Worker* existing) {
  RowPlan plan;
  if (!existing) {
    plan.action = RowAction::create;
    plan.record = in;
    plan.record.id = 0;
    plan.record.status = "didata";
    plan.record.sumber_dana.clear();
    plan.record.kpj.clear();
    plan.record.alasan.clear();
    return plan;
  }
  Worker r = *existing;
  auto set = [&](auto& field, const auto& value, std::string_view column) {
    if (field != value) {
      field = value;
      plan.changed.emplace_back(column);
    }
  };
  set(r.nama, in.nama, "nama");
  set(r.tanggal_lahir, in.tanggal_lahir, "tanggal_lahir");
  set(r.jenis_kelamin, in.jenis_kelamin, "jenis_kelamin");
  set(r.kode_kelurahan, in.kode_kelurahan, "kode_kelurahan");
  set(r.rt, in.rt, "rt");
  if (!in.alamat.empty()) set(r.alamat, in.alamat, "alamat");
  if (!in.no_hp.empty()) set(r.no_hp, in.no_hp, "no_hp");
  set(r.pekerjaan, in.pekerjaan, "pekerjaan");
  set(r.penghasilan, in.penghasilan, "penghasilan");
  set(r.kategori, in.kategori, "kategori");
  for (const Heir& h : in.ahli_waris) {
    bool known = false;
    for (Heir& e : r.ahli_waris) {
      if (normalize_header(e.nama) == normalize_header(h.nama) && e.hubungan == h.hubungan) {
        known = true;
        if (!h.nik.empty() && e.nik != h.nik) {
          e.nik = h.nik;
          plan.changed.emplace_back("nik_ahli_waris");
        }
      }
    }
    if (known) continue;
    if (r.ahli_waris.size() <= 1) r.ahli_waris.clear();
    r.ahli_waris.push_back(h);
    plan.changed.emplace_back("nama_ahli_waris");
  }
  plan.record = std::move(r);
  if (plan.changed.empty()) {
    plan.action = RowAction::unchanged;
    return plan;
  }
  if (!import_may_update(existing->status)) {
    plan.action = RowAction::rejected;
    plan.refusal = FieldError{"nik", "pekerja_sudah_diproses",
                              "NIK ini sudah terdaftar dengan status '" +
                                  std::string{label_of(worker_statuses(), existing->status)} +
                                  "'; perubahan data pekerja yang sudah didanai atau didaftarkan ke BPJS tidak dapat "
                                  "dilakukan lewat impor. Ajukan koreksi melalui formulir pekerja"};
    return plan;
  }
  plan.action = RowAction::update;
  // A rejected record that changed goes back to the kelurahan. A verified one keeps its status:
  // the import service turns its material changes into a pending change for a second person
  // (issue 16 item 4, services/worker_changes), as a form edit does; the rest needs no new check.
  if (existing->status == "ditolak") {
    plan.record.status = "didata";
    plan.record.alasan = "Data diperbarui lewat impor; perlu verifikasi ulang oleh kelurahan";
  }
  return plan;
}

}  // namespace lindungi
