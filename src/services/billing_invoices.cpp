// Invoices per funder per period and the payments against them (docs/FUNDING.md): issue, cancel,
// list, one invoice with its months and workers, payments, and what was paid on months BPJS's
// answers no longer allow (lebih bayar).
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/errors.hpp"
#include "formats/record_json.hpp"
#include "services/billing_detail.hpp"
#include "services/billing_service.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/funding_store.hpp"
#include "store/refusals.hpp"

namespace lindungi::services {

using namespace billing_detail;

namespace {

nlohmann::json invoice_json(const store::InvoiceRecord& r) {
  return {
      {"nomor", r.nomor}, {"sumber_dana", r.sumber_dana}, {"dari", r.dari},    {"sampai", r.sampai}, {"baris", r.baris},
      {"total", r.total}, {"dibayar", r.dibayar},         {"status", r.status}};
}

}  // namespace

store::InvoiceRecord issue_invoice_in(store::Session& s, const std::string& funder, YearMonth from, YearMonth to,
                                      const std::string& actor) {
  auto& b = s.billing();
  // The months BPJS's answers do not let us bill yet (a registration waiting for its answer,
  // months before the effective date, a rejection) stay funded and off this invoice.
  std::vector<std::int64_t> held;
  for (const auto& w : b.bpjs_answers(funder, from.iso(), to.iso()))
    for (const auto& m : b.months_of_worker(w.pekerja_id))
      if (m.alokasi.sumber_dana == funder && m.tagihan_id == 0 && m.alokasi.dibayar == 0 &&
          m.alokasi.bulan >= from.iso() && m.alokasi.bulan <= to.iso() && !billable(&w, month_of(m.alokasi.bulan)))
        held.push_back(m.alokasi.id);
  store::InvoiceRecord r;
  r.sumber_dana = funder;
  r.dari = from.iso();
  r.sampai = to.iso();
  r.tahun = from.year;
  r.pelaku = actor;
  r.nomor = invoice_number(from.year, b.count_invoices(from.year) + 1);
  b.create_invoice(r, held);
  return r;
}

PaymentOutcome apply_payment_in(store::Session& s, const store::InvoiceRecord& invoice, const PaymentRequest& p,
                                const std::string& actor) {
  auto& b = s.billing();
  std::vector<BillLine> lines;
  for (const auto& l : b.invoice_lines(invoice.id))
    lines.push_back({l.alokasi_id, l.pekerja_id, month_of(l.bulan), l.iuran, l.dibayar});
  Rupiah rest = 0;
  const auto credits = distribute_payment(std::move(lines), p.amount, &rest);
  if (rest != 0)  // the lines owe less than the invoice says: never absorb money silently
    throw Conflict("tagihan_tidak_konsisten", "Baris tagihan " + invoice.nomor + " tidak sesuai totalnya", "tagihan");
  const std::string day = p.date->iso();
  for (const auto& c : credits) b.set_line_paid(c.id, c.paid, day);
  PaymentOutcome out;
  out.invoice = invoice;
  out.invoice.dibayar += p.amount;
  out.invoice.status = std::string{to_string(invoice_status(out.invoice.total, out.invoice.dibayar))};
  b.update_invoice(out.invoice);
  out.payment = {0, invoice.id, p.reference, p.amount, day, actor, ""};
  b.insert_payment(out.payment);
  out.lines = static_cast<std::int64_t>(credits.size());
  return out;
}
store::InvoiceRecord BillingService::issue_invoice(const Actor& actor, const std::string& funder, YearMonth from,
                                                   YearMonth to) {
  require(actor, Permission::manage_funding, "menerbitkan tagihan");
  // The cohort is checked after visibility (require_funder_write): another area's funder answers 404.
  if (auto p = invoice_period_problems(from, to); !p.empty()) throw ValidationError(std::move(p));
  store::InvoiceRecord r;
  app_.store().write([&](store::Session& s) {
    const auto f = s.funding().funder(funder);
    if (!f) throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + funder + " tidak ditemukan", "sumber_dana");
    require_funder_write(actor, *f);
    r = issue_invoice_in(s, funder, from, to, actor.username);
    // Throwing rolls the empty invoice back with everything else.
    if (r.baris == 0)
      throw Conflict("tidak_ada_alokasi",
                     "Tidak ada alokasi " + f->nama + " bulan " + r.dari + " s.d. " + r.sampai + " yang belum ditagih",
                     "sumber_dana");
    nlohmann::json changes = {{"tagihan", {nullptr, invoice_json(r)}}};
    s.audit().append({0, "", actor.username, "terbit", "tagihan", std::to_string(r.id), formats::json_text(changes)});
  });
  return r;
}

