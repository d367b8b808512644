#include "store/sqlite/sqlite_funding.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store::sqlite {

namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t end = std::min(s.find(',', start), s.size());
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ",") + x;
  return out;
}

FunderRecord row_to_funder(SQLite::Statement& s) {
  return {s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getString(),
          s.getColumn(3).getString(), split(s.getColumn(4).getString()), s.getColumn(5).getInt() != 0};
}

constexpr const char* kBudgetSelect =
    "SELECT a.sumber_dana, a.tahun, a.pagu, a.kuota, "
    "(SELECT coalesce(sum(iuran), 0) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun), "
    "(SELECT count(DISTINCT pekerja_id) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun) "
    "FROM anggaran a";

BudgetRecord row_to_budget(SQLite::Statement& s) {
  return {s.getColumn(0).getString(), s.getColumn(1).getInt(), s.getColumn(2).getInt64(),
          s.getColumn(3).getInt64(),  s.getColumn(4).getInt64(), s.getColumn(5).getInt64()};
}

}  // namespace

std::vector<FunderRecord> funders(Connection& c) {
  auto& s = c.prepare("SELECT kode, nama, jenis, wilayah, pekerjaan, aktif FROM sumber_dana ORDER BY jenis, kode");
  ResetOnExit r{s};
  std::vector<FunderRecord> out;
  while (s.executeStep()) out.push_back(row_to_funder(s));
  return out;
}

std::optional<FunderRecord> funder(Connection& c, std::string_view kode) {
  auto& s = c.prepare("SELECT kode, nama, jenis, wilayah, pekerjaan, aktif FROM sumber_dana WHERE kode = ?");
  ResetOnExit r{s};
  s.bind(1, std::string{kode});
  if (!s.executeStep()) return std::nullopt;
  return row_to_funder(s);
}

void put_funder(Connection& c, const FunderRecord& f) {
  auto& s = c.prepare(
      "INSERT INTO sumber_dana (kode, nama, jenis, wilayah, pekerjaan, aktif) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama, wilayah = excluded.wilayah, "
      "pekerjaan = excluded.pekerjaan, aktif = excluded.aktif");
  ResetOnExit r{s};
  s.bind(1, f.kode);
  s.bind(2, f.nama);
  s.bind(3, f.jenis);
  s.bind(4, f.wilayah);
  s.bind(5, join(f.pekerjaan));
  s.bind(6, f.aktif ? 1 : 0);
  s.exec();
}

std::optional<BudgetRecord> budget(Connection& c, std::string_view kode, int tahun) {
  auto& s = c.prepare(std::string{kBudgetSelect} + " WHERE a.sumber_dana = ? AND a.tahun = ?");
  ResetOnExit r{s};
  s.bind(1, std::string{kode});
  s.bind(2, tahun);
  if (!s.executeStep()) return std::nullopt;
  return row_to_budget(s);
}

std::vector<BudgetRecord> budgets(Connection& c, int tahun) {
  auto& s = c.prepare(std::string{kBudgetSelect} + " WHERE a.tahun = ? ORDER BY a.sumber_dana");
  ResetOnExit r{s};
  s.bind(1, tahun);
  std::vector<BudgetRecord> out;
  while (s.executeStep()) out.push_back(row_to_budget(s));
  return out;
}

void put_budget(Connection& c, const BudgetRecord& b) {
  auto& s = c.prepare(
      "INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (sumber_dana, tahun) DO UPDATE SET pagu = excluded.pagu, kuota = excluded.kuota");
  ResetOnExit r{s};
  s.bind(1, b.sumber_dana);
  s.bind(2, b.tahun);
  s.bind(3, b.pagu);
  s.bind(4, b.kuota);
  s.exec();
}

std::vector<AllocationRecord> allocations_of(Connection& c, std::int64_t pekerja_id) {
  auto& s = c.prepare(
      "SELECT id, pekerja_id, sumber_dana, bulan, iuran, dibayar, dibayar_pada FROM alokasi WHERE pekerja_id = ? "
      "ORDER BY bulan");
  ResetOnExit r{s};
  s.bind(1, pekerja_id);
  std::vector<AllocationRecord> out;
  while (s.executeStep())
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                   s.getColumn(3).getString(), s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                   s.getColumn(6).getString()});
  return out;
}

void insert_allocation(Connection& c, AllocationRecord& a) {
  auto& s = c.prepare(
      "INSERT INTO alokasi (pekerja_id, sumber_dana, bulan, tahun, iuran, dibayar, dibayar_pada, dibuat) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  {
    ResetOnExit r{s};
    s.bind(1, a.pekerja_id);
    s.bind(2, a.sumber_dana);
    s.bind(3, a.bulan);
    s.bind(4, std::stoi(a.bulan.substr(0, 4)));
    s.bind(5, a.iuran);
    s.bind(6, a.dibayar);
    s.bind(7, a.dibayar_pada);
    s.bind(8, now_utc());
    try {
      s.exec();
    } catch (const SQLite::Exception& e) {
      if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
        throw Conflict("sudah_didanai", "Bulan " + a.bulan + " untuk pekerja ini sudah didanai", "bulan");
      throw;
    }
  }
  a.id = c.db().getLastInsertRowid();
}

// One GROUP BY over the area's allocations: pekerja carries the kelurahan and RT, so the area is
// filtered the way status_counts filters its summaries (an RT code is its kelurahan plus number).
std::vector<MonthFunded> monthly_funded(Connection& c, std::string_view area, std::string_view from_month,
                                        std::string_view to_month) {
  const auto level = level_of_code(area);
  if (!area.empty() && !level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  std::string sql =
      "SELECT a.bulan, count(*), sum(CASE WHEN a.dibayar >= a.iuran THEN 1 ELSE 0 END) FROM alokasi a "
      "JOIN pekerja p ON p.id = a.pekerja_id WHERE a.bulan >= ?1 AND a.bulan <= ?2";
  if (area.empty()) {
  } else if (*level == RegionLevel::kelurahan) {
    sql += " AND p.kode_kelurahan = ?3";
  } else if (*level == RegionLevel::rt) {
    sql += " AND p.kode_kelurahan = ?3 AND p.rt = ?4";
  } else {
    sql += " AND p.kode_kelurahan >= ?3 AND p.kode_kelurahan < ?4";
  }
  sql += " GROUP BY a.bulan ORDER BY a.bulan";
  auto& s = c.prepare(sql);
  ResetOnExit r{s};
  s.bind(1, std::string{from_month});
  s.bind(2, std::string{to_month});
  if (!area.empty()) {
    const std::string a{area};
    if (*level == RegionLevel::kelurahan) {
      s.bind(3, a);
    } else if (*level == RegionLevel::rt) {
      s.bind(3, parent_code(a));
      s.bind(4, std::stoi(a.substr(a.rfind('.') + 1)));
    } else {
      s.bind(3, a + ".");
      s.bind(4, a + "/");
    }
  }
  std::vector<MonthFunded> out;
  while (s.executeStep())
    out.push_back({s.getColumn(0).getString(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64()});
  return out;
}

}  // namespace lindungi::store::sqlite
