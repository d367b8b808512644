#pragma once
// Reports as files (issue 6): what each report is called, what its subtitle says and which tables
// it has, the same for XLSX and PDF, for the API and the CLI alike. The figures come from the
// services; this only arranges them (formats::table_pdf and table_xlsx print them).
#include <string>
#include <vector>

#include "formats/table_pdf.hpp"
#include "services/billing_service.hpp"
#include "services/claims_service.hpp"
#include "services/jakon_service.hpp"
#include "services/planner_service.hpp"
#include "services/report_service.hpp"

namespace lindungi::services {

// "Kelurahan Simpang IV Sipin (15.71.01.1001)", "RT 007, Kelurahan … (15.71.01.1001.007)",
// "Kota Jambi (15.71)"; "Semua wilayah" for the empty code; an unknown code as given.
std::string area_label(const App& app, const std::string& kode);

// Coverage per area of one level (DESIGN.md §5's document as a table): kode, nama, pekerja,
// terverifikasi, terlindungi, terlindungi jalur lain, potensi, cakupan (%), and the total row.
formats::Table coverage_table(const CoverageReport& report);
formats::ReportDocument coverage_document(const App& app, const CoverageReport& report, const std::string& wilayah);

formats::ReportDocument funding_document(const std::vector<FunderUse>& rows, int tahun);
// With the paid months BPJS's answers no longer allow (lebih bayar) as a column and a table of their own.
// Funders by name, not code (their codes are the store's keys: issue 17 item 10).
formats::ReportDocument invoices_document(App& app, const std::vector<store::InvoiceRecord>& invoices,
                                          const std::vector<Overpayment>& overpayments,
                                          const std::vector<store::PaymentRecord>& payments, int tahun,
                                          const std::string& sumber_dana);
// One invoice with every worker it bills and the months of each (`workers`: all of them, by name)
// and a total row equal to the invoice's total: what is reconciled with BPJS's bill line by line.
formats::ReportDocument invoice_document(const InvoiceView& view, const std::vector<store::InvoiceWorker>& workers);
// `with_items`: the line-by-line sheet too (GET /arrears, `lindungi arrears`); without it the
// per-RT summary only (GET /reports/arrears).
formats::ReportDocument arrears_document(const App& app, const ArrearsReport& report, bool with_items);

// ClaimsService::report and ClaimsService::scholarships_due as documents.
formats::Table scholarships_due_table(const std::vector<ScholarshipDue>& due);
formats::ReportDocument claims_document(const App& app, const ClaimsReport& report, const std::string& wilayah);
formats::ReportDocument scholarships_due_document(const App& app, const std::vector<ScholarshipDue>& due,
                                                  int school_year, const std::string& wilayah);

formats::ReportDocument compliance_document(const App& app, const ComplianceReport& report);

// The budget planner (issue 22 item 2): what each funder must budget for the year and month by
// month, the path to the target, and the uncovered workers ranked per RT by their vulnerability
// score (`per_rt`: at most that many per RT, 0 = every one; the PDF keeps it short).
formats::ReportDocument plan_document(const App& app, const PlanReport& report, int per_rt);

}  // namespace lindungi::services
