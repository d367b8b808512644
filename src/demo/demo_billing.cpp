#include "demo/demo_billing.hpp"

#include <map>

#include "core/billing.hpp"
#include "core/errors.hpp"
#include "core/funding.hpp"
#include "core/premium.hpp"
#include "core/region.hpp"
#include "services/billing_service.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::demo {

namespace {

// The funder of the allocation: an RT's Kampung Bahagia money is that RT's own fund.
std::string funder_code(const Worker& w) {
  return w.sumber_dana == "dana_kampung_bahagia" ? "dana_kampung_bahagia:" + w.kode_rt() : w.sumber_dana;
}

}  // namespace

DemoBilling add_demo_billing(store::Session& s, const RuleBook& rules, const std::vector<Worker>& workers,
                             const Date& today) {
  DemoBilling out;
  const YearMonth current = YearMonth::of(today);
  // Last year and this one; a year before the programme's rules (Perwal 18/2025 from 2025) has none.
  std::vector<int> years;
  for (const int year : {today.year - 1, today.year}) {
    try {
      rules.programme_at(Date{year, 1, 1});
      rules.rt_fund_at(Date{year, 1, 1});
      years.push_back(year);
    } catch (const NotFound&) {
    }
  }
  if (years.empty()) return out;
  std::map<std::string, std::vector<const Worker*>> by_funder;
  for (const Worker& w : workers)
    if (w.status == "aktif" && !w.sumber_dana.empty()) by_funder[funder_code(w)].push_back(&w);

  // An RT fund is named as the funding screen names a new one: "Dana Kampung Bahagia RT 023
  // Legok", the RT's number and its kelurahan's name, not its code.
  std::map<std::string, std::string> kelurahan_names;
  for (const auto& r : s.registry().regions())
    if (r.level == RegionLevel::kelurahan) kelurahan_names.emplace(r.kode, r.nama);
  std::vector<std::string> rt_funds;
  for (const auto& [code, list] : by_funder) {
    const auto kind = parse_funder_kind(code.substr(0, code.find(':'))).value_or(FunderKind::donatur);
    store::FunderRecord f{code, "", std::string{to_string(kind)}, "", {}, true};
    std::int64_t kuota = 0;
    switch (kind) {
      case FunderKind::apbd_kota:
        f.nama = "APBD Kota Jambi";
        f.wilayah = "15.71";
        break;
      case FunderKind::apbd_provinsi:
        f.nama = "Pro Jambi Tangguh (APBD Provinsi Jambi)";
        f.wilayah = "15";
        f.pekerjaan = pro_jambi_tangguh_occupations();
        kuota = static_cast<std::int64_t>(list.size());
        break;
      case FunderKind::dana_kampung_bahagia:
        f.wilayah = code.substr(code.find(':') + 1);
        if (const auto kel = kelurahan_names.find(parent_code(f.wilayah)); kel != kelurahan_names.end())
          f.nama = "Dana Kampung Bahagia RT " + f.wilayah.substr(f.wilayah.rfind('.') + 1) + " " + kel->second;
        else
          f.nama = "Dana Kampung Bahagia RT " + f.wilayah;
        rt_funds.push_back(code);
        break;
      default:
        f.nama = code;
    }
    s.funding().put_funder(f);
    ++out.funders;
    for (const int year : years) {
      const Rupiah lowest = rules.premium_at(Date{year, 1, 1}).bracket_min;
      Rupiah pagu = kind == FunderKind::dana_kampung_bahagia ? rules.rt_fund_at(Date{year, 1, 1}).yearly : 0;
      if (pagu == 0) {
        // The year's premiums rounded up to the next Rp10 juta, as a budget line would be.
        const Rupiah need = static_cast<Rupiah>(list.size()) * 12 *
                            premium_for_month(rules, lowest, false, year, 1, "", payer_kind_of(kind)).amount;
        pagu = (need / 10'000'000 + 1) * 10'000'000;
      }
      s.funding().put_budget({code, year, pagu, kuota, 0, 0});
      for (const Worker* w : list)
        for (int m = 1; m <= 12; ++m) {
          const Rupiah amount =
              premium_for_month(rules, lowest, false, year, m, w->pekerjaan, payer_kind_of(kind)).amount;
          store::AllocationRecord a{0, w->id, code, YearMonth{year, m}.iso(), amount, 0, ""};
          s.funding().insert_allocation(a);
          ++out.allocations;
        }
    }
  }

  // Three RT funds two months behind, one five months behind (lapsed), one that paid half of last
  // month: spread over the pilot, not the first RTs of one kelurahan. Counted back from the current
  // month, so they read the same on any date.
  std::map<std::string, int> behind;
  std::string partial;
  if (rt_funds.size() >= 6) {
    const std::size_t step = rt_funds.size() / 6;
    behind[rt_funds[0]] = 2;
    behind[rt_funds[step]] = 2;
    behind[rt_funds[2 * step]] = 2;
    behind[rt_funds[3 * step]] = 5;
    partial = rt_funds[4 * step];
  }
  for (const auto& [code, list] : by_funder) {
    const auto lag = behind.find(code);
    for (YearMonth m{years[0], 1}; m <= current; m = m.plus(1)) {
      const auto invoice = services::issue_invoice_in(s, code, m, m, "sistem");
      ++out.invoices;
      const int months_back = current.minus(m);  // 0: this month
      if (months_back == 0) continue;            // this month's invoice is open
      if (lag != behind.end() && months_back <= lag->second) continue;
      Rupiah amount = invoice.total;
      if (code == partial && months_back == 1) amount = invoice.total / 2;
      if (amount <= 0) continue;
      services::apply_payment_in(
          s, invoice, PaymentRequest{amount, Date{m.year, m.month, 8}, "DEMO/" + code + "/" + m.iso()}, "sistem");
      ++out.payments;
    }
  }
  return out;
}

}  // namespace lindungi::demo
