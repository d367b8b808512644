// The premium ledger's rules in the core (issue 4): payments to the oldest months first, invoice
// status and numbers, the RT fund's cost, discounts, renewal problems, due dates and lapse. The
// services over a real database are in billing_test.cpp.
#include <gtest/gtest.h>

#include <vector>

#include "core/billing.hpp"
#include "core/calendar.hpp"
#include "core/premium.hpp"
#include "shipped_calendar.hpp"

namespace lindungi {
namespace {

TEST(BillingCore, PaymentGoesToTheOldestMonthsFirstForEveryone) {
  std::vector<BillLine> lines;
  std::int64_t id = 0;
  for (int worker = 1; worker <= 3; ++worker)
    for (int m = 3; m >= 1; --m) lines.push_back({++id, worker, {2026, m}, 16'800, 0});
  Rupiah rest = -1;
  const auto credits = distribute_payment(lines, 3 * 16'800 + 10'000, &rest);
  EXPECT_EQ(rest, 0);
  ASSERT_EQ(credits.size(), 4u);
  // January of workers 1, 2, 3 in full, then February of worker 1 in part.
  std::set<std::int64_t> january;
  for (const auto& l : lines)
    if (l.month == YearMonth{2026, 1}) january.insert(l.id);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(january.contains(credits[i].id));
    EXPECT_EQ(credits[i].paid, 16'800);
  }
  EXPECT_EQ(credits[3].paid, 10'000);
}

TEST(BillingCore, PaymentNeverCreditsBeyondALine) {
  std::vector<BillLine> lines = {{1, 1, {2026, 1}, 16'800, 16'800}, {2, 1, {2026, 2}, 16'800, 6'800}};
  Rupiah rest = 0;
  const auto credits = distribute_payment(lines, 20'000, &rest);
  ASSERT_EQ(credits.size(), 1u);
  EXPECT_EQ(credits[0].id, 2);
  EXPECT_EQ(credits[0].paid, 16'800);
  EXPECT_EQ(rest, 10'000);
}

TEST(BillingCore, PaymentProblems) {
  const Date today{2026, 3, 1};
  auto codes = [](const std::vector<FieldError>& e) {
    std::set<std::string> out;
    for (const auto& x : e) out.insert(x.code);
    return out;
  };
  PaymentRequest ok{100'000, Date{2026, 2, 10}, "SP2D-0001"};
  EXPECT_TRUE(payment_problems(ok, 201'600, 0, InvoiceStatus::terbit, today).empty());
  PaymentRequest over = ok;
  over.amount = 201'601;
  EXPECT_TRUE(codes(payment_problems(over, 201'600, 0, InvoiceStatus::terbit, today)).contains("kelebihan_bayar"));
  over.amount = 101'601;
  EXPECT_TRUE(
      codes(payment_problems(over, 201'600, 100'000, InvoiceStatus::sebagian, today)).contains("kelebihan_bayar"));
  PaymentRequest bad{0, Date{2026, 3, 2}, "x"};
  const auto c = codes(payment_problems(bad, 201'600, 0, InvoiceStatus::terbit, today));
  EXPECT_TRUE(c.contains("jumlah_tidak_valid"));
  EXPECT_TRUE(c.contains("tanggal_masa_depan"));
  EXPECT_TRUE(c.contains("referensi_tidak_valid"));
  EXPECT_TRUE(codes(payment_problems(ok, 201'600, 0, InvoiceStatus::batal, today)).contains("tagihan_batal"));
  EXPECT_TRUE(codes(payment_problems(ok, 201'600, 201'600, InvoiceStatus::lunas, today)).contains("tagihan_lunas"));
}

TEST(BillingCore, InvoiceStatusAndNumber) {
  EXPECT_EQ(invoice_status(201'600, 0), InvoiceStatus::terbit);
  EXPECT_EQ(invoice_status(201'600, 1), InvoiceStatus::sebagian);
  EXPECT_EQ(invoice_status(201'600, 201'600), InvoiceStatus::lunas);
  EXPECT_EQ(invoice_number(2026, 12), "TGH-2026-00012");
  EXPECT_EQ(parse_invoice_status("batal"), InvoiceStatus::batal);
  EXPECT_TRUE(invoice_period_problems({2026, 1}, {2026, 12}).empty());
  EXPECT_EQ(invoice_period_problems({2026, 3}, {2026, 1}).front().code, "periode_tidak_valid");
  EXPECT_EQ(invoice_period_problems({2026, 11}, {2027, 1}).front().code, "lintas_tahun_anggaran");
}

// RULES.md §7: 20 workers x 12 months at the lowest bracket = Rp4.032.000, about 4% of the
// RT's Rp100 juta.
TEST(BillingCore, RtFundOfTwentyWorkersForAYear) {
  const RuleBook& rules = RuleBook::standard();
  const Date on{2026, 5, 22};
  const auto q = compute_premium(rules, PremiumRequest{rules.premium_at(on).bracket_min, false, 12, 20, on});
  EXPECT_EQ(q.total, 4'032'000);
  EXPECT_EQ(format_rupiah(q.total), "Rp4.032.000");
  const auto use = rt_fund_use(rules.rt_fund_at(on).yearly, q.total);
  EXPECT_EQ(use.fund, 100'000'000);
  EXPECT_EQ(use.remaining, 95'968'000);
  EXPECT_EQ(use.percent_used, 4);
}

// RULES.md §7: the PP 50/2025 self-paid figure (Rp8.400) is rule data that never reaches APBD payers.
TEST(BillingCore, DiscountIsRuleDataAndNotForApbd) {
  const RuleBook& rules = RuleBook::standard();
  EXPECT_EQ(premium_for_month(rules, 1'000'000, false, 2026, 5, "becak", PayerKind::self_paid).amount, 8'400);
  EXPECT_EQ(premium_for_month(rules, 1'000'000, false, 2026, 5, "becak", PayerKind::apbd).amount, 16'800);
  EXPECT_EQ(premium_for_month(rules, 1'000'000, false, 2026, 5, "becak", PayerKind::apbn).amount, 16'800);
  EXPECT_EQ(premium_for_month(rules, 1'000'000, false, 2027, 1, "becak", PayerKind::self_paid).amount, 16'800);
}

TEST(BillingCore, RenewalProblems) {
  const ProgrammeRule& p = RuleBook::standard().programme_at(Date{2027, 1, 1});
  Worker w;
  w.status = "aktif";
  w.tanggal_lahir = Date{1980, 6, 1};
  w.penghasilan = 1'500'000;
  EXPECT_TRUE(renewal_problems(w, p, 2027).empty());
  w.tanggal_lahir = Date{1961, 6, 1};  // 65 on 1 Jan 2027: still within
  EXPECT_TRUE(renewal_problems(w, p, 2027).empty());
  w.tanggal_lahir = Date{1960, 12, 31};  // 66
  EXPECT_EQ(renewal_problems(w, p, 2027).front().code, "usia_melebihi_batas");
  w.tanggal_lahir = Date{1980, 6, 1};
  w.penghasilan = 6'000'001;
  EXPECT_EQ(renewal_problems(w, p, 2027).front().code, "penghasilan_melebihi_batas");
  w.penghasilan = 1'000'000;
  w.status = "ditolak";
  EXPECT_EQ(renewal_problems(w, p, 2027).front().code, "status_tidak_sesuai");
}

TEST(BillingCore, DueDateMovesToTheNextWorkingDay) {
  const WorkCalendar& cal = testing_support::shipped_calendar();
  EXPECT_EQ(due_date({2026, 3}, cal), (Date{2026, 3, 16}));  // 15 March 2026 is a Sunday
  EXPECT_EQ(due_date({2026, 4}, cal), (Date{2026, 4, 15}));  // a Wednesday
  // A month is still open on the Monday the due date moved to, in arrears the day after.
  std::vector<LedgerMonth> months = {{{2026, 3}, 16'800, 0, std::nullopt, "apbd_kota"}};
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 3, 16}, &cal)[0].state, MonthState::open);
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 3, 16})[0].state, MonthState::arrears);
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 3, 17}, &cal)[0].state, MonthState::arrears);
}

TEST(BillingCore, DueDatesMoveOverTheDecreesHolidays) {
  // Issue 15: no 15th falls in the Idul Fitri weeks of 2025 or 2026, but the same decrees move
  // three of 2026's due dates by more than a weekend: Sunday 15/02 past cuti bersama Imlek (16/02)
  // and Imlek (17/02); Friday 15/05, cuti bersama after Ascension; Saturday 15/08 past 17/08.
  const WorkCalendar& cal = testing_support::shipped_calendar();
  EXPECT_EQ(due_date({2026, 2}, cal), (Date{2026, 2, 18}));
  EXPECT_EQ(due_date({2026, 5}, cal), (Date{2026, 5, 18}));
  EXPECT_EQ(due_date({2026, 8}, cal), (Date{2026, 8, 18}));
  EXPECT_EQ(due_date({2026, 2}, WorkCalendar{}), (Date{2026, 2, 16}));
  // The ledger follows: February is still open on the 17th, in arrears on the 19th.
  std::vector<LedgerMonth> months = {{{2026, 2}, 16'800, 0, std::nullopt, "apbd_kota"}};
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 2, 17}, &cal)[0].state, MonthState::open);
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 2, 18}, &cal)[0].state, MonthState::open);
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 2, 19}, &cal)[0].state, MonthState::arrears);
}

TEST(BillingCore, PaymentAfterTheLapseDoesNotReviveTheMembership) {
  std::vector<LedgerMonth> months;
  for (int m = 1; m <= 8; ++m) months.push_back({{2026, m}, 16'800, 0, std::nullopt, "apbd_kota"});
  // January to April paid only in July, after April's due date ended the membership.
  for (int m = 0; m < 4; ++m) {
    months[m].paid = 16'800;
    months[m].paid_on = Date{2026, 7, 1};
  }
  const auto after = ledger_states(RuleBook::standard(), months, Date{2026, 8, 31});
  // The three grace months may still be paid (Probis 12a); the fourth, which ended the membership,
  // and everything after stay lapsed.
  EXPECT_EQ(after[0].state, MonthState::paid);
  EXPECT_EQ(after[2].state, MonthState::paid);
  EXPECT_EQ(after[3].state, MonthState::lapsed);
  EXPECT_EQ(after[7].state, MonthState::lapsed);
  // Seen in March, before the payment, the same months were simply in arrears.
  const auto march = ledger_states(RuleBook::standard(), months, Date{2026, 3, 31});
  EXPECT_EQ(march[0].state, MonthState::arrears);
  EXPECT_EQ(march[2].state, MonthState::arrears);
  // An event in January is never promised cover by a payment made in July.
  EXPECT_NE(covered_on(RuleBook::standard(), months, Date{2026, 1, 20}, Date{2026, 8, 31}).cover, Cover::covered);
}

TEST(BillingCore, LatePaymentWithinGraceCountsFromItsDate) {
  std::vector<LedgerMonth> months = {{{2026, 1}, 16'800, 16'800, Date{2026, 2, 20}, "apbd_kota"}};
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 2, 1})[0].state,
            MonthState::arrears);  // not yet paid then
  EXPECT_EQ(ledger_states(RuleBook::standard(), months, Date{2026, 2, 20})[0].state, MonthState::paid);
  // An event on 10 January, before the late payment: BPJS must confirm; on 25 February: covered.
  EXPECT_EQ(covered_on(RuleBook::standard(), months, Date{2026, 1, 10}, Date{2026, 3, 1}).cover,
            Cover::needs_confirmation);
  std::vector<LedgerMonth> on_time = {{{2026, 1}, 16'800, 16'800, Date{2026, 1, 5}, "apbd_kota"}};
  EXPECT_EQ(covered_on(RuleBook::standard(), on_time, Date{2026, 1, 10}, Date{2026, 3, 1}).cover, Cover::covered);
}

// The reason is read by the person deciding a claim: months in words, no funder codes (issue 17
// item 10).
TEST(BillingCore, CoverReasonsNameTheMonthInWords) {
  std::vector<LedgerMonth> months = {{{2026, 12}, 16'800, 16'800, Date{2026, 12, 5}, "apbd_kota"}};
  const auto paid = covered_on(RuleBook::standard(), months, Date{2026, 12, 20}, Date{2027, 1, 5});
  EXPECT_EQ(paid.reason, "Iuran bulan Desember 2026 lunas");
  const auto none = covered_on(RuleBook::standard(), months, Date{2027, 2, 1}, Date{2027, 2, 5});
  EXPECT_EQ(none.reason, "Tidak ada iuran untuk bulan Februari 2027");
  std::vector<LedgerMonth> unpaid = {{{2026, 5}, 16'800, 0, std::nullopt, "apbd_kota"}};
  const auto grace = covered_on(RuleBook::standard(), unpaid, Date{2026, 5, 20}, Date{2026, 6, 1});
  EXPECT_NE(grace.reason.find("Iuran bulan Mei 2026 belum dibayar"), std::string::npos) << grace.reason;
  for (const auto& r : {paid.reason, none.reason, grace.reason}) EXPECT_EQ(r.find("apbd_kota"), std::string::npos) << r;
}

// Issue 17 item 7: the months a worker may be billed follow BPJS's answers, at several dates.
TEST(BillingCore, BillableMonthsFollowBpjsAnswers) {
  using A = RegistrationAnswer;
  const std::vector<YearMonth> year = [] {
    std::vector<YearMonth> y;
    for (int m = 1; m <= 12; ++m) y.push_back({2026, m});
    return y;
  }();
  // Accepted with effect from 20 March: from March on, never before.
  const std::vector<A> accepted{{BpjsAnswer::diterima, {2026, 3, 20}}};
  EXPECT_FALSE(billable_month(accepted, false, {2026, 2}));
  EXPECT_TRUE(billable_month(accepted, false, {2026, 3}));
  EXPECT_TRUE(billable_month(accepted, false, {2026, 12}));
  EXPECT_TRUE(billable_month(accepted, false, {2027, 1}));
  EXPECT_EQ(billable_months(accepted, false, year).size(), 10u);
  // Rejected on 10 March: nothing, neither before nor after (it never was a member).
  const std::vector<A> rejected{{BpjsAnswer::ditolak, {2026, 3, 10}}};
  EXPECT_TRUE(billable_months(rejected, false, year).empty());
  EXPECT_TRUE(billable_months(rejected, true, year).empty());  // an answer outweighs the recorded status
  // Rejected in March, corrected, accepted with effect from 1 June: June on.
  const std::vector<A> again{{BpjsAnswer::ditolak, {2026, 3, 10}}, {BpjsAnswer::diterima, {2026, 6, 1}}};
  const auto months = billable_months(again, false, year);
  ASSERT_EQ(months.size(), 7u);
  EXPECT_EQ(months.front(), (YearMonth{2026, 6}));
  EXPECT_FALSE(billable_month(again, false, {2026, 5}));
  // A member accepted in January whom BPJS rejects from 14 September: January to August only.
  const std::vector<A> ended{{BpjsAnswer::diterima, {2026, 1, 2}}, {BpjsAnswer::ditolak, {2026, 9, 14}}};
  EXPECT_TRUE(billable_month(ended, false, {2026, 8}));
  EXPECT_FALSE(billable_month(ended, false, {2026, 9}));
  EXPECT_FALSE(billable_month(ended, false, {2027, 2}));
  EXPECT_EQ(billable_months(ended, false, year).size(), 8u);
  // Why a month is not billed, in words for the summaries and the ledger.
  EXPECT_EQ(not_billable(ended, false, {2026, 8}), NotBillable::none);
  EXPECT_EQ(not_billable(ended, false, {2026, 9}), NotBillable::rejected);
  EXPECT_EQ(not_billable(accepted, false, {2026, 2}), NotBillable::before_effective);
  EXPECT_EQ(not_billable(rejected, false, {2026, 2}), NotBillable::no_membership);
  EXPECT_EQ(not_billable({}, false, {2026, 2}), NotBillable::no_membership);
  EXPECT_EQ(not_billable({}, true, {2026, 2}), NotBillable::none);
  EXPECT_EQ(to_words(NotBillable::rejected), "Tidak ditagih: ditolak BPJS");
  EXPECT_EQ(to_words(NotBillable::none), "");
  // Two answers on the same day: the later one decides.
  const std::vector<A> same_day{{BpjsAnswer::diterima, {2026, 4, 7}}, {BpjsAnswer::ditolak, {2026, 4, 7}}};
  EXPECT_FALSE(billable_month(same_day, false, {2026, 4}));
  // Waiting for BPJS's answer: nothing yet; recorded active before answers were kept: every month.
  EXPECT_TRUE(billable_months({}, false, year).empty());
  EXPECT_EQ(billable_months({}, true, year).size(), 12u);
  EXPECT_TRUE(recorded_as_member("aktif"));
  EXPECT_TRUE(recorded_as_member("meninggal"));  // the death claim stops the premiums itself
  EXPECT_FALSE(recorded_as_member("didaftarkan"));
  EXPECT_FALSE(recorded_as_member("ditolak_bpjs"));
  // Across a year end: accepted with effect from 31 December 2026.
  const std::vector<A> late{{BpjsAnswer::diterima, {2026, 12, 31}}};
  EXPECT_FALSE(billable_month(late, false, {2026, 11}));
  EXPECT_TRUE(billable_month(late, false, {2026, 12}));
  EXPECT_TRUE(billable_month(late, false, {2027, 1}));
}

}  // namespace
}  // namespace lindungi
