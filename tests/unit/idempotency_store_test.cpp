// Idempotency keys in the store (issue 21 item 3), on both databases: a request's key is written
// inside the write transaction it guards, so it commits with the write or not at all, and a second
// request with the same key stops before writing, also from another process (another Store on the
// same database) racing it.
#include "store/idempotency_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "services/app.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

class IdempotencyStoreTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_idem_");
    db_ = make_database(dir_ / "t.db");
    store_ = store::open_store(db_->location());
    store_->write([](store::Session& s) {
      for (const auto& r : services::reference_regions()) s.registry().put_region(r);
    });
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  static store::IdempotencyClaim claim(const std::string& kunci, const std::string& pengguna = "rt1") {
    store::IdempotencyClaim c;
    c.record = {pengguna,
                kunci,
                "sidik-1",
                "POST",
                "/api/v1/workers",
                0,
                "",
                "",
                "2026-11-21T01:00:00.000Z",
                "2026-12-21T01:00:00.000Z"};
    return c;
  }

  // One write of "the request": an RT, as a worker's create would write its row.
  static void write_rt(store::Store& st, int nomor) {
    st.write([&](store::Session& s) { s.registry().put_rt({"", "15.71.01.1001", nomor, ""}); });
  }

  std::int64_t count(const std::string& table) const { return db_->count(table); }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
};

LINDUNGI_ON_BOTH_BACKENDS(IdempotencyStoreTest);

TEST_P(IdempotencyStoreTest, TheKeyCommitsWithItsWriteOrNotAtAll) {
  auto c = claim("draf-1");
  {
    store::IdempotencyClaimScope scope(c);
    // The write fails after its first statement (a crash mid-transaction is the same rollback).
    EXPECT_THROW(store_->write([](store::Session& s) {
      s.registry().put_rt({"", "15.71.01.1001", 7, ""});
      throw std::runtime_error("gagal di tengah");
    }),
                 std::runtime_error);
    EXPECT_FALSE(c.committed);
    EXPECT_EQ(count("idempotensi"), 0) << "no write, so no key";
    EXPECT_EQ(count("rt"), 0);
    write_rt(*store_, 7);  // the same request's next write takes the key with it
    EXPECT_TRUE(c.committed);
    write_rt(*store_, 8);  // a later write of the same request does not claim it again
  }
  EXPECT_EQ(count("idempotensi"), 1);
  EXPECT_EQ(count("rt"), 2);
  store_->write([](store::Session& s) {
    s.idempotency().record_answer("rt1", "draf-1", 201, "application/json; charset=utf-8", R"({"id":7})");
  });
  std::optional<store::IdempotencyRecord> row;
  store_->read([&](store::Session& s) { row = s.idempotency().key("rt1", "draf-1"); });
  ASSERT_TRUE(row);
  EXPECT_EQ(row->status, 201);
  EXPECT_EQ(row->jawaban, R"({"id":7})");
  EXPECT_EQ(row->sidik, "sidik-1");
}

TEST_P(IdempotencyStoreTest, ASecondRequestWithTheKeyWritesNothing) {
  auto first = claim("draf-2");
  {
    store::IdempotencyClaimScope scope(first);
    write_rt(*store_, 1);
  }
  auto again = claim("draf-2");
  {
    store::IdempotencyClaimScope scope(again);
    EXPECT_THROW(write_rt(*store_, 2), store::IdempotencyKeyTaken);
  }
  EXPECT_TRUE(again.taken);
  EXPECT_FALSE(again.committed);
  EXPECT_EQ(count("rt"), 1);
  // Keys are per account: another user's same key is a key of its own.
  auto other = claim("draf-2", "rt2");
  {
    store::IdempotencyClaimScope scope(other);
    write_rt(*store_, 3);
  }
  EXPECT_EQ(count("rt"), 2);
  EXPECT_EQ(count("idempotensi"), 2);
}

TEST_P(IdempotencyStoreTest, WithoutAClaimNothingIsKept) {
  write_rt(*store_, 1);
  EXPECT_EQ(count("idempotensi"), 0);
}

TEST_P(IdempotencyStoreTest, AnExpiredKeyIsTakenAgainAndCleanedUp) {
  auto old = claim("draf-3");
  old.record.kedaluwarsa = "2026-11-01T00:00:00.000Z";
  {
    store::IdempotencyClaimScope scope(old);
    write_rt(*store_, 1);
  }
  auto fresh = claim("draf-3");  // dibuat 2026-11-21: the old row has expired by then
  {
    store::IdempotencyClaimScope scope(fresh);
    write_rt(*store_, 2);
  }
  EXPECT_TRUE(fresh.committed);
  EXPECT_EQ(count("rt"), 2);
  std::int64_t deleted = -1;
  store_->write([&](store::Session& s) { deleted = s.idempotency().delete_expired_keys("2026-12-01T00:00:00.000Z"); });
  EXPECT_EQ(deleted, 0) << "the fresh row lives to 2026-12-21";
  store_->write([&](store::Session& s) { deleted = s.idempotency().delete_expired_keys("2026-12-21T01:00:00.000Z"); });
  EXPECT_EQ(deleted, 1);
  EXPECT_EQ(count("idempotensi"), 0);
}

TEST_P(IdempotencyStoreTest, TwoProcessesRacingWithOneKeyWriteOnce) {
  // Two stores on one database stand for two server processes; a start flag lines the threads up.
  auto other = store::open_store(db_->location());
  for (int round = 0; round < 10; ++round) {
    const std::string kunci = "balapan-" + std::to_string(round);
    std::atomic<int> ready{0};
    std::atomic<int> written{0}, stopped{0};
    auto send = [&](store::Store& st) {
      auto c = claim(kunci);
      store::IdempotencyClaimScope scope(c);
      ++ready;
      while (ready.load() < 2) std::this_thread::yield();
      try {
        st.write([&](store::Session& s) { s.registry().put_rt({"", "15.71.01.1001", 100 + round, ""}); });
        ++written;
      } catch (const store::IdempotencyKeyTaken&) {
        ++stopped;
      }
    };
    std::thread a([&] { send(*store_); });
    std::thread b([&] { send(*other); });
    a.join();
    b.join();
    EXPECT_EQ(written.load(), 1) << kunci;
    EXPECT_EQ(stopped.load(), 1) << kunci;
  }
  EXPECT_EQ(count("idempotensi"), 10);
}

}  // namespace
}  // namespace lindungi
