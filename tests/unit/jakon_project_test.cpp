// Construction projects (issue 9): the premium of a project, the 14-working-day deadline after the
// SPK, the certificate gate before work starts, and what counts as not covered.
#include "core/jakon_project.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "shipped_calendar.hpp"

using namespace lindungi;

namespace {

Project project(Rupiah nilai, Date spk) {
  Project p;
  p.jenis = ProjectKind::swakelola;
  p.nama = "Semenisasi gang RT 007";
  p.kode_kelurahan = "15.71.01.1001";
  p.rt = 7;
  p.nilai = nilai;
  p.tanggal_spk = spk;
  p.iuran = project_premium(RuleBook::standard(), p, spk).total;
  return p;
}

Project certified(Rupiah nilai, Date spk, Date paid) {
  Project p = project(nilai, spk);
  p.nomor_sertifikat = "JK2026000123";
  p.tanggal_bayar = paid;
  p.jumlah_bayar = p.iuran;
  p.status = ProjectState::bersertifikat;
  return p;
}

// The shipped holidays (issue 15): SKB 2026 with cuti bersama on 24/12, 2027's fixed-date ones.
const WorkCalendar& kCalendar = testing_support::shipped_calendar();

}  // namespace

TEST(JakonProject, PremiumByContractValueIsTheSection64Examples) {
  const RuleBook& rules = RuleBook::standard();
  EXPECT_EQ(project(80'000'000, Date{2026, 11, 2}).iuran, 192'000);
  EXPECT_EQ(project(850'000'000, Date{2026, 11, 2}).iuran, 1'525'000);
  Project ppn = project(50'000'000, Date{2026, 11, 2});
  ppn.ppn_termasuk = true;
  ppn.ppn_persen = 10;
  const ProjectPremium q = project_premium(rules, ppn, Date{2026, 11, 21});
  EXPECT_EQ(q.total, 109'091);  // basis 45.454.545 rounded down; each band half up
  EXPECT_EQ(q.dasar, "nilai_kontrak");
  EXPECT_EQ(q.rule_from, (Date{2021, 4, 1}));
  EXPECT_NE(q.source.find("Permenaker 5/2021"), std::string::npos);
  EXPECT_EQ(q.source.find(".md"), std::string::npos);  // a regulation's name, never a file of ours
}

TEST(JakonProject, PpnRoundingAtElevenPercent) {
  // Rp50 juta incl. 11%: basis 45.045.045,04 -> 45.045.045; 0,21% = 94.594,59 -> 94.595;
  // 0,03% = 13.513,51 -> 13.514.
  Project p = project(50'000'000, Date{2026, 11, 2});
  p.ppn_termasuk = true;
  p.ppn_persen = 11;
  EXPECT_EQ(project_premium(RuleBook::standard(), p, Date{2026, 11, 21}).total, 108'109);
}

TEST(JakonProject, PremiumByKnownWagesForEachStartedMonth) {
  Project p = project(80'000'000, Date{2026, 11, 2});
  p.upah_bulanan = 10'000'000;  // §6.3: 1,74% + 0,30% = Rp204.000 a month
  p.rencana_mulai = Date{2026, 11, 9};
  p.rencana_selesai = Date{2026, 12, 9};  // the 9th of December starts a second month
  const ProjectPremium q = project_premium(RuleBook::standard(), p, Date{2026, 11, 21});
  EXPECT_EQ(q.dasar, "upah");
  EXPECT_EQ(q.months, 2);
  EXPECT_EQ(q.total, 408'000);
  p.rencana_selesai = Date{2026, 12, 8};
  EXPECT_EQ(project_premium(RuleBook::standard(), p, Date{2026, 11, 21}).total, 204'000);
}

TEST(JakonProject, PricedOnTheSpkDateNotToday) {
  // An SPK of 2020 falls under Permenaker 44/2015, before its merger into 5/2021.
  Project p = project(110'000'000, Date{2020, 6, 1});
  p.ppn_termasuk = true;
  p.ppn_persen = 10;
  const ProjectPremium q = project_premium(RuleBook::standard(), p, Date{2026, 11, 21});
  EXPECT_EQ(q.total, 240'000);  // basis Rp100 juta
  EXPECT_EQ(q.rule_from, (Date{2015, 7, 1}));
  EXPECT_EQ(q.source.rfind("Permenaker 44/2015", 0), 0u);
  p.tanggal_spk.reset();  // without an SPK: priced today
  EXPECT_EQ(project_premium(RuleBook::standard(), p, Date{2026, 11, 21}).rule_from, (Date{2021, 4, 1}));
}

TEST(JakonProject, DeadlineIsFourteenWorkingDaysAfterTheSpk) {
  // Friday 20 Nov 2026: four weekends are skipped.
  EXPECT_EQ(registration_deadline(kCalendar, Date{2026, 11, 20}), (Date{2026, 12, 10}));
  // Across Christmas (cuti bersama on the 24th) and New Year: three days later than weekends alone.
  EXPECT_EQ(registration_deadline(kCalendar, Date{2026, 12, 15}), (Date{2027, 1, 7}));
  EXPECT_EQ(registration_deadline(WorkCalendar{}, Date{2026, 12, 15}), (Date{2027, 1, 4}));
  // An SPK signed on a Saturday counts from the Monday.
  EXPECT_EQ(registration_deadline(kCalendar, Date{2026, 11, 21}), (Date{2026, 12, 10}));
  // A holiday entered by the deployment moves the deadline by a day.
  const WorkCalendar with_leave({{Date{2026, 12, 24}, "Cuti bersama Natal"}});
  EXPECT_EQ(registration_deadline(with_leave, Date{2026, 12, 15}), (Date{2027, 1, 5}));
}

TEST(JakonProject, AnSpkSignedInTheIdulFitriWeekGetsItsFourteenWorkingDays) {
  // Issue 15: signed on Nyepi, Thursday 19/03/2026, before Idul Fitri's cuti bersama (20-24/03)
  // and Good Friday (03/04): due Tuesday 14/04, not Wednesday 08/04 as weekends alone would say.
  EXPECT_EQ(registration_deadline(kCalendar, Date{2026, 3, 19}), (Date{2026, 4, 14}));
  EXPECT_EQ(registration_deadline(WorkCalendar{}, Date{2026, 3, 19}), (Date{2026, 4, 8}));
  // 2025: signed Thursday 27/03, before cuti bersama Nyepi (28/03), Idul Fitri (31/03-01/04), its
  // cuti bersama (02-04/04, 07/04) and Good Friday (18/04): due Monday 28/04.
  EXPECT_EQ(registration_deadline(kCalendar, Date{2025, 3, 27}), (Date{2025, 4, 28}));
  // A project without a certificate is not late on the day the weekends-only count would say.
  const Project p = project(80'000'000, Date{2026, 3, 19});
  EXPECT_FALSE(assess_project(p, kCalendar, Date{2026, 4, 13}).terlambat);
  EXPECT_FALSE(assess_project(p, kCalendar, Date{2026, 4, 14}).terlambat);
  EXPECT_TRUE(assess_project(p, kCalendar, Date{2026, 4, 15}).terlambat);
}

TEST(JakonProject, OverdueOnlyAfterTheDeadlineAndOnlyWithoutCover) {
  const Project p = project(80'000'000, Date{2026, 11, 20});
  auto on = [&](Date d) { return assess_project(p, kCalendar, d); };
  EXPECT_FALSE(on(Date{2026, 12, 10}).terlambat);  // the deadline day itself is still in time
  EXPECT_EQ(on(Date{2026, 12, 10}).sisa_hari_kerja, 1);
  EXPECT_EQ(on(Date{2026, 11, 20}).sisa_hari_kerja, 15);  // today and the 14 to come
  EXPECT_TRUE(on(Date{2026, 12, 11}).terlambat);
  EXPECT_TRUE(on(Date{2026, 12, 11}).tanpa_sertifikat);
  EXPECT_EQ(on(Date{2026, 12, 11}).sisa_hari_kerja, 0);
  EXPECT_FALSE(on(Date{2026, 12, 11}).patuh());
  const Project c = certified(80'000'000, Date{2026, 11, 20}, Date{2026, 11, 23});
  EXPECT_TRUE(assess_project(c, kCalendar, Date{2027, 3, 1}).patuh());
  EXPECT_EQ(assess_project(c, kCalendar, Date{2027, 3, 1}).batas_daftar, (Date{2026, 12, 10}));
}

TEST(JakonProject, GateRefusesStartWithoutCertificateAndPayment) {
  const Date today{2026, 11, 30};
  Project p = project(80'000'000, Date{2026, 11, 20});
  auto refusal = start_refusal(p, today, today);
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->code, "belum_bersertifikat");
  EXPECT_NE(refusal->message.find("sertifikat"), std::string::npos);
  p.nomor_sertifikat = "JK2026000123";  // a number without payment is not cover
  EXPECT_EQ(start_refusal(p, today, today)->code, "belum_bersertifikat");
  p.tanggal_bayar = Date{2026, 11, 25};
  p.jumlah_bayar = p.iuran - 1;  // short by one Rupiah
  EXPECT_EQ(start_refusal(p, today, today)->code, "belum_bersertifikat");
  p.jumlah_bayar = p.iuran;
  EXPECT_FALSE(start_refusal(p, today, today));
  EXPECT_EQ(start_refusal(p, Date{2026, 11, 24}, today)->code, "mulai_sebelum_bayar");
  EXPECT_EQ(start_refusal(p, Date{2026, 12, 1}, today)->code, "tanggal_tidak_valid");  // the future
  p.status = ProjectState::dimulai;
  EXPECT_EQ(start_refusal(p, today, today)->code, "sudah_dimulai");
}

TEST(JakonProject, CertificateNeedsNumberDateAndFullPayment) {
  const Date today{2026, 11, 30};
  const Project p = project(80'000'000, Date{2026, 11, 20});
  EXPECT_EQ(certificate_refusal(p, "", Date{2026, 11, 25}, 192'000, today)->field, "nomor_sertifikat");
  EXPECT_EQ(certificate_refusal(p, "JK1", std::nullopt, 192'000, today)->field, "tanggal_bayar");
  EXPECT_EQ(certificate_refusal(p, "JK1", Date{2026, 12, 1}, 192'000, today)->field, "tanggal_bayar");
  const auto short_paid = certificate_refusal(p, "JK1", Date{2026, 11, 25}, 191'999, today);
  ASSERT_TRUE(short_paid);
  EXPECT_EQ(short_paid->code, "pembayaran_kurang");
  EXPECT_NE(short_paid->message.find("Rp192.000"), std::string::npos);
  EXPECT_FALSE(certificate_refusal(p, "JK1", Date{2026, 11, 25}, 192'000, today));
  Project done = p;
  done.status = ProjectState::selesai;
  EXPECT_EQ(certificate_refusal(done, "JK1", Date{2026, 11, 25}, 192'000, today)->code, "proyek_selesai");
}

TEST(JakonProject, StartedWithoutCover) {
  const Date today{2027, 1, 15};
  Project p = project(80'000'000, Date{2026, 11, 20});
  p.status = ProjectState::dimulai;  // historic data: at work, nothing recorded
  p.tanggal_mulai = Date{2026, 12, 1};
  EXPECT_TRUE(assess_project(p, kCalendar, today).mulai_tanpa_perlindungan);
  // Paid after the work began: the first days were not covered.
  Project late = certified(80'000'000, Date{2026, 11, 20}, Date{2026, 12, 3});
  late.status = ProjectState::selesai;
  late.tanggal_mulai = Date{2026, 12, 1};
  EXPECT_TRUE(assess_project(late, kCalendar, today).mulai_tanpa_perlindungan);
  late.tanggal_mulai = Date{2026, 12, 3};
  EXPECT_FALSE(assess_project(late, kCalendar, today).mulai_tanpa_perlindungan);
  EXPECT_TRUE(assess_project(late, kCalendar, today).patuh());
}

TEST(JakonProject, FinishOnlyWhatStarted) {
  const Date today{2027, 1, 15};
  Project p = certified(80'000'000, Date{2026, 11, 20}, Date{2026, 11, 23});
  EXPECT_EQ(finish_refusal(p, today, today)->code, "belum_dimulai");
  p.status = ProjectState::dimulai;
  p.tanggal_mulai = Date{2026, 12, 1};
  EXPECT_EQ(finish_refusal(p, Date{2026, 11, 30}, today)->field, "tanggal_selesai");
  EXPECT_FALSE(finish_refusal(p, today, today));
}

TEST(JakonProject, FieldProblemsNameTheField) {
  Project p;
  p.jenis = ProjectKind::kontrak;
  std::vector<std::string> fields;
  for (const auto& e : project_problems(p)) fields.push_back(e.field);
  for (const char* f : {"nama", "kode_kelurahan", "rt", "nilai", "tanggal_spk", "pelaksana"})
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
  Project ok = project(80'000'000, Date{2026, 11, 20});
  EXPECT_TRUE(project_problems(ok).empty());
  ok.rencana_mulai = Date{2026, 11, 19};
  EXPECT_EQ(project_problems(ok).front().field, "rencana_mulai");
}

TEST(JakonProject, KindAndStateNames) {
  EXPECT_EQ(parse_project_kind("kontrak"), ProjectKind::kontrak);
  EXPECT_FALSE(parse_project_kind("borongan"));
  for (auto s : {ProjectState::direncanakan, ProjectState::bersertifikat, ProjectState::dimulai, ProjectState::selesai})
    EXPECT_EQ(parse_project_state(to_string(s)), s);
}
