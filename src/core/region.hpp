#pragma once
// The Kemendagri region hierarchy: provinsi (15) > kab/kota (15.71) > kecamatan (15.71.01) >
// kelurahan (15.71.01.1001) > RT (15.71.01.1001.007). Codes are strings: they are not
// contiguous and must never be derived from a sequence (shared/data/README.md §3).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lindungi {

enum class RegionLevel { provinsi, kabkota, kecamatan, kelurahan, rt };

std::string_view to_string(RegionLevel level);
std::optional<RegionLevel> parse_region_level(std::string_view text);  // "kota" means kabkota

// The level a well-formed code denotes, or nullopt when the code is malformed.
std::optional<RegionLevel> level_of_code(std::string_view kode);
// "15.71.01.1001" -> "15.71.01"; "" for a province.
std::string parent_code(std::string_view kode);
// The kab/kota a code lies in: "15.71.01.1001.007" -> "15.71", "15.71" -> "15.71"; "" for a
// province or a malformed code.
std::string kabkota_of(std::string_view kode);
// ("15.71.01.1001", 7) -> "15.71.01.1001.007"
std::string rt_code(std::string_view kelurahan_kode, int nomor);
// True when `kode` is `area` itself or lies below it. The empty area covers everything.
bool code_within(std::string_view kode, std::string_view area);
// Lower case, spaces removed, Roman/word numerals unified, so "Simpang Empat Sipin",
// "simpang IV sipin" and "SIMPANG IV  SIPIN" compare equal.
std::string normalize_region_name(std::string_view name);
// Name of an Indonesian province by its two-digit Kemendagri code, if it exists.
std::optional<std::string_view> province_name(std::string_view code2);

struct Region {
  std::string kode;
  std::string nama;
  RegionLevel level = RegionLevel::kelurahan;
  std::string kode_bps;  // empty where unknown (the six 2022 kelurahan)
  double lat = 0, lng = 0;
};

// An in-memory index of the regions a deployment serves. Built by the caller from reference
// data; the core does no I/O.
class RegionTree {
 public:
  // Adds a region; its parent must already be present unless it is a province or kab/kota.
  void add(Region region);
  const Region* find(std::string_view kode) const;
  // A kelurahan by its Kemendagri code ("15.71.01.1001") or its name or a known variant. A name
  // is looked up among the kelurahan related to `within` (at or below it, or above it for an RT
  // or kelurahan area); a name shared by several of them ("Pasir Putih" is in Kota Jambi and in
  // Bungo) finds nothing: only the code then says which one is meant.
  const Region* find_kelurahan(std::string_view code_or_name, std::string_view within = {}) const;
  // The codes of the kelurahan/desa a name (or variant) may mean within `within`.
  std::vector<std::string> kelurahan_named(std::string_view name, std::string_view within = {}) const;
  std::vector<const Region*> children(std::string_view kode) const;
  std::vector<const Region*> at_level(RegionLevel level) const;
  std::size_t size() const { return by_code_.size(); }
  // Many areas in one deployment (issue 8 item 3): `area`, what lies below it and its ancestors.
  RegionTree subtree(std::string_view area) const;

 private:
  std::map<std::string, Region, std::less<>> by_code_;
  std::map<std::string, std::vector<std::string>, std::less<>> children_;
  std::map<std::string, std::vector<std::string>, std::less<>> kelurahan_by_name_;
};

}  // namespace lindungi
