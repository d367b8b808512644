// The keyed audit chain (issue 16 item 5): entries are keyed with an HMAC key kept outside the
// database, so that whoever can write the database cannot rewrite the log unnoticed; legacy
// (unkeyed) entries before the first keyed one still verify; the chain's head is public; and on
// PostgreSQL scripts/pg-roles.sql leaves the application's role unable to UPDATE, DELETE or
// TRUNCATE the audit log. Runs on SQLite and PostgreSQL (CTest's pg: runs).
#include "services/audit_key.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/audit_service.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

using namespace lindungi;

namespace {

class AuditKeyTest : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_auditkey_");
    db_ = make_database(dir_ / "t.db");
    key_ = (dir_ / "kunci-audit").string();
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::vector<store::AuditEntry> entries(services::App& app) {
    std::vector<store::AuditEntry> out;
    app.store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        out.push_back(e);
        return true;
      });
    });
    return out;
  }

  // What the database's owner can do behind the application's back.
  void drop_append_only_triggers() {
    if (db_->postgres()) {
      db_->exec("DROP TRIGGER audit_log_no_update ON audit_log");
    } else {
      db_->exec("DROP TRIGGER audit_log_no_update");
      db_->exec("DROP TRIGGER audit_log_no_delete");
    }
  }
  void set_hashes(std::int64_t id, const std::string& before, const std::string& hash) {
    db_->exec("UPDATE audit_log SET hash_sebelum = '" + before + "', hash = '" + hash +
              "' WHERE id = " + std::to_string(id));
  }
  // Recomputes the whole chain from its first entry with `key` ("" = the legacy hash).
  void recompute_chain(services::App& app, const std::string& key) {
    std::string previous;
    for (auto e : entries(app)) {
      e.hash_sebelum = previous;
      e.hash = store::audit_hash(e, key);
      set_hashes(e.id, e.hash_sebelum, e.hash);
      previous = e.hash;
    }
  }

  std::filesystem::path dir_;
  std::unique_ptr<lindungi::testing::TestDatabase> db_;
  std::string key_;
};

LINDUNGI_ON_BOTH_BACKENDS(AuditKeyTest);

TEST_P(AuditKeyTest, ANewDatabaseGetsAKeyFileOnlyItsOwnerReadsAndEveryEntryIsKeyed) {
  auto app = services::App::open(db_->location(), key_);
  ASSERT_TRUE(std::filesystem::exists(key_));
  struct stat st {};
  ASSERT_EQ(::stat(key_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600);
  const auto key = services::read_audit_key(key_);
  ASSERT_TRUE(key);
  EXPECT_EQ(key->from_id, 1);
  EXPECT_EQ(app->audit_key().key, key->key);
  const auto all = entries(*app);
  ASSERT_FALSE(all.empty());
  for (const auto& e : all) EXPECT_TRUE(store::audit_hash_keyed(e.hash)) << e.id;
  const auto v = services::AuditService(*app).verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.keyed, v.entries);
  EXPECT_EQ(v.legacy, 0);
  // Reopened with the same key file: the same key, nothing written.
  app.reset();
  app = services::App::open(db_->location(), key_);
  EXPECT_EQ(app->audit_key().key, key->key);
  EXPECT_EQ(entries(*app).size(), all.size());
}

TEST_P(AuditKeyTest, LegacyEntriesBeforeTheFirstKeyedOneAreReportedAsLegacyAndStillVerify) {
  {
    auto store = store::open_store(db_->location());  // a database from before the key
    store->write([](store::Session& s) {
      s.audit().append({0, "", "lama", "uji", "pekerja", "1", "{}"});
      s.audit().append({0, "", "lama", "uji", "pekerja", "2", "{}"});
    });
  }
  auto app = services::App::open(db_->location(), key_);
  const auto key = services::read_audit_key(key_);
  ASSERT_TRUE(key);
  EXPECT_EQ(key->from_id, 3);  // the entries already there stay legacy
  const auto all = entries(*app);
  EXPECT_FALSE(store::audit_hash_keyed(all[0].hash));
  EXPECT_EQ(all[2].aksi, "mulai_kunci_audit");
  EXPECT_TRUE(store::audit_hash_keyed(all[2].hash));
  const auto v = services::AuditService(*app).verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.legacy, 2);
  EXPECT_EQ(v.keyed, v.entries - 2);
}

TEST_P(AuditKeyTest, AChainRecomputedWithoutTheKeyFailsVerification) {
  auto app = services::App::open(db_->location(), key_);
  drop_append_only_triggers();
  db_->exec("UPDATE audit_log SET pelaku = 'penyusup' WHERE id = 1");
  recompute_chain(*app, "");  // every link consistent again, but with no key
  const auto v = services::AuditService(*app).verify();
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.problem.find("tanpa kunci"), std::string::npos) << v.problem;
}

