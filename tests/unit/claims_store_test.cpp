// The claims tables (migration 0008, on SQLite or PostgreSQL: test_backend.hpp): the widened worker
// status, one death per worker enforced by the database, optimistic versions, and unpaid months
// removed after a death.
#include "store/claims_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/errors.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/funding_store.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

using namespace lindungi;

namespace {

// On both databases by construction (tests/test_backend.hpp).
class ClaimsStoreTest : public lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi_claims_store_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = make_database(dir_ / "t.db");
    store_ = store::open_store(db_->location());
    store_->write([&](store::Session& s) {
      for (const auto& r : services::reference_regions()) s.registry().put_region(r);
      s.registry().put_rt({"", "15.71.01.1001", 1, ""});
      s.funding().put_funder({"apbd_kota", "APBD Kota", "apbd_kota", "15.71", {}, true});
      Worker w;
      w.nik = "1571011708850001";
      w.nama = "Ahmad";
      w.tanggal_lahir = Date{1985, 8, 17};
      w.jenis_kelamin = Sex::L;
      w.kode_kelurahan = "15.71.01.1001";
      w.rt = 1;
      w.pekerjaan = "becak";
      w.penghasilan = 1'000'000;
      w.kategori = "pekerja_rentan";
      w.status = "aktif";
      s.registry().insert_worker(w);
      worker_ = w.id;
    });
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  store::ClaimRecord death() const {
    store::ClaimRecord c;
    c.pekerja_id = worker_;
    c.wilayah = "15.71.01.1001.001";
    c.jenis_kejadian = "meninggal";
    c.tanggal_kejadian = "2026-06-10";
    c.jenis_klaim = "jkm";
    c.status = "draf";
    c.pertanggungan = "terlindungi";
    c.dibuat_oleh = "uji";
    c.dibuat_pada = "2026-06-11";
    return c;
  }

  std::filesystem::path dir_;
  std::unique_ptr<lindungi::testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::int64_t worker_ = 0;
};

TEST_P(ClaimsStoreTest, WorkerStatusMeninggalIsAllowedOthersStillRefused) {
  store_->write([&](store::Session& s) {
    auto w = *s.registry().worker(worker_);
    w.status = "meninggal";
    s.registry().update_worker(w);
  });
  store_->read([&](store::Session& s) { EXPECT_EQ(s.registry().worker(worker_)->status, "meninggal"); });
  EXPECT_ANY_THROW(store_->write([&](store::Session& s) {
    auto w = *s.registry().worker(worker_);
    w.status = "hilang";
    s.registry().update_worker(w);
  }));
}

TEST_P(ClaimsStoreTest, TheDatabaseRefusesASecondDeath) {
  auto first = death();
  store_->write([&](store::Session& s) { s.claims().insert_claim(first); });
  EXPECT_GT(first.id, 0);
  auto second = death();
  EXPECT_THROW(store_->write([&](store::Session& s) { s.claims().insert_claim(second); }), store::UniqueViolation);
  auto accident = death();
  accident.jenis_kejadian = "kecelakaan";
  accident.jenis_klaim = "stmb";
  store_->write([&](store::Session& s) { s.claims().insert_claim(accident); });  // accidents may repeat
  store_->read([&](store::Session& s) { EXPECT_EQ(s.claims().claims_of_worker(worker_).size(), 2u); });
}

TEST_P(ClaimsStoreTest, UpdatesNeedTheCurrentVersion) {
  auto c = death();
  store_->write([&](store::Session& s) { s.claims().insert_claim(c); });
  auto stale = c;
  c.status = "dokumen_lengkap";
  store_->write([&](store::Session& s) { s.claims().update_claim(c); });
  EXPECT_EQ(c.versi, 2);
  stale.status = "diajukan";
  EXPECT_THROW(store_->write([&](store::Session& s) { s.claims().update_claim(stale); }), store::StaleVersion);
  store_->read([&](store::Session& s) {
    const auto back = s.claims().claim(c.id);
    EXPECT_EQ(back->status, "dokumen_lengkap");
    EXPECT_EQ(back->tanggal_kejadian, "2026-06-10");
    EXPECT_EQ(back->dibuat_oleh, "uji");
  });
}

TEST_P(ClaimsStoreTest, OnlyUnpaidMonthsAfterTheEventMonthAreRemoved) {
  store_->write([&](store::Session& s) {
    for (int m = 5; m <= 9; ++m) {
      const bool paid = m <= 7;
      store::AllocationRecord a{
          0, worker_, "apbd_kota", "2026-0" + std::to_string(m), 16'800, paid ? 16'800 : 0, paid ? "2026-05-10" : ""};
      s.funding().insert_allocation(a);
    }
  });
  std::vector<store::AllocationRecord> removed;
  store_->write([&](store::Session& s) { removed = s.claims().remove_unpaid_allocations_after(worker_, "2026-06"); });
  ASSERT_EQ(removed.size(), 2u);  // August and September; July was paid and stays (the refund)
  EXPECT_EQ(removed[0].bulan, "2026-08");
  store_->read([&](store::Session& s) { EXPECT_EQ(s.funding().allocations_of(worker_).size(), 3u); });
}

LINDUNGI_ON_BOTH_BACKENDS(ClaimsStoreTest);

}  // namespace
