#include "core/worker.hpp"

#include <cctype>

#include "core/phone.hpp"
#include "core/region.hpp"

namespace lindungi {

const std::vector<CodeLabel>& occupations() {
  static const std::vector<CodeLabel> list = {
      {"ojek_online", "Ojek Online"},
      {"ojek_pangkalan", "Ojek Pangkalan"},
      {"sopir_angkot", "Sopir Angkot"},
      {"becak", "Penarik Becak"},
      {"kusir_delman", "Kusir Delman"},
      {"buruh_harian", "Buruh Harian Lepas"},
      {"tukang_bangunan", "Tukang Bangunan"},
      {"tukang_parkir", "Tukang Parkir"},
      {"pedagang_umkm", "Pedagang / Pelaku UMKM"},
      {"nelayan", "Nelayan"},
      {"petani", "Petani"},
      {"seniman_budayawan", "Seniman / Budayawan"},
      {"pemandi_jenazah", "Pemandi Jenazah"},
      {"guru_madrasah_takmiliyah", "Guru Madrasah Takmiliyah"},
      {"petugas_syara", "Petugas Syara'"},
      {"ketua_rt", "Ketua RT"},
      {"lainnya", "Lainnya"},
  };
  return list;
}

const std::vector<CodeLabel>& categories() {
  static const std::vector<CodeLabel> list = {
      {"pekerja_rentan", "Pekerja Rentan"},
      {"petugas_keagamaan", "Petugas Keagamaan"},
      {"ketua_rt", "Ketua RT"},
  };
  return list;
}

// RULES.md §4.3 (PP 44/2015 Pasal 37(5)), in legal order.
const std::vector<CodeLabel>& heir_relations() {
  static const std::vector<CodeLabel> list = {
      {"suami", "Suami"},   {"istri", "Istri"}, {"anak", "Anak"},
      {"ayah", "Ayah"},     {"ibu", "Ibu"},     {"kakek", "Kakek"},
      {"nenek", "Nenek"},   {"cucu", "Cucu"},   {"saudara_kandung", "Saudara Kandung"},
      {"mertua", "Mertua"}, {"wasiat", "Penerima Wasiat"},
  };
  return list;
}

// DESIGN.md §2: didata -> diverifikasi | ditolak; dialokasikan -> didaftarkan -> aktif | ditolak_bpjs.
const std::vector<CodeLabel>& worker_statuses() {
  static const std::vector<CodeLabel> list = {
      {"didata", "Didata"},
      {"diverifikasi", "Diverifikasi"},
      {"ditolak", "Ditolak"},
      {"dialokasikan", "Dialokasikan"},
      {"didaftarkan", "Didaftarkan ke BPJS"},
      {"aktif", "Aktif"},
      {"ditolak_bpjs", "Ditolak BPJS"},
      // Claims (issue 5): a recorded death ends the membership; neither verified nor covered.
      {"meninggal", "Meninggal"},
  };
  return list;
}

bool status_counts_as_verified(std::string_view s) {
  return s == "diverifikasi" || s == "dialokasikan" || s == "didaftarkan" || s == "aktif" || s == "ditolak_bpjs";
}

bool status_counts_as_covered(std::string_view s) { return s == "aktif"; }

namespace {
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

// fold(s) == key, without building fold(s): imports call this for every row.
bool folds_to(std::string_view s, std::string_view key) {
  std::size_t k = 0;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) continue;
    if (k == key.size() || static_cast<char>(std::tolower(static_cast<unsigned char>(c))) != key[k]) return false;
    ++k;
  }
  return k == key.size();
}
}  // namespace

std::optional<std::string_view> find_code(const std::vector<CodeLabel>& list, std::string_view text) {
  for (const auto& item : list)
    if (item.code == text) return item.code;  // already canonical: the common case
  const std::string key = fold(text);
  if (key.empty()) return std::nullopt;
  for (const auto& item : list)
    if (folds_to(item.code, key) || folds_to(item.label, key)) return item.code;
  return std::nullopt;
}

std::string_view label_of(const std::vector<CodeLabel>& list, std::string_view code) {
  for (const auto& item : list)
    if (item.code == code) return item.label;
  return code;
}

std::string Worker::kode_rt() const { return rt_code(kode_kelurahan, rt); }

namespace {
std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}
}  // namespace

