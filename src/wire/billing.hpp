#pragma once
// Billing on the wire: invoices, payments, arrears, renewals, the RT fund, funders' use and "covered
// on date D?" as JSON, for the API and `lindungi … --json` alike. The tables of the same results
// are services/billing_tables.hpp.
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "services/billing_service.hpp"

namespace lindungi::wire {

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

}  // namespace lindungi::wire
