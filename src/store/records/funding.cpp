#include "store/records/funding.hpp"

#include "clock/clock.hpp"
#include "store/records/area.hpp"
#include "store/records/fields.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::records {

namespace {

using rows::Params;
using rows::Row;

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

const std::string kFunderSelect = "SELECT kode, nama, jenis, wilayah, pekerjaan, aktif FROM sumber_dana";

FunderRecord read_funder(Row& r) {
  FunderRecord f;
  r >> f.kode >> f.nama >> f.jenis >> f.wilayah;
  f.pekerjaan = split(r.text());  // stored comma-separated
  r >> f.aktif;
  return f;
}

const std::string kBudgetSelect =
    "SELECT a.sumber_dana, a.tahun, a.pagu, a.kuota, "
    "(SELECT coalesce(sum(iuran), 0) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun), "
    "(SELECT count(DISTINCT pekerja_id) FROM alokasi l WHERE l.sumber_dana = a.sumber_dana AND l.tahun = a.tahun) "
    "FROM anggaran a";

BudgetRecord read_budget(Row& r) {
  BudgetRecord b;
  r >> b.sumber_dana >> b.tahun >> b.pagu >> b.kuota >> b.terpakai >> b.pekerja;
  return b;
}

const Allocations kFundingAllocations{"alokasi"};

}  // namespace

std::vector<FunderRecord> Funding::funders() {
  return db().all(kFunderSelect + " ORDER BY jenis, kode", {}, read_funder);
}

Page<FunderRecord> Funding::funders_page(std::string_view area, int offset, int limit) {
  // can_see_funder as a condition: no area on either side, the funder's area at or below `area`
  // ('/' sorts right after '.', the columns compare bytewise), or one of the areas above it.
  Params p;
  std::string where;
  if (!area.empty()) {
    const std::string a{area};
    where = " WHERE (wilayah = '' OR wilayah = ? OR (wilayah >= ? AND wilayah < ?)";
    p << a << a + "." << a + "/";
    for (auto dot = a.find('.'); dot != std::string::npos; dot = a.find('.', dot + 1)) {
      where += " OR wilayah = ?";
      p << a.substr(0, dot);
    }
    where += ")";
  }
  Page<FunderRecord> out;
  out.total = db().first_int("SELECT count(*) FROM sumber_dana" + where, p).value_or(0);
  out.items = db().all(kFunderSelect + where + " ORDER BY jenis, kode LIMIT ? OFFSET ?", Params{p} << limit << offset,
                       read_funder);
  return out;
}

std::optional<FunderRecord> Funding::funder(std::string_view kode) {
  return db().one(kFunderSelect + " WHERE kode = ?", Params{kode}, read_funder);
}

void Funding::put_funder(const FunderRecord& f) {
  db().exec(
      "INSERT INTO sumber_dana (kode, nama, jenis, wilayah, pekerjaan, aktif) VALUES (?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama, wilayah = excluded.wilayah, "
      "pekerjaan = excluded.pekerjaan, aktif = excluded.aktif",
      Params{f.kode, f.nama, f.jenis, f.wilayah, join(f.pekerjaan), f.aktif});
}

std::optional<BudgetRecord> Funding::budget(std::string_view kode, int tahun) {
  return db().one(kBudgetSelect + " WHERE a.sumber_dana = ? AND a.tahun = ?", Params{kode, tahun}, read_budget);
}

std::vector<BudgetRecord> Funding::budgets(int tahun) {
  return db().all(kBudgetSelect + " WHERE a.tahun = ? ORDER BY a.sumber_dana", Params{tahun}, read_budget);
}

void Funding::put_budget(const BudgetRecord& b) {
  db().exec(
      "INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (sumber_dana, tahun) DO UPDATE SET pagu = excluded.pagu, kuota = excluded.kuota",
      Params{b.sumber_dana, b.tahun, b.pagu, b.kuota});
}

std::vector<AllocationRecord> Funding::allocations_of(std::int64_t pekerja_id) {
  return db().all(kFundingAllocations.select() + " WHERE pekerja_id = ? ORDER BY bulan", Params{pekerja_id},
                  kFundingAllocations.reader());
}

void Funding::insert_allocation(AllocationRecord& a) {
  // DO NOTHING, not a caught violation: on PostgreSQL an error would abort the caller's whole
  // transaction.
  static const std::string sql = "INSERT INTO alokasi (" + kFundingAllocations.columns() + ", tahun, dibuat) VALUES (" +
                                 rows::marks(kFundingAllocations.names().size()) +
                                 ", ?, ?) ON CONFLICT (pekerja_id, bulan) DO NOTHING RETURNING id";
  const auto id =
      db().first_int(sql, kFundingAllocations.params(a) << std::stoi(a.bulan.substr(0, 4)) << clock::now_utc_iso(true));
  if (!id) throw UniqueViolation("alokasi", a.bulan);
  a.id = *id;
}

// One GROUP BY over the area's allocations: pekerja carries the kelurahan and RT, so the area is
// filtered the way status_counts filters its summaries (an RT code is its kelurahan plus number).
std::vector<MonthFunded> Funding::monthly_funded(std::string_view area, std::string_view from_month,
                                                 std::string_view to_month) {
  Params p{from_month, to_month};
  const std::string sql =
      "SELECT a.bulan, count(*), sum(CASE WHEN a.dibayar >= a.iuran THEN 1 ELSE 0 END) FROM alokasi a "
      "JOIN pekerja p ON p.id = a.pekerja_id WHERE a.bulan >= ? AND a.bulan <= ? AND " +
      within_area("p", area, p) + " GROUP BY a.bulan ORDER BY a.bulan";
  return db().all(sql, p, [](Row& r) {
    MonthFunded m;
    r >> m.bulan >> m.dialokasikan >> m.lunas;
    return m;
  });
}

}  // namespace lindungi::store::records
