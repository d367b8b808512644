#include "store/sqlite/sqlite_calendar.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;

HolidayRecord row_to_holiday(SQLite::Statement& s) {
  HolidayRecord r;
  r.holiday.date = parse_iso_date(s.getColumn(0).getString()).value_or(Date{});
  r.holiday.kind = parse_holiday_kind(s.getColumn(1).getString()).value_or(HolidayKind::libur_nasional);
  r.holiday.name = s.getColumn(2).getString();
  r.holiday.basis = s.getColumn(3).getString();
  r.diubah_oleh = s.getColumn(4).getString();
  r.diubah = s.getColumn(5).getString();
  return r;
}

class SqliteCalendar final : public CalendarSession {
 public:
  explicit SqliteCalendar(Connection& c) : c_(c) {}

  std::vector<HolidayRecord> holidays(std::optional<int> year) override {
    auto& s = c_.prepare(
        "SELECT tanggal, jenis, nama, dasar, diubah_oleh, diubah FROM libur WHERE tanggal >= ? AND tanggal < ? "
        "ORDER BY tanggal");
    ResetOnExit r{s};
    s.bind(1, year ? std::to_string(*year) : std::string{"0"});
    s.bind(2, year ? std::to_string(*year + 1) : std::string{"9"});
    std::vector<HolidayRecord> out;
    while (s.executeStep()) out.push_back(row_to_holiday(s));
    return out;
  }

  std::optional<HolidayRecord> holiday(const Date& day) override {
    auto& s = c_.prepare("SELECT tanggal, jenis, nama, dasar, diubah_oleh, diubah FROM libur WHERE tanggal = ?");
    ResetOnExit r{s};
    s.bind(1, day.iso());
    if (!s.executeStep()) return std::nullopt;
    return row_to_holiday(s);
  }

  void put_holiday(HolidayRecord& h) override {
    auto& s = c_.prepare(
        "INSERT INTO libur (tanggal, jenis, nama, dasar, diubah_oleh, diubah) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tanggal) DO UPDATE SET jenis = excluded.jenis, nama = excluded.nama, dasar = excluded.dasar, "
        "diubah_oleh = excluded.diubah_oleh, diubah = excluded.diubah");
    ResetOnExit r{s};
    h.diubah = now_utc();
    s.bind(1, h.holiday.date.iso());
    s.bind(2, std::string{to_string(h.holiday.kind)});
    s.bind(3, h.holiday.name);
    s.bind(4, h.holiday.basis);
    s.bind(5, h.diubah_oleh);
    s.bind(6, h.diubah);
    s.exec();
  }

  bool delete_holiday(const Date& day) override {
    auto& s = c_.prepare("DELETE FROM libur WHERE tanggal = ?");
    ResetOnExit r{s};
    s.bind(1, day.iso());
    return s.exec() == 1;
  }

  std::vector<HolidayYearRecord> years() override {
    auto& s = c_.prepare("SELECT tahun, lengkap, dasar, diubah_oleh, diubah FROM libur_tahun ORDER BY tahun");
    ResetOnExit r{s};
    std::vector<HolidayYearRecord> out;
    while (s.executeStep())
      out.push_back({{s.getColumn(0).getInt(), s.getColumn(1).getInt() != 0, s.getColumn(2).getString()},
                     s.getColumn(3).getString(),
                     s.getColumn(4).getString()});
    return out;
  }

  void put_year(HolidayYearRecord& y) override {
    auto& s = c_.prepare(
        "INSERT INTO libur_tahun (tahun, lengkap, dasar, diubah_oleh, diubah) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (tahun) DO UPDATE SET lengkap = excluded.lengkap, dasar = excluded.dasar, "
        "diubah_oleh = excluded.diubah_oleh, diubah = excluded.diubah");
    ResetOnExit r{s};
    y.diubah = now_utc();
    s.bind(1, y.year.year);
    s.bind(2, y.year.complete ? 1 : 0);
    s.bind(3, y.year.basis);
    s.bind(4, y.diubah_oleh);
    s.bind(5, y.diubah);
    s.exec();
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<CalendarSession> make_sqlite_calendar(Connection& connection) {
  return std::make_unique<SqliteCalendar>(connection);
}

}  // namespace lindungi::store
