// Arrears per funder and per RT, the ledger summary of a funder's year (every member's months in
// their states, on two threads) and the billing run (the summary and the invoice at once).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <set>
#include <thread>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "services/billing_detail.hpp"
#include "services/billing_service.hpp"
#include "store/billing_store.hpp"
#include "store/calendar_store.hpp"
#include "store/funding_store.hpp"

namespace lindungi::services {

using namespace billing_detail;

ArrearsReport BillingService::arrears(const Actor& actor, const std::string& funder, const std::string& area_in,
                                      int tahun) {
  require_viewer(actor, "tunggakan");
  ArrearsReport r;
  r.tahun = tahun;
  r.wilayah = area_or_actor(actor, area_in);
  r.sumber_dana = actor.cohort.empty() ? funder : actor.cohort;
  if (!funder.empty() && !actor.cohort.empty() && funder != actor.cohort) require_cohort(actor, funder);
  const Date today = app_.today();
  const auto calendar = app_.calendar();  // the database's holidays (issue 15)
  std::map<std::string, ArrearsByRt> rts;
  // Lapse depends on every month of the worker, whoever paid it and in whichever year: the ledger
  // is read whole (every year: a lapse that began in December is still a lapse in January) and
  // only then narrowed to the funder and the year asked about.
  std::vector<store::FundedMonth> worker_months;
  std::set<std::string> visible_funders;              // another area's funder's months are not this actor's arrears
  std::map<std::int64_t, store::WorkerAnswers> bpjs;  // workers the billing rule may refuse a month
  auto flush = [&] {
    if (worker_months.empty()) return;
    // Only the months BPJS's answers let us bill are contribution months (core billable_month):
    // a month of a rejected or not yet accepted worker is neither owed nor a step to a lapse.
    const auto answers = bpjs.find(worker_months.front().alokasi.pekerja_id);
    std::vector<LedgerMonth> months;
    for (const auto& m : worker_months)
      if (billable(answers == bpjs.end() ? nullptr : &answers->second, month_of(m.alokasi.bulan)))
        months.push_back(ledger_month(m.alokasi));
    const auto states = ledger_states(app_.rules(), months, today, calendar.get());
    bool counted = false;
    const auto& first = worker_months.front();
    const std::string rt = rt_code(first.kode_kelurahan, first.rt);
    for (const auto& v : states) {
      if (v.state != MonthState::arrears && v.state != MonthState::lapsed) continue;
      if (v.entry.month.year != tahun) continue;
      if (!r.sumber_dana.empty() && v.entry.funder != r.sumber_dana) continue;
      if (!visible_funders.contains(v.entry.funder)) continue;
      const auto it = std::find_if(worker_months.begin(), worker_months.end(),
                                   [&](const auto& m) { return m.alokasi.bulan == v.entry.month.iso(); });
      ArrearsItem item{first.alokasi.pekerja_id,
                       first.nama,
                       rt,
                       v.entry.funder,
                       v.entry.month.iso(),
                       v.entry.billed,
                       v.entry.paid,
                       v.state,
                       it == worker_months.end() ? 0 : it->tagihan_id};
      auto& g = rts[rt];
      g.kode_rt = rt;
      if (!counted) ++g.pekerja;
      counted = true;
      const Rupiah owed = v.entry.billed - v.entry.paid;
      if (v.state == MonthState::arrears) {
        ++g.bulan_tunggakan;
        g.tunggakan += owed;
        r.tunggakan += owed;
      } else {
        ++g.bulan_berakhir;
        g.berakhir += owed;
        r.berakhir += owed;
      }
      r.items.push_back(std::move(item));
    }
    worker_months.clear();
  };
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, r.sumber_dana);
    for (const auto& f : s.funding().funders())
      if (may_see_funder(actor, f)) visible_funders.insert(f.kode);
    for (auto& w : s.billing().bpjs_answers("", "0000-01", "9999-12")) bpjs.emplace(w.pekerja_id, std::move(w));
    s.billing().for_each_funded_month({"", r.wilayah, 0}, [&](const store::FundedMonth& m) {
      if (!worker_months.empty() && worker_months.front().alokasi.pekerja_id != m.alokasi.pekerja_id) flush();
      worker_months.push_back(m);
    });
    flush();
  });
  for (auto& [_, g] : rts) r.rts.push_back(g);
  return r;
}
LedgerSummary BillingService::ledger_summary(const Actor& actor, const std::string& funder, int tahun, int threads,
                                             const Progress& progress) {
  require_viewer(actor, "buku iuran");
  require_cohort(actor, funder);
  const Date today = app_.today();
  const auto calendar = app_.calendar();  // the database's holidays (issue 15)
  std::pair<std::int64_t, std::int64_t> range{0, -1};
  // For the progress bar: how much of the span of worker ids both parts have gone through.
  std::atomic<std::uint64_t> covered{0};
  const auto span = [&] {
    return static_cast<std::uint64_t>(std::max<std::int64_t>(0, range.second - range.first + 1));
  };
  // Workers the billing rule may refuse a month, with their answers (every other one is active
  // without an answer on file), read once and shared by both parts (read only).
  std::map<std::int64_t, std::vector<RegistrationAnswer>> answers;
  std::map<std::int64_t, bool> member;
  // One part's members, read in its own read transaction.
  auto part = [&](std::int64_t from_id, std::int64_t to_id) {
    LedgerSummary out;
    LedgerRun run(app_.rules(), today, calendar.get());
    std::int64_t current = -1;
    std::int64_t reported = from_id;
    std::vector<LedgerMonth> months;
    auto flush = [&] {
      if (months.empty()) return;
      if (progress && current - reported >= 256) {
        progress("Menghitung status iuran", covered += static_cast<std::uint64_t>(current - reported), span());
        reported = current;
      }
      // The months BPJS's answers do not allow are counted apart, never in a state.
      if (const auto it = answers.find(current); it != answers.end()) {
        const bool active = member.at(current);
        std::erase_if(months, [&](const LedgerMonth& m) {
          const NotBillable why = not_billable(it->second, active, m.month);
          if (why == NotBillable::none) return false;
          ++out.tidak_ditagih;
          ++(why == NotBillable::rejected           ? out.ditolak
             : why == NotBillable::before_effective ? out.sebelum_efektif
                                                    : out.belum_diterima);
          out.tidak_ditagih_iuran += m.billed;
          out.lebih_bayar += m.paid;
          return true;
        });
        if (months.empty()) return;
      }
      ++out.pekerja;
      const auto states = run.states(months);
      for (std::size_t i = 0; i < states.size(); ++i) {
        ++out.baris;
        out.ditagih += months[i].billed;
        out.dibayar += months[i].paid;
        switch (states[i]) {
          case MonthState::paid:
            ++out.lunas;
            break;
          case MonthState::open:
            ++out.tagihan;
            break;
          case MonthState::arrears:
            ++out.tunggakan;
            break;
          case MonthState::lapsed:
            ++out.berakhir;
            break;
          case MonthState::unbilled:
            break;
        }
      }
      months.clear();
    };
    app_.store().read([&](store::Session& s) {
      s.billing().for_each_ledger_row(
          funder, tahun, from_id, to_id,
          [&](std::int64_t id, int month, std::int64_t billed, std::int64_t paid, std::string_view paid_on) {
            if (id != current) {
              flush();
              current = id;
            }
            months.push_back(
                {{tahun, month}, billed, paid, paid_on.empty() ? std::nullopt : parse_iso_date(paid_on), {}});
          });
      flush();
    });
    if (progress) progress("Menghitung status iuran", covered += static_cast<std::uint64_t>(to_id - reported), span());
    return out;
  };
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, funder);
    range = s.billing().funded_worker_range(funder, tahun);
    const std::string y = std::to_string(tahun);
    for (const auto& w : s.billing().bpjs_answers(funder, y + "-01", y + "-12")) {
      answers.emplace(w.pekerja_id, answers_of(w));
      member.emplace(w.pekerja_id, recorded_as_member(w.status));
    }
  });
  // Two halves of the worker ids on two threads (two read transactions; a worker is never split):
  // reading and classifying twelve million months is the billing run's longest step.
  if (threads <= 1) {
    LedgerSummary all = part(range.first, range.second + 1);
    all.sumber_dana = funder;
    all.tahun = tahun;
    return all;
  }
  const std::int64_t mid = range.first + (range.second - range.first + 1) / 2;
  LedgerSummary second;
  std::exception_ptr failed;
  std::thread other([&] {
    try {
      second = part(mid, range.second + 1);
    } catch (...) {
      failed = std::current_exception();
    }
  });
  LedgerSummary out;
  try {
    out = part(range.first, mid);
  } catch (...) {
    other.join();
    throw;
  }
  other.join();
  if (failed) std::rethrow_exception(failed);
  out.sumber_dana = funder;
  out.tahun = tahun;
  out.pekerja += second.pekerja;
  out.baris += second.baris;
  out.lunas += second.lunas;
  out.tagihan += second.tagihan;
  out.tunggakan += second.tunggakan;
  out.berakhir += second.berakhir;
  out.ditagih += second.ditagih;
  out.dibayar += second.dibayar;
  out.tidak_ditagih += second.tidak_ditagih;
  out.ditolak += second.ditolak;
  out.belum_diterima += second.belum_diterima;
  out.sebelum_efektif += second.sebelum_efektif;
  out.tidak_ditagih_iuran += second.tidak_ditagih_iuran;
  out.lebih_bayar += second.lebih_bayar;
  return out;
}

