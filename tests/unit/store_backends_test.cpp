// What each storage backend must do alike where the databases differ underneath: concurrent
// writers keeping one audit chain, case-insensitive usernames, a transaction that goes on after a
// Conflict, COPY's escaping, collation. CTest runs this suite on SQLite and on PostgreSQL.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "core/errors.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

class StoreBackendTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_backend_");
    db_ = make_database(dir_ / "t.db");
    store_ = store::open_store(db_->location());
    store_->write([](store::Session& s) {
      for (const auto& r : services::reference_regions()) s.registry().put_region(r);
      for (int rt = 1; rt <= 3; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
    });
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  static Worker worker(const std::string& nik, const std::string& nama) {
    Worker w;
    w.nik = nik;
    w.nama = nama;
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::P;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 1;
    w.pekerjaan = "pedagang_umkm";
    w.penghasilan = 1'500'000;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    return w;
  }

  static store::UserRecord user(const std::string& username) {
    store::UserRecord u;
    u.username = username;
    u.nama = "Uji";
    u.peran = "admin_kota";
    u.wilayah = "15.71";
    u.hash_sandi = "x";
    return u;
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
};

LINDUNGI_ON_BOTH_BACKENDS(StoreBackendTest);

TEST_P(StoreBackendTest, TwoProcessesWritingAtOnceKeepOneUnbrokenAuditChain) {
  // Two stores on one database stand for two server processes: only the database orders them.
  auto other = store::open_store(db_->location());
  auto append = [](store::Store& st, const std::string& who) {
    for (int i = 0; i < 40; ++i)
      st.write([&](store::Session& s) {
        s.audit().append({0, "", who, "uji", "pekerja", std::to_string(i), "{}"});
        s.audit().append({0, "", who, "uji2", "pekerja", std::to_string(i), "{}"});
      });
  };
  std::thread a([&] { append(*store_, "a"); });
  std::thread b([&] { append(*other, "b"); });
  a.join();
  b.join();
  std::string previous;
  int entries = 0, broken = 0;
  store_->read([&](store::Session& s) {
    s.audit().scan([&](const store::AuditEntry& e) {
      ++entries;
      if (e.hash_sebelum != previous || e.hash != store::audit_hash(e)) ++broken;
      previous = e.hash;
      return true;
    });
  });
  EXPECT_EQ(entries, 160);
  EXPECT_EQ(broken, 0);
}

TEST_P(StoreBackendTest, UsernamesAreUniqueWhateverTheirCaseAndTheTransactionGoesOnAfterAConflict) {
  store_->write([&](store::Session& s) {
    auto first = user("Siti.Admin");
    s.accounts().insert_user(first);
    auto twin = user("siti.admin");
    EXPECT_THROW(s.accounts().insert_user(twin), store::UniqueViolation);
    // The refused insert must not have spoilt the transaction (PostgreSQL aborts on any error).
    auto next = user("budi.admin");
    s.accounts().insert_user(next);
    Worker w = worker("1571015708850003", "Siti");
    s.registry().insert_worker(w);
    Worker again = worker("1571015708850003", "Siti Lain");
    EXPECT_THROW(s.registry().insert_worker(again), store::UniqueViolation);
    store::AllocationRecord x{0, w.id, "apbd_kota", "2026-01", 16800, 0, ""};
    s.funding().put_funder({"apbd_kota", "APBD Kota", "apbd_kota", "15.71", {}, true});
    s.funding().insert_allocation(x);
    store::AllocationRecord y = x;
    EXPECT_THROW(s.funding().insert_allocation(y), store::UniqueViolation);
    Worker stale = w;
    stale.version = 5;
    EXPECT_THROW(s.registry().update_worker(stale), store::StaleVersion);
  });
  std::optional<store::UserRecord> found;
  std::int64_t workers = 0;
  store_->read([&](store::Session& s) {
    found = s.accounts().user_by_username("SITI.ADMIN");
    workers = s.registry().count_workers();
  });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->username, "Siti.Admin");
  EXPECT_EQ(db_->count("pengguna"), 2);
  EXPECT_EQ(workers, 1);
  EXPECT_EQ(db_->count("alokasi"), 1);
}

TEST_P(StoreBackendTest, ImportIssuesKeepTabsNewlinesBackslashesAndQuotes) {
  const std::string tricky = "Baris 5 kolom 'nama': \"A\tB\"\nC\\D\\\\E \xC3\xA9 \\N";
  std::vector<store::ImportIssue> issues;
  for (int i = 0; i < 500; ++i) issues.push_back({i + 2, "nama", "kode_" + std::to_string(i), tricky, i % 2 == 0});
  std::int64_t id = 0;
  store_->write([&](store::Session& s) {
    store::ImportRecord r;
    r.pelaku = "uji";
    r.nama_berkas = "a.csv";
    r.format = "csv";
    id = s.intake().insert_import(r);
    s.intake().add_import_issues(id, issues);
  });
  std::vector<store::ImportIssue> back;
  store_->read([&](store::Session& s) { back = s.intake().import_issues(id); });
  ASSERT_EQ(back.size(), issues.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    EXPECT_EQ(back[i].message, tricky);
    EXPECT_EQ(back[i].row, issues[i].row);
    EXPECT_EQ(back[i].code, issues[i].code);
    EXPECT_EQ(back[i].warning, issues[i].warning);
  }
}

