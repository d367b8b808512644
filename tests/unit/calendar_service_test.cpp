// Holidays as data (issue 15), on both backends: the shipped SKB years loaded once, kept by the
// city admin with the decree named and audited, read by every working-day computation, and the
// years without a complete decree said out loud.
#include "services/calendar_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/jakon_service.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

using nlohmann::json;

const Actor kAdmin{"admin.kota", Role::admin_kota, "15.71", ""};

// On both databases by construction (tests/test_backend.hpp).
class CalendarStoreTest : public testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi_libur_" + std::to_string(getpid()) + "_" + test_name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = make_database(dir_ / "t.db");
    app_ = services::App::open(db_->location());
    app_->set_today_for_tests(Date{2026, 12, 5});
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::vector<store::AuditEntry> audits(const std::string& aksi) {
    std::vector<store::AuditEntry> out;
    app_->store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        if (e.aksi == aksi) out.push_back(e);
        return true;
      });
    });
    return out;
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<services::App> app_;
};

LINDUNGI_ON_BOTH_BACKENDS(CalendarStoreTest);

TEST_P(CalendarStoreTest, ANewDatabaseGetsTheShippedYearsOnce) {
  services::CalendarService cal(*app_);
  const auto y2026 = cal.list(kAdmin, 2026);
  ASSERT_TRUE(y2026.decree);
  EXPECT_TRUE(y2026.decree->complete);
  EXPECT_EQ(y2026.items.size(), 25u);  // 17 national holidays and 8 days of cuti bersama
  EXPECT_NE(y2026.decree->basis.find("1497"), std::string::npos);
  EXPECT_EQ(cal.list(kAdmin, 2025).items.size(), 27u);
  const auto y2027 = cal.list(kAdmin, 2027);
  EXPECT_FALSE(y2027.decree && y2027.decree->complete);
  EXPECT_EQ(y2027.items.size(), 5u);  // the fixed-date holidays only
  EXPECT_EQ(audits("muat_hari_libur").size(), 1u);
  EXPECT_EQ(db_->count("libur"), 27 + 25 + 5);
  app_.reset();
  app_ = services::App::open(db_->location());  // again: nothing written
  EXPECT_EQ(audits("muat_hari_libur").size(), 1u);
  EXPECT_EQ(db_->count("libur"), 57);
}

TEST_P(CalendarStoreTest, EveryDeadlineCountsTheDatabasesHolidays) {
  // Idul Fitri 1448 H as the 2027 decree will set it (an admin enters it when it is published).
  services::CalendarService cal(*app_);
  const Date spk{2027, 3, 8};
  const Date before = services::JakonService(*app_).calendar().add_working_days(spk, 14);
  cal.put(kAdmin, {{2027, 3, 10}, "Idul Fitri 1448 H", HolidayKind::libur_nasional, "SKB 2027 (contoh uji)"});
  cal.put(kAdmin, {{2027, 3, 11}, "Idul Fitri 1448 H", HolidayKind::libur_nasional, "SKB 2027 (contoh uji)"});
  EXPECT_FALSE(app_->calendar()->is_working_day({2027, 3, 10}));
  EXPECT_EQ(services::JakonService(*app_).calendar().add_working_days(spk, 14),
            WorkCalendar().add_working_days(before, 2));
  // Another process (a new App on the same database) sees it too.
  auto other = services::App::open(db_->location());
  EXPECT_EQ(other->calendar()->holiday_name({2027, 3, 11}), "Idul Fitri 1448 H");
}

