#include "core/programme_rules.hpp"

#include <algorithm>

#include "core/region.hpp"

namespace lindungi {

namespace {

// The funder kinds a priority may list, with the words a message uses for them (never the code).
struct FunderKindName {
  std::string_view kode;
  std::string_view nama;
};
constexpr FunderKindName kFunderKinds[] = {{"apbd_kota", "APBD Kota/Kabupaten"},
                                           {"apbd_provinsi", "APBD Provinsi"},
                                           {"dana_kampung_bahagia", "Dana RT (Kampung Bahagia)"},
                                           {"donatur", "Donatur"},
                                           {"mandiri", "Mandiri"}};

std::optional<std::string_view> kind_name(std::string_view kode) {
  for (const auto& k : kFunderKinds)
    if (k.kode == kode) return k.nama;
  return std::nullopt;
}

// Sanity bounds, not rules: a typing slip (an extra zero) is caught before it governs eligibility.
constexpr int kAgeMax = 100;
constexpr Rupiah kCeilingMax = 1'000'000'000;
constexpr Rupiah kRtFundMax = 100'000'000'000;

}  // namespace

std::string_view funder_kind_label(std::string_view kind) { return kind_name(kind).value_or(""); }

ProgrammeRule ProgrammeRuleSet::programme() const {
  return ProgrammeRule{berlaku_mulai, usia_min, usia_maks, batas_penghasilan, dasar_hukum};
}

std::optional<RtFundRule> ProgrammeRuleSet::rt_fund() const {
  if (!dana_rt) return std::nullopt;
  return RtFundRule{berlaku_mulai, dana_rt_per_tahun, dasar_hukum};
}

std::size_t ProgrammeRuleSet::rank_of(std::string_view funder_kind) const {
  const auto it = std::find(prioritas_dana.begin(), prioritas_dana.end(), funder_kind);
  return static_cast<std::size_t>(it - prioritas_dana.begin());
}

const std::vector<std::string>& default_funder_priority() {
  static const std::vector<std::string> order = {"apbd_provinsi", "dana_kampung_bahagia", "apbd_kota", "donatur",
                                                 "mandiri"};
  return order;
}

const ProgrammeRuleSet* rule_set_in_force(const std::vector<ProgrammeRuleSet>& rows, const Date& on) {
  const ProgrammeRuleSet* found = nullptr;
  for (const auto& r : rows)
    if (r.berlaku_mulai <= on && (!found || found->berlaku_mulai < r.berlaku_mulai)) found = &r;
  return found;
}

ProgrammeRuleSet shipped_rule_set(const RuleBook& book, std::string_view wilayah, const Date& on) {
  const ProgrammeRule& p = book.programme_at(on);
  ProgrammeRuleSet r;
  r.wilayah = std::string{wilayah};
  r.berlaku_mulai = p.effective_from;
  r.usia_min = p.min_age;
  r.usia_maks = p.max_age;
  r.batas_penghasilan = p.income_ceiling;
  r.dasar_hukum = p.source;
  r.prioritas_dana = default_funder_priority();
  r.bawaan = true;
  try {
    const RtFundRule& fund = book.rt_fund_at(on);
    r.dana_rt = true;
    r.dana_rt_per_tahun = fund.yearly;
    // The later of the two rows is when this combination took effect.
    if (r.berlaku_mulai < fund.effective_from) r.berlaku_mulai = fund.effective_from;
  } catch (const NotFound&) {
    r.dana_rt = false;
    r.dana_rt_per_tahun = 0;
    std::erase(r.prioritas_dana, "dana_kampung_bahagia");
  }
  return r;
}

std::vector<ProgrammeRuleSet> ProgrammeRuleTable::of(std::string_view kabkota) const {
  std::vector<ProgrammeRuleSet> out;
  for (const auto& r : rows)
    if (r.wilayah == kabkota) out.push_back(r);
  std::sort(out.begin(), out.end(),
            [](const ProgrammeRuleSet& a, const ProgrammeRuleSet& b) { return a.berlaku_mulai < b.berlaku_mulai; });
  return out;
}

ProgrammeRuleSet ProgrammeRuleTable::at(std::string_view kode, const Date& on) const {
  const std::string kab = kabkota_of(kode);
  const ProgrammeRuleSet* found = nullptr;
  for (const auto& r : rows)
    if (r.wilayah == kab && r.berlaku_mulai <= on && (!found || found->berlaku_mulai < r.berlaku_mulai)) found = &r;
  if (found) return *found;
  return shipped_rule_set(book ? *book : RuleBook::standard(), kab, on);
}

std::vector<FieldError> rule_set_problems(const ProgrammeRuleSet& r) {
  std::vector<FieldError> p;
  if (r.wilayah.empty())
    p.push_back({"wilayah", "wajib_diisi", "Kabupaten/kota wajib diisi"});
  else if (level_of_code(r.wilayah) != RegionLevel::kabkota)
    p.push_back(
        {"wilayah", "bukan_kabkota",
         "Aturan program berlaku per kabupaten/kota; '" + r.wilayah + "' bukan kode kabupaten/kota (mis. 15.71)"});
  if (r.berlaku_mulai.year < 2015 || r.berlaku_mulai.year > 2100)
    p.push_back({"berlaku_mulai", "tanggal_tidak_valid",
                 "Tanggal berlaku " + r.berlaku_mulai.id() + " di luar tahun 2015-2100"});
  if (r.usia_min < 0 || r.usia_min > kAgeMax)
    p.push_back({"usia_min", "usia_tidak_valid", "Usia minimum harus 0-" + std::to_string(kAgeMax) + " tahun"});
  if (r.usia_maks < 0 || r.usia_maks > kAgeMax)
    p.push_back({"usia_maks", "usia_tidak_valid", "Usia maksimum harus 0-" + std::to_string(kAgeMax) + " tahun"});
  else if (r.usia_maks < r.usia_min)
    p.push_back({"usia_maks", "usia_maks_di_bawah_min",
                 "Usia maksimum " + std::to_string(r.usia_maks) + " tahun lebih kecil dari usia minimum " +
                     std::to_string(r.usia_min) + " tahun"});
  if (r.batas_penghasilan <= 0 || r.batas_penghasilan > kCeilingMax)
    p.push_back(
        {"batas_penghasilan", "batas_tidak_valid",
         "Batas penghasilan harus lebih dari Rp0 dan paling banyak " + format_rupiah(kCeilingMax) + " per bulan"});
  if (r.dana_rt && (r.dana_rt_per_tahun <= 0 || r.dana_rt_per_tahun > kRtFundMax))
    p.push_back({"dana_rt_per_tahun", "dana_rt_tidak_valid",
                 "Besar dana RT per tahun harus lebih dari Rp0 dan paling banyak " + format_rupiah(kRtFundMax)});
  if (!r.dana_rt && r.dana_rt_per_tahun != 0)
    p.push_back({"dana_rt_per_tahun", "dana_rt_tanpa_dana",
                 "Wilayah ini tidak mempunyai dana RT: besar dana RT per tahun harus Rp0"});
  if (r.prioritas_dana.empty())
    p.push_back({"prioritas_dana", "wajib_diisi", "Urutan prioritas sumber dana wajib diisi (paling sedikit satu)"});
  std::vector<std::string_view> seen;
  for (const auto& k : r.prioritas_dana) {
    const auto name = kind_name(k);
    if (!name) {
      p.push_back({"prioritas_dana", "sumber_dana_tidak_dikenal", "Jenis sumber dana '" + k + "' tidak dikenal"});
      continue;
    }
    if (std::find(seen.begin(), seen.end(), k) != seen.end())
      p.push_back({"prioritas_dana", "sumber_dana_berulang",
                   std::string{*name} + " disebut lebih dari sekali dalam urutan prioritas"});
    seen.push_back(k);
    if (k == "dana_kampung_bahagia" && !r.dana_rt)
      p.push_back({"prioritas_dana", "dana_rt_tidak_ada",
                   "Wilayah ini tidak mempunyai dana RT: hapus " + std::string{*name} + " dari urutan prioritas"});
  }
  if (r.dasar_hukum.find_first_not_of(" \t") == std::string::npos)
    p.push_back({"dasar_hukum", "wajib_diisi", "Dasar hukum wajib diisi (mis. Perwal Kota Jambi 18/2025)"});
  else if (r.dasar_hukum.size() > 300)
    p.push_back({"dasar_hukum", "terlalu_panjang", "Dasar hukum paling panjang 300 karakter"});
  return p;
}

}  // namespace lindungi
