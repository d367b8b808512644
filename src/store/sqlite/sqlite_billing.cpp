#include "store/sqlite/sqlite_billing.hpp"

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <string>

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;

constexpr const char* kInvoiceColumns =
    "id, nomor, sumber_dana, dari, sampai, tahun, baris, total, dibayar, status, alasan_batal, pelaku, dibuat";

InvoiceRecord row_to_invoice(SQLite::Statement& s) {
  InvoiceRecord r;
  r.id = s.getColumn(0).getInt64();
  r.nomor = s.getColumn(1).getString();
  r.sumber_dana = s.getColumn(2).getString();
  r.dari = s.getColumn(3).getString();
  r.sampai = s.getColumn(4).getString();
  r.tahun = s.getColumn(5).getInt();
  r.baris = s.getColumn(6).getInt64();
  r.total = s.getColumn(7).getInt64();
  r.dibayar = s.getColumn(8).getInt64();
  r.status = s.getColumn(9).getString();
  r.alasan_batal = s.getColumn(10).getString();
  r.pelaku = s.getColumn(11).getString();
  r.dibuat = s.getColumn(12).getString();
  return r;
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

PaymentRecord row_to_payment(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(),  s.getColumn(2).getString(), s.getColumn(3).getInt64(),
          s.getColumn(4).getString(), s.getColumn(5).getString(), s.getColumn(6).getString()};
}

constexpr const char* kPaymentColumns = "id, tagihan_id, referensi, jumlah, tanggal, pelaku, dibuat";

