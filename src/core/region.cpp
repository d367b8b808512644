#include "core/region.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/date.hpp"

namespace lindungi {

std::string_view to_string(RegionLevel level) {
  switch (level) {
    case RegionLevel::provinsi:
      return "provinsi";
    case RegionLevel::kabkota:
      return "kota";
    case RegionLevel::kecamatan:
      return "kecamatan";
    case RegionLevel::kelurahan:
      return "kelurahan";
    case RegionLevel::rt:
      return "rt";
  }
  return "";
}

std::optional<RegionLevel> parse_region_level(std::string_view t) {
  if (t == "provinsi") return RegionLevel::provinsi;
  if (t == "kota" || t == "kabkota" || t == "kabupaten") return RegionLevel::kabkota;
  if (t == "kecamatan") return RegionLevel::kecamatan;
  if (t == "kelurahan" || t == "desa") return RegionLevel::kelurahan;
  if (t == "rt") return RegionLevel::rt;
  return std::nullopt;
}

std::optional<RegionLevel> level_of_code(std::string_view kode) {
  // Segment widths per level: 2, 2, 2, 4, 3.
  static constexpr std::array<std::size_t, 5> kWidths = {2, 2, 2, 4, 3};
  std::size_t segment = 0, width = 0;
  for (char c : kode) {
    if (c == '.') {
      if (segment >= kWidths.size() || width != kWidths[segment]) return std::nullopt;
      ++segment;
      width = 0;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      ++width;
    } else {
      return std::nullopt;
    }
  }
  if (segment >= kWidths.size() || width != kWidths[segment]) return std::nullopt;
  return static_cast<RegionLevel>(segment);
}

std::string parent_code(std::string_view kode) {
  const auto dot = kode.rfind('.');
  return dot == std::string_view::npos ? std::string{} : std::string{kode.substr(0, dot)};
}

std::string kabkota_of(std::string_view kode) {
  const auto level = level_of_code(kode);
  if (!level || *level == RegionLevel::provinsi) return {};
  return std::string{kode.substr(0, kode.find('.', 3))};
}

std::string rt_code(std::string_view kelurahan_kode, int nomor) {
  return std::string{kelurahan_kode} + "." + zero_pad(nomor, 3);
}

bool code_within(std::string_view kode, std::string_view area) {
  if (area.empty()) return true;
  if (kode.size() < area.size() || kode.substr(0, area.size()) != area) return false;
  return kode.size() == area.size() || kode[area.size()] == '.';
}

std::string normalize_region_name(std::string_view name) {
  std::string lower;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else
      lower.push_back(' ');
  }
  // Word numerals become Roman numerals before spaces are dropped.
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {" tiga ", " iii "}, {" empat ", " iv "}, {" dua ", " ii "}, {" satu ", " i "}};
  std::string padded = " " + lower + " ";
  for (const auto& [word, roman] : kWords) {
    for (auto pos = padded.find(word); pos != std::string::npos; pos = padded.find(word, pos + 1))
      padded.replace(pos, word.size(), roman);
  }
  std::string out;
  for (char c : padded)
    if (c != ' ') out.push_back(c);
  return out;
}

std::optional<std::string_view> province_name(std::string_view code2) {
  // Kemendagri province codes (Kepmendagri 300.2.2-2138/2025), including the Papua splits.
  static const std::pair<std::string_view, std::string_view> kProvinces[] = {{"11", "Aceh"},
                                                                             {"12", "Sumatera Utara"},
                                                                             {"13", "Sumatera Barat"},
                                                                             {"14", "Riau"},
                                                                             {"15", "Jambi"},
                                                                             {"16", "Sumatera Selatan"},
                                                                             {"17", "Bengkulu"},
                                                                             {"18", "Lampung"},
                                                                             {"19", "Kepulauan Bangka Belitung"},
                                                                             {"21", "Kepulauan Riau"},
                                                                             {"31", "DKI Jakarta"},
                                                                             {"32", "Jawa Barat"},
                                                                             {"33", "Jawa Tengah"},
                                                                             {"34", "DI Yogyakarta"},
                                                                             {"35", "Jawa Timur"},
                                                                             {"36", "Banten"},
                                                                             {"51", "Bali"},
                                                                             {"52", "Nusa Tenggara Barat"},
                                                                             {"53", "Nusa Tenggara Timur"},
                                                                             {"61", "Kalimantan Barat"},
                                                                             {"62", "Kalimantan Tengah"},
                                                                             {"63", "Kalimantan Selatan"},
                                                                             {"64", "Kalimantan Timur"},
                                                                             {"65", "Kalimantan Utara"},
                                                                             {"71", "Sulawesi Utara"},
                                                                             {"72", "Sulawesi Tengah"},
                                                                             {"73", "Sulawesi Selatan"},
                                                                             {"74", "Sulawesi Tenggara"},
                                                                             {"75", "Gorontalo"},
                                                                             {"76", "Sulawesi Barat"},
                                                                             {"81", "Maluku"},
                                                                             {"82", "Maluku Utara"},
                                                                             {"91", "Papua"},
                                                                             {"92", "Papua Barat"},
                                                                             {"93", "Papua Selatan"},
                                                                             {"94", "Papua Tengah"},
                                                                             {"95", "Papua Pegunungan"},
                                                                             {"96", "Papua Barat Daya"}};
  for (const auto& [code, name] : kProvinces)
    if (code == code2) return name;
  return std::nullopt;
}

