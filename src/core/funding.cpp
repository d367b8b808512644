#include "core/funding.hpp"

#include <algorithm>

#include "core/region.hpp"

namespace lindungi {

std::string_view to_string(FunderKind k) {
  switch (k) {
    case FunderKind::apbd_kota: return "apbd_kota";
    case FunderKind::apbd_provinsi: return "apbd_provinsi";
    case FunderKind::dana_kampung_bahagia: return "dana_kampung_bahagia";
    case FunderKind::mandiri: return "mandiri";
    case FunderKind::donatur: return "donatur";
  }
  return "";
}

std::optional<FunderKind> parse_funder_kind(std::string_view t) {
  for (auto k : {FunderKind::apbd_kota, FunderKind::apbd_provinsi, FunderKind::dana_kampung_bahagia, FunderKind::mandiri,
                 FunderKind::donatur})
    if (to_string(k) == t) return k;
  return std::nullopt;
}

PayerKind payer_kind_of(FunderKind k) {
  switch (k) {
    case FunderKind::apbd_kota:
    case FunderKind::apbd_provinsi:
    // Kampung Bahagia money is APBD too: the conservative reading of PP 50/2025 (RULES.md §2.3 U).
    case FunderKind::dana_kampung_bahagia: return PayerKind::apbd;
    case FunderKind::mandiri: return PayerKind::self_paid;
    case FunderKind::donatur: return PayerKind::donor;
  }
  return PayerKind::apbd;
}

const std::vector<std::string>& pro_jambi_tangguh_occupations() {
  static const std::vector<std::string> list = {"sopir_angkot", "ojek_online", "ojek_pangkalan", "becak",
                                                "kusir_delman", "seniman_budayawan"};
  return list;
}

Rupiah premium_income_basis(FunderKind kind, Rupiah declared_income, Rupiah lowest_bracket) {
  return payer_kind_of(kind) == PayerKind::apbd ? lowest_bracket : declared_income;
}

std::vector<const Funder*> funders_by_priority(const std::vector<Funder>& funders,
                                               const std::vector<std::string>& priority, const Worker& w) {
  std::vector<std::pair<std::size_t, const Funder*>> ranked;
  for (const Funder& f : funders) {
    const auto it = std::find(priority.begin(), priority.end(), to_string(f.kind));
    if (it == priority.end()) continue;
    if (!f.occupations.empty() &&
        std::find(f.occupations.begin(), f.occupations.end(), w.pekerjaan) == f.occupations.end())
      continue;
    if (!f.area.empty() && !code_within(w.kode_rt(), f.area)) continue;
    ranked.emplace_back(static_cast<std::size_t>(it - priority.begin()), &f);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->kode < b.second->kode;
  });
  std::vector<const Funder*> out;
  for (const auto& [rank, f] : ranked) out.push_back(f);
  return out;
}

std::vector<FieldError> allocation_problems(const AllocationRequest& r, const Budget& b) {
  std::vector<FieldError> p;
  const Worker& w = *r.worker;
  const Funder& f = *r.funder;
  // The same rule every report uses for "verified" (core/worker.cpp), so a worker BPJS rejected
  // after verification can be funded again once corrected.
  if (!status_counts_as_verified(w.status))
    p.push_back({"pekerja", "belum_diverifikasi",
                 w.nama + " berstatus '" + w.status + "': hanya pekerja terverifikasi yang dapat didanai"});
  if (r.covered_elsewhere)
    p.push_back({"pekerja", "sudah_terlindungi",
                 w.nama + " sudah menjadi peserta aktif BPJS Ketenagakerjaan melalui jalur lain"});
  if (!f.occupations.empty() && std::find(f.occupations.begin(), f.occupations.end(), w.pekerjaan) == f.occupations.end())
    p.push_back({"sumber_dana", "pekerjaan_tidak_sesuai",
                 f.nama + " hanya mendanai pekerjaan tertentu; " + w.nama + " bekerja sebagai " +
                     std::string{label_of(occupations(), w.pekerjaan)}});
  if (!f.area.empty() && !code_within(w.kode_rt(), f.area))
    p.push_back({"sumber_dana", "di_luar_wilayah_dana", f.nama + " hanya untuk pekerja di wilayah " + f.area});
  if (r.months < 1 || r.months > 12)
    p.push_back({"bulan", "bulan_tidak_valid", "Alokasi 1-12 bulan (bayar di muka 1, 3, 6 atau 12 bulan)"});
  for (int i = 0; i < r.months; ++i) {
    const YearMonth m = r.from.plus(i);
    if (m.year != b.year) {
      p.push_back({"bulan", "lintas_tahun_anggaran",
                   "Bulan " + m.iso() + " di luar tahun anggaran " + std::to_string(b.year) + "; alokasikan per tahun"});
      break;
    }
    if (std::find(r.already_funded.begin(), r.already_funded.end(), m) != r.already_funded.end()) {
      p.push_back({"bulan", "sudah_didanai", "Bulan " + m.iso() + " untuk " + w.nama + " sudah didanai"});
      break;
    }
  }
  const Rupiah cost = r.per_month * r.months;
  if (b.pagu > 0 && b.used + cost > b.pagu)
    p.push_back({"sumber_dana", "anggaran_tidak_cukup",
                 "Sisa anggaran " + f.nama + " " + std::to_string(b.year) + " " + format_rupiah(b.pagu - b.used) +
                     ", kurang dari " + format_rupiah(cost)});
  if (b.pagu <= 0)
    p.push_back({"sumber_dana", "anggaran_belum_ada", "Anggaran " + f.nama + " " + std::to_string(b.year) + " belum diisi"});
  if (b.kuota > 0 && r.worker_new_to_funder_this_year && b.workers + 1 > b.kuota)
    p.push_back({"sumber_dana", "kuota_penuh",
                 "Kuota " + f.nama + " " + std::to_string(b.year) + " (" + std::to_string(b.kuota) + " pekerja) sudah penuh"});
  return p;
}

}  // namespace lindungi
