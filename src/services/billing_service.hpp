#pragma once
// Billing (issue 4, the premium ledger): bulk allocation by documented rules, invoices per funder
// per period, payments against them, arrears per funder and per RT, renewal at the fiscal-year
// change, the RT fund's view and "covered on date D?". One transaction per use case.
// One class, implemented across files by responsibility: billing_invoices.cpp (invoices and
// payments), billing_arrears.cpp (arrears, the ledger summary and the billing run),
// billing_renewal.cpp (bulk allocation and renewal), billing_cover.cpp (cover on a date, the RT
// fund, funders' use), billing_bpjs_answers.cpp (what BPJS's answers let us bill, and the
// corrections after one); billing_detail.* the checks they share.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/billing.hpp"
#include "core/ledger.hpp"
#include "core/premium.hpp"
#include "core/progress.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "services/funding_service.hpp"
#include "store/billing_store.hpp"
#include "store/funding_store.hpp"
#include "store/page.hpp"
#include "store/store.hpp"

namespace lindungi::services {

// Which verified, not yet funded workers a bulk allocation takes (docs/FUNDING.md): those in
// `wilayah` (default: the actor's area) with the category and occupation given (empty = any),
// lowest declared income first, then the longest waiting (recorded first), at most `batas`.
struct AllocationRule {
  std::string kategori;
  std::string pekerjaan;
  std::string wilayah;
  int batas = 5000;
};

struct BulkAllocation {
  std::int64_t selected = 0;
  std::vector<AllocationOutcome> items;
};

struct InvoiceMonth {
  std::string bulan;
  std::int64_t baris = 0;
  Rupiah total = 0;
  Rupiah dibayar = 0;
};

struct InvoiceView {
  store::InvoiceRecord invoice;
  std::vector<InvoiceMonth> months;
  std::vector<store::PaymentRecord> payments;
  // Its workers and the months it bills for each (a page of them, by name), to reconcile with
  // BPJS's bill line by line.
  store::Page<store::InvoiceWorker> workers;
  int offset = 0, limit = 0;
  std::string funder_name;
  // Its paid months BPJS's answers no longer allow (issue 17): the allocations (of every page),
  // how many and what was paid on them, owed back: lebih bayar, refunded by BPJS or offset against
  // a later bill per the cooperation agreement (Probis item 10; docs/FUNDING.md).
  std::set<std::int64_t> lebih_bayar;
  std::int64_t lebih_bayar_bulan = 0;
  Rupiah lebih_bayar_jumlah = 0;
};

// One paid month BPJS's answers no longer allow, on a live invoice (issue 17): to be refunded or offset.
struct Overpayment {
  std::int64_t tagihan_id = 0;
  std::string nomor;  // the invoice's
  std::int64_t pekerja_id = 0;
  std::string nama, bulan;
  Rupiah dibayar = 0;
  NotBillable why = NotBillable::none;
};

// Months taken off one invoice because BPJS's answers no longer let them be billed.
struct InvoiceCorrection {
  store::InvoiceRecord before, after;
  std::vector<std::string> months;  // YYYY-MM
};

struct PaymentOutcome {
  store::PaymentRecord payment;
  store::InvoiceRecord invoice;
  bool created = true;     // false: the reference was already recorded (an idempotent retry)
  std::int64_t lines = 0;  // lines the payment reached
};

struct ArrearsItem {
  std::int64_t pekerja_id = 0;
  std::string nama;
  std::string kode_rt;
  std::string sumber_dana;
  std::string bulan;
  Rupiah iuran = 0;
  Rupiah dibayar = 0;
  MonthState state = MonthState::arrears;  // arrears or lapsed
  std::int64_t tagihan_id = 0;
};

struct ArrearsByRt {
  std::string kode_rt;
  std::int64_t pekerja = 0;          // workers with at least one month in arrears or lapsed
  std::int64_t bulan_tunggakan = 0;  // worker-months in arrears (still payable)
  std::int64_t bulan_berakhir = 0;   // worker-months lapsed
  Rupiah tunggakan = 0;
  Rupiah berakhir = 0;
};

struct ArrearsReport {
  int tahun = 0;
  std::string wilayah;
  std::string sumber_dana;
  std::vector<ArrearsItem> items;
  std::vector<ArrearsByRt> rts;
  Rupiah tunggakan = 0, berakhir = 0;
};

struct ReverifyItem {
  std::int64_t pekerja_id = 0;
  std::string nama;
  std::vector<FieldError> problems;
};

struct RenewalOutcome {
  int tahun = 0;
  std::string sumber_dana;
  std::vector<AllocationOutcome> allocated;  // refused ones carry their reasons (budget, quota...)
  std::vector<ReverifyItem> reverify;        // sent back to the kelurahan: status didata with the reason
};

struct RtFundView {
  std::string kode_rt;
  int tahun = 0;
  std::string sumber_dana;   // the RT's Kampung Bahagia funder code
  std::int64_t pekerja = 0;  // workers the fund pays for in the year
  RtFundUse use;
  std::string source;
  std::optional<PremiumQuote> calculator;  // N workers x M months at the current rules
};

struct FunderUse {
  std::string sumber_dana, nama, jenis;
  int tahun = 0;
  Rupiah pagu = 0;
  std::int64_t kuota = 0;
  Rupiah dialokasikan = 0;
  std::int64_t pekerja = 0;
  Rupiah ditagih = 0;
  Rupiah dibayar = 0;
  Rupiah sisa = 0;  // pagu - dialokasikan
};

// Every member of a funder's year in one pass: how many worker-months are in each state on today.
struct LedgerSummary {
  std::string sumber_dana;
  int tahun = 0;
  std::int64_t pekerja = 0;  // workers with at least one billable month
  std::int64_t baris = 0;
  std::int64_t lunas = 0, tagihan = 0, tunggakan = 0, berakhir = 0;  // add up to baris
  Rupiah ditagih = 0, dibayar = 0;                                   // of those baris
  // Funded months BPJS's answers do not let us bill (core not_billable), apart from everything
  // above so the summary never counts a month the invoice will not bill: how many, by reason
  // (ditolak + belum_diterima + sebelum_efektif = tidak_ditagih), what they reserve of the budget,
  // and what was paid on them before BPJS's answer (lebih bayar, to be refunded or offset).
  std::int64_t tidak_ditagih = 0, ditolak = 0, belum_diterima = 0, sebelum_efektif = 0;
  Rupiah tidak_ditagih_iuran = 0, lebih_bayar = 0;
};

// The billing run: the invoice of every allocation of the months not yet invoiced (none when
// every one is) and the states of every member's months, with each step's time.
struct BillingRun {
  std::optional<store::InvoiceRecord> invoice;
  LedgerSummary summary;
  double invoice_ms = 0, states_ms = 0, total_ms = 0;
};

struct CoverAnswer {
  Worker worker;
  Date tanggal;
  CoverDecision decision;
  std::vector<MonthView> months;
};

// Whether BPJS's answers let the worker be billed for the month (core billable_month): `answers`
// is the store's record of the worker (bpjs_answers), nullptr for a worker active without one.
bool billable(const store::WorkerAnswers* answers, const YearMonth& month);
// The same with the reason (core not_billable).
NotBillable why_not_billable(const store::WorkerAnswers* answers, const YearMonth& month);
// One worker's record for `billable`: its status and BPJS's answers (as bpjs_answers gives them).
store::WorkerAnswers answers_of_worker(store::Session& session, std::int64_t worker);

// After BPJS answered for a worker (issue 17 item 7): each month on a live invoice that the rule
// no longer lets us bill and on which nothing is paid is taken off that invoice (the allocation
// moves past the invoice ranges, so a later acceptance bills it again on the next invoice of its
// month; the invoice's count, total and status are corrected and an audit entry "koreksi" names
// the worker and the months). Paid months stay on their invoice: the money moved, and is asked
// back from BPJS per the cooperation agreement (docs/FUNDING.md). In the caller's transaction.
std::vector<InvoiceCorrection> correct_invoices_of_worker(store::Session& session, std::int64_t worker,
                                                          const std::string& actor);

// After BPJS rejected a worker on `rejected_on` (issue 17): the months reserved for them from the
// month of the rejection on, unpaid and on no live invoice (correct_invoices_of_worker took the
// unpaid ones off theirs first), are released back to their funder's budget (the allocations go;
// the budget's used amount is their sum) with an audit entry "lepas_alokasi" on the worker naming
// each month and the amount. Paid months stay (lebih bayar, refunded or offset per agreement).
// Once corrected and accepted again, the worker is allocated anew. In the caller's transaction.
std::vector<store::AllocationRecord> release_after_rejection(store::Session& session, std::int64_t worker,
                                                             const Date& rejected_on, const std::string& actor);

// The steps inside the caller's transaction (the demo data and the services share them); checks
// and audit entries are the caller's. issue_invoice_in bills only the months BPJS's answers allow
// (billable); the others stay funded and wait for the next invoice of their month.
store::InvoiceRecord issue_invoice_in(store::Session& session, const std::string& funder, YearMonth from, YearMonth to,
                                      const std::string& actor);
PaymentOutcome apply_payment_in(store::Session& session, const store::InvoiceRecord& invoice,
                                const PaymentRequest& payment, const std::string& actor);

class BillingService {
 public:
  explicit BillingService(App& app) : app_(app) {}

