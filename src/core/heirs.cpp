#include "core/heirs.hpp"

#include <algorithm>

namespace lindungi {

int heir_rank(std::string_view r) {
  if (r == "suami" || r == "istri" || r == "anak") return 1;
  if (r == "ayah" || r == "ibu" || r == "kakek" || r == "nenek" || r == "cucu") return 2;
  if (r == "saudara_kandung") return 3;
  if (r == "mertua") return 4;
  if (r == "wasiat") return 5;
  return 99;
}

HeirProposal propose_heirs(const std::vector<Heir>& heirs) {
  static const char* kGroups[] = {"", "janda/duda atau anak", "keluarga sedarah garis lurus sampai derajat kedua",
                                  "saudara kandung", "mertua", "penerima wasiat"};
  HeirProposal p;
  int best = 99;
  for (const auto& h : heirs) best = std::min(best, heir_rank(h.hubungan));
  if (best > 5) {
    p.explanation = "Tidak ada ahli waris maupun wasiat: biaya pemakaman dibayarkan kepada pihak yang mengurus "
                    "pemakaman; santunan lainnya kembali ke Dana Jaminan Sosial (PP 44/2015 Pasal 37 ayat 5)";
    return p;
  }
  p.group = best;
  for (const auto& h : heirs)
    if (heir_rank(h.hubungan) == best) p.recipients.push_back(h);
  p.explanation = "Ahli waris golongan " + std::to_string(best) + " (" + kGroups[best] + ") menurut PP 44/2015 Pasal 37 "
                  "ayat 5" + (best > 1 ? ": tidak ada ahli waris golongan sebelumnya" : "") +
                  "; santunan dibayarkan kepada " + std::to_string(p.recipients.size()) + " orang bersama-sama";
  return p;
}

const std::vector<ScholarshipBand>& scholarship_bands() {
  static const std::vector<ScholarshipBand> bands = {{SchoolLevel::tk_sd, "TK-SD", 1'500'000, 8},
                                                     {SchoolLevel::smp, "SMP", 2'000'000, 3},
                                                     {SchoolLevel::sma, "SMA", 3'000'000, 3},
                                                     {SchoolLevel::kuliah, "S1 atau pelatihan", 12'000'000, 5}};
  return bands;
}

Rupiah scholarship_cap_per_child() {
  Rupiah sum = 0;
  for (const auto& b : scholarship_bands()) sum += b.per_year * b.max_years;
  return sum;
}

Rupiah scholarship_cap_total() { return scholarship_cap_per_child() * kMaxScholarshipChildren; }

ScholarshipDecision scholarship_children(const std::vector<ChildStatus>& children, bool work_accident,
                                         int contribution_months, const Date& event, const Date& today,
                                         int min_months) {
  ScholarshipDecision d;
  if (!work_accident && contribution_months < min_months) {
    d.reasons.push_back("Masa iur " + std::to_string(contribution_months) + " bulan, kurang dari " +
                        std::to_string(min_months) + " bulan yang disyaratkan untuk beasiswa JKM");
    return d;
  }
  std::vector<const ChildStatus*> sorted;
  for (const auto& c : children) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const ChildStatus* a, const ChildStatus* b) {
    return a->child.tanggal_lahir.value_or(Date{9999, 1, 1}) < b->child.tanggal_lahir.value_or(Date{9999, 1, 1});
  });
  for (const ChildStatus* c : sorted) {
    const std::string who = c->child.nama;
    if (c->child.hubungan != "anak") continue;
    if (!c->child.tanggal_lahir) {
      d.reasons.push_back(who + ": tanggal lahir belum dicatat");
    } else if (c->child.tanggal_lahir->age_on(today) >= kScholarshipMaxAge) {
      d.reasons.push_back(who + ": sudah berusia 23 tahun");
    } else if (c->married) {
      d.reasons.push_back(who + ": sudah menikah");
    } else if (c->working) {
      d.reasons.push_back(who + ": sudah bekerja");
    } else if (*c->child.tanggal_lahir > event) {
      d.reasons.push_back(who + ": lahir setelah peserta meninggal/kecelakaan (perlu konfirmasi BPJS)");
    } else if (d.eligible.size() >= kMaxScholarshipChildren) {
      d.reasons.push_back(who + ": beasiswa paling banyak untuk 2 anak");
    } else {
      d.eligible.push_back(c->child);
      d.reasons.push_back(who + ": berhak (anak ke-" + std::to_string(d.eligible.size()) +
                          " yang memenuhi syarat; urutan anak perlu konfirmasi BPJS)");
    }
  }
  return d;
}

}  // namespace lindungi
