// What BPJS's answers do to billing (issue 17): which months may be billed, and the corrections
// after an answer: unpaid months off their invoices, a rejection's months back to the budget.
#include <map>
#include <nlohmann/json.hpp>

#include "core/calendar.hpp"
#include "formats/record_json.hpp"
#include "services/billing_detail.hpp"
#include "services/billing_service.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using namespace billing_detail;

std::vector<RegistrationAnswer> billing_detail::answers_of(const store::WorkerAnswers& w) {
  std::vector<RegistrationAnswer> out;
  for (const auto& [status, day] : w.answers)
    if (const auto d = parse_iso_date(day))
      out.push_back({status == "diterima" ? BpjsAnswer::diterima : BpjsAnswer::ditolak, *d});
  return out;
}

store::WorkerAnswers answers_of_worker(store::Session& s, std::int64_t worker) {
  store::WorkerAnswers out;
  out.pekerja_id = worker;
  if (const auto w = s.registry().worker(worker)) out.status = w->status;
  for (const auto& e : s.bpjs().entries_of_worker(worker)) {  // in the order they were sent
    if (e.status == "diterima") out.answers.emplace_back(e.status, e.tanggal_efektif.substr(0, 10));
    if (e.status == "ditolak") out.answers.emplace_back(e.status, e.dijawab.substr(0, 10));
  }
  return out;
}

NotBillable why_not_billable(const store::WorkerAnswers* w, const YearMonth& month) {
  if (!w) return NotBillable::none;  // active, no answer on file (bpjs_answers lists every other worker)
  return not_billable(answers_of(*w), recorded_as_member(w->status), month);
}

bool billable(const store::WorkerAnswers* w, const YearMonth& month) {
  return why_not_billable(w, month) == NotBillable::none;
}

std::vector<InvoiceCorrection> correct_invoices_of_worker(store::Session& s, std::int64_t worker,
                                                          const std::string& actor) {
  auto& b = s.billing();
  const auto months = b.months_of_worker(worker);
  if (months.empty()) return {};
  const store::WorkerAnswers record = answers_of_worker(s, worker);
  const store::WorkerAnswers* answers = &record;
  std::map<std::int64_t, std::vector<const store::FundedMonth*>> off;  // by invoice
  for (const auto& m : months)
    if (m.tagihan_id != 0 && m.alokasi.dibayar == 0 && !billable(answers, month_of(m.alokasi.bulan)))
      off[m.tagihan_id].push_back(&m);
  std::vector<InvoiceCorrection> out;
  for (const auto& [id, lines] : off) {
    auto invoice = b.invoice(id);
    if (!invoice || invoice->status == "batal") continue;
    InvoiceCorrection c;
    c.before = *invoice;
    std::vector<std::int64_t> ids;
    for (const auto* m : lines) {
      ids.push_back(m->alokasi.id);
      c.months.push_back(m->alokasi.bulan);
      invoice->baris -= 1;
      invoice->total -= m->alokasi.iuran;
    }
    b.move_past_invoices(ids);
    if (invoice->baris == 0 && invoice->dibayar == 0) {
      invoice->status = "batal";
      invoice->alasan_batal = "Tidak ada lagi bulan yang dapat ditagih menurut jawaban BPJS";
    } else {
      invoice->status = std::string{to_string(invoice_status(invoice->total, invoice->dibayar))};
    }
    b.update_invoice(*invoice);
    c.after = *invoice;
    nlohmann::json named = nlohmann::json::array();
    for (const auto& m : c.months) named.push_back(month_words(month_of(m)));
    nlohmann::json changes = {{"baris", {c.before.baris, c.after.baris}},
                              {"total", {c.before.total, c.after.total}},
                              {"koreksi",
                               {nullptr,
                                {{"pekerja", worker},
                                 {"nama", lines.front()->nama},
                                 {"bulan", named},
                                 {"alasan", "Bulan yang tidak dapat ditagih menurut jawaban BPJS"}}}}};
    if (c.before.status != c.after.status) changes["status"] = {c.before.status, c.after.status};
    s.audit().append({0, "", actor, "koreksi", "tagihan", std::to_string(id), formats::json_text(changes)});
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<store::AllocationRecord> release_after_rejection(store::Session& s, std::int64_t worker,
                                                             const Date& rejected_on, const std::string& actor) {
  // The same removal as a death's (unpaid, on no live invoice), from the rejection's month on.
  auto released = s.claims().remove_unpaid_allocations_after(worker, YearMonth::of(rejected_on).plus(-1).iso());
  if (released.empty()) return released;
  nlohmann::json months = nlohmann::json::array();
  Rupiah total = 0;
  std::map<std::string, Rupiah> by_funder;
  for (const auto& a : released) {
    months.push_back({{"bulan", month_words(month_of(a.bulan))}, {"sumber_dana", a.sumber_dana}, {"iuran", a.iuran}});
    total += a.iuran;
    by_funder[a.sumber_dana] += a.iuran;
  }
  nlohmann::json funders = nlohmann::json::object();
  for (const auto& [code, amount] : by_funder) {
    const auto f = s.funding().funder(code);
    funders[f ? f->nama : code] = amount;
  }
  const nlohmann::json changes = {
      {"alokasi_dilepas",
       {nullptr,
        {{"alasan", "Ditolak BPJS pada " + rejected_on.iso() + ": bulan sejak penolakan dikembalikan ke anggaran"},
         {"bulan", months},
         {"iuran", total},
         {"sumber_dana", funders}}}}};
  s.audit().append({0, "", actor, "lepas_alokasi", "pekerja", std::to_string(worker), formats::json_text(changes)});
  return released;
}

}  // namespace lindungi::services
