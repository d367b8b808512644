#include "services/billing_service.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <tuple>

#include "core/calendar.hpp"
#include "core/errors.hpp"
#include "core/funding.hpp"
#include "core/region.hpp"
#include "formats/worker_json.hpp"
#include "store/bpjs_store.hpp"

namespace lindungi::services {

namespace {

void require(const Actor& actor, Permission p, const char* what) {
  if (!actor.can(p)) throw Forbidden("tidak_berwenang", std::string{"Anda tidak berwenang "} + what);
}

void require_cohort(const Actor& actor, const std::string& funder) {
  if (!actor.cohort.empty() && actor.cohort != funder)
    throw Forbidden("di_luar_kohort", "Anda hanya dapat mengelola sumber dana " + actor.cohort, "sumber_dana");
}

void require_viewer(const Actor& actor, const char* what) {
  if (!actor.can(Permission::manage_funding) && !actor.can(Permission::view_reports))
    throw Forbidden("tidak_berwenang", std::string{"Anda tidak berwenang melihat "} + what);
}

YearMonth month_of(const std::string& iso) { return {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2))}; }

LedgerMonth ledger_month(const store::AllocationRecord& a) {
  return {month_of(a.bulan), a.iuran, a.dibayar, a.dibayar_pada.empty() ? std::nullopt : parse_iso_date(a.dibayar_pada),
          a.sumber_dana};
}

// An invoice is seen by those who manage or report on funding, within their cohort and the
// funder's area: the rule funders themselves follow (core's can_see_funder), so Sungai Penuh
// neither sees nor bills APBD Kota Jambi, and an RT fund belongs to those whose area covers it.
bool may_see_funder(const Actor& actor, const store::FunderRecord& f) {
  if (!actor.cohort.empty() && actor.cohort != f.kode) return false;
  return can_see_funder(actor, f.wilayah);
}

// The same, for a request about one funder: one the actor may not see answers 404 (naming nothing
// outside its scope); asked through one of its invoices, the invoice is what is not found.
void require_funder(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice = {}) {
  if (!can_see_funder(actor, f.wilayah)) {
    if (invoice)
      throw NotFound("tagihan_tidak_ada", "Tagihan " + std::to_string(*invoice) + " tidak ditemukan", "tagihan");
    throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + f.kode + " tidak ditemukan", "sumber_dana");
  }
  require_cohort(actor, f.kode);  // a funder it sees but is not its cohort's: refused by name
}

// Invoices issued, cancelled or paid, renewals: only for funders the actor manages (core's
// can_manage_funder, issue 16 item 1): a city never bills or pays the province's fund.
void require_funder_write(const Actor& actor, const store::FunderRecord& f, std::optional<std::int64_t> invoice = {}) {
  require_funder(actor, f, invoice);
  if (!can_manage_funder(actor, f.wilayah))
    throw Forbidden("di_luar_wilayah", "Sumber dana " + f.nama + " hanya dapat dikelola oleh wilayahnya",
                    "sumber_dana");
}

// A funder named in a list's filter: an unknown one just matches nothing.
void require_funder_if_known(const Actor& actor, store::Session& s, const std::string& funder) {
  if (funder.empty()) return;
  if (const auto f = s.funder(funder)) require_funder(actor, *f);
}

std::string area_or_actor(const Actor& actor, const std::string& area) {
  if (area.empty()) return actor.area;
  if (!level_of_code(area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + area + "' tidak valid", "wilayah");
  if (!can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  return area;
}

nlohmann::json invoice_json(const store::InvoiceRecord& r) {
  return {
      {"nomor", r.nomor}, {"sumber_dana", r.sumber_dana}, {"dari", r.dari},    {"sampai", r.sampai}, {"baris", r.baris},
      {"total", r.total}, {"dibayar", r.dibayar},         {"status", r.status}};
}

}  // namespace

std::vector<RegistrationAnswer> answers_of(const store::WorkerAnswers& w) {
  std::vector<RegistrationAnswer> out;
  for (const auto& [status, day] : w.answers)
    if (const auto d = parse_iso_date(day))
      out.push_back({status == "diterima" ? BpjsAnswer::diterima : BpjsAnswer::ditolak, *d});
  return out;
}

store::WorkerAnswers answers_of_worker(store::Session& s, std::int64_t worker) {
  store::WorkerAnswers out;
  out.pekerja_id = worker;
  if (const auto w = s.worker(worker)) out.status = w->status;
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
    s.append_audit({0, "", actor, "koreksi", "tagihan", std::to_string(id), formats::json_text(changes)});
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
    const auto f = s.funder(code);
    funders[f ? f->nama : code] = amount;
  }
  const nlohmann::json changes = {
      {"alokasi_dilepas",
       {nullptr,
        {{"alasan", "Ditolak BPJS pada " + rejected_on.iso() + ": bulan sejak penolakan dikembalikan ke anggaran"},
         {"bulan", months},
         {"iuran", total},
         {"sumber_dana", funders}}}}};
  s.append_audit({0, "", actor, "lepas_alokasi", "pekerja", std::to_string(worker), formats::json_text(changes)});
  return released;
}

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

