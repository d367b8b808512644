#pragma once
// Session::billing() (issue 4) on either database: what is the same on both, over the row API.
// Each backend subclasses it for what differs: the year-long scans (for_each_ledger_row, and on
// PostgreSQL for_each_funded_month in keyset pages) and SQLite's memory-mapped reads.
#include <memory>

#include "store/billing_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Billing : public BillingSession {
 public:
  explicit Billing(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  void create_invoice(InvoiceRecord& r, const std::vector<std::int64_t>& held) override;
  std::int64_t count_invoices(int tahun) override;
  std::optional<InvoiceRecord> invoice(std::int64_t id) override;
  std::vector<InvoiceRecord> invoices(std::string_view sumber_dana, int tahun) override;
  Page<InvoiceRecord> invoices_page(std::string_view sumber_dana, int tahun, const std::vector<std::string>& among,
                                    int offset, int limit) override;
  std::vector<InvoiceLine> invoice_lines(std::int64_t id) override;
  void update_invoice(const InvoiceRecord& r) override;
  Page<InvoiceWorker> invoice_workers(std::int64_t id, int offset, int limit) override;
  std::vector<WorkerAnswers> bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                          std::string_view sampai) override;
  std::vector<FundedMonth> months_of_worker(std::int64_t pekerja_id) override;
  void move_past_invoices(const std::vector<std::int64_t>& ids) override;
  void release_invoice_lines(std::int64_t id) override;
  void set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) override;
  std::optional<PaymentRecord> payment_by_reference(std::string_view referensi) override;
  void insert_payment(PaymentRecord& p) override;
  std::vector<PaymentRecord> payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) override;
  // One statement over the year's rows; PostgreSQL overrides it with keyset pages.
  void for_each_funded_month(const FundedMonthQuery& q, const std::function<void(const FundedMonth&)>& fn) override;
  std::vector<std::int64_t> funded_workers(std::string_view sumber_dana, std::string_view bulan) override;
  std::vector<FunderBilling> funder_billing(int tahun) override;
  std::pair<std::int64_t, std::int64_t> funded_worker_range(std::string_view sumber_dana, int tahun) override;

 protected:
  rows::Db& db() { return *db_; }
  // Held while create_invoice reads the allocations (SQLite maps the file; nothing elsewhere).
  virtual std::shared_ptr<void> bulk_read() { return nullptr; }
  // "SELECT <a funded month> FROM alokasi a JOIN pekerja p" and the WHERE clause of `q`, with
  // its parameters appended to `params`.
  static const std::string& funded_month_select();
  static std::string funded_month_where(const FundedMonthQuery& q, rows::Params& params);
  static FundedMonth read_funded_month(rows::Row& r);

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records