void normalize_worker(Worker& w, const RegionTree& regions, std::string_view within) {
  w.nik = trimmed(w.nik);
  w.nama = trimmed(w.nama);
  w.alamat = trimmed(w.alamat);
  if (const Region* kel = regions.find_kelurahan(trimmed(w.kode_kelurahan), within)) w.kode_kelurahan = kel->kode;
  if (auto phone = normalize_phone(w.no_hp)) w.no_hp = *phone;
  if (auto code = find_code(occupations(), w.pekerjaan)) w.pekerjaan = std::string{*code};
  if (auto code = find_code(categories(), w.kategori)) w.kategori = std::string{*code};
  for (Heir& h : w.ahli_waris) {
    h.nama = trimmed(h.nama);
    h.nik = trimmed(h.nik);
    if (auto code = find_code(heir_relations(), h.hubungan)) h.hubungan = std::string{*code};
  }
}

std::vector<FieldError> nik_warnings(const Worker& w, const RegionTree* regions, bool quote_nik) {
  std::vector<FieldError> out;
  // The century is irrelevant to these checks (only the year's two digits are compared, and the
  // message shows the NIK's date in the century of the typed one): any fixed day answers the same,
  // so the warnings of a stored record never change with the clock. 2099 keeps 2000's 29 February.
  const NikInfo info = analyze_nik(w.nik, Date{2099, 12, 31}, regions);
  if (!info.valid) return out;
  for (const auto& e : info.warnings)
    out.push_back(
        {"nik", e.code, quote_nik ? e.message : "Kode wilayah dalam NIK tidak dikenal; cocokkan NIK dengan KTP/KK"});
  for (const auto& e : nik_consistency(info, w.tanggal_lahir, w.jenis_kelamin, quote_nik))
    out.push_back({e.code == "nik_jenis_kelamin_beda" ? "jenis_kelamin" : "tanggal_lahir", e.code, e.message});
  return out;
}

