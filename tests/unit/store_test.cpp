// The store against a real database, on SQLite and on PostgreSQL alike (testing::BackendTest,
// tests/test_backend.hpp).
#include "store/store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <map>
#include <optional>

#include "core/errors.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/page.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"
#include "store/report_store.hpp"
#include "test_backend.hpp"

using namespace lindungi;

namespace {

class StoreTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_store_");
    db_ = make_database(dir_ / "t.db");
    path_ = db_->location();
    store_ = store::open_store(path_);
    store_->write([](store::Session& s) {
      for (const auto& r : services::reference_regions()) s.registry().put_region(r);
      s.registry().put_rt({"", "15.71.01.1001", 1, "Pak Ahmad"});
      s.registry().put_rt({"", "15.71.01.1001", 2, "Bu Rina"});
      s.registry().put_rt({"", "15.71.02.1002", 1, "Pak Joko"});
    });
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  static Worker worker(const std::string& nik, const std::string& nama, const std::string& kel = "15.71.01.1001",
                       int rt = 1) {
    Worker w;
    w.nik = nik;
    w.nama = nama;
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::P;
    w.kode_kelurahan = kel;
    w.rt = rt;
    w.pekerjaan = "pedagang_umkm";
    w.penghasilan = 1'500'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    w.ahli_waris = {{0, "Budi", "suami", "", std::nullopt}};
    return w;
  }

  std::filesystem::path dir_;
  std::unique_ptr<lindungi::testing::TestDatabase> db_;
  std::string path_;
  std::unique_ptr<store::Store> store_;
};

LINDUNGI_ON_BOTH_BACKENDS(StoreTest);

TEST_P(StoreTest, MigrationsAreRecordedAndIdempotent) {
  store_.reset();
  store_ = store::open_store(path_);  // re-opening applies nothing twice
  const std::string dir = db_->postgres() ? "/src/store/postgres/migrations" : "/src/store/sqlite/migrations";
  int files = 0;
  for (const auto& f : std::filesystem::directory_iterator(LINDUNGI_SOURCE_DIR + dir))
    files += f.path().extension() == ".sql";
  EXPECT_GE(files, 2);
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM skema_migrasi"), std::to_string(files));
  if (!db_->postgres()) {
    EXPECT_EQ(db_->scalar("PRAGMA journal_mode"), "wal");
  }
  // Many areas in one deployment (issue 8 item 3): the province's 1,585, Kota Jambi's 68 among them.
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM wilayah WHERE tingkat = 'kelurahan'"), "1585");
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM wilayah WHERE tingkat = 'kelurahan' AND kode LIKE '15.71.%'"), "68");
  EXPECT_EQ(store_->backend(), db_->postgres() ? "postgresql" : "sqlite");
}

TEST_P(StoreTest, InsertFindUpdateWithHeirs) {
  Worker w = worker("1571015708850003", "Siti Aminah");
  store_->write([&](store::Session& s) { s.registry().insert_worker(w); });
  EXPECT_GT(w.id, 0);
  EXPECT_EQ(w.version, 1);
  std::optional<Worker> got;
  store_->read([&](store::Session& s) { got = s.registry().worker_by_nik("1571015708850003"); });
  ASSERT_TRUE(got);
  EXPECT_EQ(got->nama, "Siti Aminah");
  EXPECT_EQ(got->tanggal_lahir, (Date{1985, 8, 17}));
  EXPECT_EQ(got->jenis_kelamin, Sex::P);
  ASSERT_EQ(got->ahli_waris.size(), 1u);
  EXPECT_EQ(got->ahli_waris[0].hubungan, "suami");

  got->nama = "Siti Aminah Harahap";
  got->ahli_waris = {{0, "Budi", "suami", "", std::nullopt}, {0, "Ani", "anak", "", Date{2010, 1, 5}}};
  store_->write([&](store::Session& s) { s.registry().update_worker(*got); });
  EXPECT_EQ(got->version, 2);
  std::optional<Worker> again;
  store_->read([&](store::Session& s) { again = s.registry().worker(w.id); });
  EXPECT_EQ(again->nama, "Siti Aminah Harahap");
  ASSERT_EQ(again->ahli_waris.size(), 2u);
  EXPECT_EQ(again->ahli_waris[1].tanggal_lahir, (Date{2010, 1, 5}));
}

