#include "services/billing_json.hpp"

#include "core/nik.hpp"

namespace lindungi::services {

using formats::ColumnKind;
using formats::Table;

namespace {

nlohmann::json problems_json(const std::vector<FieldError>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : problems) out.push_back({{"field", p.field}, {"code", p.code}, {"message", p.message}});
  return out;
}

std::string n(std::int64_t v) { return std::to_string(v); }

YearMonth ym(const std::string& iso) { return {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2))}; }

}  // namespace

std::string months_label(const std::vector<std::string>& months) {
  std::string out;
  for (std::size_t i = 0; i < months.size();) {
    std::size_t j = i;
    while (j + 1 < months.size() && ym(months[j + 1]) == ym(months[j]).plus(1)) ++j;
    if (!out.empty()) out += ", ";
    out += month_words(ym(months[i]));
    if (j > i) out += " \u2013 " + month_words(ym(months[j]));
    i = j + 1;
  }
  return out;
}

std::string invoice_status_label(const std::string& status) {
  if (status == "terbit") return "Terbit";
  if (status == "sebagian") return "Dibayar sebagian";
  if (status == "lunas") return "Lunas";
  if (status == "batal") return "Dibatalkan";
  return status;
}

std::string overpaid_words(std::int64_t months, Rupiah amount) {
  if (months <= 0) return "";
  return "Lebih bayar, perlu dikembalikan: " + format_rupiah(amount) + " (" + std::to_string(months) +
         " bulan yang sudah dibayar tetapi tidak dapat ditagih menurut jawaban BPJS; dikembalikan BPJS atau "
         "diperhitungkan dengan tagihan berikutnya sesuai perjanjian kerja sama)";
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

Table invoice_workers_table(const std::vector<store::InvoiceWorker>& workers,
                            const std::set<std::int64_t>& lebih_bayar) {
  Table t;
  t.sheet = "Rincian";
  t.header = {
      "No", "Nama", "NIK", "KPJ", "Bulan", "Jumlah bulan", "Iuran", "Dibayar", "Lebih bayar, perlu dikembalikan"};
  t.numeric = {true, false, false, false, false, true, true, true, true};
  t.widths = {6, 30, 20, 14, 40, 12, 14, 14, 18};
  t.kinds = {ColumnKind::number, ColumnKind::text,   ColumnKind::text,   ColumnKind::text,  ColumnKind::text,
             ColumnKind::count,  ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::rupiah};
  std::int64_t no = 0, months = 0;
  Rupiah amount = 0, paid = 0, over = 0;
  for (const auto& w : workers) {
    std::vector<std::string> iso;
    Rupiah a = 0, p = 0, o = 0;
    for (const auto& m : w.months) {
      iso.push_back(m.bulan);
      a += m.iuran;
      p += m.dibayar;
      if (lebih_bayar.contains(m.alokasi_id)) o += m.dibayar;
    }
    t.rows.push_back({n(++no), w.nama, mask_nik(w.nik), w.kpj, months_label(iso),
                      n(static_cast<std::int64_t>(w.months.size())), n(a), n(p), n(o)});
    months += static_cast<std::int64_t>(w.months.size());
    amount += a;
    paid += p;
    over += o;
  }
  t.rows.push_back({"", "Total", "", "", "", n(months), n(amount), n(paid), n(over)});
  return t;
}

Table overpayments_table(const std::vector<services::Overpayment>& rows) {
  Table t;
  t.sheet = "Lebih bayar";
  t.header = {"Tagihan", "Nama", "Bulan", "Dibayar, perlu dikembalikan", "Keterangan"};
  t.numeric = {false, false, false, true, false};
  t.widths = {18, 30, 16, 18, 50};
  t.kinds = {ColumnKind::text, ColumnKind::text, ColumnKind::text, ColumnKind::rupiah, ColumnKind::text};
  Rupiah total = 0;
  for (const auto& r : rows) {
    t.rows.push_back({r.nomor, r.nama, month_words(ym(r.bulan)), n(r.dibayar), std::string{to_words(r.why)}});
    total += r.dibayar;
  }
  t.rows.push_back({"Total", n(static_cast<std::int64_t>(rows.size())) + " bulan", "", n(total), ""});
  return t;
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

nlohmann::json invoice_json(const store::InvoiceRecord& r) {
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

Table funder_use_table(const std::vector<services::FunderUse>& rows) {
  Table t;
  t.sheet = "Anggaran";
  t.header = {"Sumber dana", "Nama", "Pagu", "Dialokasikan", "Ditagih", "Dibayar", "Sisa pagu", "Kuota", "Pekerja"};
  t.numeric = {false, false, true, true, true, true, true, true, true};
  t.widths = {34, 34, 16, 16, 16, 16, 16, 10, 10};
  t.kinds = {ColumnKind::text,   ColumnKind::text,   ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::rupiah,
             ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::count,  ColumnKind::count};
  for (const auto& u : rows)
    t.rows.push_back({u.sumber_dana, u.nama, n(u.pagu), n(u.dialokasikan), n(u.ditagih), n(u.dibayar), n(u.sisa),
                      n(u.kuota), n(u.pekerja)});
  return t;
}

Table invoices_table(const std::vector<store::InvoiceRecord>& invoices,
                     const std::map<std::int64_t, Rupiah>& overpaid) {
  Table t;
  t.sheet = "Tagihan";
  t.header = {"Nomor", "Sumber dana", "Dari", "Sampai", "Baris",
              "Total", "Dibayar",     "Sisa", "Status", "Lebih bayar, perlu dikembalikan"};
  t.numeric = {false, false, false, false, true, true, true, true, false, true};
  t.widths = {18, 34, 10, 10, 10, 16, 16, 16, 10, 18};
  t.kinds = {ColumnKind::text,   ColumnKind::text,   ColumnKind::date,   ColumnKind::date, ColumnKind::count,
             ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::text, ColumnKind::rupiah};
  for (const auto& r : invoices) {
    const auto it = overpaid.find(r.id);
    t.rows.push_back({r.nomor, r.sumber_dana, r.dari, r.sampai, n(r.baris), n(r.total), n(r.dibayar),
                      n(r.total - r.dibayar), invoice_status_label(r.status),
                      n(it == overpaid.end() ? 0 : it->second)});
  }
  return t;
}

Table payments_table(const std::vector<store::PaymentRecord>& payments) {
  Table t;
  t.sheet = "Pembayaran";
  t.header = {"Tanggal", "Referensi", "Tagihan", "Jumlah", "Dicatat oleh"};
  t.numeric = {false, false, true, true, false};
  t.widths = {12, 24, 10, 16, 20};
  t.kinds = {ColumnKind::date, ColumnKind::text, ColumnKind::number, ColumnKind::rupiah, ColumnKind::text};
  for (const auto& p : payments) t.rows.push_back({p.tanggal, p.referensi, n(p.tagihan_id), n(p.jumlah), p.pelaku});
  return t;
}

Table arrears_rt_table(const services::ArrearsReport& r) {
  Table t;
  t.sheet = "Tunggakan per RT";
  t.header = {"RT", "Pekerja", "Bulan tunggakan", "Tunggakan", "Bulan berakhir", "Nilai berakhir"};
  t.numeric = {false, true, true, true, true, true};
  t.widths = {20, 10, 16, 16, 16, 16};
  t.kinds = {ColumnKind::text,   ColumnKind::count, ColumnKind::count,
             ColumnKind::rupiah, ColumnKind::count, ColumnKind::rupiah};
  for (const auto& g : r.rts)
    t.rows.push_back(
        {g.kode_rt, n(g.pekerja), n(g.bulan_tunggakan), n(g.tunggakan), n(g.bulan_berakhir), n(g.berakhir)});
  return t;
}

namespace {

// A month's state as a person reads it in a file (never the code: issue 17 item 10).
std::string month_state_label(MonthState state) {
  switch (state) {
    case MonthState::paid:
      return "Lunas";
    case MonthState::open:
      return "Ditagih";
    case MonthState::arrears:
      return "Tunggakan";
    case MonthState::lapsed:
      return "Berakhir";
    case MonthState::unbilled:
      break;
  }
  return "Tidak ditagih";
}

}  // namespace

Table arrears_items_table(const services::ArrearsReport& r) {
  Table t;
  t.sheet = "Rincian";
  t.header = {"RT", "Pekerja", "Nama", "Sumber dana", "Bulan", "Iuran", "Dibayar", "Status"};
  t.numeric = {false, true, false, false, false, true, true, false};
  t.widths = {20, 10, 30, 34, 10, 12, 12, 12};
  t.kinds = {ColumnKind::text, ColumnKind::number, ColumnKind::text,   ColumnKind::text,
             ColumnKind::date, ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::text};
  for (const auto& i : r.items)
    t.rows.push_back({i.kode_rt, n(i.pekerja_id), i.nama, i.sumber_dana, i.bulan, n(i.iuran), n(i.dibayar),
                      month_state_label(i.state)});
  return t;
}

}  // namespace lindungi::services