BillingRun BillingService::billing_run(const Actor& actor, const std::string& funder, YearMonth from, YearMonth to,
                                       int threads, const Progress& progress) {
  require(actor, Permission::manage_funding, "menerbitkan tagihan");
  require_cohort(actor, funder);
  // The states read only the allocations' amounts and payments, which issuing an invoice never
  // changes: they are the same before, during and after it, so both steps run at once and the
  // run takes the longer of the two instead of their sum.
  using Clock = std::chrono::steady_clock;
  const auto ms = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  BillingRun out;
  const auto t0 = Clock::now();
  std::exception_ptr failed;
  std::thread invoicing([&] {
    try {
      out.invoice = issue_invoice(actor, funder, from, to);
    } catch (const Conflict& e) {
      if (e.code() != "tidak_ada_alokasi") failed = std::current_exception();  // else: states only
    } catch (...) {
      failed = std::current_exception();
    }
    out.invoice_ms = ms(t0, Clock::now());
  });
  try {
    out.summary = ledger_summary(actor, funder, from.year, threads, progress);
  } catch (...) {
    invoicing.join();
    throw;
  }
  out.states_ms = ms(t0, Clock::now());
  progress("Menerbitkan tagihan", 0, 0);  // the invoice may still be on its way
  invoicing.join();
  if (failed) std::rethrow_exception(failed);
  out.total_ms = ms(t0, Clock::now());
  app_.telemetry().billing_run_seconds.observe_since(t0);  // GET /metrics (issue 19 item 4)
  return out;
}

}  // namespace lindungi::services
