#pragma once
// The premium ledger's money side (issue 4, items 2 and 6; RULES.md §2.4-2.5): invoices (tagihan)
// per funder per period, one line per funded worker-month, and payments spread over their lines.
// Plain rules; the service stores what they decide.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/bpjs.hpp"
#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"

namespace lindungi {

enum class InvoiceStatus { terbit, sebagian, lunas, batal };
std::string_view to_string(InvoiceStatus status);
std::optional<InvoiceStatus> parse_invoice_status(std::string_view text);
// What the paid amount makes of an invoice that is not cancelled.
InvoiceStatus invoice_status(Rupiah total, Rupiah paid);

// "TGH-2026-00012": the year it covers and its serial number within that year.
std::string invoice_number(int year, std::int64_t serial);

// Why an invoice for [from, to] cannot be issued: the months must be valid, in order, and in one
// fiscal year (budgets are yearly).
std::vector<FieldError> invoice_period_problems(const YearMonth& from, const YearMonth& to);

// BPJS's answer to one registration of a worker, dated when it takes effect: an acceptance from
// the membership's effective date (tanggal efektif), a rejection from the day BPJS answered.
struct RegistrationAnswer {
  BpjsAnswer answer = BpjsAnswer::diterima;
  Date date;
};

// Whether a funded month may be billed for a worker (issue 17 item 7). A worker registered by a
// government agency or a donor is a member from the day BPJS accepts the registration
// (Perdir BPJS Ketenagakerjaan 22/2022, Probis Kepesertaan 9f-g) and a contribution month is a
// month of membership (PP 44/2015; the 15th of the month itself is its due day): so the month
// is billable when the latest of BPJS's answers dated in or before that month is an acceptance.
// No month before the effective date, none from the month of a rejection on (until an accepted
// registration again), none while the registration waits for an answer. `answers` in the order
// BPJS gave them (same-day answers: the later one decides). A worker with no answer on record
// is billable only when `active_without_answer`: recorded active before Lindungi kept BPJS's
// answers (BPJS's own list of active members, the 2025 launch cohort).
bool billable_month(std::span<const RegistrationAnswer> answers, bool active_without_answer, const YearMonth& month);
// Why billable_month refuses a month, for the screens and reports that show such months apart
// (the billing run's summary, a worker's ledger: never a month the invoice will not bill).
enum class NotBillable {
  none,              // billable
  no_membership,     // no acceptance in or before the month: waiting for BPJS's answer, or never accepted
  before_effective,  // accepted, but from a later month (tanggal efektif)
  rejected,          // the latest answer in or before the month is a rejection
};
NotBillable not_billable(std::span<const RegistrationAnswer> answers, bool active_without_answer,
                         const YearMonth& month);
// In words: "Tidak ditagih: ditolak BPJS" ... ("" for none).
std::string_view to_words(NotBillable why);
// Whether a worker's status records a membership (`active_without_answer` for a worker with no
// answer on file): active, or deceased (the death claim itself stops the premiums after the month
// of death).
bool recorded_as_member(std::string_view status);
// The months of `months` that are billable, in the order given.
std::vector<YearMonth> billable_months(std::span<const RegistrationAnswer> answers, bool active_without_answer,
                                       std::span<const YearMonth> months);

// One line of an invoice: a funded worker-month.
struct BillLine {
  std::int64_t id = 0;  // the allocation
  std::int64_t worker = 0;
  YearMonth month;
  Rupiah billed = 0;
  Rupiah paid = 0;
};

// The new paid amount of each line a payment reaches.
struct LineCredit {
  std::int64_t id = 0;
  Rupiah paid = 0;
};

// Spreads `amount` over the open lines, oldest contribution month first (and by worker within a
// month), so a partial payment keeps as many months as possible out of arrears for everyone
// before paying anyone's later months. Never credits a line beyond what it bills; what is left
// over (an overpayment) is returned in `rest`.
std::vector<LineCredit> distribute_payment(std::vector<BillLine> lines, Rupiah amount, Rupiah* rest = nullptr);

struct PaymentRequest {
  Rupiah amount = 0;
  std::optional<Date> date;
  std::string reference;
};

// Why the payment cannot be recorded against an invoice with `total` billed, `paid` so far and
// in `status`, on `today`: amount positive and not above what is still owed (no overpayment),
// a date not in the future, a reference of 3-64
// printable characters (the bank's or SP2D's number, which makes the recording idempotent).
std::vector<FieldError> payment_problems(const PaymentRequest& payment, Rupiah total, Rupiah paid, InvoiceStatus status,
                                         const Date& today);

// Renewal at the fiscal-year change: why a worker funded in December may not simply continue in
// `new_year` and must be verified again (RULES.md §3; the programme rules in force on 1 January):
// the age limit, the income ceiling, a status that still counts as verified. Empty = renew.
std::vector<FieldError> renewal_problems(const Worker& worker, const ProgrammeRule& programme, int new_year);

// What an RT's Kampung Bahagia fund pays for premiums in a year, against the fund itself.
struct RtFundUse {
  Rupiah fund = 0;       // the RT's yearly fund (RtFundRule)
  Rupiah premiums = 0;   // allocated to its funded workers in the year
  Rupiah remaining = 0;  // fund - premiums
  int percent_used = 0;  // of the fund, rounded down
};
RtFundUse rt_fund_use(Rupiah fund, Rupiah premiums);

}  // namespace lindungi