TEST_P(AuditKeyTest, AChainRecomputedWithAnotherKeyFailsVerification) {
  auto app = services::App::open(db_->location(), key_);
  drop_append_only_triggers();
  db_->exec("UPDATE audit_log SET pelaku = 'penyusup' WHERE id = 1");
  recompute_chain(*app, "kunci-tebakan-penyusup-0123456789abcdef");
  const auto v = services::AuditService(*app).verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_id, 1);
  EXPECT_NE(v.problem.find("diubah"), std::string::npos) << v.problem;
}

TEST_P(AuditKeyTest, BlankingTheFirstHashesToPassThemOffAsLegacyFails) {
  auto app = services::App::open(db_->location(), key_);
  app->store().write([](store::Session& s) { s.audit().append({0, "", "uji", "uji", "pekerja", "9", "{}"}); });
  drop_append_only_triggers();
  const auto all = entries(*app);
  ASSERT_GE(all.size(), 3u);
  db_->exec("UPDATE audit_log SET pelaku = 'penyusup' WHERE id = " + std::to_string(all[0].id));
  set_hashes(all[0].id, "", "");  // "unchained legacy" at the start
  auto v = services::AuditService(*app).verify();
  EXPECT_FALSE(v.ok);
  // Also when the next one is blanked: entries from the key's start must be keyed.
  set_hashes(all[1].id, "", "");
  v = services::AuditService(*app).verify();
  EXPECT_FALSE(v.ok);
}

TEST_P(AuditKeyTest, AnUnkeyedEntryAfterTheFirstKeyedOneFails) {
  auto app = services::App::open(db_->location(), key_);
  {
    auto raw = store::open_store(db_->location());  // a writer without the key
    raw->write([](store::Session& s) { s.audit().append({0, "", "tanpa_kunci", "uji", "pekerja", "7", "{}"}); });
  }
  const auto v = services::AuditService(*app).verify();
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.problem.find("tidak berkunci"), std::string::npos) << v.problem;
}

