#include "store/records/calendar.hpp"

#include "clock/clock.hpp"

namespace lindungi::store {

namespace rows {
// A holiday's kind is stored as its name.
static Row& operator>>(Row& r, HolidayKind& k) {
  k = parse_holiday_kind(r.text()).value_or(HolidayKind::libur_nasional);
  return r;
}
static Params& operator<<(Params& p, HolidayKind k) { return p << to_string(k); }
}  // namespace rows

namespace {

using rows::Params;
using rows::Row;

// The columns of libur, keyed by tanggal.
struct HolidayFields {
  template <typename F, typename H>
  void operator()(F&& f, H& h) const {
    f("tanggal", h.holiday.date);
    f("jenis", h.holiday.kind);
    f("nama", h.holiday.name);
    f("dasar", h.holiday.basis);
    f("diubah_oleh", h.diubah_oleh);
    f("diubah", h.diubah);
  }
};

// The columns of libur_tahun, keyed by tahun.
struct YearFields {
  template <typename F, typename Y>
  void operator()(F&& f, Y& y) const {
    f("tahun", y.year.year);
    f("lengkap", y.year.complete);
    f("dasar", y.year.basis);
    f("diubah_oleh", y.diubah_oleh);
    f("diubah", y.diubah);
  }
};

const auto kHolidayNames = rows::field_names<HolidayFields, HolidayRecord>();
const auto kYearNames = rows::field_names<YearFields, HolidayYearRecord>();
const std::string kHolidaySelect = "SELECT " + rows::list(kHolidayNames) + " FROM libur";

class Calendar final : public CalendarSession {
 public:
  explicit Calendar(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::vector<HolidayRecord> holidays(std::optional<int> year) override {
    return db_->all(
        kHolidaySelect + " WHERE tanggal >= ? AND tanggal < ? ORDER BY tanggal",
        Params{year ? std::to_string(*year) : std::string{"0"}, year ? std::to_string(*year + 1) : std::string{"9"}},
        rows::read_record<HolidayRecord, HolidayFields>);
  }

  std::optional<HolidayRecord> holiday(const Date& day) override {
    return db_->one(kHolidaySelect + " WHERE tanggal = ?", Params{day},
                    rows::read_record<HolidayRecord, HolidayFields>);
  }

  void put_holiday(HolidayRecord& h) override {
    static const std::string sql = rows::upsert("libur", kHolidayNames);
    h.diubah = clock::now_utc_iso(true);
    db_->exec(sql, rows::params_of<HolidayFields>(h));
  }

  bool delete_holiday(const Date& day) override {
    return db_->exec("DELETE FROM libur WHERE tanggal = ?", Params{day}) == 1;
  }

  std::vector<HolidayYearRecord> years() override {
    return db_->all("SELECT " + rows::list(kYearNames) + " FROM libur_tahun ORDER BY tahun", {},
                    rows::read_record<HolidayYearRecord, YearFields>);
  }

  void put_year(HolidayYearRecord& y) override {
    static const std::string sql = rows::upsert("libur_tahun", kYearNames);
    y.diubah = clock::now_utc_iso(true);
    db_->exec(sql, rows::params_of<YearFields>(y));
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<CalendarSession> make_calendar(std::unique_ptr<rows::Db> db) {
  return std::make_unique<Calendar>(std::move(db));
}

}  // namespace lindungi::store
