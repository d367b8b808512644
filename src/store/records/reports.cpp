#include "store/records/reports.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "core/region.hpp"
#include "store/records/area.hpp"

namespace lindungi::store::records {

using rows::Params;
using rows::Row;

namespace {

// Codes numbered as first met (the planner's kelurahan, occupations and funders: thousands at
// most among a million workers), so that a worker's group is a key of integers.
class PlanCodes {
 public:
  std::uint32_t number(std::string_view code) {
    if (const auto it = number_of_.find(code); it != number_of_.end()) return it->second;
    const auto number = static_cast<std::uint32_t>(codes_.size());
    codes_.emplace_back(code);
    number_of_.emplace(code, number);
    return number;
  }
  // Renumbers the codes in their bytewise order, once all are met: each old number's new one.
  std::vector<std::uint32_t> renumber_in_order() {
    std::vector<std::uint32_t> order(codes_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return codes_[a] < codes_[b]; });
    std::vector<std::uint32_t> renumbered(codes_.size());
    std::vector<std::string> sorted;
    for (std::size_t i = 0; i < order.size(); ++i) {
      renumbered[order[i]] = static_cast<std::uint32_t>(i);
      sorted.push_back(std::move(codes_[order[i]]));
    }
    codes_ = std::move(sorted);
    number_of_.clear();
    return renumbered;
  }
  const std::string& code(std::uint32_t number) const { return codes_[number]; }

 private:
  // Looked up by a row's view of the code (no string made per row).
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> number_of_;
  std::vector<std::string> codes_;
};

// A funded worker's RT, occupation and funder, by the numbers of their codes.
struct FundedKey {
  std::uint32_t kelurahan = 0;
  int rt = 0;
  std::uint32_t occupation = 0;
  std::uint32_t funder = 0;
  auto operator<=>(const FundedKey&) const = default;
};

}  // namespace

std::vector<IncomeCount> Reports::covered_incomes(std::string_view area, bool by_rt) {
  // From pekerja (its index on kelurahan, RT and status): the summaries count statuses, not
  // incomes. Only active workers are read, grouped, so the rows are as many as distinct incomes.
  // Keyed as status_counts keys its rows, so both fall on the same leaves of the report.
  Params p;
  const std::string sql =
      std::string{by_rt ? "SELECT p.kode_kelurahan, p.rt" : "SELECT p.kode_kelurahan, 0"} +
      ", p.penghasilan, count(*) FROM pekerja p WHERE p.status = 'aktif' AND " + within_area("p", area, p) +
      (by_rt ? " GROUP BY p.kode_kelurahan, p.rt, p.penghasilan" : " GROUP BY p.kode_kelurahan, p.penghasilan");
  return db().all(sql, p, [by_rt](Row& r) {
    IncomeCount c;
    const std::string kel = r.text();
    const int rt = static_cast<int>(r.int64());
    c.kode = by_rt ? rt_code(kel, rt) : kel;
    r >> c.penghasilan >> c.count;
    return c;
  });
}

std::vector<StatusCount> Reports::funnel_counts(std::string_view area, bool by_rt, std::string_view kategori) {
  // Four counts in one statement (UNION ALL), each over the area's workers in one status, so the
  // index on (kelurahan, RT, status) narrows every part before the duplicate pairs and cards are
  // looked up per worker.
  Params p;
  const std::string key = by_rt ? "p.kode_kelurahan, p.rt" : "p.kode_kelurahan, 0";
  const std::string group = by_rt ? " GROUP BY p.kode_kelurahan, p.rt" : " GROUP BY p.kode_kelurahan";
  // (condition, what is counted, the workers' status): SQL, not messages.
  auto part = [&](const std::string& condition, const char* what, const char* status) {
    std::string sql = "SELECT " + key + ", '";
    sql += what;
    sql += "', count(*) FROM pekerja p WHERE p.status = '";
    sql += status;
    sql += "' AND ";
    sql += within_area("p", area, p);  // its parameters before the category's
    if (!kategori.empty()) {
      sql += " AND p.kategori = ?";
      p << kategori;
    }
    sql += " AND " + condition + group;
    return sql;
  };
  const std::string pair_with =
      "EXISTS (SELECT 1 FROM duplikat d WHERE (d.pekerja_a = p.id OR d.pekerja_b = p.id) AND ";
  const std::string card = "EXISTS (SELECT 1 FROM kartu k WHERE k.pekerja_id = p.id AND ";
  const std::string sql =
      part(pair_with + "d.status = 'menunggu')", "dugaan_duplikat", "didata") + " UNION ALL " +
      part(pair_with + "d.status = 'digabung' AND d.pekerja_tetap <> p.id)", "digabung", "ditolak") + " UNION ALL " +
      part(card + "k.status = 'diserahkan')", "kartu_diserahkan", "aktif") + " UNION ALL " +
      part(card + "k.status = 'dicetak') AND NOT " + card + "k.status = 'diserahkan')", "kartu_dicetak", "aktif");
  return db().all(sql, p, [by_rt](Row& r) { return status_count_row(r, by_rt); });
}

