#include "store/records/billing.hpp"

#include "clock/clock.hpp"
#include "store/records/area.hpp"
#include "store/records/fields.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::records {

namespace {

using rows::Params;
using rows::Row;

// The columns of tagihan but id.
struct InvoiceFields {
  template <typename F, typename I>
  void operator()(F&& f, I& i) const {
    f("nomor", i.nomor);
    f("sumber_dana", i.sumber_dana);
    f("dari", i.dari);
    f("sampai", i.sampai);
    f("tahun", i.tahun);
    f("baris", i.baris);
    f("total", i.total);
    f("dibayar", i.dibayar);
    f("status", i.status);
    f("alasan_batal", i.alasan_batal);
    f("pelaku", i.pelaku);
    f("dibuat", i.dibuat);
  }
};

// The columns of pembayaran but id.
struct PaymentFields {
  template <typename F, typename P>
  void operator()(F&& f, P& p) const {
    f("tagihan_id", p.tagihan_id);
    f("referensi", p.referensi);
    f("jumlah", p.jumlah);
    f("tanggal", p.tanggal);
    f("pelaku", p.pelaku);
    f("dibuat", p.dibuat);
  }
};

const rows::Table<InvoiceRecord, InvoiceFields> kInvoices{"tagihan"};
const rows::Table<PaymentRecord, PaymentFields> kPayments{"pembayaran"};
const Allocations kAllocations{"alokasi"};
const std::string kPaymentSelect = "SELECT p.id, " + rows::list(kPayments.names(), "p.") + " FROM pembayaran p";

// An invoice's lines: the allocations inside its months' id ranges.
constexpr const char* kLines =
    "FROM tagihan_bulan b JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
    "AND a.id <= b.id_sampai WHERE b.tagihan_id = ?";

InvoiceLine read_line(Row& r) {
  InvoiceLine l;
  r >> l.alokasi_id >> l.pekerja_id >> l.bulan >> l.iuran >> l.dibayar >> l.dibayar_pada;
  return l;
}

// "2026-12" -> "2027-01"
std::string next_month(const std::string& bulan) {
  int y = std::stoi(bulan.substr(0, 4)), m = std::stoi(bulan.substr(5, 2)) + 1;
  if (m > 12) {
    m = 1;
    ++y;
  }
  return std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

}  // namespace

const std::string& Billing::funded_month_select() {
  static const std::string sql = "SELECT a.id, " + rows::list(kAllocations.names(), "a.") +
                                 ", p.nama, p.kode_kelurahan, p.rt, coalesce((SELECT b.tagihan_id FROM tagihan_bulan "
                                 "b WHERE b.sumber_dana = a.sumber_dana AND b.bulan = a.bulan AND b.id_sampai >= a.id "
                                 "AND b.id_dari < a.id), 0) FROM alokasi a JOIN pekerja p ON p.id = a.pekerja_id";
  return sql;
}

std::string Billing::funded_month_where(const FundedMonthQuery& q, Params& p) {
  std::string where = " WHERE " + within_area("p", q.area, p);
  if (!q.sumber_dana.empty()) {
    where += " AND a.sumber_dana = ?";
    p << q.sumber_dana;
  }
  if (q.tahun != 0) {
    where += " AND a.tahun = ?";
    p << q.tahun;
  }
  return where;
}

FundedMonth Billing::read_funded_month(Row& r) {
  FundedMonth m;
  m.alokasi = kAllocations.read(r);
  r >> m.nama >> m.kode_kelurahan >> m.rt >> m.tagihan_id;
  return m;
}

void Billing::create_invoice(InvoiceRecord& r, const std::vector<std::int64_t>& held) {
  r.dibuat = clock::now_utc_iso(true);
  r.id = db_->first_int(
                "INSERT INTO tagihan (nomor, sumber_dana, dari, sampai, tahun, status, pelaku, dibuat) "
                "VALUES (?, ?, ?, ?, ?, 'terbit', ?, ?) RETURNING id",
                Params{r.nomor, r.sumber_dana, r.dari, r.sampai, r.tahun, r.pelaku, r.dibuat})
             .value();
  const std::int64_t newest = db_->first_int("SELECT coalesce(max(id), 0) FROM alokasi", {}).value_or(0);
  move_past_invoices(held);  // now above `newest`: outside this invoice's ranges
  r.baris = 0;
  r.total = 0;
  const auto held_open = bulk_read();
  // Month by month: from where the month's last live invoice ended to the newest allocation.
  for (std::string bulan = r.dari; bulan <= r.sampai; bulan = next_month(bulan)) {
    const std::int64_t from =
        db_->first_int("SELECT coalesce(max(id_sampai), 0) FROM tagihan_bulan WHERE sumber_dana = ? AND bulan = ?",
                       Params{r.sumber_dana, bulan})
            .value_or(0);
    if (newest <= from) continue;
    std::int64_t lines = 0, total = 0;
    db_->run(
        "SELECT count(*), coalesce(sum(iuran), 0) FROM alokasi WHERE sumber_dana = ? AND bulan = ? AND id > ? AND "
        "id <= ?",
        Params{r.sumber_dana, bulan, from, newest}, [&](Row& row) { row >> lines >> total; });
    if (lines == 0) continue;
    db_->exec("INSERT INTO tagihan_bulan (tagihan_id, sumber_dana, bulan, id_dari, id_sampai) VALUES (?, ?, ?, ?, ?)",
              Params{r.id, r.sumber_dana, bulan, from, newest});
    r.baris += lines;
    r.total += total;
  }
  db_->exec("UPDATE tagihan SET baris = ?, total = ? WHERE id = ?", Params{r.baris, r.total, r.id});
}

std::int64_t Billing::count_invoices(int tahun) {
  return db_->first_int("SELECT count(*) FROM tagihan WHERE tahun = ?", Params{tahun}).value_or(0);
}

std::optional<InvoiceRecord> Billing::invoice(std::int64_t id) {
  return db_->one(kInvoices.select() + " WHERE id = ?", Params{id}, kInvoices.reader());
}

std::vector<InvoiceRecord> Billing::invoices(std::string_view sumber_dana, int tahun) {
  // The casts tell PostgreSQL the parameters' types where only a literal stands beside them.
  return db_->all(kInvoices.select() +
                      " WHERE (CAST(? AS text) = '' OR sumber_dana = ?) AND (CAST(? AS integer) = 0 OR tahun = ?) "
                      "ORDER BY id DESC",
                  Params{sumber_dana, sumber_dana, tahun, tahun}, kInvoices.reader());
}

Page<InvoiceRecord> Billing::invoices_page(std::string_view sumber_dana, int tahun,
                                           const std::vector<std::string>& among, int offset, int limit) {
  Page<InvoiceRecord> out;
  if (among.empty()) return out;  // no funder to see: nothing, and "IN ()" is no SQL
  Params p{sumber_dana, sumber_dana, tahun, tahun};
  std::string where =
      " WHERE (CAST(? AS text) = '' OR sumber_dana = ?) AND (CAST(? AS integer) = 0 OR tahun = ?) "
      "AND sumber_dana IN (";
  for (std::size_t i = 0; i < among.size(); ++i) {
    where += i ? ", ?" : "?";
    p << among[i];
  }
  where += ")";
  out.total = db_->first_int("SELECT count(*) FROM tagihan" + where, p).value_or(0);
  out.items = db_->all(kInvoices.select() + where + " ORDER BY id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset,
                       kInvoices.reader());
  return out;
}

std::vector<InvoiceLine> Billing::invoice_lines(std::int64_t id) {
  return db_->all(std::string{"SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada "} + kLines +
                      " ORDER BY a.bulan, a.pekerja_id",
                  Params{id}, read_line);
}

void Billing::update_invoice(const InvoiceRecord& r) {
  db_->exec("UPDATE tagihan SET baris = ?, total = ?, dibayar = ?, status = ?, alasan_batal = ? WHERE id = ?",
            Params{r.baris, r.total, r.dibayar, r.status, r.alasan_batal, r.id});
}

Page<InvoiceWorker> Billing::invoice_workers(std::int64_t id, int offset, int limit) {
  Page<InvoiceWorker> out;
  out.total = db_->first_int(std::string{"SELECT count(DISTINCT a.pekerja_id) "} + kLines, Params{id}).value_or(0);
  db_->run(std::string{"WITH l AS (SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada "} + kLines +
               "), w AS (SELECT DISTINCT l.pekerja_id, p.nama FROM l JOIN pekerja p ON p.id = l.pekerja_id "
               "ORDER BY p.nama, l.pekerja_id LIMIT ? OFFSET ?) "
               "SELECT l.id, l.pekerja_id, l.bulan, l.iuran, l.dibayar, l.dibayar_pada, p.nama, p.nik, p.kpj FROM l "
               "JOIN w ON w.pekerja_id = l.pekerja_id JOIN pekerja p ON p.id = l.pekerja_id "
               "ORDER BY p.nama, l.pekerja_id, l.bulan",
           Params{id, limit, offset}, [&](Row& r) {
             const InvoiceLine line = read_line(r);
             if (out.items.empty() || out.items.back().pekerja_id != line.pekerja_id) {
               InvoiceWorker w;
               w.pekerja_id = line.pekerja_id;
               r >> w.nama >> w.nik >> w.kpj;
               out.items.push_back(std::move(w));
             }
             out.items.back().months.push_back(line);
           });
  return out;
}

std::vector<WorkerAnswers> Billing::bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                                 std::string_view sampai) {
  // From the funder's allocations in the range (index alokasi_sumber_bulan) to their workers: one
  // scan of the range per invoice. Starting from every worker not active (11,000 in the demo) and
  // probing allocations for each made issuing the demo's 1,656 invoices 80% of its 20 s.
  Params p;
  if (!sumber_dana.empty()) p << sumber_dana;
  p << dari << sampai;
  std::vector<WorkerAnswers> out;
  db_->run(std::string{"WITH didanai AS (SELECT DISTINCT pekerja_id FROM alokasi WHERE "} +
               (sumber_dana.empty() ? "" : "sumber_dana = ? AND ") +
               "bulan >= ? AND bulan <= ?) "
               "SELECT p.id, p.status, coalesce(e.status, ''), coalesce(e.tanggal_efektif, ''), "
               "coalesce(e.dijawab, '') FROM didanai d JOIN pekerja p ON p.id = d.pekerja_id "
               "LEFT JOIN pendaftaran_bpjs_pekerja e ON e.pekerja_id = p.id AND e.status IN ('diterima', 'ditolak') "
               "WHERE p.status <> 'aktif' OR e.pekerja_id IS NOT NULL ORDER BY p.id, e.dijawab, e.pendaftaran_id",
           p, [&](Row& r) {
             const std::int64_t worker = r.int64();
             const std::string worker_status = r.text();
             if (out.empty() || out.back().pekerja_id != worker) out.push_back({worker, worker_status, {}});
             std::string status, effective, answered;
             r >> status >> effective >> answered;
             if (status.empty()) return;
             out.back().answers.emplace_back(status, (status == "diterima" ? effective : answered).substr(0, 10));
           });
  return out;
}

