#include "store/postgres/pg_funding.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store::pg {

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

constexpr const char* kFunderSelect = "SELECT kode, nama, jenis, wilayah, pekerjaan, aktif FROM sumber_dana";

FunderRecord row_to_funder(const pqxx::row& r) {
  return {text(r[0]), text(r[1]), text(r[2]), text(r[3]), split(text(r[4])), boolean(r[5])};
}

constexpr const char* kBudgetSelect =
    "SELECT a.sumber_dana, a.tahun, a.pagu, a.kuota, "
    "(SELECT coalesce(sum(iuran), 0) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun), "
    "(SELECT count(DISTINCT pekerja_id) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun) "
    "FROM anggaran a";

BudgetRecord row_to_budget(const pqxx::row& r) {
  return {text(r[0]), static_cast<int>(int64(r[1])), int64(r[2]), int64(r[3]), int64(r[4]), int64(r[5])};
}

}  // namespace

std::vector<FunderRecord> funders(Tx& t) {
  std::vector<FunderRecord> out;
  for (const auto& row : t.exec(std::string{kFunderSelect} + " ORDER BY jenis, kode"))
    out.push_back(row_to_funder(row));
  return out;
}

std::optional<FunderRecord> funder(Tx& t, std::string_view kode) {
  const auto r = t.exec(std::string{kFunderSelect} + " WHERE kode = $1", std::string{kode});
  if (r.empty()) return std::nullopt;
  return row_to_funder(r[0]);
}

void put_funder(Tx& t, const FunderRecord& f) {
  t.exec(
      "INSERT INTO sumber_dana (kode, nama, jenis, wilayah, pekerjaan, aktif) VALUES ($1, $2, $3, $4, $5, $6) "
      "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama, wilayah = excluded.wilayah, "
      "pekerjaan = excluded.pekerjaan, aktif = excluded.aktif",
      f.kode, f.nama, f.jenis, f.wilayah, join(f.pekerjaan), f.aktif);
}

std::optional<BudgetRecord> budget(Tx& t, std::string_view kode, int tahun) {
  const auto r =
      t.exec(std::string{kBudgetSelect} + " WHERE a.sumber_dana = $1 AND a.tahun = $2", std::string{kode}, tahun);
  if (r.empty()) return std::nullopt;
  return row_to_budget(r[0]);
}

std::vector<BudgetRecord> budgets(Tx& t, int tahun) {
  std::vector<BudgetRecord> out;
  for (const auto& row : t.exec(std::string{kBudgetSelect} + " WHERE a.tahun = $1 ORDER BY a.sumber_dana", tahun))
    out.push_back(row_to_budget(row));
  return out;
}

void put_budget(Tx& t, const BudgetRecord& b) {
  t.exec(
      "INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (sumber_dana, tahun) DO UPDATE SET pagu = excluded.pagu, kuota = excluded.kuota",
      b.sumber_dana, b.tahun, b.pagu, b.kuota);
}

std::vector<AllocationRecord> allocations_of(Tx& t, std::int64_t pekerja_id) {
  std::vector<AllocationRecord> out;
  for (const auto& r : t.exec(
           "SELECT id, pekerja_id, sumber_dana, bulan, iuran, dibayar, dibayar_pada FROM alokasi WHERE pekerja_id = $1 "
           "ORDER BY bulan",
           pekerja_id))
    out.push_back({int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), text(r[6])});
  return out;
}

void insert_allocation(Tx& t, AllocationRecord& a) {
  // DO NOTHING, not a caught violation: an error would abort the caller's whole transaction.
  const auto r = t.exec(
      "INSERT INTO alokasi (pekerja_id, sumber_dana, bulan, tahun, iuran, dibayar, dibayar_pada, dibuat) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (pekerja_id, bulan) DO NOTHING RETURNING id",
      a.pekerja_id, a.sumber_dana, a.bulan, std::stoi(a.bulan.substr(0, 4)), a.iuran, a.dibayar, a.dibayar_pada,
      now_utc());
  if (r.empty()) throw Conflict("sudah_didanai", "Bulan " + a.bulan + " untuk pekerja ini sudah didanai", "bulan");
  a.id = int64(r[0][0]);
}

// The same GROUP BY as SQLite's (sqlite_funding.cpp); bulan is text YYYY-MM in both.
std::vector<MonthFunded> monthly_funded(Tx& t, std::string_view area, std::string_view from_month,
                                        std::string_view to_month) {
  const auto level = level_of_code(area);
  if (!area.empty() && !level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  Sql q;
  q.add(
       "SELECT a.bulan, count(*), sum(CASE WHEN a.dibayar >= a.iuran THEN 1 ELSE 0 END) FROM alokasi a "
       "JOIN pekerja p ON p.id = a.pekerja_id WHERE a.bulan >= ")
      .arg(std::string{from_month})
      .add(" AND a.bulan <= ")
      .arg(std::string{to_month});
  if (area.empty()) {
  } else if (*level == RegionLevel::kelurahan) {
    q.add(" AND p.kode_kelurahan = ").arg(std::string{area});
  } else if (*level == RegionLevel::rt) {
    const std::string a{area};
    q.add(" AND p.kode_kelurahan = ").arg(parent_code(a)).add(" AND p.rt = ");
    q.arg(std::int64_t{std::stoi(a.substr(a.rfind('.') + 1))});
  } else {
    const auto [lo, hi] = below(area);
    q.add(" AND p.kode_kelurahan >= ").arg(lo).add(" AND p.kode_kelurahan < ").arg(hi);
  }
  q.add(" GROUP BY a.bulan ORDER BY a.bulan");
  std::vector<MonthFunded> out;
  for (const auto& r : t.exec(q)) out.push_back({text(r[0]), int64(r[1]), int64(r[2])});
  return out;
}

}  // namespace lindungi::store::pg
