// The premium ledger's money side (issue 4) over a real database: invoices and payments, ledger
// transitions over a year with late and missing payments, the billing run, a payment killed
// halfway. Allocation, renewal and the RT fund are billing_allocation_test.cpp, billing after
// BPJS's answers billing_bpjs_test.cpp (one fixture: billing_fixture.hpp); the core rules alone
// are billing_core_test.cpp.
#include "core/billing.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <set>

#include "billing_fixture.hpp"
#include "core/calendar.hpp"
#include "core/premium.hpp"
#include "services/billing_service.hpp"
#include "services/billing_tables.hpp"
#include "services/funding_service.hpp"
#include "store/billing_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"
#include "wire/billing.hpp"

namespace lindungi::testing {

LINDUNGI_ON_BOTH_BACKENDS(BillingFixture);

TEST_P(BillingFixture, InvoicesNeverCoverAnAllocationTwice) {
  const auto a = worker(), b = worker();
  ASSERT_TRUE(allocate({a, b}, "apbd_kota", {2026, 1}, 12)[0].ok);
  services::BillingService billing(*app_);
  const auto q1 = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 3});
  EXPECT_EQ(q1.baris, 6);
  EXPECT_EQ(q1.total, 6 * 16'800);
  EXPECT_EQ(q1.nomor, "TGH-2026-00001");
  // The whole year now: only the 18 lines not yet invoiced.
  const auto rest = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  EXPECT_EQ(rest.baris, 18);
  EXPECT_EQ(rest.nomor, "TGH-2026-00002");
  try {
    billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
    ADD_FAILURE() << "a third invoice over the same months";
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "tidak_ada_alokasi");
  }
  EXPECT_EQ(scalar("SELECT count(*) FROM tagihan"), 2);  // the refused one left nothing behind
  // Cancelling frees the lines for a new invoice; a paid invoice cannot be cancelled.
  const auto cancelled = billing.cancel_invoice(admin(), rest.id, "Salah periode");
  EXPECT_EQ(cancelled.status, "batal");
  const auto again = billing.issue_invoice(admin(), "apbd_kota", {2026, 4}, {2026, 12});
  EXPECT_EQ(again.baris, 18);
  billing.record_payment(admin(), q1.id, {16'800, Date{2026, 1, 5}, "SP2D/001"});
  EXPECT_THROW(billing.cancel_invoice(admin(), q1.id, "Salah periode"), Conflict);
  EXPECT_THROW(billing.issue_invoice(admin(), "apbd_kota", {2026, 11}, {2027, 1}), ValidationError);
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE entitas = 'tagihan'"), 5);
  // A month invoiced again after new allocations: only the new ones; the older invoice of that
  // month can then no longer be cancelled before the newer one.
  const auto c = worker();
  ASSERT_TRUE(allocate({c}, "apbd_kota", {2026, 4}, 1)[0].ok);
  const auto extra = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  EXPECT_EQ(extra.baris, 1);
  EXPECT_EQ(extra.total, 16'800);
  try {
    billing.cancel_invoice(admin(), again.id, "Salah periode");
    ADD_FAILURE() << "cancelled an invoice older than another of the same month";
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "ada_tagihan_lebih_baru");
  }
  billing.cancel_invoice(admin(), extra.id, "Salah periode");
  billing.cancel_invoice(admin(), again.id, "Salah periode");
  EXPECT_EQ(billing.issue_invoice(admin(), "apbd_kota", {2026, 4}, {2026, 12}).baris, 19);
  expect_consistent();
}

TEST_P(BillingFixture, PaymentsAreIdempotentNeverOverpayAndSpreadByMonth) {
  const auto a = worker(), b = worker();
  allocate({a, b}, "apbd_kota", {2026, 1}, 3);
  services::BillingService billing(*app_);
  const auto inv = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 3});
  ASSERT_EQ(inv.total, 100'800);
  const auto p1 = billing.record_payment(admin(), inv.id, {40'000, Date{2026, 1, 5}, "TRF-1"});
  EXPECT_TRUE(p1.created);
  EXPECT_EQ(p1.invoice.status, "sebagian");
  EXPECT_EQ(p1.lines, 3);  // January of both in full, February of the first in part
  // The same reference again: nothing new; with another amount: refused.
  const auto retry = billing.record_payment(admin(), inv.id, {40'000, Date{2026, 1, 5}, "TRF-1"});
  EXPECT_FALSE(retry.created);
  EXPECT_EQ(scalar("SELECT dibayar FROM tagihan"), 40'000);
  EXPECT_THROW(billing.record_payment(admin(), inv.id, {1'000, Date{2026, 1, 5}, "TRF-1"}), Conflict);
  EXPECT_THROW(billing.record_payment(admin(), inv.id, {60'801, Date{2026, 1, 5}, "TRF-2"}), ValidationError);
  const auto p2 = billing.record_payment(admin(), inv.id, {60'800, Date{2026, 1, 5}, "TRF-2"});
  EXPECT_EQ(p2.invoice.status, "lunas");
  EXPECT_THROW(billing.record_payment(admin(), inv.id, {1, Date{2026, 1, 5}, "TRF-3"}), Conflict);
  const auto view = billing.invoice(admin(), inv.id);
  ASSERT_EQ(view.months.size(), 3u);
  EXPECT_EQ(view.payments.size(), 2u);
  for (const auto& m : view.months) EXPECT_EQ(m.dibayar, m.total);
  expect_consistent();
  // The province sees nothing of the city's invoices.
  Actor prov{"prov", Role::pemprov, "15", "apbd_provinsi"};
  EXPECT_TRUE(billing.invoices(prov, "", 2026).empty());
  EXPECT_THROW(billing.invoice(prov, inv.id), Forbidden);  // outside its cohort
  EXPECT_THROW(billing.record_payment(prov, inv.id, {1, Date{2026, 1, 5}, "TRF-9"}), Forbidden);
}

// A year of one funder's monthly invoices, paid on time, late, partly and not at all: the ledger
// moves through open -> arrears -> paid or lapsed as the months go by.
TEST_P(BillingFixture, LedgerTransitionsOverAYearWithLateAndMissingPayments) {
  const auto on_time = worker(), late = worker(), missing = worker();
  allocate({on_time, late, missing}, "apbd_kota", {2026, 1}, 12);
  services::BillingService billing(*app_);
  services::FundingService funding(*app_);
  auto state = [&](std::int64_t id, int month) {
    const auto r = funding.ledger(admin(), id, std::nullopt);
    return r.months.at(static_cast<std::size_t>(month - 1)).state;
  };
  // Monthly invoices for the three; within a month a payment reaches the lowest worker id first,
  // so Rp16.800 pays exactly one worker's month: the first unpaid one.
  std::map<int, std::int64_t> invoice;
  for (int m = 1; m <= 12; ++m) {
    set_today(Date{2026, m, 1});
    invoice[m] = billing.issue_invoice(admin(), "apbd_kota", {2026, m}, {2026, m}).id;
  }
  int ref = 0;
  auto pay = [&](int month, Rupiah amount, Date day) {
    set_today(day);
    billing.record_payment(admin(), invoice[month], {amount, day, "REF-" + std::to_string(++ref)});
  };
  // January: everyone on time.
  pay(1, 3 * 16'800, Date{2026, 1, 10});
  set_today(Date{2026, 1, 20});
  EXPECT_EQ(state(missing, 1), MonthState::paid);
  EXPECT_EQ(state(missing, 2), MonthState::open);
  // February to December: only the first worker's share arrives on time. The second worker's
  // February and March come late (in April, inside the grace); the third never pays again.
  for (int m = 2; m <= 12; ++m) pay(m, 16'800, Date{2026, m, 10});
  set_today(Date{2026, 2, 20});
  EXPECT_EQ(state(on_time, 2), MonthState::paid);
  EXPECT_EQ(state(late, 2), MonthState::arrears);
  EXPECT_EQ(state(missing, 2), MonthState::arrears);
  pay(2, 16'800, Date{2026, 4, 2});
  pay(3, 16'800, Date{2026, 4, 2});
  pay(4, 16'800, Date{2026, 4, 10});
  for (int m = 5; m <= 12; ++m) pay(m, 16'800, Date{2026, std::max(m, 5), 10});
  set_today(Date{2026, 4, 20});
  EXPECT_EQ(state(late, 2), MonthState::paid);
  EXPECT_EQ(state(late, 3), MonthState::paid);
  EXPECT_EQ(state(missing, 4), MonthState::arrears);  // Feb, Mar, Apr unpaid: still in the grace
  set_today(Date{2026, 5, 20});
  EXPECT_EQ(state(missing, 4), MonthState::arrears);
  EXPECT_EQ(state(missing, 5), MonthState::lapsed);  // the fourth unpaid month ends the membership
  EXPECT_EQ(state(missing, 12), MonthState::lapsed);
  set_today(Date{2026, 12, 31});
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(state(on_time, m), MonthState::paid) << m;
    EXPECT_EQ(state(late, m), MonthState::paid) << m;
  }
  // Covered on a day of February: the late payer needs BPJS's confirmation, the other is covered.
  EXPECT_EQ(billing
                .covered(
                    admin(),
                    [&] {
                      std::string nik;
                      app_->store().read([&](store::Session& s) { nik = s.registry().worker(on_time)->nik; });
                      return nik;
                    }(),
                    Date{2026, 2, 14})
                .decision.cover,
            Cover::covered);
  std::string late_nik, missing_nik;
  app_->store().read([&](store::Session& s) {
    late_nik = s.registry().worker(late)->nik;
    missing_nik = s.registry().worker(missing)->nik;
  });
  EXPECT_EQ(billing.covered(admin(), late_nik, Date{2026, 2, 14}).decision.cover, Cover::needs_confirmation);
  EXPECT_EQ(billing.covered(admin(), missing_nik, Date{2026, 8, 1}).decision.cover, Cover::not_covered);
  // Arrears: the third worker's February to April in arrears, May to December lapsed.
  const auto arrears = billing.arrears(admin(), "apbd_kota", "", 2026);
  ASSERT_EQ(arrears.rts.size(), 1u);
  EXPECT_EQ(arrears.rts[0].kode_rt, "15.71.01.1001.007");
  EXPECT_EQ(arrears.rts[0].pekerja, 1);
  EXPECT_EQ(arrears.rts[0].bulan_tunggakan, 3);
  EXPECT_EQ(arrears.rts[0].bulan_berakhir, 8);
  EXPECT_EQ(arrears.tunggakan, 3 * 16'800);
  EXPECT_EQ(arrears.berakhir, 8 * 16'800);
  for (const auto& i : arrears.items) EXPECT_EQ(i.pekerja_id, missing);
  EXPECT_TRUE(billing.arrears(admin(), "apbd_kota", "15.71.02", 2026).items.empty());
  // The billing run's summary (its two halves of the worker ids) agrees with the ledgers above.
  const auto sum = billing.ledger_summary(admin(), "apbd_kota", 2026);
  EXPECT_EQ(sum.pekerja, 3);
  EXPECT_EQ(sum.baris, 36);
  EXPECT_EQ(sum.lunas, 25);
  EXPECT_EQ(sum.tunggakan, 3);
  EXPECT_EQ(sum.berakhir, 8);
  EXPECT_EQ(sum.tagihan, 0);
  EXPECT_EQ(sum.ditagih, 36 * 16'800);
  EXPECT_EQ(billing.ledger_summary(admin(), "apbd_provinsi", 2026).pekerja, 0);
  expect_consistent();
}

// A payment killed halfway (SIGKILL inside its transaction, some lines already credited) leaves
// the invoice, its lines and the payments exactly as before.
TEST_P(BillingFixture, BillingRunIssuesTheInvoiceAndCountsTheStatesAtOnce) {
  const auto a = worker(), b = worker(), c = worker();
  allocate({a, b, c}, "apbd_kota", {2026, 1}, 12);
  allocate({worker()}, "apbd_provinsi", {2026, 1}, 12);  // another funder's: neither invoiced nor counted
  set_today(Date{2026, 5, 20});
  services::BillingService billing(*app_);
  const auto run = billing.billing_run(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  ASSERT_TRUE(run.invoice);
  EXPECT_EQ(run.invoice->baris, 36);
  EXPECT_EQ(run.invoice->total, 36 * 16'800);
  EXPECT_EQ(run.summary.pekerja, 3);
  EXPECT_EQ(run.summary.baris, 36);
  // Nothing paid by 20 May: April, the fourth unpaid month in a row, ended the membership on its
  // due date (15 April); January to March stay in arrears.
  EXPECT_EQ(run.summary.tunggakan, 3 * 3);
  EXPECT_EQ(run.summary.berakhir, 3 * 9);
  EXPECT_EQ(run.summary.lunas, 0);
  // The states are those of the sequential steps, on one thread as on two.
  const auto sequential = billing.ledger_summary(admin(), "apbd_kota", 2026, 1);
  EXPECT_EQ(sequential.tunggakan, run.summary.tunggakan);
  EXPECT_EQ(sequential.berakhir, run.summary.berakhir);
  EXPECT_EQ(sequential.ditagih, run.summary.ditagih);
  // Run again: everything is invoiced already, so only the states.
  const auto again = billing.billing_run(admin(), "apbd_kota", {2026, 1}, {2026, 12}, 1);
  EXPECT_FALSE(again.invoice);
  EXPECT_EQ(again.summary.baris, 36);
  EXPECT_EQ(billing.invoices(admin(), "apbd_kota", 2026).size(), 1u);
  // Issuing is for those who manage funding, within their cohort.
  const Actor auditor{"audit", Role::auditor, "15.71", ""};
  EXPECT_THROW(billing.billing_run(auditor, "apbd_kota", {2026, 1}, {2026, 12}), Forbidden);
  const Actor prov{"prov", Role::pemprov, "15", "apbd_provinsi"};
  EXPECT_THROW(billing.billing_run(prov, "apbd_kota", {2026, 1}, {2026, 12}), Forbidden);
  expect_consistent();
}

TEST_P(BillingFixture, PaymentKilledHalfwayLeavesInvoicesAndLedgerConsistent) {
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 50; ++i) ids.push_back(worker());
  allocate(ids, "apbd_kota", {2026, 1}, 12);
  services::BillingService billing(*app_);
  const auto inv = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  billing.record_payment(admin(), inv.id, {100'000, Date{2026, 1, 5}, "SEBELUM"});
  const auto paid_before = scalar("SELECT sum(dibayar) FROM alokasi");
  app_.reset();

  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    auto app = services::App::open(path_);
    app->store().write([&](store::Session& s) {
      // The service's own steps, stopped between crediting lines and updating the invoice.
      auto& b = s.billing();
      int n = 0;
      for (const auto& l : b.invoice_lines(inv.id)) {
        b.set_line_paid(l.alokasi_id, l.iuran, "2026-01-05");
        if (++n == 300) break;
      }
      const char c = 'x';
      (void)!write(ready[1], &c, 1);
      for (;;) pause();
    });
    _exit(0);
  }
  close(ready[1]);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(ready[0]);
  EXPECT_TRUE(WIFSIGNALED(status));

  open(Date{2026, 1, 5});
  EXPECT_EQ(scalar("SELECT sum(dibayar) FROM alokasi"), paid_before);
  EXPECT_EQ(scalar("SELECT dibayar FROM tagihan WHERE id = " + std::to_string(inv.id)), 100'000);
  expect_consistent();
  if (!db_->postgres()) {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    SQLite::Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.executeStep());
    EXPECT_EQ(check.getColumn(0).getString(), "ok");
  }
  // And the payment goes through whole afterwards.
  const auto p =
      services::BillingService(*app_).record_payment(admin(), inv.id, {200'000, Date{2026, 1, 5}, "SESUDAH"});
  EXPECT_EQ(p.invoice.dibayar, 300'000);
  expect_consistent();
}

}  // namespace lindungi::testing