std::vector<FundedMonth> Billing::months_of_worker(std::int64_t pekerja_id) {
  return db_->all(funded_month_select() + " WHERE a.pekerja_id = ? ORDER BY a.bulan", Params{pekerja_id},
                  read_funded_month);
}

void Billing::move_past_invoices(const std::vector<std::int64_t>& ids) {
  // Above every id the table holds: on PostgreSQL the identity's next value (ids come only from
  // it), on SQLite the largest id plus one.
  const std::string& sql = db_->pick(
      "UPDATE alokasi SET id = (SELECT max(id) FROM alokasi) + 1 WHERE id = ? AND dibayar = 0",
      "UPDATE alokasi SET id = nextval(pg_get_serial_sequence('alokasi', 'id')) WHERE id = ? AND dibayar = 0");
  for (const auto id : ids) db_->exec(sql, Params{id});
}

void Billing::release_invoice_lines(std::int64_t id) {
  // A later live invoice of one of its months starts where this one ends: cancelling this one
  // first would leave its range to nobody.
  const auto later = db_->one(
      "SELECT l.bulan FROM tagihan_bulan b JOIN tagihan_bulan l ON l.sumber_dana = b.sumber_dana "
      "AND l.bulan = b.bulan AND l.id_dari >= b.id_sampai WHERE b.tagihan_id = ? LIMIT 1",
      Params{id}, [](Row& r) { return r.text(); });
  if (later) throw StaleVersion("tagihan_bulan", *later);  // the month a later invoice bills
  db_->exec("DELETE FROM tagihan_bulan WHERE tagihan_id = ?", Params{id});
}