store::InvoiceRecord BillingService::cancel_invoice(const Actor& actor, std::int64_t id, const std::string& reason) {
  require(actor, Permission::manage_funding, "membatalkan tagihan");
  if (reason.size() < 5)
    throw ValidationError("alasan", "alasan_wajib", "Alasan pembatalan wajib diisi (min. 5 karakter)");
  store::InvoiceRecord r;
  app_.store().write([&](store::Session& s) {
    auto found = s.billing().invoice(id);
    const auto f = found ? s.funding().funder(found->sumber_dana) : std::nullopt;
    if (!found || !f)
      throw NotFound("tagihan_tidak_ada", "Tagihan " + std::to_string(id) + " tidak ditemukan", "tagihan");
    require_funder_write(actor, *f, id);
    r = *found;
    if (r.status == "batal") throw Conflict("tagihan_batal", "Tagihan " + r.nomor + " sudah dibatalkan", "tagihan");
    if (r.dibayar > 0)
      throw Conflict("tagihan_sudah_dibayar",
                     "Tagihan " + r.nomor + " sudah menerima pembayaran; tidak dapat dibatalkan", "tagihan");
    const std::string before = r.status;
    r.status = "batal";
    r.alasan_batal = reason;
    s.billing().update_invoice(r);
    try {
      s.billing().release_invoice_lines(r.id);
    } catch (const store::StaleVersion& e) {
      // A later live invoice of one of its months starts where this one ends.
      throw Conflict("ada_tagihan_lebih_baru",
                     "Bulan " + e.detail() + " sudah ditagih lagi sesudah tagihan ini; batalkan tagihan terbaru dahulu",
                     "tagihan");
    }
    nlohmann::json changes = {{"status", {before, r.status}}, {"alasan_batal", {nullptr, reason}}};
    s.audit().append({0, "", actor.username, "batal", "tagihan", std::to_string(r.id), formats::json_text(changes)});
  });
  return r;
}

std::vector<store::InvoiceRecord> BillingService::invoices(const Actor& actor, const std::string& funder, int tahun) {
  require_viewer(actor, "tagihan");
  std::vector<store::InvoiceRecord> out;
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, funder);
    std::map<std::string, store::FunderRecord> funders;
    for (auto& f : s.funding().funders()) funders.emplace(f.kode, f);
    for (auto& r : s.billing().invoices(funder, tahun)) {
      const auto it = funders.find(r.sumber_dana);
      if (it != funders.end() && may_see_funder(actor, it->second)) out.push_back(std::move(r));
    }
  });
  return out;
}

store::Page<store::InvoiceRecord> BillingService::invoices(const Actor& actor, const std::string& funder, int tahun,
                                                           int offset, int limit) {
  require_viewer(actor, "tagihan");
  store::Page<store::InvoiceRecord> out;
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, funder);
    // The funders are few (tens); the invoices many: the visible funders' codes go to the query.
    std::vector<std::string> visible;
    for (const auto& f : s.funding().funders())
      if (may_see_funder(actor, f)) visible.push_back(f.kode);
    out = s.billing().invoices_page(funder, tahun, visible, offset, limit);
  });
  return out;
}

InvoiceView BillingService::invoice(const Actor& actor, std::int64_t id, int offset, int limit) {
  require_viewer(actor, "tagihan");
  if (offset < 0 || limit < 0 || limit > 1000)
    throw ValidationError("limit", "halaman_tidak_valid",
                          "Halaman pekerja tagihan: offset 0 atau lebih, limit 0-1.000");
  InvoiceView v;
  bool visible = false;
  app_.store().read([&](store::Session& s) {
    const auto r = s.billing().invoice(id);
    const auto f = r ? s.funding().funder(r->sumber_dana) : std::nullopt;
    if (!r || !f) return;
    require_funder(actor, *f, id);
    visible = true;
    v.invoice = *r;
    v.funder_name = f->nama;
    std::map<std::string, InvoiceMonth> months;
    // BPJS's answers of the workers the rule may refuse a month (every other is active without one).
    std::map<std::int64_t, store::WorkerAnswers> bpjs;
    for (auto& w : s.billing().bpjs_answers(r->sumber_dana, r->dari, r->sampai))
      bpjs.emplace(w.pekerja_id, std::move(w));
    for (const auto& l : s.billing().invoice_lines(id)) {
      auto& m = months[l.bulan];
      m.bulan = l.bulan;
      ++m.baris;
      m.total += l.iuran;
      m.dibayar += l.dibayar;
      if (l.dibayar <= 0) continue;
      const auto it = bpjs.find(l.pekerja_id);
      if (!billable(it == bpjs.end() ? nullptr : &it->second, month_of(l.bulan))) {
        v.lebih_bayar.insert(l.alokasi_id);
        ++v.lebih_bayar_bulan;
        v.lebih_bayar_jumlah += l.dibayar;
      }
    }
    for (auto& [_, m] : months) v.months.push_back(m);
    v.payments = s.billing().payments(id, "", 0);
    v.offset = offset;
    v.limit = limit;
    v.workers = s.billing().invoice_workers(id, offset, limit);
  });
  if (!visible) throw NotFound("tagihan_tidak_ada", "Tagihan " + std::to_string(id) + " tidak ditemukan", "tagihan");
  return v;
}