ValidationResult validate_worker(const Worker& w, const ValidationContext& ctx) {
  ValidationResult r;
  auto error = [&](std::string field, std::string code, std::string message) {
    r.errors.push_back({std::move(field), std::move(code), std::move(message)});
  };

  if (w.nik.empty()) {
    error("nik", "wajib_diisi", "NIK wajib diisi");
  } else {
    const NikInfo info = analyze_nik(w.nik, ctx.today, ctx.regions);
    for (const auto& e : info.errors) error("nik", e.code, e.message);
    if (info.valid) r.warnings = nik_warnings(w, ctx.regions);
  }

  // Lengths in characters, not bytes: names may hold UTF-8 letters.
  std::size_t letters = 0, characters = 0;
  for (char c : w.nama) {
    const auto u = static_cast<unsigned char>(c);
    if ((u & 0xC0) != 0x80) ++characters;
    if (std::isalpha(u) || (u >= 0x80 && (u & 0xC0) != 0x80)) ++letters;
  }
  if (w.nama.find_first_not_of(" \t") == std::string::npos)
    error("nama", "wajib_diisi", "Nama wajib diisi");
  else if (letters < 2 || characters > 100)
    error("nama", "nama_tidak_valid", "Nama harus berisi huruf, paling panjang 100 karakter");

  // The worker's kab/kota's programme (issue 22 item 4); a kelurahan not given or not known is
  // reported below, and checked against the default meanwhile.
  const ProgrammeRule programme =
      ctx.programme_of && level_of_code(w.kode_kelurahan) ? ctx.programme_of(w.kode_kelurahan) : ctx.programme;
  if (!w.tanggal_lahir) {
    error("tanggal_lahir", "wajib_diisi", "Tanggal lahir wajib diisi (DD/MM/YYYY)");
  } else if (*w.tanggal_lahir > ctx.today) {
    error("tanggal_lahir", "tanggal_masa_depan", "Tanggal lahir " + w.tanggal_lahir->id() + " ada di masa depan");
  } else {
    const int age = w.tanggal_lahir->age_on(ctx.today);
    if (age < programme.min_age)
      error("tanggal_lahir", "usia_terlalu_muda",
            "Usia " + std::to_string(age) + " tahun, di bawah batas " + std::to_string(programme.min_age) + " tahun");
    else if (age > programme.max_age)
      error("tanggal_lahir", "usia_melebihi_batas",
            "Usia " + std::to_string(age) + " tahun melebihi batas pendaftaran " +
                std::to_string(programme.max_age) + " tahun (perlu konfirmasi BPJS)");
  }

  if (!w.jenis_kelamin) error("jenis_kelamin", "wajib_diisi", "Jenis kelamin wajib diisi (L atau P)");

  const Region* kel = nullptr;
  if (w.kode_kelurahan.empty()) {
    error("kode_kelurahan", "wajib_diisi", "Kelurahan wajib diisi (kode Kemendagri atau nama)");
  } else if (ctx.regions) {
    kel = ctx.regions->find_kelurahan(w.kode_kelurahan);
    // Many areas in one deployment (issue 8 item 3): a desa name may exist in several kab/kota.
    const auto same_name = kel ? std::vector<std::string>{} : ctx.regions->kelurahan_named(w.kode_kelurahan);
    if (same_name.size() > 1) {
      std::string codes;
      for (const auto& c : same_name) codes += (codes.empty() ? "" : ", ") + c;
      error("kode_kelurahan", "kelurahan_ambigu",
            "Nama kelurahan/desa '" + w.kode_kelurahan + "' ada di beberapa wilayah (" + codes +
                "); tulis kode Kemendagri-nya");
    } else if (!kel) {
      error("kode_kelurahan", "kelurahan_tidak_dikenal", "Kelurahan '" + w.kode_kelurahan + "' tidak dikenal");
    }
  }
  if (w.rt < 1 || w.rt > 999)
    error("rt", "rt_tidak_valid", "Nomor RT harus angka 1-999");
  else if (kel && ctx.rt_exists && !ctx.rt_exists(kel->kode, w.rt))
    error("rt", "rt_tidak_ada", "RT " + std::to_string(w.rt) + " tidak terdaftar di Kelurahan " + kel->nama);

  if (!w.no_hp.empty() && !normalize_phone(w.no_hp)) error("no_hp", "no_hp_tidak_valid", phone_problem());

  if (w.pekerjaan.empty())
    error("pekerjaan", "wajib_diisi", "Pekerjaan wajib diisi");
  else if (!find_code(occupations(), w.pekerjaan))
    error("pekerjaan", "pekerjaan_tidak_dikenal", "Pekerjaan '" + w.pekerjaan + "' tidak ada dalam daftar");

  if (w.penghasilan < 0)
    error("penghasilan", "penghasilan_tidak_valid", "Penghasilan tidak boleh negatif");
  else if (w.penghasilan > programme.income_ceiling)
    error("penghasilan", "penghasilan_melebihi_batas",
          "Penghasilan " + format_rupiah(w.penghasilan) + " melebihi batas program " +
              format_rupiah(programme.income_ceiling) + " per bulan");

  if (w.kategori.empty())
    error("kategori", "wajib_diisi", "Kategori wajib diisi");
  else if (!find_code(categories(), w.kategori))
    error("kategori", "kategori_tidak_dikenal",
          "Kategori '" + w.kategori + "' tidak dikenal (pekerja_rentan, petugas_keagamaan, ketua_rt)");

  for (std::size_t i = 0; i < w.ahli_waris.size(); ++i) {
    const Heir& h = w.ahli_waris[i];
    const std::string prefix = w.ahli_waris.size() == 1 ? "" : " ke-" + std::to_string(i + 1);
    if (h.nama.find_first_not_of(" \t") == std::string::npos)
      error("nama_ahli_waris", "wajib_diisi", "Nama ahli waris" + prefix + " wajib diisi");
    if (!find_code(heir_relations(), h.hubungan))
      error("hubungan_ahli_waris", "hubungan_tidak_dikenal",
            "Hubungan ahli waris" + prefix + " '" + h.hubungan +
                "' tidak dikenal (suami, istri, anak, ayah, ibu, kakek, nenek, cucu, saudara_kandung, mertua, wasiat)");
    if (!h.nik.empty()) {
      const NikInfo hi = analyze_nik(h.nik, ctx.today, nullptr);
      for (const auto& e : hi.errors) error("nik_ahli_waris", e.code, "NIK ahli waris" + prefix + ": " + e.message);
      if (h.nik == w.nik)
        error("nik_ahli_waris", "nik_ahli_waris_sama", "NIK ahli waris" + prefix + " sama dengan NIK pekerja");
    }
  }
  return r;
}

}  // namespace lindungi
