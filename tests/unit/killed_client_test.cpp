// A client killed in the middle of an import's write transaction (SIGKILL, thousands of rows
// sent) leaves nothing behind on either backend, and the same import then completes. On
// PostgreSQL the server rolls back when the connection drops; on SQLite the next opener rolls the
// WAL back. (ImportKillTest covers SQLite's file in depth, with the bulk path.)
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "intake_fixture.hpp"
#include "services/import_service.hpp"

namespace lindungi {
namespace {

using testing::IntakeFixture;

class KilledClientTest : public IntakeFixture {
 protected:
  // What an import writes, table by table, and the audit chain's head.
  std::string fingerprint() {
    std::string out;
    for (const char* table : {"pekerja", "ahli_waris", "audit_log", "impor", "impor_masalah", "duplikat"})
      out += std::string{table} + "=" + std::to_string(count(table)) + " ";
    return out + db_->scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  }

  static std::string file(int rows) {
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

LINDUNGI_ON_BOTH_BACKENDS(KilledClientTest);

TEST_P(KilledClientTest, AnImportKilledMidTransactionLeavesNothingAndThenCompletes) {
  services::ImportOptions first;
  ASSERT_EQ(services::ImportService(*app_).run(admin(), file(100), first).created, 100);
  const std::string before = fingerprint();
  const std::string rows = file(3'100);  // its first 100 rows are the ones already imported
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
    o.progress_every = 1'000;
    o.on_progress = [&](std::size_t written) {
      if (written == 2'000) {  // inside the transaction: tell the parent, then wait to die
        const char c = 'x';
        (void)!write(ready[1], &c, 1);
        for (;;) pause();
      }
    };
    try {
      services::ImportService(*app).run(admin(), rows, o);
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

  open();
  EXPECT_EQ(fingerprint(), before);
  services::ImportOptions o;
  const auto done = services::ImportService(*app_).run(admin(), rows, o);
  EXPECT_EQ(done.created, 3'000);
  EXPECT_EQ(done.unchanged, 100);
  EXPECT_EQ(count("pekerja"), 3'100);
}

}  // namespace
}  // namespace lindungi