TEST_P(CalendarStoreTest, ChangesNameTheirDecreeAndAreAudited) {
  services::CalendarService cal(*app_);
  // The isbat moves a day: the old one removed, the new one added, each with its basis.
  cal.remove(kAdmin, Date{2026, 5, 27}, "Keputusan Menteri Agama tentang penetapan 10 Zulhijah (contoh uji)");
  cal.put(kAdmin, {{2026, 5, 26}, "Idul Adha 1447 H", HolidayKind::libur_nasional, "Keputusan Menteri Agama (contoh)"});
  const auto removed = audits("hapus_hari_libur");
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed[0].pelaku, "admin.kota");
  EXPECT_EQ(removed[0].entitas_id, "2026-05-27");
  const json change = json::parse(removed[0].perubahan);
  EXPECT_EQ(change["nama"][0], "Idul Adha 1447 H");
  EXPECT_TRUE(change["nama"][1].is_null());
  EXPECT_NE(change["dasar_penghapusan"][1].get<std::string>().find("Zulhijah"), std::string::npos);
  const auto added = audits("tambah_hari_libur");
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(json::parse(added[0].perubahan)["dasar"][1], "Keputusan Menteri Agama (contoh)");
  // Changing a day that exists is an edit, with the old values kept.
  cal.put(kAdmin, {{2026, 5, 26}, "Hari Raya Idul Adha 1447 H", HolidayKind::libur_nasional, "KMA (contoh)"});
  const auto edited = audits("ubah_hari_libur");
  ASSERT_EQ(edited.size(), 1u);
  EXPECT_EQ(json::parse(edited[0].perubahan)["nama"][0], "Idul Adha 1447 H");
  // A year an admin has touched is never overwritten by the shipped data on the next open.
  app_.reset();
  app_ = services::App::open(db_->location());
  EXPECT_TRUE(app_->calendar()->is_working_day({2026, 5, 27}));
  EXPECT_FALSE(app_->calendar()->is_working_day({2026, 5, 26}));
}

TEST_P(CalendarStoreTest, OnlyTheCityAdminChangesThemEveryoneSignedInReadsThem) {
  services::CalendarService cal(*app_);
  const Holiday h{{2027, 3, 10}, "Idul Fitri 1448 H", HolidayKind::libur_nasional, "SKB 2027"};
  for (const Role role : {Role::ketua_rt, Role::operator_kelurahan, Role::operator_kecamatan, Role::petugas_bpjs,
                          Role::pemprov, Role::auditor}) {
    const Actor a{"u", role, "15.71", ""};
    EXPECT_THROW(cal.put(a, h), Forbidden) << to_string(role);
    EXPECT_THROW(cal.remove(a, {2026, 1, 1}, "SKB"), Forbidden) << to_string(role);
    EXPECT_THROW(cal.set_year(a, 2027, true, "SKB"), Forbidden) << to_string(role);
    EXPECT_EQ(cal.list(a, 2026).items.size(), 25u) << to_string(role);
  }
  EXPECT_THROW(cal.list(Actor{}, 2026), Unauthorized);
  EXPECT_EQ(db_->count("libur"), 57);
}

TEST_P(CalendarStoreTest, BadEntriesAreRefusedByField) {
  services::CalendarService cal(*app_);
  try {
    cal.put(kAdmin, {{2027, 3, 10}, "Idul Fitri", HolidayKind::libur_nasional, ""});
    FAIL() << "no decree";
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.errors().front().field, "dasar");
  }
  EXPECT_THROW(cal.remove(kAdmin, {2026, 7, 7}, "SKB 2026"), NotFound);
  EXPECT_THROW(cal.remove(kAdmin, {2026, 1, 1}, ""), ValidationError);
  EXPECT_THROW(cal.set_year(kAdmin, 1999, true, "SKB"), ValidationError);
  EXPECT_THROW(cal.list(kAdmin, 3000), ValidationError);
}

TEST_P(CalendarStoreTest, AYearWithoutItsDecreeIsAWarningUntilTheAdminCompletesIt) {
  services::CalendarService cal(*app_);
  // 5 December 2026: January's deadlines are near and 2027 has only its fixed-date holidays.
  auto status = cal.status(kAdmin);
  ASSERT_EQ(status.peringatan.size(), 1u);
  EXPECT_EQ(status.peringatan[0].year, 2027);
  EXPECT_TRUE(status.peringatan[0].some_days);
  cal.set_year(kAdmin, 2027, true, "SKB Nomor ... Tahun 2026 (contoh uji)");
  status = cal.status(kAdmin);
  EXPECT_TRUE(status.peringatan.empty());
  EXPECT_EQ(audits("tetapkan_tahun_libur").size(), 1u);
  // 29 February 2028: no data at all for 2028.
  app_->set_today_for_tests(Date{2028, 2, 29});
  status = cal.status(kAdmin);
  ASSERT_EQ(status.peringatan.size(), 1u);
  EXPECT_EQ(status.peringatan[0].year, 2028);
  EXPECT_FALSE(status.peringatan[0].some_days);
}

}  // namespace
}  // namespace lindungi
