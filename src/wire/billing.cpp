// Billing's JSON, for the API and `lindungi … --json` alike (wire/billing.hpp).
#include "wire/billing.hpp"

#include <map>

#include "core/nik.hpp"
#include "services/billing_tables.hpp"
#include "wire/fields.hpp"
#include "wire/lists.hpp"

namespace lindungi::wire {

using namespace services;  // the words shared with the tables: months_label, overpaid_words, ...

namespace {

nlohmann::json problems_json(const std::vector<FieldError>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : problems) out.push_back({{"field", p.field}, {"code", p.code}, {"message", p.message}});
  return out;
}

}  // namespace

BulkAllocationBody bulk_allocation(const nlohmann::json& body) {
  BulkAllocationBody b;
  if (const auto it = body.find("aturan"); it != body.end() && !it->is_null()) {
    if (!it->is_object()) throw ValidationError("aturan", "tipe_salah", "Kolom 'aturan' harus objek");
    b.aturan.kategori = text_field(*it, "kategori").value_or("");
    b.aturan.pekerjaan = text_field(*it, "pekerjaan").value_or("");
    b.aturan.wilayah = text_field(*it, "wilayah").value_or("");
    b.aturan.batas = static_cast<int>(integer_field(*it, "batas").value_or(5000));
  }
  b.bulan = static_cast<int>(integer_field(body, "bulan").value_or(12));
  b.mulai = month_field(body, "mulai");
  b.sumber_dana = text_field(body, "sumber_dana").value_or("");
  return b;
}

InvoiceBody invoice_request(const nlohmann::json& body) {
  InvoiceBody b;
  b.sampai = month_field(body, "sampai");
  b.dari = month_field(body, "dari");
  b.sumber_dana = text_field(body, "sumber_dana").value_or("");
  return b;
}

std::string cancel_reason(const nlohmann::json& body) { return text_field(body, "alasan").value_or(""); }

PaymentRequest invoice_payment(const nlohmann::json& body) {
  PaymentRequest p;
  p.amount = integer_field(body, "jumlah").value_or(0);
  p.date = parse_iso_date(text_field(body, "tanggal").value_or(""));
  p.reference = text_field(body, "referensi").value_or("");
  return p;
}

RenewalBody renewal_request(const nlohmann::json& body) {
  RenewalBody b;
  b.tahun = static_cast<int>(integer_field(body, "tahun").value_or(0));
  b.sumber_dana = text_field(body, "sumber_dana").value_or("");
  return b;
}

nlohmann::json invoice_worker_json(const store::InvoiceWorker& w, const std::set<std::int64_t>& lebih_bayar) {
  nlohmann::json months = nlohmann::json::array();
  std::vector<std::string> iso;
  Rupiah amount = 0, paid = 0, over = 0;
  for (const auto& m : w.months) {
    nlohmann::json month = {{"bulan", m.bulan}, {"iuran", m.iuran}, {"dibayar", m.dibayar}};
    if (lebih_bayar.contains(m.alokasi_id)) {
      month["lebih_bayar"] = m.dibayar;
      over += m.dibayar;
    }
    months.push_back(std::move(month));
    iso.push_back(m.bulan);
    amount += m.iuran;
    paid += m.dibayar;
  }
  return {{"pekerja_id", w.pekerja_id},
          {"nama", w.nama},
          {"nik", mask_nik(w.nik)},
          {"kpj", w.kpj},
          {"bulan", months},
          {"bulan_teks", months_label(iso)},
          {"jumlah_bulan", w.months.size()},
          {"jumlah", amount},
          {"dibayar", paid},
          {"lebih_bayar", over}};
}

nlohmann::json overpayments_json(const std::vector<services::Overpayment>& rows) {
  nlohmann::json items = nlohmann::json::array();
  Rupiah total = 0;
  for (const auto& r : rows) {
    items.push_back({{"tagihan_id", r.tagihan_id},
                     {"nomor", r.nomor},
                     {"pekerja_id", r.pekerja_id},
                     {"nama", r.nama},
                     {"bulan", r.bulan},
                     {"dibayar", r.dibayar},
                     {"keterangan", std::string{to_words(r.why)}}});
    total += r.dibayar;
  }
  return {{"items", items},
          {"bulan", static_cast<std::int64_t>(rows.size())},
          {"jumlah", total},
          {"teks", overpaid_words(static_cast<std::int64_t>(rows.size()), total)}};
}

InvoiceAnswer invoice_answer(const store::InvoiceRecord& r) {
  return {r.id,    r.nomor,   r.sumber_dana, r.dari,         r.sampai, r.tahun, r.baris,
          r.total, r.dibayar, r.status,      r.alasan_batal, r.pelaku, r.dibuat};
}