void Billing::set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) {
  db_->exec("UPDATE alokasi SET dibayar = ?, dibayar_pada = ? WHERE id = ?", Params{dibayar, dibayar_pada, alokasi_id});
}

std::optional<PaymentRecord> Billing::payment_by_reference(std::string_view referensi) {
  return db_->one(kPaymentSelect + " WHERE p.referensi = ?", Params{referensi}, kPayments.reader());
}

void Billing::insert_payment(PaymentRecord& p) {
  p.dibuat = clock::now_utc_iso(true);
  p.id = kPayments.insert(*db_, p).value();
}

std::vector<PaymentRecord> Billing::payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) {
  return db_->all(kPaymentSelect +
                      " JOIN tagihan t ON t.id = p.tagihan_id WHERE (CAST(? AS bigint) = 0 OR p.tagihan_id = ?) "
                      "AND (CAST(? AS text) = '' OR t.sumber_dana = ?) AND (CAST(? AS integer) = 0 OR t.tahun = ?) "
                      "ORDER BY p.tanggal, p.id",
                  Params{tagihan_id, tagihan_id, sumber_dana, sumber_dana, tahun, tahun}, kPayments.reader());
}

void Billing::for_each_funded_month(const FundedMonthQuery& q, const std::function<void(const FundedMonth&)>& fn) {
  Params p;
  const std::string where = funded_month_where(q, p);
  db_->run(funded_month_select() + where + " ORDER BY a.pekerja_id, a.bulan", p,
           [&](Row& r) { fn(read_funded_month(r)); });
}