  BulkAllocation allocate_by_rule(const Actor& actor, const AllocationRule& rule, const std::string& funder,
                                  YearMonth from, int months);

  store::InvoiceRecord issue_invoice(const Actor& actor, const std::string& funder, YearMonth from, YearMonth to);
  store::InvoiceRecord cancel_invoice(const Actor& actor, std::int64_t id, const std::string& reason);
  std::vector<store::InvoiceRecord> invoices(const Actor& actor, const std::string& funder, int tahun);
  // The same list a page at a time (the API's), paged by the store among the funders it may see.
  store::Page<store::InvoiceRecord> invoices(const Actor& actor, const std::string& funder, int tahun, int offset,
                                             int limit);
  // `offset`/`limit`: the page of its workers (limit 1-1000; 0 = none, only the totals).
  InvoiceView invoice(const Actor& actor, std::int64_t id, int offset = 0, int limit = 100);
  PaymentOutcome record_payment(const Actor& actor, std::int64_t invoice_id, const PaymentRequest& payment);
  std::vector<store::PaymentRecord> payments(const Actor& actor, const std::string& funder, int tahun);
  // The paid months of the invoices `invoices` lists (funder "" = all) that BPJS's answers no
  // longer allow: lebih bayar, by invoice, worker and month.
  std::vector<Overpayment> overpayments(const Actor& actor, const std::string& funder, int tahun);

  ArrearsReport arrears(const Actor& actor, const std::string& funder, const std::string& area, int tahun);
  RenewalOutcome renew(const Actor& actor, const std::string& funder, int new_year);
  RtFundView rt_fund(const Actor& actor, const std::string& kode_rt, int tahun, std::optional<int> workers,
                     std::optional<int> months);
  std::vector<FunderUse> funder_use(const Actor& actor, int tahun);
  CoverAnswer covered(const Actor& actor, const std::string& nik, const Date& day);
  // `threads` 1 or 2: the worker ids in that many parts, each on its own thread and read transaction.
  // `progress` hears of the span of worker ids classified so far (issue 19 item 8), from each thread.
  LedgerSummary ledger_summary(const Actor& actor, const std::string& funder, int tahun, int threads = 2,
                               const Progress& progress = {});
  // issue_invoice for [from, to] and ledger_summary for from.year at the same time (`threads`
  // for the states, one more for the invoice).
  BillingRun billing_run(const Actor& actor, const std::string& funder, YearMonth from, YearMonth to, int threads = 2,
                         const Progress& progress = {});

 private:
  App& app_;
};

}  // namespace lindungi::services