// Neutral refusals (store/refusals.hpp); services/worker_changes.hpp words them for users.
TEST_P(StoreTest, StaleVersionAndDuplicateNikAreRefused) {
  Worker a = worker("1571015708850003", "Siti");
  Worker b = worker("1571011708850004", "Ahmad");
  store_->write([&](store::Session& s) {
    s.registry().insert_worker(a);
    s.registry().insert_worker(b);
  });
  Worker dup = worker("1571015708850003", "Orang Lain");
  EXPECT_THROW(store_->write([&](store::Session& s) { s.registry().insert_worker(dup); }), store::UniqueViolation);
  Worker stale = a;
  stale.version = 7;
  EXPECT_THROW(store_->write([&](store::Session& s) { s.registry().update_worker(stale); }), store::StaleVersion);
  Worker steal = b;
  steal.nik = a.nik;
  EXPECT_THROW(store_->write([&](store::Session& s) { s.registry().update_worker(steal); }), store::UniqueViolation);
}

TEST_P(StoreTest, AFailedTransactionLeavesNothingBehind) {
  EXPECT_THROW(store_->write([&](store::Session& s) {
    Worker a = worker("1571015708850003", "Siti");
    s.registry().insert_worker(a);
    s.audit().append({0, "", "uji", "buat", "pekerja", std::to_string(a.id), "{}"});
    throw std::runtime_error("power cut");
  }),
               std::runtime_error);
  std::int64_t workers = -1, audit = -1;
  store_->read([&](store::Session& s) {
    workers = s.registry().count_workers();
    audit = s.audit().entries("", "", 0, 10).total;
  });
  EXPECT_EQ(workers, 0);
  EXPECT_EQ(audit, 0);
}

TEST_P(StoreTest, ListFiltersByAreaSearchSortAndPages) {
  store_->write([&](store::Session& s) {
    Worker a = worker("1571015708850003", "Siti Aminah", "15.71.01.1001", 1);
    Worker b = worker("1571011708850004", "Ahmad Fauzi", "15.71.01.1001", 2);
    Worker c = worker("1571025708850005", "Rina Marlina", "15.71.02.1002", 1);
    b.jenis_kelamin = Sex::L;
    b.status = "aktif";
    for (Worker* w : {&a, &b, &c}) s.registry().insert_worker(*w);
  });
  auto list = [&](store::WorkerQuery q) {
    store::Page<Worker> page;
    store_->read([&](store::Session& s) { page = s.registry().workers(q); });
    return page;
  };
  EXPECT_EQ(list({}).total, 3);
  EXPECT_EQ(list({.area = "15.71.01"}).total, 2);
  EXPECT_EQ(list({.area = "15.71.01.1001.002"}).total, 1);
  EXPECT_EQ(list({.area = "15.71.02.1002"}).items.at(0).nama, "Rina Marlina");
  EXPECT_THROW(list({.area = "15.71.1"}), BadRequest);  // codes are matched by segment, not by characters
  EXPECT_EQ(list({.status = "aktif"}).items.at(0).nama, "Ahmad Fauzi");
  EXPECT_EQ(list({.q = "MARL"}).total, 1);    // name, case-insensitive
  EXPECT_EQ(list({.q = "157101"}).total, 2);  // NIK prefix
  EXPECT_EQ(list({.q = "50%"}).total, 0);     // LIKE wildcards are literal
  const auto sorted = list({.sort = "-nama"});
  EXPECT_EQ(sorted.items.front().nama, "Siti Aminah");
  const auto page2 = list({.sort = "nama", .offset = 1, .limit = 1});
  EXPECT_EQ(page2.total, 3);
  ASSERT_EQ(page2.items.size(), 1u);
  EXPECT_EQ(page2.items[0].nama, "Rina Marlina");
  EXPECT_THROW(list({.sort = "nik; DROP TABLE pekerja"}), BadRequest);
}