TEST_P(StoreBackendTest, ABpjsFileListingANikTwiceKeepsItsLastRow) {
  store::BpjsFile file;
  file.pelaku = "uji";
  file.nama_berkas = "aktif.csv";
  store_->write([&](store::Session& s) {
    Worker w = worker("1571015708850003", "Siti");
    s.registry().insert_worker(w);
    s.intake().replace_bpjs_members(file, {{"1571015708850003", "KPJ1", "BPU", "mandiri"},
                                           {"1571011708850004", "KPJ2", "PU", "PT A"},
                                           {"1571015708850003", "KPJ3", "PU", "PT B"}});
  });
  EXPECT_EQ(file.matched, 1);
  std::optional<store::BpjsMember> m;
  store_->read([&](store::Session& s) { m = s.intake().bpjs_member("1571015708850003"); });
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kpj, "KPJ3");
  EXPECT_EQ(m->segmen, "PU");
  EXPECT_EQ(db_->count("bpjs_peserta_aktif"), 2);
}

TEST_P(StoreBackendTest, NamesSortIgnoringCaseAndCodesCompareByteByByte) {
  store_->write([&](store::Session& s) {
    Worker a = worker("1571015708850003", "budi");
    Worker b = worker("1571015708850004", "Ani");
    Worker c = worker("1571015708850005", "Citra");
    for (Worker* w : {&a, &b, &c}) s.registry().insert_worker(*w);
  });
  store::Page<Worker> page;
  store_->read([&](store::Session& s) { page = s.registry().workers({.area = "15.71.01"}); });
  ASSERT_EQ(page.items.size(), 3u);
  EXPECT_EQ(page.items[0].nama, "Ani");
  EXPECT_EQ(page.items[1].nama, "budi");
  EXPECT_EQ(page.items[2].nama, "Citra");
  // "15.71.1" is not an ancestor of "15.71.10": RTs are found by the code range alone.
  std::vector<store::RtRecord> rts;
  store_->read([&](store::Session& s) { rts = s.registry().rts("15.71.01"); });
  EXPECT_EQ(rts.size(), 3u);
  store_->read([&](store::Session& s) { rts = s.registry().rts("15.71.0"); });
  EXPECT_EQ(rts.size(), 0u);
}

TEST_P(StoreBackendTest, ABulkLoadDoesNotLockOutAReaderOfTheRegistry) {
  // The import's shape: its analysis thread reads the registry in a read transaction that stays
  // open while the write transaction bulk-loads, and waits for the writer's progress.
  std::mutex m;
  std::condition_variable cv;
  bool reader_has_read = false, writer_has_written = false, reader_saw_write = false;
  std::thread reader([&] {
    store_->read([&](store::Session& s) {
      s.registry().count_workers();
      std::unique_lock lock(m);
      reader_has_read = true;
      cv.notify_all();
      // Generous: the writer needs milliseconds; only a writer locked out by this reader waits it out.
      reader_saw_write = cv.wait_for(lock, std::chrono::seconds(60), [&] { return writer_has_written; });
    });
  });
  store_->write([&](store::Session& s) {
    {
      std::unique_lock lock(m);
      cv.wait(lock, [&] { return reader_has_read; });
    }
    s.intake().begin_bulk_load();
    Worker w = worker("1571015708850003", "Siti");
    s.registry().insert_worker(w);
    {
      std::lock_guard lock(m);
      writer_has_written = true;
    }
    cv.notify_all();
    s.intake().end_bulk_load();
  });
  reader.join();
  EXPECT_TRUE(reader_saw_write);
  EXPECT_EQ(db_->count("pekerja"), 1);
}

TEST(StoreOpen, AnUnreachablePostgresServerIsAClearErrorWithoutThePassword) {
  try {
    store::open_store("postgresql://lindungi:rahasia-sekali@127.0.0.1:1/lindungi?connect_timeout=2");
    FAIL() << "no error";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "db_tidak_terhubung");
    EXPECT_EQ(e.field(), "db");
    EXPECT_EQ(std::string{e.what()}.find("rahasia-sekali"), std::string::npos) << e.what();
  }
}

TEST(StoreOpen, PrintedLocationsHideTheirPassword) {
  EXPECT_EQ(store::printable_location("postgresql://lindungi:rahasia@db.jambi:5432/lindungi"),
            "postgresql://lindungi:***@db.jambi:5432/lindungi");
  EXPECT_EQ(store::printable_location("postgresql://lindungi@db.jambi:5432/lindungi"),
            "postgresql://lindungi@db.jambi:5432/lindungi");
  EXPECT_EQ(store::printable_location("postgresql://db.jambi/lindungi?user=x"),
            "postgresql://db.jambi/lindungi?user=x");
  EXPECT_EQ(store::printable_location("postgresql://db.jambi/lindungi?password=rahasia&sslmode=require"),
            "postgresql://db.jambi/lindungi?password=***&sslmode=require");
  EXPECT_EQ(store::printable_location("var/lindungi.db"), "var/lindungi.db");
}

}  // namespace
}  // namespace lindungi