BulkAllocation BillingService::allocate_by_rule(const Actor& actor, const AllocationRule& rule,
                                                const std::string& funder, YearMonth from, int months) {
  require(actor, Permission::manage_funding, "mengalokasikan dana");
  require_cohort(actor, funder);
  if (rule.batas < 1 || rule.batas > 5000)
    throw ValidationError("batas", "batas_tidak_valid", "Batas jumlah pekerja per alokasi 1-5.000");
  if (!rule.kategori.empty() && !find_code(categories(), rule.kategori))
    throw ValidationError("kategori", "kategori_tidak_dikenal", "Kategori '" + rule.kategori + "' tidak dikenal");
  if (!rule.pekerjaan.empty() && !find_code(occupations(), rule.pekerjaan))
    throw ValidationError("pekerjaan", "pekerjaan_tidak_dikenal", "Pekerjaan '" + rule.pekerjaan + "' tidak dikenal");
  const std::string area = area_or_actor(actor, rule.wilayah);
  BulkAllocation out;
  app_.store().write([&](store::Session& s) {
    std::vector<Worker> pool;
    store::WorkerQuery q;
    q.area = area;
    q.status = "diverifikasi";  // verified and not yet allocated to anyone
    q.kategori = rule.kategori;
    q.pekerjaan = rule.pekerjaan;
    q.sort = "dibuat";
    q.limit = 1000;
    for (q.offset = 0;; q.offset += q.limit) {
      auto page = s.workers(q);
      for (auto& w : page.items) pool.push_back(std::move(w));
      if (static_cast<std::int64_t>(q.offset + q.limit) >= page.total || page.items.empty()) break;
    }
    std::stable_sort(pool.begin(), pool.end(), [](const Worker& a, const Worker& b) {
      if (a.penghasilan != b.penghasilan) return a.penghasilan < b.penghasilan;
      if (a.created_at != b.created_at) return a.created_at < b.created_at;
      return a.id < b.id;
    });
    if (static_cast<int>(pool.size()) > rule.batas) pool.resize(static_cast<std::size_t>(rule.batas));
    out.selected = static_cast<std::int64_t>(pool.size());
    if (pool.empty()) return;
    std::vector<std::int64_t> ids;
    for (const auto& w : pool) ids.push_back(w.id);
    out.items = allocate_in(app_, s, actor, ids, funder, from, months);
  });
  return out;
}

store::InvoiceRecord BillingService::issue_invoice(const Actor& actor, const std::string& funder, YearMonth from,
                                                   YearMonth to) {
  require(actor, Permission::manage_funding, "menerbitkan tagihan");
  // The cohort is checked after visibility (require_funder_write): another area's funder answers 404.
  if (auto p = invoice_period_problems(from, to); !p.empty()) throw ValidationError(std::move(p));
  store::InvoiceRecord r;
  app_.store().write([&](store::Session& s) {
    const auto f = s.funder(funder);
    if (!f) throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + funder + " tidak ditemukan", "sumber_dana");
    require_funder_write(actor, *f);
    r = issue_invoice_in(s, funder, from, to, actor.username);
    // Throwing rolls the empty invoice back with everything else.
    if (r.baris == 0)
      throw Conflict("tidak_ada_alokasi",
                     "Tidak ada alokasi " + f->nama + " bulan " + r.dari + " s.d. " + r.sampai + " yang belum ditagih",
                     "sumber_dana");
    nlohmann::json changes = {{"tagihan", {nullptr, invoice_json(r)}}};
    s.append_audit({0, "", actor.username, "terbit", "tagihan", std::to_string(r.id), formats::json_text(changes)});
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
    const auto f = found ? s.funder(found->sumber_dana) : std::nullopt;
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
    s.billing().release_invoice_lines(r.id);
    nlohmann::json changes = {{"status", {before, r.status}}, {"alasan_batal", {nullptr, reason}}};
    s.append_audit({0, "", actor.username, "batal", "tagihan", std::to_string(r.id), formats::json_text(changes)});
  });
  return r;
}

