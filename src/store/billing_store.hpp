#pragma once
// The billing aggregate (issue 4): invoices, payments, arrears and renewal. Reached through
// Session::billing(), in the same transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/funding_store.hpp"
#include "store/page.hpp"

namespace lindungi::store {

struct InvoiceRecord {
  std::int64_t id = 0;
  std::string nomor;
  std::string sumber_dana;
  std::string dari, sampai;  // YYYY-MM
  int tahun = 0;
  std::int64_t baris = 0;  // worker-month lines
  std::int64_t total = 0;
  std::int64_t dibayar = 0;
  std::string status = "terbit";  // terbit | sebagian | lunas | batal
  std::string alasan_batal;
  std::string pelaku;
  std::string dibuat;
};

// One line of an invoice: the allocation (worker-month) it bills.
struct InvoiceLine {
  std::int64_t alokasi_id = 0;
  std::int64_t pekerja_id = 0;
  std::string bulan;
  std::int64_t iuran = 0;
  std::int64_t dibayar = 0;
  std::string dibayar_pada;
};

struct PaymentRecord {
  std::int64_t id = 0;
  std::int64_t tagihan_id = 0;
  std::string referensi;
  std::int64_t jumlah = 0;
  std::string tanggal;  // YYYY-MM-DD
  std::string pelaku;
  std::string dibuat;
};

// A funded worker-month with where the worker lives, for arrears lists.
struct FundedMonth {
  AllocationRecord alokasi;
  std::string nama;
  std::string kode_kelurahan;
  int rt = 0;
  std::int64_t tagihan_id = 0;  // 0 = not invoiced yet
};

struct FundedMonthQuery {
  std::string sumber_dana{};  // "" = every funder
  std::string area{};         // workers at or below this region or RT ("" = all)
  int tahun = 0;              // contribution year
};

// A worker's BPJS answers, for the billing rule (core billable_month).
struct WorkerAnswers {
  std::int64_t pekerja_id = 0;
  std::string status;  // the worker's status now
  // ("diterima", tanggal_efektif YYYY-MM-DD) or ("ditolak", the day BPJS answered), in answer order.
  std::vector<std::pair<std::string, std::string>> answers;
};

// One worker on an invoice: who they are and the months the invoice bills for them.
struct InvoiceWorker {
  std::int64_t pekerja_id = 0;
  std::string nama, nik, kpj;
  std::vector<InvoiceLine> months;  // by month
};

// What was invoiced and paid per funder in a year (cancelled invoices excluded).
struct FunderBilling {
  std::string sumber_dana;
  std::int64_t ditagih = 0;
  std::int64_t dibayar = 0;
  std::int64_t tagihan = 0;
};

class BillingSession {
 public:
  virtual ~BillingSession() = default;
  // Inserts the invoice and, as its lines, every allocation of its funder for the months
  // [dari, sampai] not on another invoice; sets id, baris and total. Lines are in allocation order.
  // The allocations in `held` (not billable yet) are first moved past the invoice's ranges
  // (move_past_invoices), so the next invoice of their month takes them up.
  virtual void create_invoice(InvoiceRecord& invoice, const std::vector<std::int64_t>& held) = 0;
  virtual std::int64_t count_invoices(int tahun) = 0;
  virtual std::optional<InvoiceRecord> invoice(std::int64_t id) = 0;
  // "" / 0 = any funder / year; newest first.
  virtual std::vector<InvoiceRecord> invoices(std::string_view sumber_dana, int tahun) = 0;
  // The same, only of the funders in `among`, a page at a time (the API's list).
  virtual Page<InvoiceRecord> invoices_page(std::string_view sumber_dana, int tahun,
                                            const std::vector<std::string>& among, int offset, int limit) = 0;
  virtual std::vector<InvoiceLine> invoice_lines(std::int64_t id) = 0;
  // Writes baris, total, dibayar, status and alasan_batal.
  virtual void update_invoice(const InvoiceRecord& invoice) = 0;
  // The invoice's lines grouped by worker, workers in name order (then id), a page of them; total =
  // the invoice's workers.
  virtual Page<InvoiceWorker> invoice_workers(std::int64_t id, int offset, int limit) = 0;
  // Workers with an allocation of `sumber_dana` ("" = any) in months [dari, sampai] (YYYY-MM) whose
  // status is not "aktif" or who have an answer from BPJS, with their answers: every worker the
  // billing rule could refuse a month (any other is active without an answer on file). By worker.
  virtual std::vector<WorkerAnswers> bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                                  std::string_view sampai) = 0;
  // The worker's allocations, each with the live invoice that bills it (0 = none), by month.
  virtual std::vector<FundedMonth> months_of_worker(std::int64_t pekerja_id) = 0;
  // Moves allocations past every invoice's range: each gets a fresh id larger than any (the row is
  // otherwise unchanged), so it is on no invoice and the next invoice of its month takes it up.
  // Only for allocations nothing is paid on.
  virtual void move_past_invoices(const std::vector<std::int64_t>& alokasi_ids) = 0;
  // Frees a cancelled invoice's lines to be invoiced again; StaleVersion if a later one bills a month.
  virtual void release_invoice_lines(std::int64_t id) = 0;
  virtual void set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) = 0;
  virtual std::optional<PaymentRecord> payment_by_reference(std::string_view referensi) = 0;
  virtual void insert_payment(PaymentRecord& payment) = 0;  // sets id and dibuat
  // Of one invoice (tagihan_id > 0) or of a funder's year; in date order.
  virtual std::vector<PaymentRecord> payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) = 0;
  // Ordered by worker, then month.
  virtual void for_each_funded_month(const FundedMonthQuery& query,
                                     const std::function<void(const FundedMonth&)>& fn) = 0;
  // Workers the funder pays for in the month (YYYY-MM).
  virtual std::vector<std::int64_t> funded_workers(std::string_view sumber_dana, std::string_view bulan) = 0;
  virtual std::vector<FunderBilling> funder_billing(int tahun) = 0;
  // A funder's year as plain numbers, worker by worker and month by month, for the workers with
  // from_id <= pekerja_id < to_id (the billing run over millions of rows, in parts): month 1-12,
  // dibayar_pada "" when unpaid.
  virtual void for_each_ledger_row(
      std::string_view sumber_dana, int tahun, std::int64_t from_id, std::int64_t to_id,
      const std::function<void(std::int64_t pekerja_id, int month, std::int64_t iuran, std::int64_t dibayar,
                               std::string_view dibayar_pada)>& fn) = 0;
  // The lowest and highest worker id the funder pays for in the year ({0, -1} when none).
  virtual std::pair<std::int64_t, std::int64_t> funded_worker_range(std::string_view sumber_dana, int tahun) = 0;
};

}  // namespace lindungi::store