std::vector<Overpayment> BillingService::overpayments(const Actor& actor, const std::string& funder, int tahun) {
  std::map<std::int64_t, std::string> live;  // the invoices the actor sees, not cancelled: id -> number
  for (const auto& r : invoices(actor, funder, tahun))
    if (r.status != "batal") live.emplace(r.id, r.nomor);
  std::vector<Overpayment> out;
  if (live.empty()) return out;
  const std::string y = std::to_string(tahun);
  app_.store().read([&](store::Session& s) {
    std::map<std::int64_t, store::WorkerAnswers> bpjs;
    for (auto& w : s.billing().bpjs_answers(funder, y + "-01", y + "-12")) bpjs.emplace(w.pekerja_id, std::move(w));
    if (bpjs.empty()) return;  // every worker active without an answer: every month billable
    s.billing().for_each_funded_month({funder, "", tahun}, [&](const store::FundedMonth& m) {
      if (m.alokasi.dibayar <= 0 || m.tagihan_id == 0) return;
      const auto invoice = live.find(m.tagihan_id);
      const auto answers = bpjs.find(m.alokasi.pekerja_id);
      if (invoice == live.end() || answers == bpjs.end()) return;
      const NotBillable why = why_not_billable(&answers->second, month_of(m.alokasi.bulan));
      if (why == NotBillable::none) return;
      out.push_back(
          {m.tagihan_id, invoice->second, m.alokasi.pekerja_id, m.nama, m.alokasi.bulan, m.alokasi.dibayar, why});
    });
  });
  std::sort(out.begin(), out.end(), [](const Overpayment& a, const Overpayment& b) {
    return std::tie(a.tagihan_id, a.nama, a.pekerja_id, a.bulan) <
           std::tie(b.tagihan_id, b.nama, b.pekerja_id, b.bulan);
  });
  return out;
}

PaymentOutcome BillingService::record_payment(const Actor& actor, std::int64_t invoice_id, const PaymentRequest& p) {
  require(actor, Permission::manage_funding, "mencatat pembayaran");
  PaymentOutcome out;
  app_.store().write([&](store::Session& s) {
    auto& b = s.billing();
    auto found = b.invoice(invoice_id);
    const auto f = found ? s.funding().funder(found->sumber_dana) : std::nullopt;
    if (!found || !f)
      throw NotFound("tagihan_tidak_ada", "Tagihan " + std::to_string(invoice_id) + " tidak ditemukan", "tagihan");
    require_funder_write(actor, *f, invoice_id);
    // A retry of a payment already recorded (same reference, invoice and amount) answers with
    // what was recorded instead of paying twice.
    if (const auto seen = b.payment_by_reference(p.reference)) {
      if (seen->tagihan_id != invoice_id || seen->jumlah != p.amount)
        throw Conflict("referensi_dipakai", "Referensi " + p.reference + " sudah dipakai untuk pembayaran lain",
                       "referensi");
      out.payment = *seen;
      out.invoice = *found;
      out.created = false;
      return;
    }
    const auto status = parse_invoice_status(found->status).value_or(InvoiceStatus::terbit);
    if (auto problems = payment_problems(p, found->total, found->dibayar, status, app_.today()); !problems.empty()) {
      if (problems.front().code == "tagihan_batal" || problems.front().code == "tagihan_lunas")
        throw Conflict(problems.front().code, problems.front().message, problems.front().field);
      throw ValidationError(std::move(problems));
    }
    out = apply_payment_in(s, *found, p, actor.username);
    const store::InvoiceRecord& r = out.invoice;
    nlohmann::json changes = {{"dibayar", {found->dibayar, r.dibayar}},
                              {"status", {found->status, r.status}},
                              {"pembayaran",
                               {nullptr,
                                {{"id", out.payment.id},
                                 {"referensi", p.reference},
                                 {"jumlah", p.amount},
                                 {"tanggal", out.payment.tanggal},
                                 {"baris", out.lines}}}}};
    s.audit().append(
        {0, "", actor.username, "pembayaran", "tagihan", std::to_string(invoice_id), formats::json_text(changes)});
  });
  return out;
}

std::vector<store::PaymentRecord> BillingService::payments(const Actor& actor, const std::string& funder, int tahun) {
  require_viewer(actor, "pembayaran");
  std::vector<store::PaymentRecord> out;
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, funder);
    std::map<std::int64_t, bool> visible;
    std::map<std::string, store::FunderRecord> funders;
    for (auto& f : s.funding().funders()) funders.emplace(f.kode, f);
    for (const auto& r : s.billing().invoices(funder, tahun)) {
      const auto it = funders.find(r.sumber_dana);
      visible[r.id] = it != funders.end() && may_see_funder(actor, it->second);
    }
    for (auto& p : s.billing().payments(0, funder, tahun))
      if (visible[p.tagihan_id]) out.push_back(std::move(p));
  });
  return out;
}

}  // namespace lindungi::services