// The planner's reads (issue 22 item 2): the workers to cover with their dependants, and the funded
// ones counted per RT, occupation and funder in the order of their codes, whatever order the
// workers were recorded in; nothing of the other statuses or outside the area.
TEST_P(StoreTest, PlannerReadsTheWorkersToCoverAndCountsTheFunded) {
  int n = 0;
  auto add = [&](const std::string& kel, int rt, const std::string& status, const std::string& pekerjaan,
                 const std::string& sumber_dana, std::vector<Heir> heirs = {}) {
    store_->write([&](store::Session& s) {
      Worker w = worker("15710117088500" + std::to_string(10 + n), "Pekerja " + std::to_string(n), kel, rt);
      ++n;
      w.status = status;
      w.pekerjaan = pekerjaan;
      w.sumber_dana = sumber_dana;
      w.ahli_waris = std::move(heirs);
      s.registry().insert_worker(w);
    });
  };
  add("15.71.02.1002", 1, "aktif", "petani", "apbd_kota");
  add("15.71.01.1001", 2, "aktif", "ojek_online", "apbd_kota");
  add("15.71.01.1001", 1, "didaftarkan", "seniman_budayawan", "dana_kampung_bahagia");
  add("15.71.01.1001", 2, "dialokasikan", "ojek_online", "apbd_provinsi");
  add("15.71.01.1001", 1, "aktif", "pedagang_umkm", "apbd_kota");
  add("15.71.01.1001", 2, "aktif", "ojek_online", "apbd_kota");
  // To cover: two spouses and a child count, a mother does not.
  add("15.71.01.1001", 1, "didata", "nelayan", "",
      {{0, "Budi", "suami", "", std::nullopt},
       {0, "Ani", "anak", "", std::nullopt},
       {0, "Sri", "ibu", "", std::nullopt},
       {0, "Wati", "istri", "", std::nullopt}});
  add("15.71.01.1001", 2, "diverifikasi", "petani", "");
  add("15.71.02.1002", 1, "ditolak_bpjs", "becak", "", {{0, "Rudi", "anak", "", std::nullopt}});
  // Neither to cover nor funded.
  add("15.71.01.1001", 1, "ditolak", "nelayan", "", {{0, "Budi", "suami", "", std::nullopt}});
  add("15.71.01.1001", 2, "meninggal", "ojek_online", "apbd_kota");

  store::PlanRows all, kecamatan;
  store_->read([&](store::Session& s) {
    all = s.reports().plan_workers("");
    kecamatan = s.reports().plan_workers("15.71.01");
  });
  auto covered = [](const store::PlanRows& rows) {
    std::vector<std::string> out;
    for (const auto& c : rows.covered)
      out.push_back(c.kode_kelurahan + " " + std::to_string(c.rt) + " " + c.pekerjaan + " " + c.sumber_dana + " " +
                    std::to_string(c.count));
    return out;
  };
  EXPECT_EQ(covered(all),
            (std::vector<std::string>{
                "15.71.01.1001 1 pedagang_umkm apbd_kota 1", "15.71.01.1001 1 seniman_budayawan dana_kampung_bahagia 1",
                "15.71.01.1001 2 ojek_online apbd_kota 2", "15.71.01.1001 2 ojek_online apbd_provinsi 1",
                "15.71.02.1002 1 petani apbd_kota 1"}));
  auto funded_in_kecamatan = covered(all);
  funded_in_kecamatan.pop_back();  // 15.71.02.1002's
  EXPECT_EQ(covered(kecamatan), funded_in_kecamatan);
  auto uncovered = [](const store::PlanRows& rows) {
    std::map<std::string, std::string> out;  // by name: the statement's order is none
    for (const auto& w : rows.uncovered)
      out[w.nama] = w.kode_kelurahan + " " + std::to_string(w.rt) + " " + w.pekerjaan + " " + w.status + " " +
                    std::to_string(w.penghasilan) + " " + (w.tanggal_lahir ? w.tanggal_lahir->iso() : "-") + " " +
                    std::to_string(w.tanggungan);
    return out;
  };
  EXPECT_EQ(uncovered(all), (std::map<std::string, std::string>{
                                {"Pekerja 6", "15.71.01.1001 1 nelayan didata 1500000 1985-08-17 3"},
                                {"Pekerja 7", "15.71.01.1001 2 petani diverifikasi 1500000 1985-08-17 0"},
                                {"Pekerja 8", "15.71.02.1002 1 becak ditolak_bpjs 1500000 1985-08-17 1"}}));
  auto in_kecamatan = uncovered(all);
  in_kecamatan.erase("Pekerja 8");
  EXPECT_EQ(uncovered(kecamatan), in_kecamatan);
  for (const auto& w : all.uncovered) EXPECT_GT(w.id, 0) << w.nama;
}