// "p.kode_kelurahan/rt within `area`" with its arguments ("" = everything).
std::string area_clause(std::string_view area, std::vector<std::string>& args, int& rt) {
  rt = -1;
  if (area.empty()) return "1 = 1";
  const auto level = level_of_code(area);
  if (!level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  const std::string code{area};
  if (*level == RegionLevel::kelurahan) {
    args.push_back(code);
    return "p.kode_kelurahan = ?";
  }
  if (*level == RegionLevel::rt) {
    args.push_back(parent_code(code));
    rt = std::stoi(code.substr(code.rfind('.') + 1));
    return "p.kode_kelurahan = ? AND p.rt = ?";
  }
  args.push_back(code + ".");
  args.push_back(code + "/");
  return "p.kode_kelurahan >= ? AND p.kode_kelurahan < ?";
}

// For one scan over millions of rows: SQLite reads the database file through a memory map
// instead of a pread() and a page copy per page (the kernel's pread was about 15% of the billing
// run's CPU time; docs/PERFORMANCE.md). The connection's own setting comes back afterwards.
// SQLite itself leaves the map in place while one of its pages is in use.
class MappedScan {
 public:
  explicit MappedScan(SQLite::Database& db) : db_(db), before_(db.execAndGet("PRAGMA mmap_size").getInt64()) {
    // SQLite caps it at its compile-time maximum (2 GB in Debian's build).
    db_.exec("PRAGMA mmap_size = 1099511627776");
  }
  ~MappedScan() {
    try {
      db_.exec("PRAGMA mmap_size = " + std::to_string(before_));
    } catch (...) {
    }
  }
  MappedScan(const MappedScan&) = delete;
  MappedScan& operator=(const MappedScan&) = delete;

 private:
  SQLite::Database& db_;
  std::int64_t before_;
};

class SqliteBilling final : public BillingSession {
 public:
  explicit SqliteBilling(Connection& c) : c_(c) {}

  void create_invoice(InvoiceRecord& r, const std::vector<std::int64_t>& held) override {
    {
      auto& s = c_.prepare(
          "INSERT INTO tagihan (nomor, sumber_dana, dari, sampai, tahun, status, pelaku, dibuat) "
          "VALUES (?, ?, ?, ?, ?, 'terbit', ?, ?)");
      ResetOnExit reset{s};
      r.dibuat = now_utc();
      s.bind(1, r.nomor);
      s.bind(2, r.sumber_dana);
      s.bind(3, r.dari);
      s.bind(4, r.sampai);
      s.bind(5, r.tahun);
      s.bind(6, r.pelaku);
      s.bind(7, r.dibuat);
      s.exec();
      r.id = c_.db().getLastInsertRowid();
    }
    std::int64_t newest = 0;
    {
      auto& s = c_.prepare("SELECT coalesce(max(id), 0) FROM alokasi");
      ResetOnExit reset{s};
      s.executeStep();
      newest = s.getColumn(0).getInt64();
    }
    move_past_invoices(held);  // now above `newest`: outside this invoice's ranges
    r.baris = 0;
    r.total = 0;
    const MappedScan mapped(c_.db());
    // Month by month: from where the month's last live invoice ended to the newest allocation.
    for (std::string bulan = r.dari; bulan <= r.sampai; bulan = next_month(bulan)) {
      std::int64_t from = 0;
      {
        auto& s =
            c_.prepare("SELECT coalesce(max(id_sampai), 0) FROM tagihan_bulan WHERE sumber_dana = ? AND bulan = ?");
        ResetOnExit reset{s};
        s.bind(1, r.sumber_dana);
        s.bind(2, bulan);
        s.executeStep();
        from = s.getColumn(0).getInt64();
      }
      if (newest <= from) continue;
      std::int64_t lines = 0, total = 0;
      {
        auto& s = c_.prepare(
            "SELECT count(*), coalesce(sum(iuran), 0) FROM alokasi WHERE sumber_dana = ? AND bulan = ? AND id > ? "
            "AND id <= ?");
        ResetOnExit reset{s};
        s.bind(1, r.sumber_dana);
        s.bind(2, bulan);
        s.bind(3, from);
        s.bind(4, newest);
        s.executeStep();
        lines = s.getColumn(0).getInt64();
        total = s.getColumn(1).getInt64();
      }
      if (lines == 0) continue;
      auto& s = c_.prepare(
          "INSERT INTO tagihan_bulan (tagihan_id, sumber_dana, bulan, id_dari, id_sampai) VALUES (?, ?, ?, ?, ?)");
      ResetOnExit reset{s};
      s.bind(1, r.id);
      s.bind(2, r.sumber_dana);
      s.bind(3, bulan);
      s.bind(4, from);
      s.bind(5, newest);
      s.exec();
      r.baris += lines;
      r.total += total;
    }
    auto& s = c_.prepare("UPDATE tagihan SET baris = ?, total = ? WHERE id = ?");
    ResetOnExit reset{s};
    s.bind(1, r.baris);
    s.bind(2, r.total);
    s.bind(3, r.id);
    s.exec();
  }

  std::int64_t count_invoices(int tahun) override {
    auto& s = c_.prepare("SELECT count(*) FROM tagihan WHERE tahun = ?");
    ResetOnExit reset{s};
    s.bind(1, tahun);
    s.executeStep();
    return s.getColumn(0).getInt64();
  }

  std::optional<InvoiceRecord> invoice(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kInvoiceColumns + " FROM tagihan WHERE id = ?");
    ResetOnExit reset{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_invoice(s);
  }

  std::vector<InvoiceRecord> invoices(std::string_view sumber_dana, int tahun) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kInvoiceColumns +
                         " FROM tagihan WHERE (?1 = '' OR sumber_dana = ?1) AND (?2 = 0 OR tahun = ?2) "
                         "ORDER BY id DESC");
    ResetOnExit reset{s};
    s.bind(1, std::string{sumber_dana});
    s.bind(2, tahun);
    std::vector<InvoiceRecord> out;
    while (s.executeStep()) out.push_back(row_to_invoice(s));
    return out;
  }

  std::vector<InvoiceLine> invoice_lines(std::int64_t id) override {
    auto& s = c_.prepare(
        "SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada FROM tagihan_bulan b "
        "JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
        "AND a.id <= b.id_sampai WHERE b.tagihan_id = ? ORDER BY a.bulan, a.pekerja_id");
    ResetOnExit reset{s};
    s.bind(1, id);
    std::vector<InvoiceLine> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                     s.getColumn(3).getInt64(), s.getColumn(4).getInt64(), s.getColumn(5).getString()});
    return out;
  }

  void update_invoice(const InvoiceRecord& r) override {
    auto& s =
        c_.prepare("UPDATE tagihan SET baris = ?, total = ?, dibayar = ?, status = ?, alasan_batal = ? WHERE id = ?");
    ResetOnExit reset{s};
    s.bind(1, r.baris);
    s.bind(2, r.total);
    s.bind(3, r.dibayar);
    s.bind(4, r.status);
    s.bind(5, r.alasan_batal);
    s.bind(6, r.id);
    s.exec();
  }

  Page<InvoiceWorker> invoice_workers(std::int64_t id, int offset, int limit) override {
    Page<InvoiceWorker> out;
    {
      auto& s = c_.prepare(
          "SELECT count(DISTINCT a.pekerja_id) FROM tagihan_bulan b JOIN alokasi a ON a.sumber_dana = b.sumber_dana "
          "AND a.bulan = b.bulan AND a.id > b.id_dari AND a.id <= b.id_sampai WHERE b.tagihan_id = ?");
      ResetOnExit reset{s};
      s.bind(1, id);
      s.executeStep();
      out.total = s.getColumn(0).getInt64();
    }
    auto& s = c_.prepare(
        "WITH l AS (SELECT a.id, a.pekerja_id, a.bulan, a.iuran, a.dibayar, a.dibayar_pada FROM tagihan_bulan b "
        "JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
        "AND a.id <= b.id_sampai WHERE b.tagihan_id = ?1), "
        "w AS (SELECT DISTINCT l.pekerja_id, p.nama FROM l JOIN pekerja p ON p.id = l.pekerja_id "
        "ORDER BY p.nama, l.pekerja_id LIMIT ?2 OFFSET ?3) "
        "SELECT l.id, l.pekerja_id, l.bulan, l.iuran, l.dibayar, l.dibayar_pada, p.nama, p.nik, p.kpj FROM l "
        "JOIN w ON w.pekerja_id = l.pekerja_id JOIN pekerja p ON p.id = l.pekerja_id "
        "ORDER BY p.nama, l.pekerja_id, l.bulan");
    ResetOnExit reset{s};
    s.bind(1, id);
    s.bind(2, limit);
    s.bind(3, offset);
    while (s.executeStep()) {
      const std::int64_t worker = s.getColumn(1).getInt64();
      if (out.items.empty() || out.items.back().pekerja_id != worker)
        out.items.push_back(
            {worker, s.getColumn(6).getString(), s.getColumn(7).getString(), s.getColumn(8).getString(), {}});
      out.items.back().months.push_back({s.getColumn(0).getInt64(), worker, s.getColumn(2).getString(),
                                         s.getColumn(3).getInt64(), s.getColumn(4).getInt64(),
                                         s.getColumn(5).getString()});
    }
    return out;
  }

  std::vector<WorkerAnswers> bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                          std::string_view sampai) override {
    // From the funder's allocations in the range (index alokasi_sumber_bulan) to their workers: one
    // scan of the range per invoice. Starting from every worker not active (11,000 in the demo) and
    // probing allocations for each made issuing the demo's 1,656 invoices 80% of its 20 s.
    auto& s = c_.prepare(std::string{"WITH didanai AS (SELECT DISTINCT pekerja_id FROM alokasi WHERE "} +
                         (sumber_dana.empty() ? "?1 = '' AND " : "sumber_dana = ?1 AND ") +
                         "bulan >= ?2 AND bulan <= ?3) "
                         "SELECT p.id, p.status, coalesce(e.status, ''), coalesce(e.tanggal_efektif, ''), "
                         "coalesce(e.dijawab, '') FROM didanai d JOIN pekerja p ON p.id = d.pekerja_id "
                         "LEFT JOIN pendaftaran_bpjs_pekerja e ON e.pekerja_id = p.id "
                         "AND e.status IN ('diterima', 'ditolak') "
                         "WHERE p.status <> 'aktif' OR e.pekerja_id IS NOT NULL "
                         "ORDER BY p.id, e.dijawab, e.pendaftaran_id");
    ResetOnExit reset{s};
    s.bind(1, std::string{sumber_dana});
    s.bind(2, std::string{dari});
    s.bind(3, std::string{sampai});
    std::vector<WorkerAnswers> out;
    while (s.executeStep()) {
      const std::int64_t worker = s.getColumn(0).getInt64();
      if (out.empty() || out.back().pekerja_id != worker) out.push_back({worker, s.getColumn(1).getString(), {}});
      const std::string status = s.getColumn(2).getString();
      if (status.empty()) continue;
      const std::string day = status == "diterima" ? s.getColumn(3).getString() : s.getColumn(4).getString();
      out.back().answers.emplace_back(status, day.substr(0, 10));
    }
    return out;
  }

  std::vector<FundedMonth> months_of_worker(std::int64_t pekerja_id) override {
    auto& s = c_.prepare(
        "SELECT a.id, a.pekerja_id, a.sumber_dana, a.bulan, a.iuran, a.dibayar, a.dibayar_pada, p.nama, "
        "p.kode_kelurahan, p.rt, coalesce((SELECT b.tagihan_id FROM tagihan_bulan b WHERE b.sumber_dana = "
        "a.sumber_dana AND b.bulan = a.bulan AND b.id_sampai >= a.id AND b.id_dari < a.id), 0) "
        "FROM alokasi a JOIN pekerja p ON p.id = a.pekerja_id WHERE a.pekerja_id = ? ORDER BY a.bulan");
    ResetOnExit reset{s};
    s.bind(1, pekerja_id);
    std::vector<FundedMonth> out;
    while (s.executeStep()) {
      FundedMonth m;
      m.alokasi = {s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                   s.getColumn(3).getString(), s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                   s.getColumn(6).getString()};
      m.nama = s.getColumn(7).getString();
      m.kode_kelurahan = s.getColumn(8).getString();
      m.rt = s.getColumn(9).getInt();
      m.tagihan_id = s.getColumn(10).getInt64();
      out.push_back(std::move(m));
    }
    return out;
  }

  void move_past_invoices(const std::vector<std::int64_t>& ids) override {
    for (const auto id : ids) {
      auto& s = c_.prepare("UPDATE alokasi SET id = (SELECT max(id) FROM alokasi) + 1 WHERE id = ? AND dibayar = 0");
      ResetOnExit reset{s};
      s.bind(1, id);
      s.exec();
    }
  }

  void release_invoice_lines(std::int64_t id) override {
    {
      // A later live invoice of one of its months starts where this one ends: cancelling this one
      // first would leave its range to nobody.
      auto& s = c_.prepare(
          "SELECT l.bulan FROM tagihan_bulan b JOIN tagihan_bulan l ON l.sumber_dana = b.sumber_dana "
          "AND l.bulan = b.bulan AND l.id_dari >= b.id_sampai WHERE b.tagihan_id = ? LIMIT 1");
      ResetOnExit reset{s};
      s.bind(1, id);
      if (s.executeStep())
        throw Conflict("ada_tagihan_lebih_baru",
                       "Bulan " + s.getColumn(0).getString() +
                           " sudah ditagih lagi sesudah tagihan ini; batalkan tagihan terbaru dahulu",
                       "tagihan");
    }
    auto& s = c_.prepare("DELETE FROM tagihan_bulan WHERE tagihan_id = ?");
    ResetOnExit reset{s};
    s.bind(1, id);
    s.exec();
  }

  void set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) override {
    auto& s = c_.prepare("UPDATE alokasi SET dibayar = ?, dibayar_pada = ? WHERE id = ?");
    ResetOnExit reset{s};
    s.bind(1, dibayar);
    s.bind(2, std::string{dibayar_pada});
    s.bind(3, alokasi_id);
    s.exec();
  }

  std::optional<PaymentRecord> payment_by_reference(std::string_view referensi) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kPaymentColumns + " FROM pembayaran WHERE referensi = ?");
    ResetOnExit reset{s};
    s.bind(1, std::string{referensi});
    if (!s.executeStep()) return std::nullopt;
    return row_to_payment(s);
  }

  void insert_payment(PaymentRecord& p) override {
    auto& s = c_.prepare(
        "INSERT INTO pembayaran (tagihan_id, referensi, jumlah, tanggal, pelaku, dibuat) VALUES (?, ?, ?, ?, ?, ?)");
    ResetOnExit reset{s};
    p.dibuat = now_utc();
    s.bind(1, p.tagihan_id);
    s.bind(2, p.referensi);
    s.bind(3, p.jumlah);
    s.bind(4, p.tanggal);
    s.bind(5, p.pelaku);
    s.bind(6, p.dibuat);
    s.exec();
    p.id = c_.db().getLastInsertRowid();
  }

  std::vector<PaymentRecord> payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) override {
    auto& s = c_.prepare(
        "SELECT p.id, p.tagihan_id, p.referensi, p.jumlah, p.tanggal, p.pelaku, p.dibuat FROM pembayaran p "
        "JOIN tagihan t ON t.id = p.tagihan_id WHERE (?1 = 0 OR p.tagihan_id = ?1) "
        "AND (?2 = '' OR t.sumber_dana = ?2) AND (?3 = 0 OR t.tahun = ?3) ORDER BY p.tanggal, p.id");
    ResetOnExit reset{s};
    s.bind(1, tagihan_id);
    s.bind(2, std::string{sumber_dana});
    s.bind(3, tahun);
    std::vector<PaymentRecord> out;
    while (s.executeStep()) out.push_back(row_to_payment(s));
    return out;
  }

  void for_each_funded_month(const FundedMonthQuery& q, const std::function<void(const FundedMonth&)>& fn) override {
    std::vector<std::string> args;
    int rt = -1;
    const std::string where = area_clause(q.area, args, rt);
    auto& s = c_.prepare(
        "SELECT a.id, a.pekerja_id, a.sumber_dana, a.bulan, a.iuran, a.dibayar, a.dibayar_pada, p.nama, "
        "p.kode_kelurahan, p.rt, coalesce((SELECT b.tagihan_id FROM tagihan_bulan b WHERE b.sumber_dana = "
        "a.sumber_dana AND b.bulan = a.bulan AND b.id_sampai >= a.id AND b.id_dari < a.id), 0) "
        "FROM alokasi a JOIN pekerja p ON p.id = a.pekerja_id "
        "WHERE (?1 = '' OR a.sumber_dana = ?1) AND (?2 = 0 OR a.tahun = ?2) AND " +
        where + " ORDER BY a.pekerja_id, a.bulan");
    ResetOnExit reset{s};
    s.bind(1, q.sumber_dana);
    s.bind(2, q.tahun);
    int i = 3;
    for (const auto& a : args) s.bind(i++, a);
    if (rt >= 0) s.bind(i++, rt);
    FundedMonth m;
    while (s.executeStep()) {
      m.alokasi = {s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                   s.getColumn(3).getString(), s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                   s.getColumn(6).getString()};
      m.nama = s.getColumn(7).getString();
      m.kode_kelurahan = s.getColumn(8).getString();
      m.rt = s.getColumn(9).getInt();
      m.tagihan_id = s.getColumn(10).getInt64();
      fn(m);
    }
  }

  std::vector<std::int64_t> funded_workers(std::string_view sumber_dana, std::string_view bulan) override {
    auto& s = c_.prepare(
        "SELECT pekerja_id FROM alokasi WHERE sumber_dana = ? AND tahun = ? AND bulan = ? ORDER BY pekerja_id");
    ResetOnExit reset{s};
    const std::string b{bulan};
    s.bind(1, std::string{sumber_dana});
    s.bind(2, std::stoi(b.substr(0, 4)));
    s.bind(3, b);
    std::vector<std::int64_t> out;
    while (s.executeStep()) out.push_back(s.getColumn(0).getInt64());
    return out;
  }

  std::vector<FunderBilling> funder_billing(int tahun) override {
    auto& s = c_.prepare(
        "SELECT sumber_dana, sum(total), sum(dibayar), count(*) FROM tagihan WHERE tahun = ? AND status <> 'batal' "
        "GROUP BY sumber_dana ORDER BY sumber_dana");
    ResetOnExit reset{s};
    s.bind(1, tahun);
    std::vector<FunderBilling> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getString(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64(),
                     s.getColumn(3).getInt64()});
    return out;
  }

  std::pair<std::int64_t, std::int64_t> funded_worker_range(std::string_view sumber_dana, int tahun) override {
    // Two subqueries, each one index seek: SQLite answers min() and max() in one SELECT by scanning
    // every row in between (12 million for the billing run: 1.5 s of CPU, before its threads start).
    auto& s = c_.prepare(
        "SELECT (SELECT min(pekerja_id) FROM alokasi WHERE sumber_dana = ?1 AND tahun = ?2), "
        "(SELECT max(pekerja_id) FROM alokasi WHERE sumber_dana = ?1 AND tahun = ?2)");
    ResetOnExit reset{s};
    s.bind(1, std::string{sumber_dana});
    s.bind(2, tahun);
    s.executeStep();
    if (s.getColumn(0).isNull()) return {0, -1};
    return {s.getColumn(0).getInt64(), s.getColumn(1).getInt64()};
  }

  void for_each_ledger_row(
      std::string_view sumber_dana, int tahun, std::int64_t from_id, std::int64_t to_id,
      const std::function<void(std::int64_t, int, std::int64_t, std::int64_t, std::string_view)>& fn) override {
    const MappedScan mapped(c_.db());
    // The raw SQLite API: twelve million rows read without a column object (and its shared
    // pointer) or a std::string per value.
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(c_.db().getHandle(),
                           "SELECT pekerja_id, bulan, iuran, dibayar, dibayar_pada FROM alokasi WHERE sumber_dana = ? "
                           "AND tahun = ? AND pekerja_id >= ? AND pekerja_id < ? ORDER BY pekerja_id, bulan",
                           -1, &raw, nullptr) != SQLITE_OK)
      throw SQLite::Exception(c_.db().getHandle(), sqlite3_errcode(c_.db().getHandle()));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
    const std::string funder{sumber_dana};
    sqlite3_bind_text(raw, 1, funder.c_str(), static_cast<int>(funder.size()), SQLITE_STATIC);
    sqlite3_bind_int(raw, 2, tahun);
    sqlite3_bind_int64(raw, 3, from_id);
    sqlite3_bind_int64(raw, 4, to_id);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
      const auto* bulan = reinterpret_cast<const char*>(sqlite3_column_text(raw, 1));
      const int month = bulan && std::strlen(bulan) >= 7 ? (bulan[5] - '0') * 10 + (bulan[6] - '0') : 0;
      const auto* paid_on = reinterpret_cast<const char*>(sqlite3_column_text(raw, 4));
      fn(sqlite3_column_int64(raw, 0), month, sqlite3_column_int64(raw, 2), sqlite3_column_int64(raw, 3),
         paid_on ? std::string_view{paid_on} : std::string_view{});
    }
    if (rc != SQLITE_DONE) throw SQLite::Exception(c_.db().getHandle(), rc);
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<BillingSession> make_sqlite_billing(sqlite::Connection& c) {
  return std::make_unique<SqliteBilling>(c);
}

}  // namespace lindungi::store