nlohmann::json to_json(const InvoiceAnswer& r) {
  return {{"id", r.id},
          {"nomor", r.nomor},
          {"sumber_dana", r.sumber_dana},
          {"dari", r.dari},
          {"sampai", r.sampai},
          {"tahun", r.tahun},
          {"baris", r.baris},
          {"total", r.total},
          {"dibayar", r.dibayar},
          {"sisa", r.total - r.dibayar},
          {"status", r.status},
          {"alasan_batal", r.alasan_batal},
          {"pelaku", r.pelaku},
          {"dibuat", r.dibuat},
          {"total_teks", format_rupiah(r.total)}};
}

nlohmann::json invoice_json(const store::InvoiceRecord& r) { return to_json(invoice_answer(r)); }

nlohmann::json payment_json(const store::PaymentRecord& p) {
  return {{"id", p.id},           {"tagihan_id", p.tagihan_id}, {"referensi", p.referensi}, {"jumlah", p.jumlah},
          {"tanggal", p.tanggal}, {"pelaku", p.pelaku},         {"dibuat", p.dibuat}};
}

nlohmann::json invoice_view_json(const services::InvoiceView& v) {
  nlohmann::json out = invoice_json(v.invoice);
  nlohmann::json months = nlohmann::json::array();
  for (const auto& m : v.months)
    months.push_back({{"bulan", m.bulan}, {"baris", m.baris}, {"total", m.total}, {"dibayar", m.dibayar}});
  nlohmann::json payments = nlohmann::json::array();
  for (const auto& p : v.payments) payments.push_back(payment_json(p));
  out["bulan"] = months;
  out["pembayaran"] = payments;
  nlohmann::json workers = nlohmann::json::array();
  for (const auto& w : v.workers.items) workers.push_back(invoice_worker_json(w, v.lebih_bayar));
  out["pekerja"] = {{"items", workers}, {"total", v.workers.total}, {"offset", v.offset}, {"limit", v.limit}};
  // Paid months BPJS's answers no longer allow, over the whole invoice (issue 17).
  out["lebih_bayar"] = {{"bulan", v.lebih_bayar_bulan},
                        {"jumlah", v.lebih_bayar_jumlah},
                        {"teks", overpaid_words(v.lebih_bayar_bulan, v.lebih_bayar_jumlah)}};
  out["sumber_dana_nama"] = v.funder_name;
  return out;
}

nlohmann::json payment_outcome_json(const services::PaymentOutcome& o) {
  return {{"pembayaran", payment_json(o.payment)},
          {"tagihan", invoice_json(o.invoice)},
          {"baru", o.created},
          {"baris", o.lines}};
}

nlohmann::json allocation_outcomes_json(const std::vector<services::AllocationOutcome>& outcomes) {
  nlohmann::json items = nlohmann::json::array();
  int accepted = 0;
  for (const auto& o : outcomes) {
    items.push_back({{"pekerja_id", o.pekerja_id},
                     {"nama", o.nama},
                     {"ok", o.ok},
                     {"iuran", o.amount},
                     {"masalah", problems_json(o.problems)}});
    // The funder chosen by the kab/kota's order of priority (issue 22 item 4).
    if (!o.sumber_dana.empty()) items.back()["sumber_dana"] = o.sumber_dana;
    accepted += o.ok;
  }
  return {{"accepted", accepted}, {"rejected", static_cast<int>(outcomes.size()) - accepted}, {"items", items}};
}

nlohmann::json arrears_json(const services::ArrearsReport& r, bool with_items) {
  nlohmann::json rts = nlohmann::json::array();
  for (const auto& g : r.rts)
    rts.push_back({{"kode_rt", g.kode_rt},
                   {"pekerja", g.pekerja},
                   {"bulan_tunggakan", g.bulan_tunggakan},
                   {"tunggakan", g.tunggakan},
                   {"bulan_berakhir", g.bulan_berakhir},
                   {"berakhir", g.berakhir}});
  nlohmann::json out = {{"tahun", r.tahun},         {"wilayah", r.wilayah},   {"sumber_dana", r.sumber_dana},
                        {"tunggakan", r.tunggakan}, {"berakhir", r.berakhir}, {"rts", rts}};
  if (with_items) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : r.items)
      items.push_back({{"pekerja_id", i.pekerja_id},
                       {"nama", i.nama},
                       {"kode_rt", i.kode_rt},
                       {"sumber_dana", i.sumber_dana},
                       {"bulan", i.bulan},
                       {"iuran", i.iuran},
                       {"dibayar", i.dibayar},
                       {"status", std::string{to_string(i.state)}},
                       {"tagihan_id", i.tagihan_id}});
    out["items"] = items;
  }
  return out;
}