TEST_P(StoreTest, StatusCountsPerKelurahanAndRt) {
  store_->write([&](store::Session& s) {
    Worker a = worker("1571015708850003", "Siti", "15.71.01.1001", 1);
    Worker b = worker("1571011708850004", "Ahmad", "15.71.01.1001", 2);
    b.status = "aktif";
    s.registry().insert_worker(a);
    s.registry().insert_worker(b);
  });
  std::vector<store::StatusCount> by_kel, by_rt;
  store_->read([&](store::Session& s) {
    by_kel = s.registry().status_counts("15.71", false);
    by_rt = s.registry().status_counts("15.71.01.1001", true);
  });
  ASSERT_EQ(by_kel.size(), 2u);  // didata and aktif in one kelurahan
  for (const auto& c : by_kel) EXPECT_EQ(c.kode, "15.71.01.1001");
  ASSERT_EQ(by_rt.size(), 2u);
  EXPECT_EQ(by_rt[0].kode, "15.71.01.1001.001");
  EXPECT_EQ(by_rt[1].kode, "15.71.01.1001.002");
}

TEST_P(StoreTest, AuditLogIsAppendOnly) {
  store_->write([](store::Session& s) {
    s.audit().append({0, "", "uji", "buat", "pekerja", "1", R"({"nama":[null,"A"]})"});
  });
  EXPECT_THROW(db_->exec("UPDATE audit_log SET pelaku = 'x'"), std::exception);
  EXPECT_THROW(db_->exec("DELETE FROM audit_log"), std::exception);
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM audit_log WHERE pelaku = 'uji'"), "1");
}

TEST_P(StoreTest, ForeignKeysRefuseAWorkerInAnUnknownRt) {
  Worker w = worker("1571015708850003", "Siti", "15.71.01.1001", 9);
  EXPECT_THROW(store_->write([&](store::Session& s) { s.registry().insert_worker(w); }), std::exception);
  EXPECT_EQ(db_->count("pekerja"), 0);
}

// A write slipped into a read by mistake must fail and leave nothing, even when the caller
// swallows the error and the read goes on to its end (SQLite's read() used to COMMIT it).
TEST_P(StoreTest, ReadsRefuseWritesAndLeaveNothingBehind) {
  const store::FunderRecord f{"dana_uji", "Dana Uji", "donatur", "", {}, true};
  const Worker w = worker("1571015708850004", "Rina");
  using Reader = std::function<void(const std::function<void(store::Session&)>&)>;
  const std::vector<std::pair<const char*, Reader>> readers = {
      {"read", [&](const auto& work) { store_->read(work); }},
      {"read_current", [&](const auto& work) { store_->read_current(work); }},
  };
  for (const auto& [name, read] : readers) {
    EXPECT_THROW(read([&](store::Session& s) { s.funding().put_funder(f); }), std::exception) << name;
    EXPECT_THROW(read([&](store::Session& s) {
                   Worker copy = w;
                   s.registry().insert_worker(copy);
                 }),
                 std::exception)
        << name;
    bool refused = false;
    try {
      read([&](store::Session& s) {
        try {
          s.funding().put_funder(f);
        } catch (const std::exception&) {
          refused = true;
        }
      });
    } catch (const std::exception&) {
      refused = true;  // PostgreSQL: the failed statement also fails the read's end
    }
    EXPECT_TRUE(refused) << name;
    EXPECT_EQ(db_->count("sumber_dana"), 0) << name;
    EXPECT_EQ(db_->count("pekerja"), 0) << name;
  }
  // The refused reads left their connections usable, and writes still go through write().
  store_->write([&](store::Session& s) { s.funding().put_funder(f); });
  std::optional<store::FunderRecord> back;
  store_->read([&](store::Session& s) { back = s.funding().funder("dana_uji"); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->nama, "Dana Uji");
}

}  // namespace
