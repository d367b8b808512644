// Claim rules (issue 5): every figure of RULES.md §4, §5 and §7 a case relies on, the SLA clock,
// expiry, the document checklist, scholarship awards and caps, cover decisions and heirs.
#include "core/claims.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/heirs.hpp"
#include "core/ledger.hpp"
#include "shipped_calendar.hpp"

using namespace lindungi;

namespace {
const RuleBook& standard_rules() { return RuleBook::standard(); }
const Date kEvent{2026, 6, 10};
BenefitInput income(Rupiah upah) {
  BenefitInput in;
  in.income = upah;
  return in;
}
Heir heir(const std::string& nama, const std::string& hubungan) { return Heir{0, nama, hubungan, "", std::nullopt}; }
}  // namespace

TEST(ClaimRules, EventsLeadToTheirBenefit) {
  EXPECT_EQ(claim_kind_for({true, false, ""}), ClaimKind::jkm);
  EXPECT_EQ(claim_kind_for({true, true, ""}), ClaimKind::jkk_death);
  EXPECT_EQ(claim_kind_for({false, true, "cacat_total"}), ClaimKind::jkk_total);
  EXPECT_EQ(claim_kind_for({false, true, "cacat_sebagian"}), ClaimKind::jkk_partial);
  EXPECT_EQ(claim_kind_for({false, true, "stmb"}), ClaimKind::jkk_stmb);
  EXPECT_THROW(claim_kind_for({false, false, "stmb"}), ValidationError);  // JKK covers work accidents only
  EXPECT_THROW(claim_kind_for({false, true, "patah_hati"}), ValidationError);
}

TEST(ClaimRules, SectionSevenFigures) {
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkm, {}, kEvent).total, 42'000'000);
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkk_death, income(1'000'000), kEvent).total, 70'000'000);
  const auto total = claim_benefit(standard_rules(), ClaimKind::jkk_total, income(1'000'000), kEvent);
  ASSERT_EQ(total.lines.size(), 2u);
  EXPECT_EQ(total.lines[0].amount, 56'000'000);
  EXPECT_EQ(total.lines[1].amount, 12'000'000);
  EXPECT_EQ(scholarship_cap_total(), 174'000'000);
}

TEST(ClaimRules, RightArmFromTheDisabilityTableIsThirtyTwoMillion) {
  BenefitInput in = income(1'000'000);
  in.body_part = "lengan_kanan_bahu";
  const auto q = claim_benefit(standard_rules(), ClaimKind::jkk_partial, in, kEvent);
  EXPECT_EQ(q.total, 32'000'000);
  EXPECT_NE(q.lines[0].label.find("Lengan kanan"), std::string::npos);
  in.body_part = "lengan_kiri_bahu";
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkk_partial, in, kEvent).total, 28'000'000);
  in.body_part = "kedua_mata";
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkk_partial, in, kEvent).total, 56'000'000);
  in.function_percent = 50;  // loss of function: f x p x 80 x upah
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkk_partial, in, kEvent).total, 28'000'000);
  in.body_part = "ekor";
  EXPECT_THROW(claim_benefit(standard_rules(), ClaimKind::jkk_partial, in, kEvent), ValidationError);
}

TEST(ClaimRules, StmbTwelveMonthsFullThenHalf) {
  BenefitInput in = income(1'000'000);
  in.months = 15;
  const auto q = claim_benefit(standard_rules(), ClaimKind::jkk_stmb, in, kEvent);
  ASSERT_EQ(q.lines.size(), 2u);
  EXPECT_EQ(q.lines[0].amount, 12'000'000);
  EXPECT_EQ(q.lines[1].amount, 1'500'000);
  EXPECT_EQ(claim_benefit(standard_rules(), ClaimKind::jkk_care, in, kEvent).total, 0);
}

