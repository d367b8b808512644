// An import killed halfway (SIGKILL in the middle of its transaction, thousands of rows written)
// leaves the registry exactly as before, and the database passes PRAGMA integrity_check.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "intake_fixture.hpp"
#include "services/import_service.hpp"

namespace lindungi {
namespace {

using testing::IntakeFixture;

// SQLite only: it reads the file directly and checks SQLite's recovery (docs/STORAGE.md).
class ImportKillTest : public IntakeFixture {
 protected:
  // Every row of every table that an import touches, as one string.
  std::string fingerprint() {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    std::string out;
    for (const char* table : {"pekerja", "ahli_waris", "audit_log", "impor", "impor_masalah", "duplikat"}) {
      SQLite::Statement q(db, std::string{"SELECT * FROM "} + table);
      out += table;
      out += ":";
      while (q.executeStep())
        for (int c = 0; c < q.getColumnCount(); ++c) out += q.getColumn(c).getString() + "|";
      out += "\n";
    }
    SQLite::Statement idx(db, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
    while (idx.executeStep()) out += idx.getColumn(0).getString() + ",";
    return out;
  }

  static std::string big_file(int rows) {
    std::string out =
        "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,pekerjaan,penghasilan,kategori,"
        "nama_ahli_waris,hubungan_ahli_waris\n";
    for (int i = 0; i < rows; ++i) {
      const int day = i % 28 + 1, month = i / 28 % 12 + 1, year = 60 + i / 336 % 40;
      char line[200];
      std::snprintf(line, sizeof line,
                    "157101%02d%02d%02d%04d,Pekerja %d,%02d/%02d/19%02d,L,15.71.01.1001,%d,becak,1000000,"
                    "pekerja_rentan,Ani,istri\n",
                    day, month, year, i / 13440 + 1, i, day, month, year, i % 10 + 1);
      out += line;
    }
    return out;
  }
};

// SQLite only: the PostgreSQL side of a killed import is KilledClientTest.
LINDUNGI_ON_BACKEND_ONLY(ImportKillTest, sqlite);

TEST_P(ImportKillTest, KilledMidTransactionLeavesTheRegistryExactlyAsBefore) {
  // Something in the registry already, so "as before" is not just "empty".
  services::ImportOptions first;
  ASSERT_EQ(services::ImportService(*app_).run(admin(), big_file(200), first).created, 200);
  const std::string before = fingerprint();
  // 6,000 new rows: more than the registry and than the bulk threshold lowered to 5,000, so the
  // bulk path (indexes dropped and rebuilt) is the one being killed. At the shipped threshold
  // (50,000) it took 60,000 rows: 31-96 s under the sanitizers, where 6,000 take a tenth.
  const std::string file = big_file(6'200);  // its first 200 rows are the ones already imported
  constexpr std::size_t kBulkAbove = 5'000;
  app_.reset();

  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    auto app = services::App::open(path_);
    app->set_today_for_tests(Date{2025, 6, 1});
    services::ImportOptions o;
    o.bulk_load_above = kBulkAbove;
    o.progress_every = 2'000;
    o.on_progress = [&](std::size_t written) {
      if (written == 4'000) {  // well inside the transaction: tell the parent, then wait to die
        const char c = 'x';
        (void)!write(ready[1], &c, 1);
        for (;;) pause();
      }
    };
    try {
      services::ImportService(*app).run(admin(), file, o);
    } catch (...) {
    }
    _exit(3);  // not reached when the kill comes in time
  }
  close(ready[1]);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1) << "the child never reached the middle of its import";
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  close(ready[0]);

  {
    SQLite::Database db(path_, SQLite::OPEN_READWRITE);  // recovers the WAL like any next user would
    SQLite::Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.executeStep());
    EXPECT_EQ(check.getColumn(0).getString(), "ok");
  }
  EXPECT_EQ(fingerprint(), before);
  open();  // and the registry works: the same import now completes
  services::ImportOptions o;
  o.bulk_load_above = kBulkAbove;
  const auto done = services::ImportService(*app_).run(admin(), file, o);
  EXPECT_EQ(done.created, 6'000);
  EXPECT_EQ(done.unchanged, 200);
}

}  // namespace
}  // namespace lindungi
