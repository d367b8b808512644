// The funnel's arithmetic (issue 22 item 1): steps, drops and reasons from status counts.
#include "core/funnel.hpp"

#include <gtest/gtest.h>

using namespace lindungi;

namespace {

const FunnelStep& step(const std::vector<FunnelStep>& steps, std::string_view kode) {
  for (const auto& s : steps)
    if (s.kode == kode) return s;
  throw std::runtime_error("no step " + std::string{kode});
}

std::int64_t reason(const FunnelStep& s, std::string_view kode) {
  for (const auto& r : s.alasan)
    if (r.kode == kode) return r.jumlah;
  throw std::runtime_error("no reason " + std::string{kode});
}

}  // namespace

// The seeds (001): 228.000 potential workers, 44% already members, 15.000 on record, 3.000
// verified and protected. Here 12.000 wait for the checker, 3.000 are active with 2.500 cards
// handed over.
TEST(Funnel, TheSeedsFiguresStepByStep) {
  FunnelLeaf w;
  w.status = {{"didata", 12'000}, {"aktif", 3'000}};
  w.suspected_duplicate = 40;
  w.card_handed = 2'500;
  w.card_printed = 300;
  CoverageFigures area;
  area.potential = 228'000;
  area.covered_other = 100'320;
  const auto steps = funnel_steps(w, area, "pekerja_rentan");  // the seeds count these workers apart
  ASSERT_EQ(steps.size(), 7u);
  EXPECT_EQ(step(steps, "terdata").label, "Terdata sebagai pekerja rentan");
  EXPECT_EQ(step(funnel_steps(w, area), "terdata").label, "Terdata dalam program (semua kategori)");
  EXPECT_EQ(*step(steps, "potensi").jumlah, 228'000);
  EXPECT_EQ(*step(steps, "belum_terlindungi").jumlah, 127'680);
  EXPECT_EQ(reason(step(steps, "belum_terlindungi"), "peserta_jalur_lain"), 100'320);
  EXPECT_EQ(*step(steps, "terdata").jumlah, 15'000);
  EXPECT_EQ(step(steps, "terdata").turun, 112'680);
  EXPECT_EQ(*step(steps, "diverifikasi").jumlah, 3'000);
  EXPECT_EQ(reason(step(steps, "diverifikasi"), "menunggu_pemeriksa"), 11'960);
  EXPECT_EQ(reason(step(steps, "diverifikasi"), "dugaan_duplikat"), 40);
  EXPECT_EQ(*step(steps, "aktif").jumlah, 3'000);
  EXPECT_EQ(*step(steps, "kartu_diserahkan").jumlah, 2'500);
  EXPECT_EQ(reason(step(steps, "kartu_diserahkan"), "kartu_belum_diserahkan"), 300);
  EXPECT_EQ(reason(step(steps, "kartu_diserahkan"), "kartu_belum_dicetak"), 200);
  // Every drop: its reasons add up to it, and it is the step before minus the step.
  for (std::size_t i = 0; i < steps.size(); ++i) {
    std::int64_t sum = 0;
    for (const auto& r : steps[i].alasan) sum += r.jumlah;
    EXPECT_EQ(sum, steps[i].turun) << steps[i].kode;
    if (i > 0) {
      EXPECT_EQ(*steps[i - 1].jumlah - *steps[i].jumlah, steps[i].turun) << steps[i].kode;
    }
  }
}

TEST(Funnel, EveryStatusFallsWhereItStops) {
  FunnelLeaf w;
  w.status = {{"didata", 2},      {"diverifikasi", 3}, {"ditolak", 4},      {"dialokasikan", 5},
              {"didaftarkan", 6}, {"aktif", 7},        {"ditolak_bpjs", 8}, {"meninggal", 9}};
  w.merged = 1;
  const auto steps = funnel_steps(w, {});
  EXPECT_FALSE(step(steps, "potensi").jumlah);  // the potential is unknown
  EXPECT_FALSE(step(steps, "belum_terlindungi").jumlah);
  EXPECT_EQ(step(steps, "terdata").turun, 0);
  EXPECT_EQ(*step(steps, "terdata").jumlah, 44);
  EXPECT_EQ(*step(steps, "diverifikasi").jumlah, 29);
  EXPECT_EQ(reason(step(steps, "diverifikasi"), "ditolak"), 3);
  EXPECT_EQ(reason(step(steps, "diverifikasi"), "duplikat"), 1);
  EXPECT_EQ(reason(step(steps, "diverifikasi"), "meninggal"), 9);
  EXPECT_EQ(*step(steps, "didanai").jumlah, 26);
  EXPECT_EQ(reason(step(steps, "didanai"), "belum_didanai"), 3);
  EXPECT_EQ(*step(steps, "aktif").jumlah, 7);
  EXPECT_EQ(reason(step(steps, "aktif"), "belum_dikirim"), 5);
  EXPECT_EQ(reason(step(steps, "aktif"), "menunggu_bpjs"), 6);
  EXPECT_EQ(reason(step(steps, "aktif"), "ditolak_bpjs"), 8);
  EXPECT_EQ(*step(steps, "kartu_diserahkan").jumlah, 0);
}

TEST(Funnel, MoreRecordedThanTheEstimateLeftIsNoNegativeDrop) {
  FunnelLeaf w;
  w.status = {{"didata", 50}};
  CoverageFigures area;
  area.potential = 100;
  area.covered_other = 80;
  EXPECT_EQ(step(funnel_steps(w, area), "terdata").turun, 0);
}

TEST(Funnel, LeavesRollUpByCode) {
  std::map<std::string, FunnelLeaf> leaves;
  leaves["15.71.01.1001.001"].status["aktif"] = 2;
  leaves["15.71.01.1001.002"].status["aktif"] = 3;
  leaves["15.71.01.1001.002"].card_handed = 1;
  leaves["15.71.10.1001.001"].status["aktif"] = 100;  // "15.71.1" is not its prefix
  EXPECT_EQ(funnel_within(leaves, "15.71.01").of("aktif"), 5);
  EXPECT_EQ(funnel_within(leaves, "15.71.01").card_handed, 1);
  EXPECT_EQ(funnel_within(leaves, "15.71.1").of("aktif"), 0);
  EXPECT_EQ(funnel_within(leaves, "15.71").of("aktif"), 105);
}
