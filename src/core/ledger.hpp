#pragma once
// The month-by-month coverage ledger of one BPU member (RULES.md §2.4-2.5): coverage is a list of
// paid contribution months, not a "valid until" date, so grace, lapse and refunds derive per month.
#include <compare>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {
class WorkCalendar;
}

namespace lindungi {

struct YearMonth {
  int year = 2026;
  int month = 1;
  auto operator<=>(const YearMonth&) const = default;
  static YearMonth of(const Date& d) { return {d.year, d.month}; }
  YearMonth plus(int months) const;
  int minus(const YearMonth& other) const;  // months from `other` to this
  Date first_day() const { return Date{year, month, 1}; }
  std::string iso() const;  // "2026-05"
};

// "Desember 2026": a month as people read it (never "2026-12" on a screen or in a report).
std::string month_words(const YearMonth& month);

// The contribution is due on the 15th of the contribution month itself (RULES.md §2.4, §9
// DUE_DAY; the next working day when that is a holiday, which callers may pass in).
Date due_date(const YearMonth& month);
// The same moved to the next working day when the 15th is a weekend or holiday.
Date due_date(const YearMonth& month, const WorkCalendar& calendar);

// One contribution month of a member: what was billed and what was paid.
struct LedgerMonth {
  YearMonth month;
  Rupiah billed = 0;
  Rupiah paid = 0;
  std::optional<Date> paid_on;
  std::string funder;  // who pays this month
};

enum class MonthState {
  paid,      // fully paid: covered
  open,      // billed, not yet due (before the 15th)
  arrears,   // unpaid after its due date, within the grace (MembershipRule): payable, cover uncertain
  lapsed,    // more consecutive unpaid months than the grace allows: membership ended
  unbilled,  // no contribution billed for the month
};
std::string_view to_string(MonthState state);

struct MonthView {
  LedgerMonth entry;
  MonthState state = MonthState::unbilled;
};

// Each billed month's state on `today`. `months` may come in any order; the answer is sorted.
// The grace is rule data: a BPU may pay arrears for at most `rules.membership_at(d).grace_months`
// months, and more consecutive unpaid months than that end the membership on the due date d of
// the month that makes them too many (RULES.md §2.4, §9 GRACE_MONTHS).
// A payment counts from its date (`paid_on`, when known): one made after `today` is not there
// yet, and one made after the membership ended does not revive it (the months from the lapse on
// stay lapsed; RULES.md §2.4: "never promise retroactive cover from paying arrears"). With a
// calendar, a due date on a weekend or holiday moves to the next working day.
std::vector<MonthView> ledger_states(const RuleBook& rules, std::vector<LedgerMonth> months, const Date& today,
                                     const WorkCalendar* calendar = nullptr);

// The rule of ledger_states for one member whose months are sorted by month without repeats,
// with each month's due date (dues[i] for months[i]): states[i] is the state of months[i].
void classify_months(const RuleBook& rules, std::span<const LedgerMonth> months, std::span<const Date> dues,
                     const Date& today, std::span<MonthState> states);

// ledger_states for a run over many members on one day (the billing run: a million members,
// twelve million months): each month's due date is computed once for the whole run, and nothing
// is copied or allocated per member once the buffers have grown. The states are ledger_states'.
class LedgerRun {
 public:
  LedgerRun(const RuleBook& rules, const Date& today, const WorkCalendar* calendar = nullptr)
      : rules_(rules), today_(today), calendar_(calendar) {}
  // One member's months in any order; the answer is states[i] for the i-th month in month order
  // (the order the store reads them in), valid until the next call.
  std::span<const MonthState> states(std::span<const LedgerMonth> months);

 private:
  const Date& due(const YearMonth& month);

  const RuleBook& rules_;
  Date today_;
  const WorkCalendar* calendar_;
  int first_ = 0;                         // year * 12 + month - 1 of due_[0]
  std::vector<std::optional<Date>> due_;  // by month from first_
  std::vector<LedgerMonth> sorted_;
  std::vector<Date> dues_;
  std::vector<MonthState> states_;
};

enum class Cover { covered, needs_confirmation, not_covered };
std::string_view to_string(Cover cover);
// The cover decision in words, for people ("tidak terlindungi"); `code` is to_string's output as
// stored. An unknown code answers "belum diputuskan" rather than showing the code.
std::string_view cover_label(std::string_view code);

struct CoverDecision {
  Cover cover = Cover::not_covered;
  std::string reason;  // Indonesian, for the person deciding
};

// Was the member covered on `day`? Covered only when the day falls in a paid month; an unpaid
// month inside the grace period is flagged for manual confirmation, never silently approved or
// denied (RULES.md §2.4 implementer default, U: "perlu konfirmasi BPJS").
// A month paid only after `day` (late, within the grace) is not cover for an event on `day`: it
// needs BPJS's confirmation.
CoverDecision covered_on(const RuleBook& rules, const std::vector<LedgerMonth>& months, const Date& day,
                         const Date& today, const WorkCalendar* calendar = nullptr);

// Until when a member is protected, as known on `today` (the card's "aktif s.d.", Cek
// Perlindungan's "terlindungi s.d."), from the months' states (RULES.md §2.4):
// - today's month paid: the last day of the run of consecutive paid months from it;
// - today's month billed and not yet due (`open`): that month's due date. Its premium may still be
//   paid in time, and a month paid by its due date covers the whole month (covered_on agrees once
//   it is paid); nothing is promised past the day it must be paid by. Without this the demo's
//   members, paid every month on the 8th, read "not protected" on the 1st-7th of every month;
// - otherwise nullopt: the month is in arrears (cover needs BPJS's confirmation, never promised),
//   lapsed, or has no contribution (cover has not begun, or has ended).
// A later month is never counted across a month that is not paid: cover does not jump a gap.
std::optional<Date> protected_until(const RuleBook& rules, const std::vector<LedgerMonth>& months, const Date& today,
                                    const WorkCalendar* calendar = nullptr);

// Contributions paid for months after the month of the event are refunded (Probis item 10).
Rupiah refund_after_event(const std::vector<LedgerMonth>& months, const Date& event);

}  // namespace lindungi
