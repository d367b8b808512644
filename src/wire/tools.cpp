// The calculators' quotes as JSON (wire/tools.hpp).
#include "wire/tools.hpp"

#include "core/money.hpp"

namespace lindungi::wire {

using nlohmann::json;

json nik_json(const NikInfo& info) {
  auto issues = [](const std::vector<NikIssue>& list) {
    json a = json::array();
    for (const auto& i : list) a.push_back({{"code", i.code}, {"message", i.message}});
    return a;
  };
  return {{"nik", info.nik},
          {"valid", info.valid},
          {"errors", issues(info.errors)},
          {"warnings", issues(info.warnings)},
          {"kode_wilayah", info.kode_wilayah.empty() ? json(nullptr) : json(info.kode_wilayah)},
          {"nama_wilayah", info.nama_wilayah.empty() ? json(nullptr) : json(info.nama_wilayah)},
          {"tanggal_lahir", info.tanggal_lahir ? json(info.tanggal_lahir->iso()) : json(nullptr)},
          {"jenis_kelamin", info.jenis_kelamin ? json(std::string{to_string(*info.jenis_kelamin)}) : json(nullptr)},
          {"nomor_urut", info.nomor_urut.empty() ? json(nullptr) : json(info.nomor_urut)}};
}

json premium_json(const PremiumQuote& q) {
  return {{"bracket", q.bracket},
          {"jkk", q.jkk},
          {"jkm", q.jkm},
          {"jht", q.jht},
          {"per_worker_month", q.per_worker_month},
          {"per_worker_total", q.per_worker_total},
          {"months", q.months},
          {"workers", q.workers},
          {"total", q.total},
          {"total_teks", format_rupiah(q.total)},
          {"source", q.source},
          {"warnings", q.warnings}};
}

json jakon_json(const JakonQuote& q) {
  // Rates as decimal percent strings ("0,21%") for people, and basis points for programs.
  auto percent = [](std::int64_t bp) {
    const std::string whole = std::to_string(bp / 100), frac = std::to_string(100 + bp % 100).substr(1);
    return whole + "," + frac + "%";
  };
  json tiers = json::array();
  for (const auto& t : q.tiers)
    tiers.push_back({{"from", t.from},
                     {"to", t.to == 0 ? json(nullptr) : json(t.to)},
                     {"slice", t.slice},
                     {"jkk_rate", percent(t.jkk_basis_points)},
                     {"jkm_rate", percent(t.jkm_basis_points)},
                     {"jkk_basis_points", t.jkk_basis_points},
                     {"jkm_basis_points", t.jkm_basis_points},
                     {"jkk", t.jkk},
                     {"jkm", t.jkm},
                     {"total", t.jkk + t.jkm}});
  return {{"value", q.value},
          {"ppn_included", q.ppn_included},
          {"ppn_percent", q.ppn_percent},
          {"basis", q.basis},
          {"tiers", tiers},
          {"jkk", q.jkk},
          {"jkm", q.jkm},
          {"total", q.total},
          {"total_teks", format_rupiah(q.total)},
          {"source", q.source},
          {"rounding",
           "Dasar = nilai tanpa PPN dibulatkan ke bawah; JKK dan JKM tiap lapisan dibulatkan ke rupiah "
           "terdekat (setengah ke atas)"}};
}

json benefit_json(const BenefitQuote& q) {
  json lines = json::array();
  for (const auto& l : q.lines)
    lines.push_back(
        {{"label", l.label}, {"amount", l.amount}, {"amount_teks", format_rupiah(l.amount)}, {"basis", l.basis}});
  return {{"kind", q.kind},
          {"upah", q.upah},
          {"lines", lines},
          {"total", q.total},
          {"total_teks", format_rupiah(q.total)},
          {"source", q.source},
          {"notes", q.notes}};
}

}  // namespace lindungi::wire
