#pragma once
// Billing documents as JSON (API and `lindungi … --json` alike) and as tables for XLSX exports.
// It lives with the services, not in src/formats, because it renders the billing service's
// results (InvoiceView, ArrearsReport...): formats depends on core only (docs/ARCHITECTURE.md).
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "formats/table_writer.hpp"
#include "services/billing_service.hpp"

namespace lindungi::services {

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

// "Januari 2026 – Maret 2026, Mei 2026": months (YYYY-MM, in order) as people read them.
std::string months_label(const std::vector<std::string>& months);
// "Terbit", "Dibayar sebagian", "Lunas", "Dibatalkan".
std::string invoice_status_label(const std::string& status);
// `lebih_bayar`: the allocations of paid months BPJS's answers no longer allow (InvoiceView).
nlohmann::json invoice_worker_json(const store::InvoiceWorker& worker, const std::set<std::int64_t>& lebih_bayar = {});
// One row per worker (No, Nama, NIK masked, KPJ, Bulan, Jumlah bulan, Iuran, Dibayar, Lebih bayar)
// and the total row, each column's total the sum of its rows.
formats::Table invoice_workers_table(const std::vector<store::InvoiceWorker>& workers,
                                     const std::set<std::int64_t>& lebih_bayar = {});
// "Lebih bayar, perlu dikembalikan: Rp16.800 (1 bulan ...)" ("" when none).
std::string overpaid_words(std::int64_t months, Rupiah amount);
// The paid months BPJS's answers no longer allow, one row each (invoice, worker, month, paid,
// why in words), and the total row.
formats::Table overpayments_table(const std::vector<services::Overpayment>& rows);
nlohmann::json overpayments_json(const std::vector<services::Overpayment>& rows);

formats::Table funder_use_table(const std::vector<services::FunderUse>& rows);
// `overpaid`: each invoice's lebih bayar (the sum of its overpayments), a column of its own.
formats::Table invoices_table(const std::vector<store::InvoiceRecord>& invoices,
                              const std::map<std::int64_t, Rupiah>& overpaid = {});
formats::Table payments_table(const std::vector<store::PaymentRecord>& payments);
formats::Table arrears_rt_table(const services::ArrearsReport& report);
formats::Table arrears_items_table(const services::ArrearsReport& report);

}  // namespace lindungi::services
