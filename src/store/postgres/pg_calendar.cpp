#include "store/postgres/pg_calendar.hpp"

namespace lindungi::store {

namespace {

using pg::now_utc;
using pg::text;
using pg::Tx;

HolidayRecord row_to_holiday(const pqxx::row& r) {
  HolidayRecord h;
  h.holiday.date = parse_iso_date(text(r[0])).value_or(Date{});
  h.holiday.kind = parse_holiday_kind(text(r[1])).value_or(HolidayKind::libur_nasional);
  h.holiday.name = text(r[2]);
  h.holiday.basis = text(r[3]);
  h.diubah_oleh = text(r[4]);
  h.diubah = text(r[5]);
  return h;
}

class PgCalendar final : public CalendarSession {
 public:
  explicit PgCalendar(Tx& t) : t_(t) {}

  std::vector<HolidayRecord> holidays(std::optional<int> year) override {
    const auto rows = t_.exec(
        "SELECT tanggal, jenis, nama, dasar, diubah_oleh, diubah FROM libur WHERE tanggal >= $1 AND tanggal < $2 "
        "ORDER BY tanggal",
        year ? std::to_string(*year) : std::string{"0"}, year ? std::to_string(*year + 1) : std::string{"9"});
    std::vector<HolidayRecord> out;
    for (const auto& r : rows) out.push_back(row_to_holiday(r));
    return out;
  }

  std::optional<HolidayRecord> holiday(const Date& day) override {
    const auto rows =
        t_.exec("SELECT tanggal, jenis, nama, dasar, diubah_oleh, diubah FROM libur WHERE tanggal = $1", day.iso());
    if (rows.empty()) return std::nullopt;
    return row_to_holiday(rows[0]);
  }

  void put_holiday(HolidayRecord& h) override {
    h.diubah = now_utc();
    t_.exec(
        "INSERT INTO libur (tanggal, jenis, nama, dasar, diubah_oleh, diubah) VALUES ($1, $2, $3, $4, $5, $6) "
        "ON CONFLICT (tanggal) DO UPDATE SET jenis = excluded.jenis, nama = excluded.nama, dasar = excluded.dasar, "
        "diubah_oleh = excluded.diubah_oleh, diubah = excluded.diubah",
        h.holiday.date.iso(), std::string{to_string(h.holiday.kind)}, h.holiday.name, h.holiday.basis, h.diubah_oleh,
        h.diubah);
  }

  bool delete_holiday(const Date& day) override {
    return t_.exec("DELETE FROM libur WHERE tanggal = $1", day.iso()).affected_rows() == 1;
  }

  std::vector<HolidayYearRecord> years() override {
    const auto rows = t_.exec("SELECT tahun, lengkap, dasar, diubah_oleh, diubah FROM libur_tahun ORDER BY tahun");
    std::vector<HolidayYearRecord> out;
    for (const auto& r : rows)
      out.push_back({{static_cast<int>(pg::int64(r[0])), pg::boolean(r[1]), text(r[2])}, text(r[3]), text(r[4])});
    return out;
  }

  void put_year(HolidayYearRecord& y) override {
    y.diubah = now_utc();
    t_.exec(
        "INSERT INTO libur_tahun (tahun, lengkap, dasar, diubah_oleh, diubah) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (tahun) DO UPDATE SET lengkap = excluded.lengkap, dasar = excluded.dasar, "
        "diubah_oleh = excluded.diubah_oleh, diubah = excluded.diubah",
        y.year.year, y.year.complete, y.year.basis, y.diubah_oleh, y.diubah);
  }

 private:
  Tx& t_;
};

}  // namespace

std::unique_ptr<CalendarSession> make_pg_calendar(Tx& tx) { return std::make_unique<PgCalendar>(tx); }

}  // namespace lindungi::store