nlohmann::json renewal_json(const services::RenewalOutcome& o) {
  nlohmann::json reverify = nlohmann::json::array();
  for (const auto& r : o.reverify)
    reverify.push_back({{"pekerja_id", r.pekerja_id}, {"nama", r.nama}, {"masalah", problems_json(r.problems)}});
  nlohmann::json out = allocation_outcomes_json(o.allocated);
  out["tahun"] = o.tahun;
  out["sumber_dana"] = o.sumber_dana;
  out["verifikasi_ulang"] = reverify;
  return out;
}

nlohmann::json rt_fund_json(const services::RtFundView& v) {
  nlohmann::json out = {{"kode_rt", v.kode_rt},
                        {"tahun", v.tahun},
                        {"sumber_dana", v.sumber_dana},
                        {"dana_tahunan", v.use.fund},
                        {"iuran_tahun_ini", v.use.premiums},
                        {"sisa", v.use.remaining},
                        {"persen_terpakai", v.use.percent_used},
                        {"pekerja_didanai", v.pekerja},
                        {"dasar", v.source}};
  if (v.calculator)
    out["kalkulator"] = {
        {"workers", v.calculator->workers},
        {"months", v.calculator->months},
        {"per_worker_month", v.calculator->per_worker_month},
        {"total", v.calculator->total},
        {"total_teks", format_rupiah(v.calculator->total)},
        {"persen_dana",
         v.use.fund > 0 ? 100.0 * static_cast<double>(v.calculator->total) / static_cast<double>(v.use.fund) : 0.0},
        {"dasar", v.calculator->source}};
  return out;
}

nlohmann::json funder_use_json(const std::vector<services::FunderUse>& rows, int tahun) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& u : rows)
    out.push_back(
        {{"sumber_dana", u.sumber_dana},
         {"nama", u.nama},
         {"jenis", u.jenis},
         {"pagu", u.pagu},
         {"dialokasikan", u.dialokasikan},
         {"ditagih", u.ditagih},
         {"dibayar", u.dibayar},
         {"sisa", u.sisa},
         {"kuota", u.kuota},
         {"pekerja", u.pekerja},
         {"persen_kuota", u.kuota > 0 ? 100.0 * static_cast<double>(u.pekerja) / static_cast<double>(u.kuota) : 0.0},
         {"persen_pagu",
          u.pagu > 0 ? 100.0 * static_cast<double>(u.dialokasikan) / static_cast<double>(u.pagu) : 0.0}});
  return {{"tahun", tahun}, {"rows", out}};
}

nlohmann::json cover_json(const services::CoverAnswer& a) {
  nlohmann::json months = nlohmann::json::array();
  for (const auto& m : a.months)
    months.push_back({{"bulan", m.entry.month.iso()},
                      {"iuran", m.entry.billed},
                      {"dibayar", m.entry.paid},
                      {"dibayar_pada", m.entry.paid_on ? m.entry.paid_on->iso() : ""},
                      {"sumber_dana", m.entry.funder},
                      {"status", std::string{to_string(m.state)}}});
  return {{"pekerja_id", a.worker.id},
          {"nama", a.worker.nama},
          {"tanggal", a.tanggal.iso()},
          {"status", std::string{to_string(a.decision.cover)}},
          {"terlindungi", a.decision.cover == Cover::covered},
          {"alasan", a.decision.reason},
          {"months", months}};
}

nlohmann::json invoices_json(const std::vector<store::InvoiceRecord>& invoices) {
  return items_json(json_array(invoices, [](const store::InvoiceRecord& r) { return invoice_json(r); }));
}

nlohmann::json invoices_report_json(int tahun, const std::vector<store::InvoiceRecord>& invoices,
                                    const std::vector<store::PaymentRecord>& payments,
                                    const std::vector<services::Overpayment>& overpaid) {
  std::map<std::int64_t, Rupiah> by_invoice;
  for (const auto& o : overpaid) by_invoice[o.tagihan_id] += o.dibayar;
  const auto tagihan = json_array(invoices, [&](const store::InvoiceRecord& r) {
    auto row = invoice_json(r);
    const auto it = by_invoice.find(r.id);
    row["lebih_bayar"] = it == by_invoice.end() ? 0 : it->second;
    return row;
  });
  return {{"tahun", tahun},
          {"tagihan", tagihan},
          {"pembayaran", json_array(payments, [](const store::PaymentRecord& p) { return payment_json(p); })},
          {"lebih_bayar", overpayments_json(overpaid)}};
}

}  // namespace lindungi::wire
