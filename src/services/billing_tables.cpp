// Billing's words and tables (XLSX and PDF exports, report_documents.cpp); their JSON is
// wire/billing.cpp.
#include "services/billing_tables.hpp"

#include "core/nik.hpp"

namespace lindungi::services {

using formats::ColumnKind;
using formats::Table;

namespace {

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

Table funder_use_table(const std::vector<services::FunderUse>& rows) {
  Table t;
  t.sheet = "Anggaran";
  // Each funder by its name only: its code is for machines, not for the people reading the file (issue 17 item 10).
  t.header = {"Sumber dana", "Pagu", "Dialokasikan", "Ditagih", "Dibayar", "Sisa pagu", "Kuota", "Pekerja"};
  t.numeric = {false, true, true, true, true, true, true, true};
  t.widths = {40, 16, 16, 16, 16, 16, 10, 10};
  t.kinds = {ColumnKind::text,   ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::rupiah,
             ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::count,  ColumnKind::count};
  for (const auto& u : rows)
    t.rows.push_back({u.nama.empty() ? u.sumber_dana : u.nama, n(u.pagu), n(u.dialokasikan), n(u.ditagih), n(u.dibayar),
                      n(u.sisa), n(u.kuota), n(u.pekerja)});
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
