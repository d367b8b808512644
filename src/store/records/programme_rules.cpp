#include "store/records/programme_rules.hpp"

#include "clock/clock.hpp"

namespace lindungi::store {

namespace rows {
// The funders' order of priority is stored as its kinds, comma-separated (no kind has a comma).
static Row& operator>>(Row& r, std::vector<std::string>& list) {
  list.clear();
  const std::string s = r.text();
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t end = std::min(s.find(',', start), s.size());
    if (end > start) list.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return r;
}
static Params& operator<<(Params& p, const std::vector<std::string>& list) {
  std::string s;
  for (const auto& x : list) s += (s.empty() ? "" : ",") + x;
  return p << std::move(s);
}
}  // namespace rows

namespace {

using rows::Params;
using rows::Row;

// The columns of aturan_program, keyed by (wilayah, berlaku_mulai).
struct RuleFields {
  template <typename F, typename R>
  void operator()(F&& f, R& r) const {
    f("wilayah", r.rules.wilayah);
    f("berlaku_mulai", r.rules.berlaku_mulai);
    f("usia_min", r.rules.usia_min);
    f("usia_maks", r.rules.usia_maks);
    f("batas_penghasilan", r.rules.batas_penghasilan);
    f("dana_rt", r.rules.dana_rt);
    f("dana_rt_per_tahun", r.rules.dana_rt_per_tahun);
    f("prioritas_dana", r.rules.prioritas_dana);
    f("dasar_hukum", r.rules.dasar_hukum);
    f("diubah_oleh", r.diubah_oleh);
    f("diubah", r.diubah);
  }
};

const auto kRuleNames = rows::field_names<RuleFields, ProgrammeRuleRecord>();
const std::string kRuleSelect = "SELECT " + rows::list(kRuleNames) + " FROM aturan_program";

std::string upsert_sql() {
  std::string sql = "INSERT INTO aturan_program (" + rows::list(kRuleNames) + ") VALUES (";
  for (std::size_t i = 0; i < kRuleNames.size(); ++i) sql += i ? ", ?" : "?";
  sql += ") ON CONFLICT (wilayah, berlaku_mulai) DO UPDATE SET ";
  for (std::size_t i = 2; i < kRuleNames.size(); ++i)
    sql += (i > 2 ? ", " : "") + kRuleNames[i] + " = excluded." + kRuleNames[i];
  return sql;
}

class ProgrammeRules final : public ProgrammeRulesSession {
 public:
  explicit ProgrammeRules(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::vector<ProgrammeRuleRecord> rule_sets(std::string_view wilayah) override {
    if (wilayah.empty())
      return db_->all(kRuleSelect + " ORDER BY wilayah, berlaku_mulai", {},
                      rows::read_record<ProgrammeRuleRecord, RuleFields>);
    return db_->all(kRuleSelect + " WHERE wilayah = ? ORDER BY berlaku_mulai", Params{wilayah},
                    rows::read_record<ProgrammeRuleRecord, RuleFields>);
  }

  std::optional<ProgrammeRuleRecord> rule_set(std::string_view wilayah, const Date& from) override {
    return db_->one(kRuleSelect + " WHERE wilayah = ? AND berlaku_mulai = ?", Params{wilayah, from},
                    rows::read_record<ProgrammeRuleRecord, RuleFields>);
  }

  void put_rule_set(ProgrammeRuleRecord& r) override {
    static const std::string sql = upsert_sql();
    r.diubah = clock::now_utc_iso(true);
    db_->exec(sql, rows::params_of<RuleFields>(r));
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<ProgrammeRulesSession> make_programme_rules(std::unique_ptr<rows::Db> db) {
  return std::make_unique<ProgrammeRules>(std::move(db));
}

}  // namespace lindungi::store
