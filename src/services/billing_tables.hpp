#pragma once
// Billing's words and tables for the XLSX and PDF exports (report_documents.cpp, the CLI's
// files); the same results' JSON is wire/billing.hpp.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "formats/table_writer.hpp"
#include "services/billing_service.hpp"

namespace lindungi::services {

// "Januari 2026 – Maret 2026, Mei 2026": months (YYYY-MM, in order) as people read them.
std::string months_label(const std::vector<std::string>& months);
// "Terbit", "Dibayar sebagian", "Lunas", "Dibatalkan".
std::string invoice_status_label(const std::string& status);
// One row per worker (No, Nama, NIK masked, KPJ, Bulan, Jumlah bulan, Iuran, Dibayar, Lebih bayar)
// and the total row, each column's total the sum of its rows.
formats::Table invoice_workers_table(const std::vector<store::InvoiceWorker>& workers,
                                     const std::set<std::int64_t>& lebih_bayar = {});
// "Lebih bayar, perlu dikembalikan: Rp16.800 (1 bulan ...)" ("" when none).
std::string overpaid_words(std::int64_t months, Rupiah amount);
// The paid months BPJS's answers no longer allow, one row each (invoice, worker, month, paid,
// why in words), and the total row.
formats::Table overpayments_table(const std::vector<services::Overpayment>& rows);
formats::Table funder_use_table(const std::vector<services::FunderUse>& rows);
// `overpaid`: each invoice's lebih bayar (the sum of its overpayments), a column of its own.
formats::Table invoices_table(const std::vector<store::InvoiceRecord>& invoices,
                              const std::map<std::int64_t, Rupiah>& overpaid = {});
formats::Table payments_table(const std::vector<store::PaymentRecord>& payments);
formats::Table arrears_rt_table(const services::ArrearsReport& report);
formats::Table arrears_items_table(const services::ArrearsReport& report);

}  // namespace lindungi::services