TEST_P(AuditKeyTest, AKeyedDatabaseWithoutItsKeyFileRefusesToOpenWithAClearMessage) {
  services::App::open(db_->location(), key_).reset();
  std::filesystem::remove(key_);
  try {
    services::App::open(db_->location(), key_);
    FAIL() << "opened without its key";
  } catch (const Conflict& e) {
    EXPECT_NE(std::string{e.what()}.find("kunci audit"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(key_));  // no new key that would hide the old entries
}

TEST_P(AuditKeyTest, TheHeadIsTheLatestEntryAndChangesWithEveryAppend) {
  auto app = services::App::open(db_->location(), key_);
  app->set_today_for_tests(Date{2026, 11, 21});
  const auto before = services::AuditService(*app).head();
  const auto all = entries(*app);
  EXPECT_EQ(before.entries, static_cast<std::int64_t>(all.size()));
  EXPECT_EQ(before.hash, all.back().hash);
  EXPECT_EQ(before.last_id, all.back().id);
  EXPECT_EQ(before.tanggal, "2026-11-21");
  app->store().write([](store::Session& s) { s.audit().append({0, "", "uji", "uji", "pekerja", "9", "{}"}); });
  const auto after = services::AuditService(*app).head();
  EXPECT_EQ(after.entries, before.entries + 1);
  EXPECT_NE(after.hash, before.hash);
  EXPECT_TRUE(store::audit_hash_keyed(after.hash));
}

// scripts/pg-roles.sql (named in docs/SECURITY.md): the application's role can SELECT and INSERT
// the audit log, never UPDATE, DELETE or TRUNCATE it, and the application still runs under it.
TEST_P(AuditKeyTest, OnPostgresTheApplicationRoleCanOnlyInsertIntoTheAuditLog) {
  if (!db_->postgres()) GTEST_SKIP() << "PostgreSQL only (CTest's pg:AuditKeyTest run)";
  services::App::open(db_->location(), key_).reset();  // the migrations, as the owner
  std::ifstream in(std::string{LINDUNGI_SOURCE_DIR} + "/scripts/pg-roles.sql");
  std::stringstream sql;
  sql << in.rdbuf();
  ASSERT_FALSE(sql.str().empty());
  const std::string suffix = std::to_string(getpid());
  const std::string owner = "uji_pemilik_" + suffix, app_role = "uji_app_" + suffix;
  db_->exec("SET lindungi.owner_role = '" + owner + "'; SET lindungi.app_role = '" + app_role + "'; " + sql.str());
  db_->exec("SET lindungi.owner_role = '" + owner + "'; SET lindungi.app_role = '" + app_role + "'; " + sql.str());
  auto refused = [&](const std::string& statement) {
    try {
      db_->exec("SET ROLE " + app_role + "; " + statement);
      return std::string{"diterima"};
    } catch (const std::exception& e) {
      return std::string{e.what()};
    }
  };
  EXPECT_NE(refused("UPDATE audit_log SET pelaku = 'x'").find("permission denied"), std::string::npos);
  EXPECT_NE(refused("DELETE FROM audit_log").find("permission denied"), std::string::npos);
  EXPECT_NE(refused("TRUNCATE audit_log").find("permission denied"), std::string::npos);
  EXPECT_NE(refused("DROP TRIGGER audit_log_no_update ON audit_log").find("must be owner"), std::string::npos);
  EXPECT_EQ(refused("INSERT INTO audit_log (waktu, pelaku, aksi, entitas, entitas_id, perubahan) "
                    "VALUES ('2026-01-01T00:00:00Z', 'x', 'uji', 'uji', '', '{}')"),
            "diterima");
  EXPECT_EQ(refused("SELECT count(*) FROM audit_log"), "diterima");
  EXPECT_EQ(refused("UPDATE pengguna SET nama = nama WHERE false"), "diterima");
  // The application itself opens and writes as that role: libpq's options set the role for
  // every connection of the store.
  const std::string as_app = db_->location() + "%20-crole%3D" + app_role;
  {
    auto app = services::App::open(as_app, key_);
    app->store().write([](store::Session& s) { s.audit().append({0, "", "uji", "uji", "pekerja", "1", "{}"}); });
  }
  db_->exec("DROP OWNED BY " + app_role + "; DROP ROLE " + app_role);
  db_->exec("REASSIGN OWNED BY " + owner + " TO CURRENT_USER; DROP OWNED BY " + owner + "; DROP ROLE " + owner);
}

// Issue 16 item 6: a read's audit entry is queued (durable) without the writer and folded into the
// keyed chain later. A process that dies after queueing and before folding loses nothing: the next
// App to open the database folds the entries first, in the order they were queued, keyed like the
// rest, and the chain verifies.
TEST_P(AuditKeyTest, QueuedReadAuditsSurviveACrashBeforeFoldingInOrder) {
  std::size_t before = 0;
  {
    auto app = services::App::open(db_->location(), key_);
    before = entries(*app).size();
  }
  {
    // The store alone, as a process killed before its fold: queued, never folded.
    auto st = store::open_store(db_->location());
    for (int i = 1; i <= 3; ++i)
      st->queue_audit({0, "", "petugas", "cari_nik", "pencarian_nik", "1571**********0" + std::to_string(i), "{}"});
    std::size_t in_chain = 0;
    st->read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry&) {
        ++in_chain;
        return true;
      });
    });
    EXPECT_EQ(in_chain, before);  // queued, not yet in the chain
  }
  auto app = services::App::open(db_->location(), key_);
  const auto all = entries(*app);
  ASSERT_EQ(all.size(), before + 3);
  for (int i = 1; i <= 3; ++i) {
    const auto& e = all[before + static_cast<std::size_t>(i) - 1];
    EXPECT_EQ(e.aksi, "cari_nik");
    EXPECT_EQ(e.entitas_id, "1571**********0" + std::to_string(i));  // the order they were queued in
    EXPECT_FALSE(e.waktu.empty());
    EXPECT_TRUE(store::audit_hash_keyed(e.hash)) << e.id;
  }
  const auto v = services::AuditService(*app).verify();
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.entries, static_cast<std::int64_t>(before + 3));
  // Folded once: opening again appends nothing.
  app.reset();
  app = services::App::open(db_->location(), key_);
  EXPECT_EQ(entries(*app).size(), before + 3);
}

// SQLite's queue is a file of its own; the fold commits in the main database, then clears the
// queue. A crash between the two leaves the entries in the queue: they must not be appended twice.
TEST_P(AuditKeyTest, AQueueClearedLateIsNotFoldedTwice) {
  if (db_->postgres())
    GTEST_SKIP() << "SQLite only: on PostgreSQL the queue is a table cleared in the fold's own transaction";
  const std::string queue_file = db_->location() + ".antrian-audit";
  std::size_t before = 0;
  {
    auto app = services::App::open(db_->location(), key_);
    before = entries(*app).size();
  }
  {
    auto st = store::open_store(db_->location());
    st->queue_audit({0, "", "petugas", "lihat_nik", "pekerja", "7", "{}"});
  }
  // The queue as it was before the fold (its last connection closed: one file, no WAL left).
  ASSERT_FALSE(std::filesystem::exists(queue_file + "-wal"));
  std::filesystem::copy_file(queue_file, dir_ / "salinan-antrian");
  { auto app = services::App::open(db_->location(), key_); }
  // As if the process died after the fold's commit and before the queue forgot the entry.
  std::filesystem::copy_file(dir_ / "salinan-antrian", queue_file, std::filesystem::copy_options::overwrite_existing);
  auto app = services::App::open(db_->location(), key_);
  const auto all = entries(*app);
  ASSERT_EQ(all.size(), before + 1);
  EXPECT_EQ(all.back().aksi, "lihat_nik");
  EXPECT_TRUE(services::AuditService(*app).verify().ok);
}

}  // namespace