std::vector<std::int64_t> Billing::funded_workers(std::string_view sumber_dana, std::string_view bulan) {
  const std::string b{bulan};
  return db_->all(
      "SELECT pekerja_id FROM alokasi WHERE sumber_dana = ? AND tahun = ? AND bulan = ? ORDER BY pekerja_id",
      Params{sumber_dana, std::stoi(b.substr(0, 4)), b}, [](Row& r) { return r.int64(); });
}

std::vector<FunderBilling> Billing::funder_billing(int tahun) {
  return db_->all(
      "SELECT sumber_dana, sum(total), sum(dibayar), count(*) FROM tagihan WHERE tahun = ? AND status <> 'batal' "
      "GROUP BY sumber_dana ORDER BY sumber_dana",
      Params{tahun}, [](Row& r) {
        FunderBilling f;
        r >> f.sumber_dana >> f.ditagih >> f.dibayar >> f.tagihan;
        return f;
      });
}

std::pair<std::int64_t, std::int64_t> Billing::funded_worker_range(std::string_view sumber_dana, int tahun) {
  // Two subqueries, each one index seek: SQLite answers min() and max() in one SELECT by scanning
  // every row in between (12 million for the billing run: 1.5 s of CPU, before its threads start).
  std::pair<std::int64_t, std::int64_t> out{0, -1};
  db_->run(
      "SELECT (SELECT min(pekerja_id) FROM alokasi WHERE sumber_dana = ? AND tahun = ?), "
      "(SELECT max(pekerja_id) FROM alokasi WHERE sumber_dana = ? AND tahun = ?)",
      Params{sumber_dana, tahun, sumber_dana, tahun}, [&](Row& r) {
        if (!r.next_is_null()) r >> out.first >> out.second;
      });
  return out;
}

}  // namespace lindungi::store::records
