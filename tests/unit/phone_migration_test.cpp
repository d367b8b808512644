// Issue 20 item 5: numbers stored before phone numbers became canonical (+62...) are rewritten once
// by migration 0022, on SQLite and PostgreSQL alike: a valid national mobile number 08... becomes
// +628..., anything else is left for a person to correct, and the result is what the form stores.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

using namespace lindungi;

namespace {

class PhoneMigrationTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_hp_");
    db_ = make_database(dir_ / "t.db");
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<lindungi::testing::TestDatabase> db_;
};

LINDUNGI_ON_BOTH_BACKENDS(PhoneMigrationTest);

TEST_P(PhoneMigrationTest, NationalNumbersBecomePlus62AndOthersAreLeftAlone) {
  std::vector<std::int64_t> ids;
  {
    auto app = services::App::open(db_->location(), (dir_ / "kunci-audit").string());  // regions loaded
    app->store().write([&](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      int n = 0;
      for (const char* phone : {"081234567890", "0812345678", "0812345678901", "", "0741123456", "12"}) {
        Worker w;
        w.nik = "15710117088500" + std::to_string(10 + ++n);
        w.nama = "Pekerja " + std::to_string(n);
        w.tanggal_lahir = Date{1985, 8, 17};
        w.jenis_kelamin = Sex::L;
        w.kode_kelurahan = "15.71.01.1001";
        w.rt = 1;
        w.pekerjaan = "becak";
        w.kategori = "pekerja_rentan";
        w.persetujuan = true;
        w.no_hp = phone;  // as an earlier release stored it
        s.registry().insert_worker(w);
        ids.push_back(w.id);
      }
    });
  }
  // The database as a release before migration 0022 left it: the migration has not run yet.
  db_->exec("UPDATE pekerja SET no_hp = '081234567890' WHERE id = " + std::to_string(ids[0]));
  db_->exec("DELETE FROM skema_migrasi WHERE versi = 22");
  auto app = services::App::open(db_->location(), (dir_ / "kunci-audit").string());
  std::vector<std::string> after;
  app->store().read([&](store::Session& s) {
    for (auto id : ids) after.push_back(s.registry().worker(id)->no_hp);
  });
  EXPECT_EQ(after,
            (std::vector<std::string>{"+6281234567890", "+62812345678", "+62812345678901", "", "0741123456", "12"}));
  // What the migration wrote is what the form would store for the same number.
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(normalize_phone(after[i]), after[i]);
  EXPECT_EQ(db_->scalar("SELECT COUNT(*) FROM skema_migrasi WHERE versi = 22"), "1");
}

}  // namespace
