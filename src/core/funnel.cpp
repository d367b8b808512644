#include "core/funnel.hpp"

#include <algorithm>
#include <utility>

#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi {

namespace {

// The "on record" step of one category's funnel.
constexpr std::pair<std::string_view, std::string_view> kRecordedLabels[] = {
    {"pekerja_rentan", "Terdata sebagai pekerja rentan"},
    {"petugas_keagamaan", "Terdata sebagai petugas keagamaan"},
    {"ketua_rt", "Terdata sebagai ketua RT"},
};

}  // namespace

std::int64_t FunnelLeaf::of(std::string_view s) const {
  const auto it = status.find(s);
  return it == status.end() ? 0 : it->second;
}

FunnelLeaf& FunnelLeaf::operator+=(const FunnelLeaf& o) {
  for (const auto& [s, n] : o.status) status[s] += n;
  suspected_duplicate += o.suspected_duplicate;
  merged += o.merged;
  card_handed += o.card_handed;
  card_printed += o.card_printed;
  return *this;
}

FunnelLeaf funnel_within(const std::map<std::string, FunnelLeaf>& leaves, const std::string& area) {
  FunnelLeaf sum;
  for (auto it = leaves.lower_bound(area); it != leaves.end() && it->first.compare(0, area.size(), area) == 0; ++it)
    if (code_within(it->first, area)) sum += it->second;
  return sum;
}

std::vector<FunnelStep> funnel_steps(const FunnelLeaf& w, const CoverageFigures& area, std::string_view kategori) {
  const bool known = area.potential > 0;
  std::int64_t recorded = 0, verified = 0;
  for (const auto& [s, n] : w.status) {
    recorded += n;
    if (status_counts_as_verified(s)) verified += n;
  }
  // Funded: the statuses a worker reaches once a funder pays their months (dialokasikan and on).
  const std::int64_t funded = w.of("dialokasikan") + w.of("didaftarkan") + w.of("aktif") + w.of("ditolak_bpjs");
  const std::int64_t active = w.of("aktif");
  const std::int64_t handed = std::min(w.card_handed, active);
  const std::int64_t printed = std::min(w.card_printed, active - handed);
  const std::int64_t waiting_duplicate = std::min(w.suspected_duplicate, w.of("didata"));
  const std::int64_t merged = std::min(w.merged, w.of("ditolak"));

  std::vector<FunnelStep> steps;
  steps.push_back({"potensi", "Potensi tenaga kerja", known ? std::optional(area.potential) : std::nullopt, 0, {}});
  const std::int64_t uncovered = std::max<std::int64_t>(0, area.potential - area.covered_other);
  steps.push_back({"belum_terlindungi",
                   "Belum menjadi peserta BPJS Ketenagakerjaan",
                   known ? std::optional(uncovered) : std::nullopt,
                   known ? area.potential - uncovered : 0,
                   {}});
  if (known)
    steps.back().alasan.push_back({"peserta_jalur_lain",
                                   "Sudah menjadi peserta lewat jalur lain (pemberi kerja atau mandiri)",
                                   area.potential - uncovered});
  steps.push_back({"terdata", "Terdata dalam program (semua kategori)", recorded, 0, {}});
  for (const auto& [code, label] : kRecordedLabels)
    if (code == kategori) steps.back().label = std::string{label};
  if (known) {
    // More recorded than uncovered (the potential is an estimate): no drop, never a negative one.
    steps.back().turun = std::max<std::int64_t>(0, uncovered - recorded);
    steps.back().alasan.push_back({"belum_terdata", "Belum didata oleh RT", steps.back().turun});
  }
  steps.push_back({"diverifikasi", "Lolos verifikasi kelurahan", verified, recorded - verified, {}});
  steps.back().alasan = {
      {"menunggu_pemeriksa", "Menunggu diperiksa petugas kelurahan", w.of("didata") - waiting_duplicate},
      {"dugaan_duplikat", "Menunggu keputusan dugaan data ganda", waiting_duplicate},
      {"ditolak", "Ditolak saat verifikasi", w.of("ditolak") - merged},
      {"duplikat", "Data ganda, digabung ke data lain orang yang sama", merged},
      {"meninggal", "Meninggal dunia", w.of("meninggal")}};
  steps.push_back({"didanai", "Didanai (iuran dialokasikan)", funded, verified - funded, {}});
  steps.back().alasan = {{"belum_didanai", "Belum mendapat dana (menunggu anggaran atau kuota)", w.of("diverifikasi")}};
  steps.push_back({"aktif", "Aktif sebagai peserta BPJS", active, funded - active, {}});
  steps.back().alasan = {{"belum_dikirim", "Belum dikirim ke BPJS", w.of("dialokasikan")},
                         {"menunggu_bpjs", "Menunggu jawaban BPJS", w.of("didaftarkan")},
                         {"ditolak_bpjs", "Ditolak BPJS", w.of("ditolak_bpjs")}};
  steps.push_back({"kartu_diserahkan", "Kartu peserta sudah diserahkan", handed, active - handed, {}});
  steps.back().alasan = {{"kartu_belum_dicetak", "Kartu belum dicetak", active - handed - printed},
                         {"kartu_belum_diserahkan", "Kartu sudah dicetak, belum diserahkan", printed}};
  return steps;
}

}  // namespace lindungi