TEST(ClaimRules, TransportIsCappedPerMode) {
  const ClaimRule& r = standard_rules().claim_at(kEvent);
  EXPECT_EQ(transport_line(r, "darat", 7'000'000).amount, 5'000'000);
  EXPECT_EQ(transport_line(r, "darat", 300'000).amount, 300'000);
  EXPECT_EQ(transport_line(r, "laut", 3'000'000).amount, 2'000'000);
  EXPECT_EQ(transport_line(r, "udara", 12'000'000).amount, 10'000'000);
  EXPECT_THROW(transport_line(r, "kereta", 1), ValidationError);
  EXPECT_EQ(r.home_care_cap, 20'000'000);
  EXPECT_EQ(r.glasses_cap, 1'000'000);
}

TEST(ClaimRules, SlaCountsWorkingDaysAndOnePercentPerLateDay) {
  const WorkCalendar& cal = testing_support::shipped_calendar();
  const ClaimRule& r = standard_rules().claim_at(kEvent);
  // Complete on Friday 14 Aug 2026: 17 Aug is a holiday, so JKM (3 days) is due Thursday 20 Aug.
  EXPECT_EQ(sla_due_date(cal, r, ClaimKind::jkm, Date{2026, 8, 14}), (Date{2026, 8, 20}));
  // JKK: 7 working days from Monday 2 Nov 2026 is Wednesday 11 Nov.
  EXPECT_EQ(sla_due_date(cal, r, ClaimKind::jkk_death, Date{2026, 11, 2}), (Date{2026, 11, 11}));
  EXPECT_EQ(late_working_days(cal, Date{2026, 8, 20}, Date{2026, 8, 20}), 0);
  EXPECT_EQ(late_working_days(cal, Date{2026, 8, 20}, Date{2026, 8, 25}), 2);  // Fri, Mon (Tue 25/08: Maulid Nabi)
  EXPECT_EQ(late_penalty(r, 42'000'000, 3), 1'260'000);
  EXPECT_EQ(late_working_days(cal, Date{2026, 8, 20}, Date{2026, 8, 26}), 3);
  EXPECT_EQ(late_penalty(r, 42'000'000, 0), 0);
}

TEST(ClaimRules, AClaimCompleteTheDayBeforeLebaranWaitsOutTheHolidays) {
  // Issue 15: the shipped SKB years. 2026: documents complete on Friday 20/03 (cuti bersama, the
  // day before Idul Fitri 1447 H); 21-24/03 are off, so JKM (3 working days) is due Friday 27/03
  // and JKK (7) Thursday 02/04, where weekends alone would say 25/03 and 31/03.
  const WorkCalendar& cal = testing_support::shipped_calendar();
  const ClaimRule& r = standard_rules().claim_at(Date{2026, 3, 20});
  EXPECT_EQ(sla_due_date(cal, r, ClaimKind::jkm, Date{2026, 3, 20}), (Date{2026, 3, 27}));
  EXPECT_EQ(sla_due_date(cal, r, ClaimKind::jkk_death, Date{2026, 3, 20}), (Date{2026, 4, 2}));
  EXPECT_EQ(sla_due_date(WorkCalendar{}, r, ClaimKind::jkm, Date{2026, 3, 20}), (Date{2026, 3, 25}));
  // Paid on 30/03: one working day late (the 30th), not three.
  EXPECT_EQ(late_working_days(cal, Date{2026, 3, 27}, Date{2026, 3, 30}), 1);
  // 2025: complete on Sunday 30/03, the day before Idul Fitri 1446 H: the next working day is
  // 08/04 (31/03-07/04 are holidays and cuti bersama), so JKM is due Thursday 10/04.
  EXPECT_EQ(sla_due_date(cal, r, ClaimKind::jkm, Date{2025, 3, 30}), (Date{2025, 4, 10}));
}

TEST(ClaimRules, ClaimsExpireAfterFiveYearsTwoBeforePp82) {
  EXPECT_EQ(claim_expiry(standard_rules().claim_at(kEvent), kEvent), (Date{2031, 6, 10}));
  const Date old{2018, 3, 1};
  EXPECT_EQ(claim_expiry(standard_rules().claim_at(old), old), (Date{2020, 3, 1}));
}

TEST(ClaimRules, ChecklistFollowsSectionFourFour) {
  const ClaimRule& r = standard_rules().claim_at(kEvent);
  auto has = [](const std::vector<ChecklistItem>& l, const std::string& k) {
    for (const auto& i : l)
      if (i.kode == k) return true;
    return false;
  };
  const auto jkm = claim_checklist(r, ClaimKind::jkm, 42'000'000, true);
  EXPECT_TRUE(has(jkm, "akta_kematian"));
  EXPECT_TRUE(has(jkm, "surat_ahli_waris"));
  EXPECT_TRUE(has(jkm, "buku_nikah"));
  EXPECT_FALSE(has(jkm, "npwp"));  // Rp42 juta is not above Rp50 juta
  const auto jkk = claim_checklist(r, ClaimKind::jkk_death, 70'000'000, false);
  EXPECT_TRUE(has(jkk, "npwp"));
  EXPECT_FALSE(has(jkk, "buku_nikah"));
  const auto stmb = claim_checklist(r, ClaimKind::jkk_stmb, 12'000'000, false);
  EXPECT_FALSE(has(stmb, "akta_kematian"));
  EXPECT_TRUE(has(stmb, "surat_dokter"));
}

// People read a regulation's name, never a file of ours (issue 17 item 10): the legal basis shown
// beside each checklist item and each rule names the regulation.
TEST(ClaimRules, LegalBasisNamesARegulationNotAFileOfOurs) {
  const ClaimRule& r = standard_rules().claim_at(kEvent);
  for (const ClaimKind kind : {ClaimKind::jkm, ClaimKind::jkk_death, ClaimKind::jkk_total, ClaimKind::jkk_stmb}) {
    for (const auto& item : claim_checklist(r, kind, 70'000'000, true)) {
      EXPECT_EQ(item.dasar.find(".md"), std::string::npos) << item.kode << ": " << item.dasar;
      EXPECT_FALSE(item.dasar.empty()) << item.kode;
    }
  }
  const RuleBook& book = RuleBook::standard();
  auto no_file = [](const std::string& source) { EXPECT_EQ(source.find(".md"), std::string::npos) << source; };
  for (const auto& x : book.premium) no_file(x.source);
  for (const auto& x : book.programme) no_file(x.source);
  for (const auto& x : book.jakon) no_file(x.source);
  for (const auto& x : book.benefit) no_file(x.source);
  for (const auto& x : book.claims) no_file(x.source);
  for (const auto& x : book.rt_fund) no_file(x.source);
}

TEST(ClaimRules, ScholarshipYearsAndCaps) {
  EXPECT_EQ(school_year_of(Date{2026, 7, 1}), 2026);
  EXPECT_EQ(school_year_of(Date{2027, 6, 30}), 2026);
  EXPECT_EQ(school_year_label(2026), "2026/2027");
  // Due from the school year of the event on: a death in September 2026 starts with 2026/2027,
  // one in March 2026 with 2025/2026.
  EXPECT_EQ(first_scholarship_year(Date{2026, 9, 8}), 2026);
  EXPECT_EQ(first_scholarship_year(Date{2026, 3, 1}), 2025);
  std::vector<ScholarshipPaid> paid;
  EXPECT_EQ(scholarship_award(SchoolLevel::tk_sd, 2026, paid, 0).amount, 1'500'000);
  EXPECT_EQ(scholarship_award(SchoolLevel::smp, 2026, paid, 0).amount, 2'000'000);
  EXPECT_EQ(scholarship_award(SchoolLevel::sma, 2026, paid, 0).amount, 3'000'000);
  EXPECT_EQ(scholarship_award(SchoolLevel::kuliah, 2026, paid, 0).amount, 12'000'000);
  // The same year twice is refused.
  paid.push_back({2026, SchoolLevel::sma, 3'000'000});
  EXPECT_EQ(scholarship_award(SchoolLevel::sma, 2026, paid, 0).amount, 0);
  // Three SMA years, then no more at that level.
  paid.push_back({2027, SchoolLevel::sma, 3'000'000});
  paid.push_back({2028, SchoolLevel::sma, 3'000'000});
  const auto fourth = scholarship_award(SchoolLevel::sma, 2029, paid, 0);
  EXPECT_EQ(fourth.amount, 0);
  EXPECT_NE(fourth.reason.find("3 tahun"), std::string::npos);
  // A whole child's path is Rp87 juta; two children Rp174 juta.
  std::vector<ScholarshipPaid> full;
  int y = 2000;
  for (const auto& b : scholarship_bands())
    for (int i = 0; i < b.max_years; ++i) {
      const auto a = scholarship_award(b.level, y, full, 0);
      ASSERT_EQ(a.amount, b.per_year);
      full.push_back({y++, b.level, a.amount});
    }
  Rupiah sum = 0;
  for (const auto& p : full) sum += p.amount;
  EXPECT_EQ(sum, 87'000'000);
  EXPECT_EQ(sum * 2, 174'000'000);
  // The total cap binds when the other child took more than its share (records from before).
  EXPECT_EQ(scholarship_award(SchoolLevel::kuliah, 2030, {}, 170'000'000).amount, 4'000'000);
  EXPECT_EQ(scholarship_award(SchoolLevel::kuliah, 2030, {}, 174'000'000).amount, 0);
}

TEST(ClaimRules, ScholarshipAgeLimitAndConfigurableMinimumPeriod) {
  EXPECT_TRUE(scholarship_age_ok(Date{2004, 7, 2}, 2026));   // 21 on 1 Jul 2026
  EXPECT_FALSE(scholarship_age_ok(Date{2003, 7, 1}, 2026));  // 23 on 1 Jul 2026
  const ClaimRule& r = standard_rules().claim_at(kEvent);
  EXPECT_EQ(r.jkm_scholarship_min_months, 36);
  const std::vector<ChildStatus> kids = {{Heir{0, "Adi", "anak", "", Date{2015, 1, 1}}}};
  EXPECT_EQ(scholarship_children(kids, false, 24, kEvent, kEvent, 24).eligible.size(), 1u);  // a lower setting
  EXPECT_TRUE(scholarship_children(kids, false, 24, kEvent, kEvent, r.jkm_scholarship_min_months).eligible.empty());
}

TEST(ClaimRules, CoverOnTheEventDateFromTheLedger) {
  std::vector<LedgerMonth> months;
  for (int m = 1; m <= 6; ++m) months.push_back({{2026, m}, 16'800, m <= 4 ? 16'800 : 0, std::nullopt, "apbd_kota"});
  const Date today{2026, 6, 20};
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 3, 10}, today).cover, Cover::covered);
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 5, 20}, today).cover,
            Cover::needs_confirmation);  // unpaid grace month
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 8, 1}, today).cover,
            Cover::not_covered);                                         // nothing billed
  EXPECT_EQ(refund_after_event(months, Date{2026, 2, 28}), 2 * 16'800);  // March and April
}

