// libFuzzer: NIK analysis and the other core parsers people type into (money, dates, phone).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static lindungi::RegionTree regions = [] {
    lindungi::RegionTree t;
    t.add({"15", "Jambi", lindungi::RegionLevel::provinsi, "", 0, 0});
    t.add({"15.71", "Kota Jambi", lindungi::RegionLevel::kabkota, "", 0, 0});
    t.add({"15.71.01", "Telanaipura", lindungi::RegionLevel::kecamatan, "", 0, 0});
    return t;
  }();
  const auto info = lindungi::analyze_nik(text, lindungi::Date{2026, 11, 21}, &regions);
  if (info.valid && (!info.tanggal_lahir || !info.jenis_kelamin)) __builtin_trap();
  (void)lindungi::mask_nik(text);
  if (const auto rp = lindungi::parse_rupiah(text)) {
    // Whatever parses must format and parse back to itself.
    if (lindungi::parse_rupiah(lindungi::format_rupiah(*rp)) != rp) __builtin_trap();
  }
  if (const auto d = lindungi::parse_date(text)) {
    if (!lindungi::Date::valid(d->year, d->month, d->day)) __builtin_trap();
  }
  (void)lindungi::normalize_phone(text);
  (void)lindungi::level_of_code(text);
  (void)lindungi::normalize_region_name(text);
  (void)lindungi::find_code(lindungi::occupations(), text);
  return 0;
}
