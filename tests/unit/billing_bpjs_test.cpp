// Billing follows BPJS's answers (issue 17 item 7): a rejected worker is not billed, months before
// the effective date are not billed, invoices list their workers; a rejected worker's months go
// back to the budget. Fixture: billing_fixture.hpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "billing_fixture.hpp"
#include "core/billing.hpp"
#include "core/premium.hpp"
#include "services/billing_service.hpp"
#include "services/billing_tables.hpp"
#include "services/bpjs_registration_service.hpp"
#include "services/funding_service.hpp"
#include "store/billing_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"
#include "wire/billing.hpp"

namespace lindungi::testing {

// Issue 17 item 7: billing follows BPJS's answers. A rejected worker is not billed; months before
// the effective date are not billed; a worker waiting for the answer is billed on a later invoice
// once accepted; an invoice lists its workers and their months, the lines adding up to its total;
// months an invoice already billed come off it when BPJS rejects the worker (paid ones stay).
TEST_P(BillingFixture, BillingFollowsBpjsAnswersAndInvoicesListTheirWorkers) {
  const auto accepted = worker(), rejected = worker(), late = worker(), waiting = worker(), legacy = worker();
  for (const auto id : {accepted, rejected, late, waiting, legacy})
    ASSERT_TRUE(allocate_only({id}, "apbd_kota", {2026, 1}, 12)[0].ok);
  answer(accepted, "diterima", Date{2026, 1, 2});
  answer(rejected, "ditolak", Date{2026, 1, 4});
  answer(late, "diterima", Date{2026, 3, 15});  // from March
  // Recorded active before BPJS's answers were kept (the launch cohort): every funded month.
  app_->store().write([&](store::Session& s) {
    auto w = s.registry().worker(legacy);
    w->status = "aktif";
    s.registry().update_worker(*w);
  });
  services::BillingService billing(*app_);
  const auto first = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  EXPECT_EQ(first.baris, 12 + 10 + 12);
  EXPECT_EQ(first.total, 34 * 16'800);
  // Its workers and months, a page of two then the rest, add up to the total.
  auto page = billing.invoice(admin(), first.id, 0, 2);
  EXPECT_EQ(page.workers.total, 3);
  ASSERT_EQ(page.workers.items.size(), 2u);
  auto rest = billing.invoice(admin(), first.id, 2, 2);
  ASSERT_EQ(rest.workers.items.size(), 1u);
  Rupiah sum = 0;
  std::set<std::int64_t> billed;
  std::vector<std::string> names;
  for (const auto& v : {page, rest})
    for (const auto& w : v.workers.items) {
      billed.insert(w.pekerja_id);
      names.push_back(w.nama);
      for (const auto& m : w.months) sum += m.iuran;
      if (w.pekerja_id == late) {
        ASSERT_EQ(w.months.size(), 10u);
        EXPECT_EQ(w.months.front().bulan, "2026-03");
        EXPECT_EQ(w.kpj, std::to_string(25010000000 + late));
      }
    }
  EXPECT_EQ(sum, first.total);
  EXPECT_EQ(billed, (std::set<std::int64_t>{accepted, late, legacy}));
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(billing.invoice(admin(), first.id, 0, 0).workers.total, 3);  // totals only
  EXPECT_THROW(billing.invoice(admin(), first.id, 0, 1001), ValidationError);
  // Nothing more to bill while the rejected and the waiting worker have no membership.
  try {
    billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
    ADD_FAILURE() << "billed a worker without a membership";
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "tidak_ada_alokasi");
  }
  // The waiting worker is accepted with effect from 1 February: the next invoice bills February on.
  set_today(Date{2026, 2, 3});
  answer(waiting, "diterima", Date{2026, 2, 1});
  const auto second = billing.issue_invoice(admin(), "apbd_kota", {2026, 1}, {2026, 12});
  EXPECT_EQ(second.baris, 11);
  EXPECT_EQ(second.total, 11 * 16'800);
  const auto view = billing.invoice(admin(), second.id, 0, 100);
  ASSERT_EQ(view.workers.items.size(), 1u);
  EXPECT_EQ(view.workers.items[0].pekerja_id, waiting);
  EXPECT_EQ(view.workers.items[0].months.front().bulan, "2026-02");
  // January paid in full on the first invoice (three workers), then BPJS rejects the legacy
  // worker from 20 February: its January stays paid on the invoice, February on come off it.
  billing.record_payment(admin(), first.id, {3 * 16'800, Date{2026, 2, 3}, "SP2D/ANS/1"});
  set_today(Date{2026, 2, 20});
  answer(legacy, "ditolak", Date{2026, 2, 20});
  std::vector<services::InvoiceCorrection> corrections;
  app_->store().write(
      [&](store::Session& s) { corrections = services::correct_invoices_of_worker(s, legacy, "petugas.bpjs"); });
  ASSERT_EQ(corrections.size(), 1u);
  EXPECT_EQ(corrections[0].months.size(), 11u);  // February to December
  EXPECT_EQ(corrections[0].after.total, corrections[0].before.total - 11 * 16'800);
  const auto corrected = billing.invoice(admin(), first.id, 0, 100);
  EXPECT_EQ(corrected.invoice.baris, 12 + 10 + 1);
  EXPECT_EQ(corrected.invoice.total, 23 * 16'800);
  Rupiah lines = 0;
  for (const auto& w : corrected.workers.items)
    for (const auto& m : w.months) lines += m.iuran;
  EXPECT_EQ(lines, corrected.invoice.total);
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE entitas = 'tagihan' AND aksi = 'koreksi'"), 1);
  // Its months are funded still and wait: the next invoice does not bill them.
  EXPECT_THROW(billing.issue_invoice(admin(), "apbd_kota", {2026, 2}, {2026, 12}), Conflict);
  // Arrears count only months BPJS's answers allow: the rejected workers owe nothing.
  set_today(Date{2026, 3, 20});
  const auto arrears = billing.arrears(admin(), "apbd_kota", "", 2026);
  std::set<std::int64_t> owing;
  for (const auto& i : arrears.items) owing.insert(i.pekerja_id);
  EXPECT_FALSE(owing.contains(rejected));
  EXPECT_FALSE(owing.contains(legacy));
  EXPECT_TRUE(owing.contains(accepted));  // February and March unpaid
  EXPECT_TRUE(owing.contains(waiting));
  // The billing run's summary counts only what the invoices bill; the rest apart, by reason
  // (issue 17): the rejected worker's 12 months and the legacy worker's February on (ditolak), the
  // late and the waiting worker's months before their effective dates, the legacy worker's
  // January (no acceptance on file before its rejection), paid: lebih bayar.
  for (const int threads : {1, 2}) {
    const auto sum = billing.ledger_summary(admin(), "apbd_kota", 2026, threads);
    EXPECT_EQ(sum.pekerja, 3);  // accepted, late, waiting
    EXPECT_EQ(sum.baris, 12 + 10 + 11);
    EXPECT_EQ(sum.lunas + sum.tagihan + sum.tunggakan + sum.berakhir, sum.baris);
    EXPECT_EQ(sum.ditagih, sum.baris * 16'800);
    EXPECT_EQ(sum.dibayar, 2 * 16'800);  // the accepted worker's January and February (oldest month first)
    EXPECT_EQ(sum.tidak_ditagih, 12 + 2 + 1 + 12);
    EXPECT_EQ(sum.ditolak, 12 + 11);
    EXPECT_EQ(sum.sebelum_efektif, 2 + 1);
    EXPECT_EQ(sum.belum_diterima, 1);
    EXPECT_EQ(sum.ditolak + sum.sebelum_efektif + sum.belum_diterima, sum.tidak_ditagih);
    EXPECT_EQ(sum.tidak_ditagih_iuran, sum.tidak_ditagih * 16'800);
    EXPECT_EQ(sum.lebih_bayar, 16'800);
  }
  // A worker's ledger: the same months apart, in words, never in arrears.
  services::FundingService funding(*app_);
  const auto of_rejected = funding.ledger(admin(), rejected, std::nullopt);
  ASSERT_EQ(of_rejected.months.size(), 12u);
  for (std::size_t i = 0; i < of_rejected.months.size(); ++i) {
    EXPECT_EQ(of_rejected.months[i].state, MonthState::unbilled);
    EXPECT_EQ(to_words(of_rejected.not_billed[i]), "Tidak ditagih: ditolak BPJS");
  }
  const auto of_late = funding.ledger(admin(), late, std::nullopt);
  ASSERT_EQ(of_late.months.size(), 12u);
  EXPECT_EQ(of_late.not_billed[1], NotBillable::before_effective);
  EXPECT_EQ(of_late.months[1].state, MonthState::unbilled);
  EXPECT_EQ(of_late.not_billed[2], NotBillable::none);
  EXPECT_EQ(of_late.months[2].state, MonthState::arrears);  // March, unpaid after its due date
  const auto of_legacy = funding.ledger(admin(), legacy, std::nullopt);
  EXPECT_EQ(of_legacy.months[0].entry.paid, 16'800);  // paid before the rejection: lebih bayar
  EXPECT_EQ(of_legacy.not_billed[0], NotBillable::no_membership);
  EXPECT_EQ(of_legacy.not_billed[1], NotBillable::rejected);
  // Its paid January is lebih bayar on the first invoice: marked on the invoice, its workers'
  // table (XLSX/PDF) with a total equal to its rows, and the billing report (issue 17).
  const auto marked = billing.invoice(admin(), first.id, 0, 100);
  EXPECT_EQ(marked.lebih_bayar_bulan, 1);
  EXPECT_EQ(marked.lebih_bayar_jumlah, 16'800);
  ASSERT_EQ(marked.lebih_bayar.size(), 1u);
  Rupiah marked_rows = 0;
  for (const auto& w : marked.workers.items) {
    const auto json = wire::invoice_worker_json(w, marked.lebih_bayar);
    marked_rows += json["lebih_bayar"].get<Rupiah>();
    EXPECT_EQ(json["lebih_bayar"].get<Rupiah>(), w.pekerja_id == legacy ? 16'800 : 0);
  }
  EXPECT_EQ(marked_rows, marked.lebih_bayar_jumlah);
  const auto view_json = wire::invoice_view_json(marked);
  EXPECT_EQ(view_json["lebih_bayar"]["jumlah"], 16'800);
  EXPECT_NE(view_json["lebih_bayar"]["teks"].get<std::string>().find("Lebih bayar, perlu dikembalikan: Rp16.800"),
            std::string::npos);
  const auto table = services::invoice_workers_table(marked.workers.items, marked.lebih_bayar);
  ASSERT_EQ(table.header.back(), "Lebih bayar, perlu dikembalikan");
  Rupiah column = 0;
  for (std::size_t i = 0; i + 1 < table.rows.size(); ++i) column += std::stoll(table.rows[i].back());
  EXPECT_EQ(column, 16'800);
  EXPECT_EQ(table.rows.back()[1], "Total");
  EXPECT_EQ(std::stoll(table.rows.back().back()), column);
  const auto report = billing.overpayments(admin(), "apbd_kota", 2026);
  ASSERT_EQ(report.size(), 1u);
  EXPECT_EQ(report[0].pekerja_id, legacy);
  EXPECT_EQ(report[0].bulan, "2026-01");
  EXPECT_EQ(report[0].nomor, first.nomor);
  EXPECT_EQ(report[0].dibayar, 16'800);
  const auto report_table = services::overpayments_table(report);
  ASSERT_EQ(report_table.rows.size(), 2u);  // the month and the total row
  EXPECT_EQ(report_table.rows[0][2], "Januari 2026");
  EXPECT_EQ(report_table.rows[0][4], "Tidak ditagih: belum diterima BPJS");
  EXPECT_EQ(report_table.rows[1][3], "16800");
  // The second invoice (the waiting worker, accepted) owes nothing back.
  EXPECT_EQ(billing.invoice(admin(), second.id, 0, 0).lebih_bayar_jumlah, 0);
  expect_consistent();
}

// Issue 17: BPJS rejects a worker through its response file; the months reserved for them from the
// rejection's month on, unpaid and on no live invoice, go back to the funder's budget (audited);
// a preview (dry run) releases nothing; the budget and the funder's use show it.
TEST_P(BillingFixture, ARejectedWorkersMonthsGoBackToTheBudget) {
  const auto kept = worker(), rejected = worker();
  for (const auto id : {kept, rejected}) ASSERT_TRUE(allocate_only({id}, "apbd_kota", {2026, 1}, 12)[0].ok);
  services::FundingService funding(*app_);
  services::BillingService billing(*app_);
  const auto used = [&] {
    for (const auto& b : funding.budgets(admin(), 2026))
      if (b.sumber_dana == "apbd_kota") return b.terpakai;
    return Rupiah{-1};
  };
  const auto use_of_funder = [&] {
    for (const auto& u : billing.funder_use(admin(), 2026))
      if (u.sumber_dana == "apbd_kota") return u;
    return services::FunderUse{};
  };
  EXPECT_EQ(used(), 24 * 16'800);
  const auto nik = [&](std::int64_t id) {
    std::string out;
    app_->store().read([&](store::Session& s) { out = s.registry().worker(id)->nik; });
    return out;
  };
  set_today(Date{2026, 3, 2});
  services::BpjsRegistrationService bpjs(*app_);
  const auto batch = bpjs.create_batch(admin(), {"", {kept, rejected}, false});
  set_today(Date{2026, 3, 10});
  const Actor officer{"petugas.bpjs", Role::petugas_bpjs, "15.71", ""};
  const std::string answer = "nik,kpj,tanggal_efektif,status,alasan\n" + nik(kept) +
                             ",25012345678,10/03/2026,diterima,\n" + nik(rejected) +
                             ",,,ditolak,Nama tidak sesuai data Dukcapil\n";
  const auto preview = bpjs.import_response(officer, batch.batch.id, answer, "jawaban.csv", true);
  EXPECT_EQ(preview.rejected_by_bpjs, 1);
  EXPECT_EQ(used(), 24 * 16'800) << "a preview releases nothing";
  const auto applied = bpjs.import_response(officer, batch.batch.id, answer, "jawaban.csv");
  ASSERT_EQ(applied.rejected_by_bpjs, 1);
  ASSERT_EQ(applied.accepted, 1);
  // March to December of the rejected worker are released; January and February (before the
  // rejection) stay reserved, shown apart as not billed.
  EXPECT_EQ(used(), (24 - 10) * 16'800);
  const auto use = use_of_funder();
  EXPECT_EQ(use.dialokasikan, (24 - 10) * 16'800);
  EXPECT_EQ(use.sisa, use.pagu - use.dialokasikan);
  const auto ledger = funding.ledger(admin(), rejected, std::nullopt);
  ASSERT_EQ(ledger.months.size(), 2u);
  EXPECT_EQ(ledger.months[1].entry.month, (YearMonth{2026, 2}));
  EXPECT_EQ(ledger.not_billed[1], NotBillable::no_membership);
  EXPECT_EQ(scalar("SELECT count(*) FROM alokasi WHERE pekerja_id = " + std::to_string(kept)), 12);
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE aksi = 'lepas_alokasi' AND entitas = 'pekerja' AND "
                   "entitas_id = '" +
                   std::to_string(rejected) + "'"),
            1);
  const std::string audit = db_->scalar("SELECT perubahan FROM audit_log WHERE aksi = 'lepas_alokasi'");
  EXPECT_NE(audit.find("Maret 2026"), std::string::npos) << audit;
  EXPECT_NE(audit.find("APBD Kota Jambi"), std::string::npos) << audit;
  EXPECT_NE(audit.find(std::to_string(10 * 16'800)), std::string::npos) << audit;
  // The released budget allocates another worker for the same months.
  const auto next = worker();
  EXPECT_TRUE(allocate_only({next}, "apbd_kota", {2026, 3}, 10)[0].ok);
  EXPECT_EQ(used(), 24 * 16'800);
  // The summary: the kept worker's March on is billed, its January and February (before its
  // effective date) and the rejected worker's two months are apart.
  const auto sum = billing.ledger_summary(admin(), "apbd_kota", 2026);
  EXPECT_EQ(sum.baris, 10);
  EXPECT_EQ(sum.tidak_ditagih, 2 + 2 + 10);  // and the new worker's, waiting for BPJS
  EXPECT_EQ(sum.sebelum_efektif, 2);
  EXPECT_EQ(sum.belum_diterima, 2 + 10);
  expect_consistent();
}

}  // namespace lindungi::testing
