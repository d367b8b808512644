#include "services/report_documents.hpp"

#include <map>

#include "core/claims.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"
#include "services/billing_tables.hpp"
#include "store/billing_store.hpp"
#include "store/funding_store.hpp"

namespace lindungi::services {

namespace {

using formats::ColumnKind;
using formats::ReportDocument;
using formats::Table;

std::string num(std::int64_t v) { return std::to_string(v); }

// "kelurahan", "RT": how a level reads in a title.
std::string level_name(RegionLevel level) { return level == RegionLevel::rt ? "RT" : std::string{to_string(level)}; }

// A scholarship's state and school level as people read them (never the code: issue 17 item 10).
std::string scholarship_state_words(const std::string& status) {
  if (status == "menunggu_bukti_sekolah") return "Menunggu bukti sekolah";
  if (status == "menunggu_pembayaran") return "Menunggu pembayaran";
  return status;
}

std::string school_level_words(const std::string& jenjang) {
  const auto level = parse_school_level(jenjang);
  return level ? band_of(*level).label : jenjang;
}

std::string funder_line(const std::string& sumber_dana) {
  return "Sumber dana: " + (sumber_dana.empty() ? std::string{"semua"} : sumber_dana);
}

}  // namespace

std::string area_label(const App& app, const std::string& kode) {
  if (kode.empty()) return "Semua wilayah";
  const auto level = level_of_code(kode);
  if (level == RegionLevel::rt) {
    const Region* kel = app.regions().find(parent_code(kode));
    return "RT " + kode.substr(kode.rfind('.') + 1) + (kel ? ", Kelurahan " + kel->nama : "") + " (" + kode + ")";
  }
  const Region* r = app.regions().find(kode);
  if (!r) return kode;
  switch (r->level) {
    case RegionLevel::provinsi:
      return "Provinsi " + r->nama + " (" + kode + ")";
    case RegionLevel::kecamatan:
      return "Kecamatan " + r->nama + " (" + kode + ")";
    case RegionLevel::kelurahan:
      return "Kelurahan " + r->nama + " (" + kode + ")";
    default:
      return r->nama + " (" + kode + ")";
  }
}

Table coverage_table(const CoverageReport& report) {
  Table t;
  t.sheet = "Cakupan per " + level_name(report.level);
  t.header = {"Kode",        "Nama",    "Pekerja tercatat",       "Terverifikasi",
              "Terlindungi", "Potensi", "Terlindungi jalur lain", "Cakupan (%)"};
  t.numeric = {false, false, true, true, true, true, true, false};
  t.kinds = {ColumnKind::text,  ColumnKind::text,  ColumnKind::count, ColumnKind::count,
             ColumnKind::count, ColumnKind::count, ColumnKind::count, ColumnKind::percent};
  t.widths = {18, 28, 12, 12, 12, 12, 14, 10};
  auto add = [&](const CoverageRow& row, const std::string& kode) {
    const auto pct = row.figures.coverage_pct();
    t.rows.push_back({kode, row.nama, num(row.figures.workers), num(row.figures.verified), num(row.figures.covered),
                      num(row.figures.potential), num(row.figures.covered_other), pct ? std::to_string(*pct) : ""});
  };
  for (const auto& row : report.rows) add(row, row.kode);
  add(report.total, "TOTAL");
  return t;
}

ReportDocument coverage_document(const App& app, const CoverageReport& report, const std::string& wilayah) {
  return {
      "Capaian cakupan semesta per " + level_name(report.level),
      {"Wilayah: " + area_label(app, wilayah), "Cakupan = (terlindungi + terlindungi jalur lain) / potensi pekerja"},
      {coverage_table(report)},
      "cakupan_" + std::string{to_string(report.level)}};
}

ReportDocument funding_document(const std::vector<FunderUse>& rows, int tahun) {
  Table t = services::funder_use_table(rows);
  return {"Pemakaian anggaran per sumber dana " + num(tahun),
          {"Tahun anggaran: " + num(tahun)},
          {t},
          "anggaran-" + num(tahun)};
}

ReportDocument invoices_document(App& app, const std::vector<store::InvoiceRecord>& invoices,
                                 const std::vector<Overpayment>& overpayments,
                                 const std::vector<store::PaymentRecord>& payments, int tahun,
                                 const std::string& sumber_dana) {
  std::map<std::int64_t, Rupiah> overpaid;
  Rupiah total = 0;
  for (const auto& o : overpayments) {
    overpaid[o.tagihan_id] += o.dibayar;
    total += o.dibayar;
  }
  std::map<std::string, std::string> names;  // funder code -> name
  app.store().read([&](store::Session& s) {
    std::vector<std::string> codes = {sumber_dana};
    for (const auto& r : invoices) codes.push_back(r.sumber_dana);
    for (const auto& code : codes)
      if (!code.empty() && !names.contains(code))
        if (const auto f = s.funding().funder(code)) names[code] = f->nama;
  });
  auto name_of = [&](const std::string& code) { return names.contains(code) ? names.at(code) : code; };
  Table invoice_rows = services::invoices_table(invoices, overpaid);
  for (auto& row : invoice_rows.rows)
    if (row.size() > 1) row[1] = name_of(row[1]);
  ReportDocument d{"Tagihan dan pembayaran iuran " + num(tahun),
                   {"Tahun: " + num(tahun), funder_line(sumber_dana.empty() ? sumber_dana : name_of(sumber_dana))},
                   {invoice_rows, services::payments_table(payments)},
                   "tagihan-" + num(tahun)};
  if (!overpayments.empty()) {
    d.subtitle.push_back(overpaid_words(static_cast<std::int64_t>(overpayments.size()), total));
    d.tables.push_back(services::overpayments_table(overpayments));
  }
  return d;
}

ReportDocument invoice_document(const InvoiceView& v, const std::vector<store::InvoiceWorker>& workers) {
  const auto& r = v.invoice;
  std::vector<std::string> months;
  for (const auto& m : v.months) months.push_back(m.bulan);
  ReportDocument d{"Tagihan iuran " + r.nomor,
                   {"Sumber dana: " + (v.funder_name.empty() ? r.sumber_dana : v.funder_name),
                    "Bulan iuran: " + (months.empty() ? std::string{"-"} : months_label(months)),
                    num(static_cast<std::int64_t>(workers.size())) + " pekerja, " + num(r.baris) +
                        " pekerja-bulan, total " + format_rupiah(r.total) + ", dibayar " + format_rupiah(r.dibayar) +
                        " (" + invoice_status_label(r.status) + ")"},
                   {services::invoice_workers_table(workers, v.lebih_bayar)},
                   "tagihan-" + r.nomor};
  if (v.lebih_bayar_bulan > 0) d.subtitle.push_back(overpaid_words(v.lebih_bayar_bulan, v.lebih_bayar_jumlah));
  return d;
}

ReportDocument arrears_document(const App& app, const ArrearsReport& r, bool with_items) {
  ReportDocument d{"Tunggakan iuran per RT " + num(r.tahun),
                   {"Wilayah: " + area_label(app, r.wilayah), funder_line(r.sumber_dana),
                    "Total tunggakan " + format_rupiah(r.tunggakan) + ", berakhir " + format_rupiah(r.berakhir)},
                   {services::arrears_rt_table(r)},
                   with_items ? "tunggakan" : "tunggakan-rt-" + num(r.tahun)};
  if (with_items) d.tables.push_back(services::arrears_items_table(r));
  // An RT by its number and kelurahan, its code after (people read words, not codes).
  for (auto& t : d.tables)
    for (auto& row : t.rows)
      if (!row.empty() && level_of_code(row[0]) == RegionLevel::rt) row[0] = area_label(app, row[0]);
  return d;
}

Table scholarships_due_table(const std::vector<ScholarshipDue>& due) {
  Table t;
  t.sheet = "Beasiswa";
  t.header = {"Anak", "Tanggal lahir", "Peserta", "Wilayah", "Kasus", "Status", "Jenjang", "Jumlah", "Sudah diterima"};
  t.numeric = {false, false, false, false, true, false, false, true, true};
  t.kinds = {ColumnKind::text, ColumnKind::date, ColumnKind::text,   ColumnKind::text,  ColumnKind::number,
             ColumnKind::text, ColumnKind::text, ColumnKind::rupiah, ColumnKind::rupiah};
  t.widths = {28, 14, 28, 20, 8, 24, 10, 14, 16};
  for (const auto& d : due)
    t.rows.push_back({d.child.nama, d.child.tanggal_lahir, d.pekerja, d.claim.wilayah, num(d.claim.id),
                      scholarship_state_words(d.status()), school_level_words(d.year ? d.year->jenjang : ""),
                      num(d.year ? d.year->jumlah : 0), num(d.paid_total)});
  return t;
}

ReportDocument claims_document(const App& app, const ClaimsReport& r, const std::string& wilayah) {
  Table t;
  t.sheet = "Klaim";
  t.header = {"Kode", "Kelurahan", "Dibuka", "Dibayar", "Tertunda", "Ditolak", "Jumlah dibayar", "Beasiswa dibayar"};
  t.numeric = {false, false, true, true, true, true, true, true};
  t.kinds = {ColumnKind::text,  ColumnKind::text,  ColumnKind::count,  ColumnKind::count,
             ColumnKind::count, ColumnKind::count, ColumnKind::rupiah, ColumnKind::rupiah};
  t.widths = {18, 28, 10, 10, 10, 10, 16, 16};
  auto add = [&](const std::string& kode, const std::string& nama, const ClaimsCount& x) {
    t.rows.push_back({kode, nama, num(x.dibuka), num(x.dibayar), num(x.tertunda), num(x.ditolak), num(x.jumlah_dibayar),
                      num(x.beasiswa_dibayar)});
  };
  for (const auto& row : r.rows) add(row.kode, row.nama, row.count);
  add("", "Total", r.total);
  const std::string from = r.dari.iso(), to = r.sampai.iso();
  return {"Laporan klaim JKM dan JKK",
          {"Wilayah: " + area_label(app, wilayah), "Periode: " + r.dari.id() + " s.d. " + r.sampai.id(),
           "Beasiswa jatuh tempo: tahun ajaran " + school_year_label(r.school_year)},
          {t, scholarships_due_table(r.due)},
          "laporan_klaim_" + from + "_" + to};
}

ReportDocument scholarships_due_document(const App& app, const std::vector<ScholarshipDue>& due, int school_year,
                                         const std::string& wilayah) {
  return {"Beasiswa jatuh tempo tahun ajaran " + school_year_label(school_year),
          {"Wilayah: " + area_label(app, wilayah),
           "Anak yang menunggu bukti sekolah atau pembayaran beasiswa tahun ajaran ini"},
          {scholarships_due_table(due)},
          "beasiswa_" + num(school_year)};
}

ReportDocument compliance_document(const App& app, const ComplianceReport& r) {
  return {"Kepatuhan Jakon proyek Kampung Bahagia",
          {"Wilayah: " + area_label(app, r.wilayah), "Keadaan pada " + r.tanggal.id()},
          compliance_tables(r),
          "kepatuhan_jakon_" + r.tanggal.iso()};
}

}  // namespace lindungi::services

