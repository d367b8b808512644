// The budget planner's arithmetic (issue 22 item 2): who is still to cover, who pays, what each
// funder must budget month by month, from the rule book; what-if changes; the vulnerability
// score. Every case names its "today": none depends on the day the test runs.
#include "core/planner.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "core/errors.hpp"

using namespace lindungi;

namespace {

const RuleBook& book() { return RuleBook::standard(); }

// Kelurahan 15.71.01.1001: RT 1 has an RT fund (Rp1 juta: room for few workers), RT 2 none.
PlanInput base_input(Date today, int year) {
  PlanInput in;
  in.today = today;
  in.year = year;
  in.area = "15.71";
  in.area_rules = shipped_rule_set(book(), "15.71", Date{year, 1, 1});
  in.potential = 1'000;
  in.covered_other = 400;
  in.funders = {
      {{"apbd_kota", "APBD Kota Jambi", FunderKind::apbd_kota, "15.71", {}}, 10'000'000, 0, true},
      {{"apbd_provinsi", "Pro Jambi Tangguh", FunderKind::apbd_provinsi, "15", pro_jambi_tangguh_occupations()},
       50'000'000,
       3,
       true},
      {{"dana_kampung_bahagia:15.71.01.1001.001",
        "Dana Kampung Bahagia RT 001",
        FunderKind::dana_kampung_bahagia,
        "15.71.01.1001.001",
        {}},
       1'000'000,
       0,
       true},
  };
  in.covered = {{"15.71.01.1001", 1, "buruh_harian", "apbd_kota", 90},
                {"15.71.01.1001", 2, "becak", "apbd_provinsi", 1},
                {"15.71.01.1001", 1, "pedagang_umkm", "dana_kampung_bahagia", 2}};
  std::int64_t id = 1;
  auto add = [&](int rt, const char* occ, Rupiah income, int dependants) {
    PlanWorker w;
    w.id = id++;
    w.nama = "Pekerja " + std::to_string(w.id);
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = rt;
    w.pekerjaan = occ;
    w.penghasilan = income;
    w.tanggal_lahir = Date{1980, 6, 1};
    w.tanggungan = dependants;
    w.status = "didata";
    in.uncovered.push_back(w);
  };
  add(1, "ojek_online", 1'500'000, 3);    // 40 + 30 + 15 = 85
  add(1, "pedagang_umkm", 3'000'000, 0);  // 20 + 20 + 0 = 40
  add(1, "becak", 1'000'000, 1);          // 30 + 33 + 5 = 68
  add(2, "nelayan", 2'400'000, 4);        // 40 + 24 + 20 = 84
  add(2, "becak", 900'000, 0);            // 30 + 34 + 0 = 64
  add(2, "petani", 7'000'000, 2);         // above the Rp6 juta ceiling: excluded
  return in;
}

Rupiah sum_lines(const PlanResult& r) {
  Rupiah s = 0;
  for (const auto& l : r.lines) s += l.iuran;
  return s;
}

const PlanFunderLine& line(const PlanResult& r, std::string_view kode) {
  for (const auto& l : r.lines)
    if (l.sumber_dana == kode) return l;
  throw std::runtime_error("no line " + std::string{kode});
}

}  // namespace

TEST(Planner, TheScoreFollowsTheDocumentedFormula) {
  PlanWorker w;
  w.pekerjaan = "ojek_online";
  w.penghasilan = 1'500'000;
  w.tanggungan = 3;
  const auto s = vulnerability_score(w, 6'000'000);
  EXPECT_EQ(s.occupation, 40);
  EXPECT_EQ(s.income, 30);  // 40 x 4.5 / 6
  EXPECT_EQ(s.dependants, 15);
  EXPECT_EQ(s.total(), 85);
  w.penghasilan = 6'000'000;
  w.tanggungan = 9;  // at most four count
  w.pekerjaan = "lainnya";
  EXPECT_EQ(vulnerability_score(w, 6'000'000).total(), 15 + 0 + 20);
}

// The same plan at several dates: a future year is paid from January, the current year from the
// month after today's; the parts always add up to the total and every month to the line.
struct DateCase {
  Date today;
  int year;
  int first_month;
};

class PlannerAtDates : public ::testing::TestWithParam<DateCase> {};

TEST_P(PlannerAtDates, PartsAddUpAndNewWorkersArePhasedIn) {
  const DateCase c = GetParam();
  PlanInput in = base_input(c.today, c.year);
  in.target = PlanTargetKind::all_on_record;
  const PlanResult r = plan_coverage(book(), in);
  EXPECT_EQ(r.first_month.month, c.first_month);
  EXPECT_EQ(r.premium_per_month, 16'800);  // RULES.md §2.2: JKK 10.000 + JKM 6.800 at the lowest bracket
  EXPECT_EQ(r.uncovered_on_record, 5);
  ASSERT_EQ(r.excluded.size(), 1u);
  EXPECT_EQ(r.excluded[0].reason, PlanExclusion::income_above_ceiling);
  EXPECT_EQ(r.to_cover, 5);
  EXPECT_EQ(r.total_iuran, sum_lines(r));
  Rupiah months_total = 0;
  for (const auto& m : r.months) months_total += m.iuran;
  EXPECT_EQ(months_total, r.total_iuran);
  for (const auto& l : r.lines) {
    EXPECT_EQ(std::accumulate(l.bulanan.begin(), l.bulanan.end(), Rupiah{0}), l.iuran) << l.nama;
    EXPECT_EQ(l.pekerja, l.pekerja_lanjutan + l.pekerja_baru) << l.nama;
    for (int m = 1; m < c.first_month; ++m)  // before the first month only the continuing pay
      EXPECT_EQ(l.bulanan[static_cast<std::size_t>(m - 1)], 16'800 * l.pekerja_lanjutan) << l.nama << " " << m;
  }
  // 93 continuing workers pay twelve months at Rp16.800.
  Rupiah continuing = 93 * 12 * 16'800;
  Rupiah fresh = 0;
  for (const auto& w : r.ranking)
    if (w.planned) fresh += (12 - w.mulai->month + 1) * 16'800;
  EXPECT_EQ(r.total_iuran, continuing + fresh);
  EXPECT_EQ(r.months.back().tercakup, 400 + 93 + 5);
}

INSTANTIATE_TEST_SUITE_P(Dates, PlannerAtDates,
                         ::testing::Values(DateCase{{2026, 3, 10}, 2027, 1}, DateCase{{2026, 3, 10}, 2026, 4},
                                           DateCase{{2027, 11, 30}, 2027, 12}, DateCase{{2028, 1, 1}, 2028, 2}));

TEST(Planner, TheMostVulnerableJoinFirstAndEachFunderTakesByPriority) {
  PlanInput in = base_input({2026, 12, 7}, 2027);
  in.target = PlanTargetKind::all_on_record;
  const PlanResult r = plan_coverage(book(), in);
  // RT 1 ranked: ojek (85), becak (68), pedagang (40); RT 2: nelayan (84), becak (64).
  std::vector<std::int64_t> ids;
  for (const auto& w : r.ranking) ids.push_back(in.uncovered[w.index].id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 3, 2, 4, 5}));
  EXPECT_EQ(r.ranking[0].rank_in_rt, 1);
  EXPECT_EQ(r.ranking[3].rank_in_rt, 1);
  EXPECT_EQ(r.ranking[4].rank_in_rt, 2);
  // The ojek driver (first of all) joins in January, the shopkeeper (last) later.
  EXPECT_EQ(r.ranking[0].mulai->month, 1);
  EXPECT_GT(r.ranking[2].mulai->month, 1);
  // The province pays for its cohort first: the ojek driver and both becak drivers fit its quota
  // of 3 with one already funded... quota 3 minus 1 continuing leaves 2: the ojek driver and the
  // first becak driver by rank; the other becak driver falls to the next funders.
  EXPECT_EQ(r.ranking[0].sumber_dana, "apbd_provinsi");
  EXPECT_EQ(line(r, "apbd_provinsi").pekerja, 3);
  // The RT fund of RT 1 (Rp1 juta) pays its two continuing workers (Rp403.200) and one new worker
  // for the months left; the city pays the rest.
  EXPECT_LE(line(r, "dana_kampung_bahagia:15.71.01.1001.001").iuran, 1'000'000);
  EXPECT_EQ(line(r, "apbd_kota").kekurangan, std::max<Rupiah>(0, line(r, "apbd_kota").iuran - 10'000'000));
  EXPECT_EQ(r.total_iuran, sum_lines(r));
}

TEST(Planner, APercentageOfThePotentialCountsWorkersNotYetOnRecord) {
  PlanInput in = base_input({2026, 12, 7}, 2027);
  in.percent = 100;  // 1.000 wanted, 493 covered: 507 more, 5 on record and 502 to be recorded
  const PlanResult r = plan_coverage(book(), in);
  EXPECT_EQ(r.target_count, 1'000);
  EXPECT_EQ(r.covered_now, 493);
  EXPECT_EQ(r.to_cover, 507);
  EXPECT_EQ(r.to_cover_on_record, 5);
  EXPECT_EQ(r.to_cover_unrecorded, 502);
  EXPECT_EQ(line(r, "apbd_kota").pekerja_belum_terdata, 502);
  EXPECT_EQ(r.months.back().tercakup, 1'000);
  EXPECT_EQ(r.total_iuran, sum_lines(r));
  // 50%: already reached, nothing new; only the continuing workers are budgeted.
  in.percent = 44;
  const PlanResult half = plan_coverage(book(), in);
  EXPECT_EQ(half.to_cover, 0);
  EXPECT_EQ(half.total_iuran, 93 * 12 * 16'800);
  // 60%: 600 wanted, 107 more, the five most vulnerable on record first.
  in.percent = 60;
  const PlanResult sixty = plan_coverage(book(), in);
  EXPECT_EQ(sixty.to_cover, 107);
  EXPECT_EQ(sixty.to_cover_on_record, 5);
}

TEST(Planner, WhatIfChangesMoveTheMoneyWithoutChangingTheTotalWorkers) {
  PlanInput in = base_input({2026, 12, 7}, 2027);
  in.target = PlanTargetKind::all_on_record;
  const PlanResult before = plan_coverage(book(), in);

  // Move farmers and traders to the province, with room to pay.
  PlanInput moved = in;
  moved.what_if.to_province = {"pedagang_umkm"};
  moved.what_if.extra_budget["apbd_provinsi"] = 5'000'000;
  const PlanResult after = plan_coverage(book(), moved);
  EXPECT_GT(line(after, "apbd_provinsi").pekerja, line(before, "apbd_provinsi").pekerja);
  EXPECT_EQ(line(after, "apbd_provinsi").anggaran, 55'000'000);
  EXPECT_EQ(after.to_cover, before.to_cover);
  EXPECT_EQ(after.total_iuran, sum_lines(after));

  // RT funds everywhere: RT 2 gets one and its workers the province does not take go to it.
  PlanInput funds = in;
  funds.what_if.rt_fund = 5'000'000;
  const PlanResult rt = plan_coverage(book(), funds);
  EXPECT_GT(line(rt, "dana_kampung_bahagia:15.71.01.1001.002").pekerja, 0);
  EXPECT_EQ(line(rt, "dana_kampung_bahagia:15.71.01.1001.001").anggaran, 5'000'000);
  EXPECT_LT(line(rt, "apbd_kota").iuran, line(before, "apbd_kota").iuran);
  EXPECT_EQ(rt.total_iuran, before.total_iuran);  // the same workers and months, other payers
}

TEST(Planner, TheRulesOfTheYearDecideWhoIsEligible) {
  PlanInput in = base_input({2026, 12, 7}, 2027);
  in.target = PlanTargetKind::all_on_record;
  in.uncovered[0].tanggal_lahir = Date{1960, 6, 1};  // 66 on 1 January 2027: above 65
  in.uncovered[1].tanggal_lahir = Date{2012, 1, 1};  // 15 on 1 January 2027: of age
  const PlanResult r = plan_coverage(book(), in);
  EXPECT_EQ(r.uncovered_on_record, 4);
  std::int64_t by_age = 0;
  for (const auto& e : r.excluded)
    if (e.reason == PlanExclusion::age_outside_limits) by_age = e.jumlah;
  EXPECT_EQ(by_age, 1);
}

// Issue 22 item 4: each kab/kota's own programme rules decide its workers' eligibility, the
// score's income part and which funder takes them first; the others follow the area's.
TEST(Planner, EachKabKotaPlansByItsOwnRules) {
  PlanInput in = base_input({2026, 12, 7}, 2027);
  in.area = "15";
  in.target = PlanTargetKind::all_on_record;
  // Sungai Penuh (15.72): an income ceiling of Rp3 juta, ages 18-60, its own budget first.
  ProgrammeRuleSet sp = shipped_rule_set(book(), "15.72", Date{2027, 1, 1});
  sp.bawaan = false;
  sp.batas_penghasilan = 3'000'000;
  sp.usia_min = 18;
  sp.usia_maks = 60;
  sp.prioritas_dana = {"apbd_kota", "apbd_provinsi"};
  in.kabkota_rules.emplace("15.72", sp);
  in.kabkota_rules.emplace("15.71", shipped_rule_set(book(), "15.71", Date{2027, 1, 1}));
  in.funders.push_back(
      {{"apbd_kota_1572", "APBD Kota Sungai Penuh", FunderKind::apbd_kota, "15.72", {}}, 10'000'000, 0, true});
  auto add = [&](const char* occ, Rupiah income, Date born) {
    PlanWorker w;
    w.id = 100 + static_cast<std::int64_t>(in.uncovered.size());
    w.nama = "Pekerja Sungai Penuh";
    w.kode_kelurahan = "15.72.01.1001";
    w.rt = 1;
    w.pekerjaan = occ;
    w.penghasilan = income;
    w.tanggal_lahir = born;
    w.status = "didata";
    in.uncovered.push_back(w);
  };
  add("ojek_online", 2'000'000, Date{1980, 6, 1});    // eligible; the city pays first, not the province
  add("pedagang_umkm", 4'000'000, Date{1980, 6, 1});  // above Rp3 juta: eligible in Kota Jambi, not here
  add("becak", 1'000'000, Date{1965, 6, 1});          // 61: eligible in Kota Jambi (65), not here (60)
  const PlanResult r = plan_coverage(book(), in);
  std::int64_t by_income = 0, by_age = 0;
  for (const auto& e : r.excluded) {
    if (e.reason == PlanExclusion::income_above_ceiling) by_income = e.jumlah;
    if (e.reason == PlanExclusion::age_outside_limits) by_age = e.jumlah;
  }
  EXPECT_EQ(by_income, 2);  // Kota Jambi's petani at Rp7 juta, Sungai Penuh's trader at Rp4 juta
  EXPECT_EQ(by_age, 1);
  EXPECT_EQ(r.uncovered_on_record, 6);  // Kota Jambi's five and Sungai Penuh's ojek driver
  for (const auto& w : r.ranking) {
    const PlanWorker& p = in.uncovered[w.index];
    if (p.kode_kelurahan != "15.72.01.1001") continue;
    EXPECT_EQ(w.sumber_dana, "apbd_kota_1572");
    // The income part against Sungai Penuh's ceiling: 40 x (3 - 2) / 3 = 13.
    EXPECT_EQ(w.score.income, 13);
  }
  // Kota Jambi's ojek driver still goes to the province first (the shipped order).
  for (const auto& w : r.ranking) {
    const PlanWorker& p = in.uncovered[w.index];
    if (p.pekerjaan == "ojek_online" && p.kode_kelurahan == "15.71.01.1001") {
      EXPECT_EQ(w.sumber_dana, "apbd_provinsi");
    }
  }
  EXPECT_EQ(sum_lines(r), r.total_iuran);
}

TEST(Planner, APastYearOrABadTargetIsRefused) {
  PlanInput in = base_input({2027, 1, 5}, 2026);
  EXPECT_THROW(plan_coverage(book(), in), ValidationError);
  in.year = 2027;
  in.percent = 0;
  EXPECT_THROW(plan_coverage(book(), in), ValidationError);
}

TEST(Planner, DecemberOfTheCurrentYearLeavesNoMonthForNewWorkers) {
  PlanInput in = base_input({2026, 12, 7}, 2026);
  in.target = PlanTargetKind::all_on_record;
  const PlanResult r = plan_coverage(book(), in);
  EXPECT_EQ(r.to_cover, 0);
  EXPECT_EQ(r.total_iuran, 93 * 12 * 16'800);
}
