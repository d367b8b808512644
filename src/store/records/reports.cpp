#include "store/records/reports.hpp"

#include "core/region.hpp"
#include "store/records/area.hpp"

namespace lindungi::store::records {

using rows::Params;
using rows::Row;

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

std::vector<PlanWorker> Reports::plan_uncovered(std::string_view area) {
  // Through the index on (kelurahan, RT, status); the dependants counted per worker through the
  // heirs' index on pekerja_id, in the same statement.
  const auto held_open = bulk_read();
  Params p;
  const std::string sql =
      "SELECT p.id, p.nama, p.kode_kelurahan, p.rt, p.pekerjaan, p.penghasilan, p.tanggal_lahir, p.status, "
      "(SELECT count(*) FROM ahli_waris a WHERE a.pekerja_id = p.id AND a.hubungan IN ('suami', 'istri', 'anak')) "
      "FROM pekerja p WHERE p.status IN ('didata', 'diverifikasi', 'ditolak_bpjs') AND " +
      within_area("p", area, p);
  return db().all(sql, p, [](Row& r) {
    PlanWorker w;
    r >> w.id >> w.nama >> w.kode_kelurahan >> w.rt >> w.pekerjaan >> w.penghasilan >> w.tanggal_lahir >> w.status;
    std::int64_t dependants = 0;
    r >> dependants;
    w.tanggungan = static_cast<int>(dependants);
    return w;
  });
}

std::vector<PlanCovered> Reports::plan_covered(std::string_view area) {
  const auto held_open = bulk_read();
  Params p;
  const std::string sql =
      "SELECT p.kode_kelurahan, p.rt, p.pekerjaan, p.sumber_dana, count(*) FROM pekerja p "
      "WHERE p.status IN ('aktif', 'dialokasikan', 'didaftarkan') AND " +
      within_area("p", area, p) + " GROUP BY p.kode_kelurahan, p.rt, p.pekerjaan, p.sumber_dana";
  return db().all(sql, p, [](Row& r) {
    PlanCovered c;
    r >> c.kode_kelurahan >> c.rt >> c.pekerjaan >> c.sumber_dana >> c.count;
    return c;
  });
}

}  // namespace lindungi::store::records
