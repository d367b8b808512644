#include "core/ledger.hpp"

#include <algorithm>

namespace lindungi {

YearMonth YearMonth::plus(int months) const {
  const int total = year * 12 + (month - 1) + months;
  return {total / 12, total % 12 + 1};
}

int YearMonth::minus(const YearMonth& o) const { return (year * 12 + month) - (o.year * 12 + o.month); }

std::string YearMonth::iso() const { return zero_pad(year, 4) + "-" + zero_pad(month, 2); }

Date due_date(const YearMonth& m) { return Date{m.year, m.month, 15}; }

std::string_view to_string(MonthState s) {
  switch (s) {
    case MonthState::paid: return "lunas";
    case MonthState::open: return "tagihan";
    case MonthState::arrears: return "tunggakan";
    case MonthState::lapsed: return "berakhir";
    case MonthState::unbilled: return "tidak_ditagih";
  }
  return "";
}

std::string_view to_string(Cover c) {
  switch (c) {
    case Cover::covered: return "terlindungi";
    case Cover::needs_confirmation: return "perlu_konfirmasi";
    case Cover::not_covered: return "tidak_terlindungi";
  }
  return "";
}

std::vector<MonthView> ledger_states(std::vector<LedgerMonth> months, const Date& today) {
  std::sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
  std::vector<MonthView> out;
  int unpaid_run = 0;  // consecutive unpaid months past their due date
  bool ended = false;
  for (const auto& m : months) {
    MonthView v{m, MonthState::unbilled};
    if (ended) {
      v.state = m.billed > 0 && m.paid >= m.billed ? MonthState::paid : MonthState::lapsed;
    } else if (m.billed <= 0) {
      v.state = MonthState::unbilled;
    } else if (m.paid >= m.billed) {
      v.state = MonthState::paid;
      unpaid_run = 0;
    } else if (today <= due_date(m.month)) {
      v.state = MonthState::open;
    } else {
      ++unpaid_run;
      v.state = MonthState::arrears;
      if (unpaid_run > kGraceMonths) {
        v.state = MonthState::lapsed;
        ended = true;
      }
    }
    out.push_back(v);
  }
  return out;
}

CoverDecision covered_on(const std::vector<LedgerMonth>& months, const Date& day, const Date& today) {
  const YearMonth target = YearMonth::of(day);
  const auto states = ledger_states(months, today);
  for (const auto& v : states) {
    if (v.entry.month != target) continue;
    switch (v.state) {
      case MonthState::paid:
        return {Cover::covered, "Iuran bulan " + target.iso() + " lunas" +
                                    (v.entry.funder.empty() ? "" : " (dibayar " + v.entry.funder + ")")};
      case MonthState::open:
      case MonthState::arrears:
        return {Cover::needs_confirmation,
                "Iuran bulan " + target.iso() +
                    " belum dibayar tetapi masih dalam masa tenggang 3 bulan: perlu konfirmasi BPJS"};
      case MonthState::lapsed:
        return {Cover::not_covered, "Kepesertaan berakhir: tunggakan lebih dari 3 bulan berturut-turut sebelum " +
                                        target.iso()};
      case MonthState::unbilled:
        return {Cover::not_covered, "Tidak ada iuran untuk bulan " + target.iso()};
    }
  }
  return {Cover::not_covered, "Tidak ada iuran untuk bulan " + target.iso()};
}

Rupiah refund_after_event(const std::vector<LedgerMonth>& months, const Date& event) {
  const YearMonth m = YearMonth::of(event);
  Rupiah refund = 0;
  for (const auto& e : months)
    if (m < e.month) refund += e.paid;
  return refund;
}

}  // namespace lindungi