std::vector<StatusCount> Reports::category_status_counts(std::string_view area, bool by_rt, std::string_view kategori) {
  Params p;
  std::string sql = std::string{by_rt ? "SELECT p.kode_kelurahan, p.rt" : "SELECT p.kode_kelurahan, 0"} +
                    ", p.status, count(*) FROM pekerja p WHERE ";
  sql += within_area("p", area, p);  // its parameters before the category's
  sql += " AND p.kategori = ?";
  p << kategori;
  sql += by_rt ? " GROUP BY p.kode_kelurahan, p.rt, p.status" : " GROUP BY p.kode_kelurahan, p.status";
  return db().all(sql, p, [by_rt](Row& r) { return status_count_row(r, by_rt); });
}

PlanRows Reports::plan_workers(std::string_view area) {
  db().needs_snapshot("reports().plan_workers");  // the workers and their dependants
  const auto held_open = bulk_read();
  // The dependants (heirs who are spouse or child) of the workers to cover, in a statement of
  // their own: read from the heirs, in proportion to them, where a count per worker looked every
  // worker up in the heirs' index (0.12 s of CPU for 420,000 workers with no heir at all).
  std::unordered_map<std::int64_t, int> dependants;
  {
    Params p;
    db().run(
        "SELECT a.pekerja_id, count(*) FROM ahli_waris a JOIN pekerja p ON p.id = a.pekerja_id "
        "WHERE a.hubungan IN ('suami', 'istri', 'anak') AND p.status IN ('didata', 'diverifikasi', 'ditolak_bpjs') "
        "AND " +
            within_area("p", area, p) + " GROUP BY a.pekerja_id",
        p, [&](Row& r) {
          const std::int64_t id = r.int64();
          dependants[id] = static_cast<int>(r.int64());
        });
  }
  // One pass over the area's workers: over a million workers SQLite scans the table once, where a
  // statement per part went through an index and looked each worker up in the table, twice. Each
  // row's status says which part it belongs to, if any (the few rejected and deceased are passed
  // over here: a status list in the statement cost a lookup per row).
  Params p;
  const std::string sql =
      "SELECT p.status, p.kode_kelurahan, p.rt, p.pekerjaan, p.sumber_dana, p.id, p.nama, p.penghasilan, "
      "p.tanggal_lahir FROM pekerja p WHERE " +
      within_area("p", area, p);
  // The funded workers are counted here, not by a GROUP BY, which sorted every one of them
  // through a temporary B-tree (0.9 s of CPU for 550,000 workers): each becomes a key of four
  // integers, the keys are sorted in the order of the codes and counted in runs.
  PlanCodes kelurahan, occupations, funders;
  std::vector<FundedKey> funded;
  PlanRows out;
  db().run(sql, p, [&](Row& r) {
    const std::string_view status = r.view();
    if (plan_funded(status)) {
      FundedKey& k = funded.emplace_back();
      k.kelurahan = kelurahan.number(r.view());
      k.rt = static_cast<int>(r.int64());
      k.occupation = occupations.number(r.view());
      k.funder = funders.number(r.view());
      return;
    }
    if (!plan_to_cover(status)) return;
    PlanWorker& w = out.uncovered.emplace_back();
    w.status = status;
    r >> w.kode_kelurahan >> w.rt >> w.pekerjaan;
    r.skip() >> w.id >> w.nama >> w.penghasilan >> w.tanggal_lahir;
    if (const auto it = dependants.find(w.id); it != dependants.end()) w.tanggungan = it->second;
  });
  const auto kel = kelurahan.renumber_in_order(), occ = occupations.renumber_in_order(),
             funder = funders.renumber_in_order();
  for (FundedKey& k : funded) k = {kel[k.kelurahan], k.rt, occ[k.occupation], funder[k.funder]};
  std::sort(funded.begin(), funded.end());
  for (std::size_t i = 0; i < funded.size();) {
    std::size_t end = i + 1;
    while (end < funded.size() && funded[end] == funded[i]) ++end;
    const FundedKey& k = funded[i];
    out.covered.push_back({kelurahan.code(k.kelurahan), k.rt, occupations.code(k.occupation), funders.code(k.funder),
                           static_cast<std::int64_t>(end - i)});
    i = end;
  }
  return out;
}

}  // namespace lindungi::store::records