namespace lindungi::services {

ReportDocument plan_document(const App& app, const PlanReport& report, int per_rt) {
  const PlanResult& r = report.result;
  const std::string year = num(r.year);
  const std::string target = report.target == PlanTargetKind::all_on_record
                                 ? "semua pekerja rentan yang terdata"
                                 : num(report.percent) + "% dari potensi pekerja";

  Table funders;
  funders.sheet = "Kebutuhan per sumber dana";
  funders.header = {"Sumber dana",   "Pekerja",       "Lanjutan", "Baru",
                    "Belum terdata", "Iuran setahun", "Anggaran", "Kekurangan"};
  funders.numeric = {false, true, true, true, true, true, true, true};
  funders.kinds = {ColumnKind::text,  ColumnKind::count,  ColumnKind::count,  ColumnKind::count,
                   ColumnKind::count, ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::rupiah};
  funders.widths = {34, 10, 10, 10, 12, 16, 16, 16};
  std::int64_t workers = 0, continuing = 0, fresh = 0, unrecorded = 0;
  Rupiah budget = 0, shortfall = 0;
  for (const auto& l : r.lines) {
    funders.rows.push_back({l.nama, num(l.pekerja), num(l.pekerja_lanjutan), num(l.pekerja_baru),
                            num(l.pekerja_belum_terdata), num(l.iuran), num(l.anggaran), num(l.kekurangan)});
    workers += l.pekerja;
    continuing += l.pekerja_lanjutan;
    fresh += l.pekerja_baru;
    unrecorded += l.pekerja_belum_terdata;
    budget += l.anggaran;
    shortfall += l.kekurangan;
  }
  funders.rows.push_back({"Jumlah", num(workers), num(continuing), num(fresh), num(unrecorded), num(r.total_iuran),
                          num(budget), num(shortfall)});

  Table months;
  months.sheet = "Iuran per bulan";
  months.header = {"Sumber dana"};
  months.kinds = {ColumnKind::text};
  months.numeric = {false};
  months.widths = {30};
  for (const auto& m : r.months) {
    months.header.push_back(month_words(m.bulan));
    months.kinds.push_back(ColumnKind::rupiah);
    months.numeric.push_back(true);
    months.widths.push_back(13);
  }
  months.header.push_back("Setahun");
  months.kinds.push_back(ColumnKind::rupiah);
  months.numeric.push_back(true);
  months.widths.push_back(15);
  for (const auto& l : r.lines) {
    std::vector<std::string> row{l.nama};
    for (const Rupiah a : l.bulanan) row.push_back(num(a));
    row.push_back(num(l.iuran));
    months.rows.push_back(std::move(row));
  }
  std::vector<std::string> total{"Jumlah"};
  for (const auto& m : r.months) total.push_back(num(m.iuran));
  total.push_back(num(r.total_iuran));
  months.rows.push_back(std::move(total));

  Table path;
  path.sheet = "Jalan menuju target";
  path.header = {"Bulan", "Tercakup", "Cakupan (%)", "Iuran"};
  path.numeric = {false, true, false, true};
  path.kinds = {ColumnKind::text, ColumnKind::count, ColumnKind::percent, ColumnKind::rupiah};
  path.widths = {18, 14, 12, 16};
  for (const auto& m : r.months) {
    std::string pct;
    if (report.potential > 0) pct = std::to_string(static_cast<double>(m.tercakup) * 100.0 / report.potential);
    path.rows.push_back({month_words(m.bulan), num(m.tercakup), pct, num(m.iuran)});
  }

  Table ranking;
  ranking.sheet = "Peringkat per RT";
  ranking.header = {"RT",         "Peringkat", "Nama",          "Pekerjaan", "Penghasilan",
                    "Tanggungan", "Skor",      "Dalam rencana", "Mulai"};
  ranking.numeric = {false, true, false, false, true, true, true, false, false};
  ranking.kinds = {ColumnKind::text,  ColumnKind::count, ColumnKind::text, ColumnKind::text, ColumnKind::rupiah,
                   ColumnKind::count, ColumnKind::count, ColumnKind::text, ColumnKind::text};
  ranking.widths = {30, 10, 26, 20, 14, 11, 8, 12, 16};
  for (const auto& w : r.ranking) {
    if (per_rt > 0 && w.rank_in_rt > per_rt) continue;
    const PlanWorker& p = report.workers[w.index];
    ranking.rows.push_back({report.rt_name(p), num(w.rank_in_rt), p.nama,
                            std::string{label_of(occupations(), p.pekerjaan)}, num(p.penghasilan), num(p.tanggungan),
                            num(w.score.total()), w.planned ? "Ya" : "Belum", w.mulai ? month_words(*w.mulai) : ""});
  }

  std::vector<std::string> subtitle = {
      "Wilayah: " + area_label(app, report.kode), "Tahun anggaran: " + year, "Target: " + target,
      "Iuran per pekerja per bulan: " + format_rupiah(r.premium_per_month) + " (JKK dan JKM, penghasilan terendah)",
      "Skor kerentanan = risiko pekerjaan (0-40) + penghasilan (0-40) + tanggungan (0-20)"};
  if (per_rt > 0) subtitle.push_back("Peringkat: paling banyak " + num(per_rt) + " pekerja per RT");
  return {"Rencana anggaran menuju cakupan semesta " + year,
          std::move(subtitle),
          {funders, months, path, ranking},
          "rencana-" + year};
}

}  // namespace lindungi::services
