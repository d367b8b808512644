#include "core/region_list.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace lindungi {

namespace {

std::string clean_name(const std::string& s) {
  // Spaces collapse: the decree's transcriptions hold "Kabupaten  Merangin".
  std::string out;
  for (char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string clean_code(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

std::string level_name(RegionLevel level) {
  switch (level) {
    case RegionLevel::provinsi:
      return "provinsi";
    case RegionLevel::kabkota:
      return "kabupaten/kota";
    case RegionLevel::kecamatan:
      return "kecamatan";
    case RegionLevel::kelurahan:
      return "kelurahan/desa";
    case RegionLevel::rt:
      return "RT";
  }
  return "";
}

}  // namespace

RegionListPlan plan_region_list(const std::vector<RegionListRow>& rows, const RegionTree& existing) {
  RegionListPlan plan;
  auto problem = [&](std::size_t baris, const char* kolom, const char* kode, const std::string& pesan) {
    plan.problems.push_back({baris, kolom, kode, "Baris " + std::to_string(baris) + ", kolom " + kolom + ": " + pesan});
  };
  if (rows.empty()) {
    plan.problems.push_back({0, "kode", "berkas_kosong", "Berkas tidak berisi satu baris wilayah pun"});
    return plan;
  }
  std::map<std::string, std::size_t> first_row;  // code -> row, for duplicates and parents
  std::set<std::string> in_file;
  for (const auto& row : rows) in_file.insert(clean_code(row.kode));

  std::vector<Region> fresh;
  for (const auto& row : rows) {
    const std::string kode = clean_code(row.kode);
    const std::string nama = clean_name(row.nama);
    if (kode.empty()) {
      problem(row.baris, "kode", "wajib_diisi", "kode wilayah wajib diisi");
      continue;
    }
    const auto level = level_of_code(kode);
    if (!level) {
      problem(row.baris, "kode", "kode_tidak_valid",
              "kode '" + kode + "' tidak berformat Kemendagri (mis. 15, 15.01, 15.01.01, 15.01.01.2001)");
      continue;
    }
    if (*level == RegionLevel::rt) {
      problem(row.baris, "kode", "rt_bukan_daftar_kode",
              "kode '" + kode +
                  "' adalah RT; RT tidak dimuat dari daftar kode Kemendagri, tetapi dibuat per kelurahan/desa");
      continue;
    }
    if (const auto [it, inserted] = first_row.emplace(kode, row.baris); !inserted) {
      problem(row.baris, "kode", "kode_ganda", "kode '" + kode + "' sudah ada di baris " + std::to_string(it->second));
      continue;
    }
    if (nama.empty()) {
      problem(row.baris, "nama", "wajib_diisi", "nama wilayah " + kode + " wajib diisi");
      continue;
    }
    if (nama.size() > 100) {
      problem(row.baris, "nama", "nama_terlalu_panjang", "nama wilayah " + kode + " lebih dari 100 karakter");
      continue;
    }
    if (!row.tingkat.empty()) {
      const auto declared = parse_region_level(row.tingkat == "desa_kelurahan" ? "kelurahan" : row.tingkat);
      if (!declared) {
        problem(row.baris, "tingkat", "tingkat_tidak_valid",
                "tingkat '" + row.tingkat + "' tidak dikenal (provinsi, kabkota, kecamatan, kelurahan atau desa)");
        continue;
      }
      if (*declared != *level) {
        problem(row.baris, "tingkat", "tingkat_tidak_sesuai",
                "kode '" + kode + "' adalah " + level_name(*level) + ", bukan " + row.tingkat);
        continue;
      }
    }
    const std::string parent = parent_code(kode);
    if (!parent.empty() && !existing.find(parent) && !in_file.contains(parent)) {
      problem(row.baris, "kode", "induk_tidak_ada",
              "induk " + parent + " dari kode '" + kode + "' tidak ada di berkas maupun di data wilayah");
      continue;
    }
    if (const Region* known = existing.find(kode)) {
      if (clean_name(known->nama) != nama) {
        problem(row.baris, "nama", "nama_berbeda",
                "kode " + kode + " sudah tercatat sebagai '" + known->nama + "', bukan '" + nama +
                    "'; perubahan nama tidak dimuat dari daftar kode");
        continue;
      }
      ++plan.sudah_ada;
      continue;
    }
    fresh.push_back({kode, nama, *level, "", 0, 0});
  }
  // All or nothing: one wrong row and the plan adds no region.
  if (plan.problems.empty()) {
    std::sort(fresh.begin(), fresh.end(), [](const Region& a, const Region& b) {
      return a.level != b.level ? a.level < b.level : a.kode < b.kode;
    });
    plan.baru = std::move(fresh);
  }
  return plan;
}

}  // namespace lindungi
