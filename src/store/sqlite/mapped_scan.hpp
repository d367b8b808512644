#pragma once
// A scan over millions of rows on SQLite (billing's invoices, the planner's workers): the database
// file read through a memory map while a MappedScan lives.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>

namespace lindungi::store::sqlite {

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

}  // namespace lindungi::store::sqlite
