#include "store/postgres/pg_billing.hpp"

#include "store/billing_store.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/records/billing.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::text;
using pg::Tx;

// Rows of a funder's year read per round trip by the ledger scans: a million members' twelve
// months are never held in memory at once.
constexpr std::int64_t kBlock = 50000;

// Billing on PostgreSQL: records::Billing, with the year-long scans in keyset pages.
class PgBilling final : public records::Billing {
 public:
  explicit PgBilling(Tx& t) : Billing(pg::row_db(t)), t_(t) {}

  void for_each_funded_month(const FundedMonthQuery& q, const std::function<void(const FundedMonth&)>& fn) override {
    rows::Params where_args;
    const std::string where = funded_month_where(q, where_args);
    // Keyset pages on (pekerja_id, bulan), unique per allocation: bounded memory for any year.
    std::int64_t after_worker = 0;
    std::string after_month;
    for (;;) {
      std::int64_t n = 0;
      db().run(funded_month_select() + where +
                   " AND (a.pekerja_id, a.bulan) > (CAST(? AS bigint), CAST(? AS text)) ORDER BY a.pekerja_id, "
                   "a.bulan LIMIT ?",
               rows::Params{where_args} << after_worker << after_month << kBlock, [&](rows::Row& r) {
                 const FundedMonth m = read_funded_month(r);
                 ++n;
                 after_worker = m.alokasi.pekerja_id;
                 after_month = m.alokasi.bulan;
                 fn(m);
               });
      if (n < kBlock) return;
    }
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
