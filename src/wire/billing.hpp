#pragma once
// Billing on the wire: invoices, payments, arrears, renewals, the RT fund, funders' use and "covered
// on date D?" as JSON, for the API and `lindungi … --json` alike. The tables of the same results
// are services/billing_tables.hpp.
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "services/billing_service.hpp"

namespace lindungi::wire {

// Request bodies. POST /allocations/bulk {"sumber_dana","mulai":"YYYY-MM","bulan":12,
// "aturan":{"kategori","pekerjaan","wilayah","batas"}}: bulan 12 and batas 5000 when absent.
struct BulkAllocationBody {
  services::AllocationRule aturan;
  std::string sumber_dana;
  YearMonth mulai;
  int bulan = 12;
};
BulkAllocationBody bulk_allocation(const nlohmann::json& body);
// POST /invoices {"sumber_dana","dari":"YYYY-MM","sampai":"YYYY-MM"}.
struct InvoiceBody {
  std::string sumber_dana;
  YearMonth dari, sampai;
};
InvoiceBody invoice_request(const nlohmann::json& body);
// POST /invoices/:id/cancel {"alasan"}.
std::string cancel_reason(const nlohmann::json& body);
// POST /invoices/:id/payments {"jumlah","tanggal","referensi"}: what is missing the service refuses.
PaymentRequest invoice_payment(const nlohmann::json& body);
// POST /renewals {"sumber_dana","tahun"}.
struct RenewalBody {
  std::string sumber_dana;
  int tahun = 0;
};
RenewalBody renewal_request(const nlohmann::json& body);

// An invoice as the API answers it, mapped from store::InvoiceRecord in one place (a change of the
// store is a compile error or an explicit line in invoice_answer, never a silent change of the
// answer); its JSON adds `sisa` and `total_teks`.
struct InvoiceAnswer {
  std::int64_t id = 0;
  std::string nomor, sumber_dana, dari, sampai;
  int tahun = 0;
  std::int64_t baris = 0;
  Rupiah total = 0, dibayar = 0;
  std::string status, alasan_batal, pelaku, dibuat;
};
InvoiceAnswer invoice_answer(const store::InvoiceRecord& invoice);
nlohmann::json to_json(const InvoiceAnswer& invoice);
// to_json(invoice_answer(invoice)).
nlohmann::json invoice_json(const store::InvoiceRecord& invoice);
nlohmann::json invoice_view_json(const services::InvoiceView& view);
nlohmann::json payment_json(const store::PaymentRecord& payment);
nlohmann::json payment_outcome_json(const services::PaymentOutcome& outcome);
nlohmann::json allocation_outcomes_json(const std::vector<services::AllocationOutcome>& outcomes);
nlohmann::json arrears_json(const services::ArrearsReport& report, bool with_items);
nlohmann::json renewal_json(const services::RenewalOutcome& outcome);
nlohmann::json rt_fund_json(const services::RtFundView& view);
nlohmann::json funder_use_json(const std::vector<services::FunderUse>& rows, int tahun);
nlohmann::json cover_json(const services::CoverAnswer& answer);
// `lebih_bayar`: the allocations of paid months BPJS's answers no longer allow (InvoiceView).
nlohmann::json invoice_worker_json(const store::InvoiceWorker& worker, const std::set<std::int64_t>& lebih_bayar = {});
nlohmann::json overpayments_json(const std::vector<services::Overpayment>& rows);
// GET /invoices: {"items":[invoice]}.
nlohmann::json invoices_json(const std::vector<store::InvoiceRecord>& invoices);
// GET /reports/invoices as JSON: {"tahun","tagihan":[invoice + "lebih_bayar"],"pembayaran":[payment],
// "lebih_bayar":[...]}; each invoice's `lebih_bayar` is what was paid over it.
nlohmann::json invoices_report_json(int tahun, const std::vector<store::InvoiceRecord>& invoices,
                                    const std::vector<store::PaymentRecord>& payments,
                                    const std::vector<services::Overpayment>& overpaid);

}  // namespace lindungi::wire
