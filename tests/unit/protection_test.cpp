// Cek Perlindungan (issue 20 item 1): the answer's words and figures, from the rule book. The
// figures are RULES.md's oracles (§5.1 JKK death Rp70 juta at the Rp1 juta bracket, §4.1 JKM
// Rp42 juta, §4.2 scholarships Rp174 juta for two children), and a changed rule changes them.
#include "core/protection.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "core/rules.hpp"

namespace lindungi {
namespace {

const Date kToday{2026, 11, 21};

ProtectionFacts active_worker() {
  ProtectionFacts f;
  f.nama = "Siti Nur'aini binti Ahmad";
  f.status = "aktif";
  for (int m = 1; m <= 12; ++m) f.months.push_back({{2026, m}, 16'800, 16'800, Date{2026, 1, 10}, "apbd_kota"});
  f.funder = FunderKind::apbd_kota;
  f.kartu = "dicetak";
  f.kelurahan = "Telanaipura";
  f.penghasilan = 1'500'000;
  return f;
}

const ProtectionBenefit& benefit(const ProtectionAnswer& a, const std::string& kode) {
  const auto it = std::find_if(a.manfaat.begin(), a.manfaat.end(), [&](const auto& b) { return b.kode == kode; });
  if (it == a.manfaat.end()) throw std::runtime_error("no benefit " + kode);
  return *it;
}

const ProtectionGuide& guide(const ProtectionAnswer& a, const std::string& kode) {
  const auto it = std::find_if(a.langkah.begin(), a.langkah.end(), [&](const auto& g) { return g.kode == kode; });
  if (it == a.langkah.end()) throw std::runtime_error("no guide " + kode);
  return *it;
}

bool has_document(const ProtectionGuide& g, const std::string& kode) {
  return std::any_of(g.dokumen.begin(), g.dokumen.end(), [&](const auto& d) { return d.kode == kode; });
}

TEST(ProtectionCheck, AnActiveWorkerIsProtectedUntilTheLastPaidMonth) {
  const auto a = protection_check(RuleBook::standard(), active_worker(), kToday);
  EXPECT_EQ(a.inisial, "S. N. B. A.");
  EXPECT_EQ(a.status, "terlindungi");
  ASSERT_TRUE(a.terlindungi_sampai);
  EXPECT_EQ(*a.terlindungi_sampai, (Date{2026, 12, 31}));
  EXPECT_EQ(a.status_label, "Terlindungi s.d. 31/12/2026");
  EXPECT_EQ(a.pembiayaan, "apbd_kota");
  EXPECT_EQ(a.pembiayaan_label, "Iuran dibayar Pemerintah Kota/Kabupaten (APBD)");
  EXPECT_EQ(a.kartu, "dicetak");
  EXPECT_EQ(a.tempat_ambil, "Kantor Kelurahan Telanaipura");
  EXPECT_NE(a.kartu_label.find("Kantor Kelurahan Telanaipura"), std::string::npos);
}

// Issue 20: the demo's active workers are paid by the city on the 8th of each month. On the 1st-7th
// the month is billed and not yet due (the 15th): they are protected until that due date, and
// after the payment until the month's end; past an unpaid due date the page no longer says so.
TEST(ProtectionCheck, AMonthBilledButNotYetDueKeepsTheWorkerProtectedUntilItsDueDate) {
  ProtectionFacts f = active_worker();
  for (auto& m : f.months) m.paid_on = Date{2026, m.month.month, 8};
  f.months.back().paid = 0;  // December not paid yet
  f.months.back().paid_on.reset();
  struct Case {
    Date today;
    const char* status;
    const char* label;
  };
  for (const Case& c : std::vector<Case>{
           {{2026, 11, 21}, "terlindungi", "Terlindungi s.d. 30/11/2026"},
           {{2026, 12, 1}, "terlindungi", "Terlindungi s.d. 15/12/2026"},
           {{2026, 12, 7}, "terlindungi", "Terlindungi s.d. 15/12/2026"},
           {{2026, 12, 15}, "terlindungi", "Terlindungi s.d. 15/12/2026"},
           {{2026, 12, 16}, "tidak_terlindungi", ""},
       }) {
    const auto a = protection_check(RuleBook::standard(), f, c.today);
    EXPECT_EQ(a.status, c.status) << c.today.id();
    if (*c.label) {
      EXPECT_EQ(a.status_label, c.label) << c.today.id();
    }
  }
  // Paid on the 8th: the whole of December.
  f.months.back().paid = 16'800;
  f.months.back().paid_on = Date{2026, 12, 8};
  EXPECT_EQ(protection_check(RuleBook::standard(), f, Date{2026, 12, 7}).status_label, "Terlindungi s.d. 15/12/2026");
  EXPECT_EQ(protection_check(RuleBook::standard(), f, Date{2026, 12, 8}).status_label, "Terlindungi s.d. 31/12/2026");
}

TEST(ProtectionCheck, BenefitsAreRulesMdsFiguresAtTheProgrammesBracket) {
  // An APBD-paid worker's premium is the lowest bracket whatever they declared (Rp1.500.000 here),
  // so their JKK cash benefits are those of the Rp1 juta basis.
  const auto a = protection_check(RuleBook::standard(), active_worker(), kToday);
  EXPECT_EQ(benefit(a, "jkk_meninggal").jumlah, 70'000'000);  // RULES.md §5.1
  EXPECT_NE(benefit(a, "jkk_meninggal").teks.find("Rp70.000.000"), std::string::npos);
  EXPECT_EQ(benefit(a, "jkk_meninggal").rincian.size(), 3u);
  EXPECT_EQ(benefit(a, "jkm").jumlah, 42'000'000);  // §4.1
  EXPECT_NE(benefit(a, "jkm").teks.find("Rp42.000.000"), std::string::npos);
  EXPECT_EQ(benefit(a, "jkk_cacat_total").jumlah, 68'000'000);  // §5.1: 56 x Rp1 juta + Rp12 juta
  EXPECT_EQ(benefit(a, "stmb").jumlah, 1'000'000);              // §5.1: Rp1 juta a month
  EXPECT_NE(benefit(a, "stmb").teks.find("Rp500.000"), std::string::npos);
  EXPECT_EQ(benefit(a, "beasiswa").jumlah, 174'000'000);  // §4.2: two children
  EXPECT_NE(benefit(a, "beasiswa").teks.find("2 anak"), std::string::npos);
  EXPECT_NE(benefit(a, "beasiswa").teks.find("36 bulan"), std::string::npos);
  EXPECT_EQ(benefit(a, "perawatan").jumlah, 0);                                    // medical care has no ceiling
  EXPECT_NE(benefit(a, "perawatan").teks.find("Rp5.000.000"), std::string::npos);  // land transport cap
}

TEST(ProtectionCheck, ASelfPayingWorkersJkkScalesWithTheirBracket) {
  auto f = active_worker();
  f.funder = FunderKind::mandiri;
  f.penghasilan = 2'000'000;
  const auto a = protection_check(RuleBook::standard(), f, kToday);
  EXPECT_EQ(a.pembiayaan, "mandiri");
  EXPECT_GT(benefit(a, "jkk_meninggal").jumlah, 70'000'000);
  EXPECT_EQ(benefit(a, "jkm").jumlah, 42'000'000);  // JKM is flat
}

TEST(ProtectionCheck, ANewRuleRowChangesTheFiguresNothingIsTypedTwice) {
  RuleBook book = RuleBook::standard();
  BenefitRule raised = book.benefit.back();
  raised.effective_from = Date{2026, 6, 1};
  raised.jkm_lump_sum += 5'000'000;
  raised.jkk_funeral += 1'000'000;
  book.benefit.push_back(raised);
  const auto a = protection_check(book, active_worker(), kToday);
  EXPECT_EQ(benefit(a, "jkm").jumlah, 47'000'000);
  EXPECT_EQ(benefit(a, "jkk_meninggal").jumlah, 71'000'000);
  // The rule in force on the day asked about: before the new row, the old figures.
  EXPECT_EQ(benefit(protection_check(book, active_worker(), Date{2026, 5, 31}), "jkm").jumlah, 42'000'000);
}

TEST(ProtectionCheck, WhatToDoComesFromTheClaimChecklist) {
  const auto a = protection_check(RuleBook::standard(), active_worker(), kToday);
  const auto& accident = guide(a, "kecelakaan");
  EXPECT_TRUE(has_document(accident, "laporan_kecelakaan"));
  EXPECT_TRUE(has_document(accident, "surat_dokter"));
  EXPECT_TRUE(has_document(accident, "kartu_peserta"));
  EXPECT_FALSE(accident.hubungi.empty());
  EXPECT_TRUE(std::any_of(accident.hubungi.begin(), accident.hubungi.end(),
                          [](const auto& h) { return h.find("Kantor Kelurahan Telanaipura") != std::string::npos; }));
  EXPECT_NE(accident.catatan.find("5 tahun"), std::string::npos);       // claim expiry
  EXPECT_NE(accident.catatan.find("7 hari kerja"), std::string::npos);  // JKK service level
  const auto& death = guide(a, "meninggal");
  for (const char* d : {"akta_kematian", "surat_ahli_waris", "kartu_keluarga", "ktp_ahli_waris", "buku_nikah", "npwp"})
    EXPECT_TRUE(has_document(death, d)) << d;
  EXPECT_NE(death.catatan.find("3 hari kerja"), std::string::npos);  // JKM service level
}

TEST(ProtectionCheck, StatusesInPlainWords) {
  auto f = active_worker();
  f.status = "diverifikasi";
  f.months.clear();
  f.funder.reset();
  f.kartu.clear();
  auto a = protection_check(RuleBook::standard(), f, kToday);
  EXPECT_EQ(a.status, "dalam_proses");
  EXPECT_FALSE(a.terlindungi_sampai);
  EXPECT_EQ(a.pembiayaan, "belum_ada");
  EXPECT_EQ(a.kartu, "belum_ada");
  EXPECT_EQ(a.tempat_ambil, "");
  // Benefits are still told (what the worker will have), at the programme's bracket.
  EXPECT_EQ(benefit(a, "jkk_meninggal").jumlah, 70'000'000);

  f = active_worker();
  f.status = "dialokasikan";
  EXPECT_EQ(protection_check(RuleBook::standard(), f, kToday).status, "dalam_proses");

  // The one clock: past the last paid month the same record is no longer protected.
  f = active_worker();
  a = protection_check(RuleBook::standard(), f, Date{2027, 1, 15});
  EXPECT_EQ(a.status, "tidak_terlindungi");
  EXPECT_FALSE(a.terlindungi_sampai);

  f.status = "ditolak_bpjs";
  EXPECT_EQ(protection_check(RuleBook::standard(), f, kToday).status, "tidak_terlindungi");
  f.status = "meninggal";
  EXPECT_EQ(protection_check(RuleBook::standard(), f, kToday).status, "tidak_terlindungi");

  f = active_worker();
  f.kartu = "diserahkan";
  a = protection_check(RuleBook::standard(), f, kToday);
  EXPECT_EQ(a.kartu, "diserahkan");
  EXPECT_EQ(a.tempat_ambil, "");  // nothing left to collect
  f.kartu = "diminta";
  EXPECT_EQ(protection_check(RuleBook::standard(), f, kToday).tempat_ambil, "Kantor Kelurahan Telanaipura");
}

TEST(ProtectionCheck, FunderKindsNeverABudget) {
  auto f = active_worker();
  for (auto [kind, code] :
       std::vector<std::pair<FunderKind, std::string>>{{FunderKind::apbd_provinsi, "apbd_provinsi"},
                                                       {FunderKind::dana_kampung_bahagia, "dana_kampung_bahagia"},
                                                       {FunderKind::donatur, "donatur"}}) {
    f.funder = kind;
    const auto a = protection_check(RuleBook::standard(), f, kToday);
    EXPECT_EQ(a.pembiayaan, code);
    EXPECT_EQ(a.pembiayaan_label.find("Rp"), std::string::npos) << a.pembiayaan_label;
  }
}

}  // namespace
}  // namespace lindungi
