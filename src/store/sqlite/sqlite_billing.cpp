#include "store/sqlite/sqlite_billing.hpp"

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <string>

#include "store/billing_store.hpp"
#include "store/records/billing.hpp"
#include "store/sqlite/sqlite_row.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;

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

// Billing on SQLite: records::Billing, with the invoice's reads memory-mapped and the ledger read
// through the raw SQLite API.
class SqliteBilling final : public records::Billing {
 public:
  explicit SqliteBilling(Connection& c) : Billing(sqlite::row_db(c)), c_(c) {}

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

 protected:
  std::shared_ptr<void> bulk_read() override { return std::make_shared<MappedScan>(c_.db()); }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<BillingSession> make_sqlite_billing(sqlite::Connection& c) {
  return std::make_unique<SqliteBilling>(c);
}

}  // namespace lindungi::store