namespace {
// Spellings seen across sources (shared/data/README.md §3), variant -> Kemendagri name.
const std::pair<std::string_view, std::string_view> kKelurahanAliases[] = {
    {"Sijinjang", "Sijenjang"},
    {"Payo Silincah", "Payo Selincah"},
    {"Kenali Kecil", "Aur Kenali"},
};
}  // namespace

void RegionTree::add(Region region) {
  const std::string kode = region.kode;
  const std::string parent = parent_code(kode);
  if (region.level == RegionLevel::kelurahan) {
    auto remember = [&](const std::string& key) {
      auto& codes = kelurahan_by_name_[key];
      if (std::find(codes.begin(), codes.end(), kode) == codes.end()) codes.push_back(kode);
    };
    remember(normalize_region_name(region.nama));
    for (const auto& [variant, name] : kKelurahanAliases)
      if (normalize_region_name(name) == normalize_region_name(region.nama)) remember(normalize_region_name(variant));
  }
  if (!by_code_.contains(kode)) children_[parent].push_back(kode);
  by_code_[kode] = std::move(region);
}

const Region* RegionTree::find(std::string_view kode) const {
  const auto it = by_code_.find(kode);
  return it == by_code_.end() ? nullptr : &it->second;
}

const Region* RegionTree::find_kelurahan(std::string_view code_or_name, std::string_view within) const {
  if (const Region* r = find(code_or_name); r && r->level == RegionLevel::kelurahan) return r;
  // Codes are sometimes written without dots: 1571011001.
  std::string digits;
  for (char c : code_or_name)
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  if (digits.size() == 10 && digits.size() == code_or_name.size()) {
    const std::string dotted =
        digits.substr(0, 2) + "." + digits.substr(2, 2) + "." + digits.substr(4, 2) + "." + digits.substr(6, 4);
    if (const Region* r = find(dotted); r && r->level == RegionLevel::kelurahan) return r;
  }
  const auto candidates = kelurahan_named(code_or_name, within);
  return candidates.size() == 1 ? find(candidates.front()) : nullptr;
}

std::vector<std::string> RegionTree::kelurahan_named(std::string_view name, std::string_view within) const {
  std::vector<std::string> out;
  const auto it = kelurahan_by_name_.find(normalize_region_name(name));
  if (it == kelurahan_by_name_.end()) return out;
  for (const auto& kode : it->second)
    if (code_within(kode, within) || code_within(within, kode)) out.push_back(kode);
  return out;
}

std::vector<const Region*> RegionTree::children(std::string_view kode) const {
  std::vector<const Region*> out;
  if (const auto it = children_.find(kode); it != children_.end())
    for (const auto& c : it->second) out.push_back(find(c));
  return out;
}

RegionTree RegionTree::subtree(std::string_view area) const {
  RegionTree out;
  // by_code_ is ordered so that a parent ("15.71") comes before its children ("15.71.01").
  for (const auto& [kode, region] : by_code_)
    if (code_within(kode, area) || code_within(area, kode)) out.add(region);
  return out;
}

std::vector<const Region*> RegionTree::at_level(RegionLevel level) const {
  std::vector<const Region*> out;
  for (const auto& [kode, region] : by_code_)
    if (region.level == level) out.push_back(&region);
  return out;
}

}  // namespace lindungi
