#include "core/ledger.hpp"

#include <algorithm>

#include "core/calendar.hpp"

namespace lindungi {

YearMonth YearMonth::plus(int months) const {
  const int total = year * 12 + (month - 1) + months;
  return {total / 12, total % 12 + 1};
}

int YearMonth::minus(const YearMonth& o) const { return (year * 12 + month) - (o.year * 12 + o.month); }

std::string YearMonth::iso() const { return zero_pad(year, 4) + "-" + zero_pad(month, 2); }

Date due_date(const YearMonth& m) { return Date{m.year, m.month, 15}; }

Date due_date(const YearMonth& m, const WorkCalendar& calendar) { return calendar.next_working_day(due_date(m)); }

std::string_view to_string(MonthState s) {
  switch (s) {
    case MonthState::paid:
      return "lunas";
    case MonthState::open:
      return "tagihan";
    case MonthState::arrears:
      return "tunggakan";
    case MonthState::lapsed:
      return "berakhir";
    case MonthState::unbilled:
      return "tidak_ditagih";
  }
  return "";
}

std::string_view to_string(Cover c) {
  switch (c) {
    case Cover::covered:
      return "terlindungi";
    case Cover::needs_confirmation:
      return "perlu_konfirmasi";
    case Cover::not_covered:
      return "tidak_terlindungi";
  }
  return "";
}

std::string_view cover_label(std::string_view code) {
  if (code == to_string(Cover::covered)) return "terlindungi";
  if (code == to_string(Cover::needs_confirmation)) return "perlu konfirmasi";
  if (code == to_string(Cover::not_covered)) return "tidak terlindungi";
  return "belum diputuskan";
}

void classify_months(const RuleBook& rules, std::span<const LedgerMonth> months, std::span<const Date> dues,
                     const Date& today, std::span<MonthState> states) {
  const auto paid_by = [](const LedgerMonth& m, const Date& day) {
    return m.billed > 0 && m.paid >= m.billed && (!m.paid_on || *m.paid_on <= day);
  };
  // The membership ends on the due date of the first month that makes more than the grace's
  // number of consecutive billed months unpaid on that day (Probis 12b).
  std::size_t lapse_at = months.size();
  Date lapse_day;
  for (std::size_t j = 0; j < months.size() && lapse_at == months.size(); ++j) {
    const Date& day = dues[j];
    if (!(day < today)) break;
    const auto grace = static_cast<std::size_t>(rules.membership_at(day).grace_months);
    if (j < grace) continue;
    bool all_unpaid = true;
    for (std::size_t k = j - grace; k <= j && all_unpaid; ++k) {
      const bool consecutive = k == j - grace || months[k].month == months[k - 1].month.plus(1);
      all_unpaid = consecutive && months[k].billed > 0 && !paid_by(months[k], day);
    }
    if (all_unpaid) {
      lapse_at = j;
      lapse_day = day;
    }
  }
  for (std::size_t i = 0; i < months.size(); ++i) {
    const auto& m = months[i];
    if (i >= lapse_at) {
      // Only months paid in advance, before the lapse, stay paid.
      states[i] = paid_by(m, lapse_day) ? MonthState::paid : MonthState::lapsed;
    } else if (m.billed <= 0) {
      states[i] = MonthState::unbilled;
    } else if (paid_by(m, today)) {
      states[i] = MonthState::paid;
    } else if (today <= dues[i]) {
      states[i] = MonthState::open;
    } else {
      states[i] = MonthState::arrears;
    }
  }
}

std::vector<MonthView> ledger_states(const RuleBook& rules, std::vector<LedgerMonth> months, const Date& today,
                                     const WorkCalendar* calendar) {
  std::sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
  std::vector<Date> dues;
  dues.reserve(months.size());
  for (const auto& m : months) dues.push_back(calendar ? due_date(m.month, *calendar) : due_date(m.month));
  std::vector<MonthState> states(months.size(), MonthState::unbilled);
  classify_months(rules, months, dues, today, states);
  std::vector<MonthView> out;
  out.reserve(months.size());
  for (std::size_t i = 0; i < months.size(); ++i) out.push_back({std::move(months[i]), states[i]});
  return out;
}

const Date& LedgerRun::due(const YearMonth& m) {
  const int key = m.year * 12 + m.month - 1;
  if (due_.empty()) first_ = key;
  if (key < first_) {
    due_.insert(due_.begin(), static_cast<std::size_t>(first_ - key), std::nullopt);
    first_ = key;
  }
  const auto at = static_cast<std::size_t>(key - first_);
  if (at >= due_.size()) due_.resize(at + 1);
  if (!due_[at]) due_[at] = calendar_ ? due_date(m, *calendar_) : due_date(m);
  return *due_[at];
}

std::span<const MonthState> LedgerRun::states(std::span<const LedgerMonth> months) {
  bool ascending = true;
  for (std::size_t i = 1; i < months.size() && ascending; ++i) ascending = months[i - 1].month < months[i].month;
  if (!ascending) {
    // The same order ledger_states would give them.
    sorted_.assign(months.begin(), months.end());
    std::sort(sorted_.begin(), sorted_.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
    months = sorted_;
  }
  dues_.clear();
  for (const auto& m : months) dues_.push_back(due(m.month));
  states_.assign(months.size(), MonthState::unbilled);
  classify_months(rules_, months, dues_, today_, states_);
  return states_;
}

// "Desember 2026": the reason is read by the person deciding a claim (issue 17 item 10: months as
// words, never "2026-12").
std::string month_words(const YearMonth& m) {
  static constexpr const char* kNames[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                           "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  return std::string{kNames[(m.month - 1) % 12]} + " " + std::to_string(m.year);
}

CoverDecision covered_on(const RuleBook& rules, const std::vector<LedgerMonth>& months, const Date& day,
                         const Date& today, const WorkCalendar* calendar) {
  const YearMonth target = YearMonth::of(day);
  const auto states = ledger_states(rules, months, today, calendar);
  const std::string grace = std::to_string(rules.membership_at(due_date(target)).grace_months);
  for (const auto& v : states) {
    if (v.entry.month != target) continue;
    switch (v.state) {
      case MonthState::paid:
        if (v.entry.paid_on && day < *v.entry.paid_on && due_date(target) < *v.entry.paid_on)
          return {Cover::needs_confirmation, "Iuran bulan " + month_words(target) + " baru dibayar pada " +
                                                 v.entry.paid_on->id() +
                                                 ", setelah tanggal kejadian dan jatuh tempo: perlu konfirmasi BPJS"};
        return {Cover::covered, "Iuran bulan " + month_words(target) + " lunas"};
      case MonthState::open:
      case MonthState::arrears:
        return {Cover::needs_confirmation, "Iuran bulan " + month_words(target) +
                                               " belum dibayar tetapi masih dalam masa tenggang " + grace +
                                               " bulan: perlu konfirmasi BPJS"};
      case MonthState::lapsed:
        return {Cover::not_covered, "Kepesertaan berakhir: tunggakan lebih dari " + grace +
                                        " bulan berturut-turut sebelum " + month_words(target)};
      case MonthState::unbilled:
        return {Cover::not_covered, "Tidak ada iuran untuk bulan " + month_words(target)};
    }
  }
  return {Cover::not_covered, "Tidak ada iuran untuk bulan " + month_words(target)};
}

std::optional<Date> protected_until(const RuleBook& rules, const std::vector<LedgerMonth>& months, const Date& today,
                                    const WorkCalendar* calendar) {
  const auto states = ledger_states(rules, months, today, calendar);  // sorted by month
  YearMonth next = YearMonth::of(today);
  std::optional<Date> until;
  for (const auto& v : states) {
    if (v.entry.month < next) continue;
    if (v.entry.month != next) break;  // a month without a contribution: cover stops before it
    if (v.state == MonthState::open && !until) return calendar ? due_date(next, *calendar) : due_date(next);
    if (v.state != MonthState::paid) break;
    until = Date{next.year, next.month, Date::days_in_month(next.year, next.month)};
    next = next.plus(1);
  }
  return until;
}

Rupiah refund_after_event(const std::vector<LedgerMonth>& months, const Date& event) {
  const YearMonth m = YearMonth::of(event);
  Rupiah refund = 0;
  for (const auto& e : months)
    if (m < e.month) refund += e.paid;
  return refund;
}

}  // namespace lindungi
