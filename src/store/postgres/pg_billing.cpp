#include "store/postgres/pg_billing.hpp"

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::now_utc;
using pg::Sql;
using pg::text;
using pg::Tx;

constexpr const char* kInvoiceColumns =
    "id, nomor, sumber_dana, dari, sampai, tahun, baris, total, dibayar, status, alasan_batal, pelaku, dibuat";

InvoiceRecord row_to_invoice(const pqxx::row& r) {
  InvoiceRecord i;
  i.id = int64(r[0]);
  i.nomor = text(r[1]);
  i.sumber_dana = text(r[2]);
  i.dari = text(r[3]);
  i.sampai = text(r[4]);
  i.tahun = static_cast<int>(int64(r[5]));
  i.baris = int64(r[6]);
  i.total = int64(r[7]);
  i.dibayar = int64(r[8]);
  i.status = text(r[9]);
  i.alasan_batal = text(r[10]);
  i.pelaku = text(r[11]);
  i.dibuat = text(r[12]);
  return i;
}

constexpr const char* kPaymentColumns =
    "p.id, p.tagihan_id, p.referensi, p.jumlah, p.tanggal, p.pelaku, p.dibuat FROM pembayaran p";

PaymentRecord row_to_payment(const pqxx::row& r) {
  return {int64(r[0]), int64(r[1]), text(r[2]), int64(r[3]), text(r[4]), text(r[5]), text(r[6])};
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

// Rows of a funder's year read per round trip by the ledger scans: a million members' twelve
// months are never held in memory at once.
constexpr std::int64_t kBlock = 50000;

class PgBilling final : public BillingSession {
 public:
  explicit PgBilling(Tx& t) : t_(t) {}

  void create_invoice(InvoiceRecord& r, const std::vector<std::int64_t>& held) override {
    r.dibuat = now_utc();
    r.id =
        int64(t_.exec("INSERT INTO tagihan (nomor, sumber_dana, dari, sampai, tahun, status, pelaku, dibuat) "
                      "VALUES ($1, $2, $3, $4, $5, 'terbit', $6, $7) RETURNING id",
                      r.nomor, r.sumber_dana, r.dari, r.sampai, r.tahun, r.pelaku, r.dibuat)[0][0]);
    const std::int64_t newest = int64(t_.exec("SELECT coalesce(max(id), 0) FROM alokasi")[0][0]);
    move_past_invoices(held);  // now above `newest`: outside this invoice's ranges
    r.baris = 0;
    r.total = 0;
    // Month by month: from where the month's last live invoice ended to the newest allocation.
    for (std::string bulan = r.dari; bulan <= r.sampai; bulan = next_month(bulan)) {
      const std::int64_t from =
          int64(t_.exec("SELECT coalesce(max(id_sampai), 0) FROM tagihan_bulan WHERE "
                        "sumber_dana = $1 AND bulan = $2",
                        r.sumber_dana, bulan)[0][0]);
      if (newest <= from) continue;
      const auto sum = t_.exec(
          "SELECT count(*), coalesce(sum(iuran), 0) FROM alokasi WHERE sumber_dana = $1 AND bulan = $2 AND id > $3 "
          "AND id <= $4",
          r.sumber_dana, bulan, from, newest);
      const std::int64_t lines = int64(sum[0][0]);
      if (lines == 0) continue;
      t_.exec(
          "INSERT INTO tagihan_bulan (tagihan_id, sumber_dana, bulan, id_dari, id_sampai) VALUES ($1, $2, $3, $4, "
          "$5)",
          r.id, r.sumber_dana, bulan, from, newest);
      r.baris += lines;
      r.total += int64(sum[0][1]);
    }
    t_.exec("UPDATE tagihan SET baris = $1, total = $2 WHERE id = $3", r.baris, r.total, r.id);
  }

  std::int64_t count_invoices(int tahun) override {
    return int64(t_.exec("SELECT count(*) FROM tagihan WHERE tahun = $1", tahun)[0][0]);
  }

  std::optional<InvoiceRecord> invoice(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kInvoiceColumns + " FROM tagihan WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_invoice(r[0]);
  }

  std::vector<InvoiceRecord> invoices(std::string_view sumber_dana, int tahun) override {
    std::vector<InvoiceRecord> out;
    for (const auto& r : t_.exec(std::string{"SELECT "} + kInvoiceColumns +
                                     " FROM tagihan WHERE ($1::text = '' OR sumber_dana = $1::text) AND "
                                     "($2::integer = 0 OR tahun = $2::integer) ORDER BY id DESC",
                                 std::string{sumber_dana}, tahun))
      out.push_back(row_to_invoice(r));
    return out;
  }

  std::vector<InvoiceLine> invoice_lines(std::int64_t id) override {
    std::vector<InvoiceLine> out;
    for (const auto& r :
         t_.exec("SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada FROM tagihan_bulan b "
                 "JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
                 "AND a.id <= b.id_sampai WHERE b.tagihan_id = $1 ORDER BY a.bulan, a.pekerja_id",
                 id))
      out.push_back({int64(r[0]), int64(r[1]), text(r[2]), int64(r[3]), int64(r[4]), text(r[5])});
    return out;
  }

  void update_invoice(const InvoiceRecord& r) override {
    t_.exec("UPDATE tagihan SET baris = $1, total = $2, dibayar = $3, status = $4, alasan_batal = $5 WHERE id = $6",
            r.baris, r.total, r.dibayar, r.status, r.alasan_batal, r.id);
  }

  Page<InvoiceWorker> invoice_workers(std::int64_t id, int offset, int limit) override {
    Page<InvoiceWorker> out;
    out.total = int64(t_.exec(
        "SELECT count(DISTINCT a.pekerja_id) FROM tagihan_bulan b JOIN alokasi a ON a.sumber_dana = "
        "b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari AND a.id <= b.id_sampai WHERE b.tagihan_id = $1",
        id)[0][0]);
    for (const auto& r : t_.exec(
             "WITH l AS (SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada FROM tagihan_bulan b "
             "JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
             "AND a.id <= b.id_sampai WHERE b.tagihan_id = $1), "
             "w AS (SELECT DISTINCT l.pekerja_id, p.nama FROM l JOIN pekerja p ON p.id = l.pekerja_id "
             "ORDER BY p.nama, l.pekerja_id LIMIT $2 OFFSET $3) "
             "SELECT l.id, l.pekerja_id, l.bulan, l.iuran, l.dibayar, l.dibayar_pada, p.nama, p.nik, p.kpj FROM l "
             "JOIN w ON w.pekerja_id = l.pekerja_id JOIN pekerja p ON p.id = l.pekerja_id "
             "ORDER BY p.nama, l.pekerja_id, l.bulan",
             id, std::int64_t{limit}, std::int64_t{offset})) {
      const std::int64_t worker = int64(r[1]);
      if (out.items.empty() || out.items.back().pekerja_id != worker)
        out.items.push_back({worker, text(r[6]), text(r[7]), text(r[8]), {}});
      out.items.back().months.push_back({int64(r[0]), worker, text(r[2]), int64(r[3]), int64(r[4]), text(r[5])});
    }
    return out;
  }

  std::vector<WorkerAnswers> bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                          std::string_view sampai) override {
    std::vector<WorkerAnswers> out;
    for (const auto& r : t_.exec(
             // From the funder's allocations in the range to their workers (sqlite_billing.cpp says why).
             "WITH didanai AS (SELECT DISTINCT pekerja_id FROM alokasi WHERE ($1::text = '' OR sumber_dana = "
             "$1::text) AND bulan >= $2::text AND bulan <= $3::text) "
             "SELECT p.id, p.status, coalesce(e.status, ''), coalesce(e.tanggal_efektif, ''), coalesce(e.dijawab, '') "
             "FROM didanai d JOIN pekerja p ON p.id = d.pekerja_id LEFT JOIN pendaftaran_bpjs_pekerja e "
             "ON e.pekerja_id = p.id AND e.status IN ('diterima', 'ditolak') "
             "WHERE p.status <> 'aktif' OR e.pekerja_id IS NOT NULL ORDER BY p.id, e.dijawab, e.pendaftaran_id",
             std::string{sumber_dana}, std::string{dari}, std::string{sampai})) {
      const std::int64_t worker = int64(r[0]);
      if (out.empty() || out.back().pekerja_id != worker) out.push_back({worker, text(r[1]), {}});
      const std::string status = text(r[2]);
      if (status.empty()) continue;
      const std::string day = status == "diterima" ? text(r[3]) : text(r[4]);
      out.back().answers.emplace_back(status, day.substr(0, 10));
    }
    return out;
  }

  std::vector<FundedMonth> months_of_worker(std::int64_t pekerja_id) override {
    std::vector<FundedMonth> out;
    for (const auto& r :
         t_.exec("SELECT a.id, a.pekerja_id, a.sumber_dana, a.bulan, a.iuran, a.dibayar, a.dibayar_pada, p.nama, "
                 "p.kode_kelurahan, p.rt, coalesce((SELECT b.tagihan_id FROM tagihan_bulan b WHERE b.sumber_dana = "
                 "a.sumber_dana AND b.bulan = a.bulan AND b.id_sampai >= a.id AND b.id_dari < a.id), 0) "
                 "FROM alokasi a JOIN pekerja p ON p.id = a.pekerja_id WHERE a.pekerja_id = $1 ORDER BY a.bulan",
                 pekerja_id)) {
      FundedMonth m;
      m.alokasi = {int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), text(r[6])};
      m.nama = text(r[7]);
      m.kode_kelurahan = text(r[8]);
      m.rt = static_cast<int>(int64(r[9]));
      m.tagihan_id = int64(r[10]);
      out.push_back(std::move(m));
    }
    return out;
  }

  void move_past_invoices(const std::vector<std::int64_t>& ids) override {
    // The identity's next value is above every id the table holds (ids come only from it).
    for (const auto id : ids)
      t_.exec("UPDATE alokasi SET id = nextval(pg_get_serial_sequence('alokasi', 'id')) WHERE id = $1 AND dibayar = 0",
              id);
  }

  void release_invoice_lines(std::int64_t id) override {
    // A later live invoice of one of its months starts where this one ends: cancelling this one
    // first would leave its range to nobody.
    const auto later = t_.exec(
        "SELECT l.bulan FROM tagihan_bulan b JOIN tagihan_bulan l ON l.sumber_dana = b.sumber_dana "
        "AND l.bulan = b.bulan AND l.id_dari >= b.id_sampai WHERE b.tagihan_id = $1 LIMIT 1",
        id);
    if (!later.empty())
      throw Conflict(
          "ada_tagihan_lebih_baru",
          "Bulan " + text(later[0][0]) + " sudah ditagih lagi sesudah tagihan ini; batalkan tagihan terbaru dahulu",
          "tagihan");
    t_.exec("DELETE FROM tagihan_bulan WHERE tagihan_id = $1", id);
  }

  void set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) override {
    t_.exec("UPDATE alokasi SET dibayar = $1, dibayar_pada = $2 WHERE id = $3", dibayar, std::string{dibayar_pada},
            alokasi_id);
  }

  std::optional<PaymentRecord> payment_by_reference(std::string_view referensi) override {
    const auto r =
        t_.exec(std::string{"SELECT "} + kPaymentColumns + " WHERE p.referensi = $1", std::string{referensi});
    if (r.empty()) return std::nullopt;
    return row_to_payment(r[0]);
  }

  void insert_payment(PaymentRecord& p) override {
    p.dibuat = now_utc();
    p.id =
        int64(t_.exec("INSERT INTO pembayaran (tagihan_id, referensi, jumlah, tanggal, pelaku, dibuat) VALUES ($1, "
                      "$2, $3, $4, $5, $6) RETURNING id",
                      p.tagihan_id, p.referensi, p.jumlah, p.tanggal, p.pelaku, p.dibuat)[0][0]);
  }

  std::vector<PaymentRecord> payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) override {
    std::vector<PaymentRecord> out;
    for (const auto& r :
         t_.exec(std::string{"SELECT "} + kPaymentColumns +
                     " JOIN tagihan t ON t.id = p.tagihan_id WHERE ($1::bigint = 0 OR p.tagihan_id = $1::bigint) "
                     "AND ($2::text = '' OR t.sumber_dana = $2::text) AND ($3::integer = 0 OR t.tahun = $3::integer) "
                     "ORDER BY p.tanggal, p.id",
                 tagihan_id, std::string{sumber_dana}, tahun))
      out.push_back(row_to_payment(r));
    return out;
  }

  void for_each_funded_month(const FundedMonthQuery& q, const std::function<void(const FundedMonth&)>& fn) override {
    Sql where;
    where.add(" WHERE TRUE");
    if (!q.sumber_dana.empty()) where.add(" AND a.sumber_dana = ").arg(q.sumber_dana);
    if (q.tahun != 0) where.add(" AND a.tahun = ").arg(std::int64_t{q.tahun});
    if (!q.area.empty()) {
      const auto level = level_of_code(q.area);
      if (!level) throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
      if (*level == RegionLevel::rt) {
        where.add(" AND p.kode_kelurahan = ").arg(parent_code(q.area)).add(" AND p.rt = ");
        where.arg(std::int64_t{std::stoi(q.area.substr(q.area.rfind('.') + 1))});
      } else if (*level == RegionLevel::kelurahan) {
        where.add(" AND p.kode_kelurahan = ").arg(q.area);
      } else {
        const auto [lo, hi] = pg::below(q.area);
        where.add(" AND p.kode_kelurahan >= ").arg(lo).add(" AND p.kode_kelurahan < ").arg(hi);
      }
    }
    // Keyset pages on (pekerja_id, bulan), unique per allocation: bounded memory for any year.
    std::int64_t after_worker = 0;
    std::string after_month;
    FundedMonth m;
    for (;;) {
      Sql s{
          "SELECT a.id, a.pekerja_id, a.sumber_dana, a.bulan, a.iuran, a.dibayar, a.dibayar_pada, p.nama, "
          "p.kode_kelurahan, p.rt, coalesce((SELECT b.tagihan_id FROM tagihan_bulan b WHERE b.sumber_dana = "
          "a.sumber_dana AND b.bulan = a.bulan AND b.id_sampai >= a.id AND b.id_dari < a.id), 0) "
          "FROM alokasi a JOIN pekerja p ON p.id = a.pekerja_id" +
              where.text,
          where.args};
      s.add(" AND (a.pekerja_id, a.bulan) > (").arg(after_worker).add("::bigint, ").arg(after_month).add("::text");
      s.add(") ORDER BY a.pekerja_id, a.bulan LIMIT ").arg(kBlock);
      const auto rows = t_.exec(s);
      for (const auto& r : rows) {
        m.alokasi = {int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), text(r[6])};
        m.nama = text(r[7]);
        m.kode_kelurahan = text(r[8]);
        m.rt = static_cast<int>(int64(r[9]));
        m.tagihan_id = int64(r[10]);
        fn(m);
      }
      if (static_cast<std::int64_t>(rows.size()) < kBlock) return;
      after_worker = m.alokasi.pekerja_id;
      after_month = m.alokasi.bulan;
    }
  }

  std::vector<std::int64_t> funded_workers(std::string_view sumber_dana, std::string_view bulan) override {
    const std::string b{bulan};
    std::vector<std::int64_t> out;
    for (const auto& r : t_.exec("SELECT pekerja_id FROM alokasi WHERE sumber_dana = $1 AND tahun = $2 AND bulan = $3 "
                                 "ORDER BY pekerja_id",
                                 std::string{sumber_dana}, std::stoi(b.substr(0, 4)), b))
      out.push_back(int64(r[0]));
    return out;
  }

  std::vector<FunderBilling> funder_billing(int tahun) override {
    std::vector<FunderBilling> out;
    for (const auto& r :
         t_.exec("SELECT sumber_dana, sum(total), sum(dibayar), count(*) FROM tagihan WHERE tahun = $1 AND status <> "
                 "'batal' GROUP BY sumber_dana ORDER BY sumber_dana",
                 tahun))
      out.push_back({text(r[0]), int64(r[1]), int64(r[2]), int64(r[3])});
    return out;
  }

  std::pair<std::int64_t, std::int64_t> funded_worker_range(std::string_view sumber_dana, int tahun) override {
    const auto r = t_.exec("SELECT min(pekerja_id), max(pekerja_id) FROM alokasi WHERE sumber_dana = $1 AND tahun = $2",
                           std::string{sumber_dana}, tahun);
    if (r[0][0].is_null()) return {0, -1};
    return {int64(r[0][0]), int64(r[0][1])};
  }

  void for_each_ledger_row(
      std::string_view sumber_dana, int tahun, std::int64_t from_id, std::int64_t to_id,
      const std::function<void(std::int64_t, int, std::int64_t, std::int64_t, std::string_view)>& fn) override {
    const std::string funder{sumber_dana};
    std::int64_t after_worker = from_id;  // with month "": every month of from_id
    std::string after_month;
    for (;;) {
      const auto rows = t_.exec(
          "SELECT pekerja_id, bulan, iuran, dibayar, dibayar_pada FROM alokasi WHERE sumber_dana = $1 AND tahun = $2 "
          "AND (pekerja_id, bulan) > ($3::bigint, $4::text) AND pekerja_id < $5 ORDER BY pekerja_id, bulan LIMIT $6",
          funder, tahun, after_worker, after_month, to_id, kBlock);
      for (const auto& r : rows) {
        const char* bulan = r[1].c_str();
        const int month = r[1].size() >= 7 ? (bulan[5] - '0') * 10 + (bulan[6] - '0') : 0;
        fn(int64(r[0]), month, int64(r[2]), int64(r[3]), std::string_view{r[4].c_str(), r[4].size()});
      }
      if (static_cast<std::int64_t>(rows.size()) < kBlock) return;
      after_worker = int64(rows[rows.size() - 1][0]);
      after_month = text(rows[rows.size() - 1][1]);
    }
  }

 private:
  Tx& t_;
};

}  // namespace

std::unique_ptr<BillingSession> make_pg_billing(Tx& t) { return std::make_unique<PgBilling>(t); }

}  // namespace lindungi::store