std::vector<store::InvoiceRecord> BillingService::invoices(const Actor& actor, const std::string& funder, int tahun) {
  require_viewer(actor, "tagihan");
  std::vector<store::InvoiceRecord> out;
  app_.store().read([&](store::Session& s) {
    require_funder_if_known(actor, s, funder);
    std::map<std::string, store::FunderRecord> funders;
    for (auto& f : s.funders()) funders.emplace(f.kode, f);
    for (auto& r : s.billing().invoices(funder, tahun)) {
      const auto it = funders.find(r.sumber_dana);
      if (it != funders.end() && may_see_funder(actor, it->second)) out.push_back(std::move(r));
    }
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
    const auto f = r ? s.funder(r->sumber_dana) : std::nullopt;
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
    const auto f = found ? s.funder(found->sumber_dana) : std::nullopt;
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
    s.append_audit(
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
    for (auto& f : s.funders()) funders.emplace(f.kode, f);
    for (const auto& r : s.billing().invoices(funder, tahun)) {
      const auto it = funders.find(r.sumber_dana);
      visible[r.id] = it != funders.end() && may_see_funder(actor, it->second);
    }
    for (auto& p : s.billing().payments(0, funder, tahun))
      if (visible[p.tagihan_id]) out.push_back(std::move(p));
  });
  return out;
}

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
    for (const auto& f : s.funders())
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

RenewalOutcome BillingService::renew(const Actor& actor, const std::string& funder, int new_year) {
  require(actor, Permission::manage_funding, "memperpanjang pendanaan");
  // The cohort is checked after visibility (require_funder_write): another area's funder answers 404.
  if (new_year < 2016 || new_year > 2100)
    throw ValidationError("tahun", "tahun_tidak_valid", "Tahun anggaran tidak valid");
  RenewalOutcome out;
  out.tahun = new_year;
  out.sumber_dana = funder;
  const ProgrammeRule& programme = app_.rules().programme_at(Date{new_year, 1, 1});
  app_.store().write([&](store::Session& s) {
    const auto f = s.funder(funder);
    if (!f) throw NotFound("sumber_dana_tidak_ada", "Sumber dana " + funder + " tidak ditemukan", "sumber_dana");
    require_funder_write(actor, *f);
    std::vector<std::int64_t> renew_ids;
    for (const auto id : s.billing().funded_workers(funder, YearMonth{new_year - 1, 12}.iso())) {
      auto w = s.worker(id);
      if (!w || !can_access_area(actor, w->kode_rt())) continue;
      auto problems = renewal_problems(*w, programme, new_year);
      if (w->status == "ditolak_bpjs")
        problems.push_back({"status", "ditolak_bpjs", "Pendaftaran ditolak BPJS: " + w->alasan});
      if (problems.empty()) {
        renew_ids.push_back(id);
        continue;
      }
      // Back to the kelurahan's queue, the reasons kept on the record (the verification
      // workflow decides "didata" records again).
      const Worker before = *w;
      std::string reason = "Verifikasi ulang " + std::to_string(new_year) + ":";
      for (const auto& p : problems) reason += " " + p.message + ";";
      w->status = "didata";
      w->alasan = reason;
      w->sumber_dana.clear();
      s.update_worker(*w);
      s.append_audit({0, "", actor.username, "verifikasi_ulang", "pekerja", std::to_string(id),
                      formats::json_text(formats::worker_changes(&before, *w))});
      out.reverify.push_back({id, w->nama, std::move(problems)});
    }
    for (std::size_t i = 0; i < renew_ids.size(); i += 5000) {
      const std::vector<std::int64_t> chunk(
          renew_ids.begin() + static_cast<std::ptrdiff_t>(i),
          renew_ids.begin() + static_cast<std::ptrdiff_t>(std::min(i + 5000, renew_ids.size())));
      auto outcomes = allocate_in(app_, s, actor, chunk, funder, YearMonth{new_year, 1}, 12);
      for (auto& o : outcomes) out.allocated.push_back(std::move(o));
    }
  });
  return out;
}

RtFundView BillingService::rt_fund(const Actor& actor, const std::string& kode_rt, int tahun,
                                   std::optional<int> workers, std::optional<int> months) {
  require_viewer(actor, "dana RT");
  if (level_of_code(kode_rt) != RegionLevel::rt)
    throw BadRequest("wilayah_tidak_valid", "Kode RT '" + kode_rt + "' tidak valid (mis. 15.71.01.1001.007)", "kode");
  if (!can_access_area(actor, kode_rt))
    throw Forbidden("di_luar_wilayah", "RT " + kode_rt + " di luar wilayah Anda", "kode");
  RtFundView v;
  v.kode_rt = kode_rt;
  v.tahun = tahun;
  v.sumber_dana = "dana_kampung_bahagia:" + kode_rt;
  const RtFundRule& rule = app_.rules().rt_fund_at(Date{tahun, 1, 1});
  v.source = rule.source;
  Rupiah premiums = 0;
  bool exists = false;
  app_.store().read([&](store::Session& s) {
    exists = !s.rts(kode_rt).empty();
    std::int64_t last = 0;
    s.billing().for_each_funded_month({v.sumber_dana, kode_rt, tahun}, [&](const store::FundedMonth& m) {
      premiums += m.alokasi.iuran;
      if (m.alokasi.pekerja_id != last) ++v.pekerja;
      last = m.alokasi.pekerja_id;
    });
  });
  if (!exists) throw NotFound("rt_tidak_ada", "RT " + kode_rt + " tidak ditemukan", "kode");
  v.use = rt_fund_use(rule.yearly, premiums);
  if (workers || months) {
    const Rupiah lowest = app_.rules().premium_at(app_.today()).bracket_min;
    // The RT pays the lowest bracket, in full: its fund is APBD money (RULES.md §2.3, U).
    v.calculator = compute_premium(
        app_.rules(), PremiumRequest{lowest, false, months.value_or(12), workers.value_or(1), app_.today()});
  }
  return v;
}

std::vector<FunderUse> BillingService::funder_use(const Actor& actor, int tahun) {
  require_viewer(actor, "penggunaan anggaran");
  std::vector<FunderUse> out;
  app_.store().read([&](store::Session& s) {
    std::map<std::string, store::FunderBilling> billed;
    for (auto& b : s.billing().funder_billing(tahun)) billed.emplace(b.sumber_dana, b);
    for (const auto& f : s.funders()) {
      if (!may_see_funder(actor, f)) continue;
      const auto b = s.budget(f.kode, tahun);
      const auto it = billed.find(f.kode);
      if (!b && it == billed.end()) continue;
      FunderUse u{f.kode,
                  f.nama,
                  f.jenis,
                  tahun,
                  b ? b->pagu : 0,
                  b ? b->kuota : 0,
                  b ? b->terpakai : 0,
                  b ? b->pekerja : 0,
                  it != billed.end() ? it->second.ditagih : 0,
                  it != billed.end() ? it->second.dibayar : 0,
                  0};
      u.sisa = u.pagu - u.dialokasikan;
      out.push_back(u);
    }
  });
  return out;
}

CoverAnswer BillingService::covered(const Actor& actor, const std::string& nik, const Date& day) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  std::optional<Worker> w;
  std::vector<store::AllocationRecord> allocations;
  std::optional<store::WorkerAnswers> answers;
  app_.store().read([&](store::Session& s) {
    w = s.worker_by_nik(nik);
    if (!w) return;
    allocations = s.allocations_of(w->id);
    answers = answers_of_worker(s, w->id);
  });
  if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
    throw NotFound("pekerja_tidak_ada", "Pekerja dengan NIK tersebut tidak ditemukan", "nik");
  std::vector<LedgerMonth> months;
  for (const auto& a : allocations)  // a month BPJS's answers do not let us bill is no cover
    if (billable(answers ? &*answers : nullptr, month_of(a.bulan))) months.push_back(ledger_month(a));
  const auto calendar = app_.calendar();
  CoverAnswer a{*w, day, covered_on(app_.rules(), months, day, app_.today(), calendar.get()),
                ledger_states(app_.rules(), months, app_.today(), calendar.get())};
  return a;
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