TEST(ClaimRules, HeirsForEachFamilyShape) {
  // Spouse and children share; parents are not called.
  auto p = propose_heirs({heir("Ayah", "ayah"), heir("Suami", "suami"), heir("Anak", "anak")});
  EXPECT_EQ(p.group, 1);
  EXPECT_EQ(p.recipients.size(), 2u);
  // No spouse: the children alone.
  p = propose_heirs({heir("Anak", "anak"), heir("Ibu", "ibu")});
  EXPECT_EQ(p.group, 1);
  EXPECT_EQ(p.recipients[0].nama, "Anak");
  // Parents only.
  p = propose_heirs({heir("Ayah", "ayah"), heir("Ibu", "ibu")});
  EXPECT_EQ(p.group, 2);
  EXPECT_EQ(p.recipients.size(), 2u);
  // Grandchildren and grandparents share the second group; siblings wait.
  p = propose_heirs({heir("Saudara", "saudara_kandung"), heir("Cucu", "cucu"), heir("Nenek", "nenek")});
  EXPECT_EQ(p.group, 2);
  EXPECT_EQ(p.recipients.size(), 2u);
  EXPECT_NE(p.explanation.find("tidak ada ahli waris golongan sebelumnya"), std::string::npos);
  // Siblings before in-laws, in-laws before the will.
  EXPECT_EQ(propose_heirs({heir("Mertua", "mertua"), heir("Saudara", "saudara_kandung")}).recipients[0].nama,
            "Saudara");
  EXPECT_EQ(propose_heirs({heir("Wasiat", "wasiat"), heir("Mertua", "mertua")}).recipients[0].nama, "Mertua");
  EXPECT_EQ(propose_heirs({heir("Wasiat", "wasiat")}).group, 5);
  EXPECT_EQ(propose_heirs({heir("Tetangga", "lainnya")}).group, 0);
}
