// The import contract (DESIGN.md §5, §6) against the corpus of ugly real-world files in
// tests/data/import, each with its expected outcome in expected.json; and the contract's promises:
// a dry run writes nothing, a commit is all or nothing, a second import of the same file changes
// nothing, rows outside the uploader's area are refused, duplicates are caught or queued.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/errors.hpp"
#include "intake_fixture.hpp"
#include "services/dedup_service.hpp"
#include "services/import_service.hpp"
#include "services/verification_service.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/pending_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi {
namespace {

using nlohmann::json;
using testing::IntakeFixture;

using Issue = std::tuple<std::int64_t, std::string, std::string>;

std::set<Issue> issues_of(const std::vector<store::ImportIssue>& v) {
  std::set<Issue> out;
  for (const auto& i : v) out.insert({i.row, i.column, i.code});
  return out;
}

class ImportTest : public IntakeFixture {
 protected:
  services::ImportResult run(const std::string& bytes, bool dry_run, const Actor& actor = admin(),
                             const std::string& name = "berkas.csv") {
    services::ImportOptions o;
    o.dry_run = dry_run;
    o.file_name = name;
    return services::ImportService(*app_).run(actor, bytes, o);
  }

  static std::string csv(const std::vector<std::string>& rows) {
    std::string out =
        "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
        "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n";
    for (const auto& r : rows) out += r + "\n";
    return out;
  }

  // Ten valid workers in RT 7, NIK serials 0101..0110, born 1 January 1990 + i days.
  static std::string ten_workers() {
    std::vector<std::string> rows;
    for (int i = 1; i <= 10; ++i) {
      char nik[17], dob[11];
      std::snprintf(nik, sizeof nik, "157101%02d0190%04d", i, 100 + i);
      std::snprintf(dob, sizeof dob, "%02d/01/1990", i);
      const char* names[] = {"Agus", "Budi", "Cahya", "Dedi", "Eko", "Fajar", "Gilang", "Hadi", "Iwan", "Joko"};
      rows.push_back(std::string{nik} + "," + names[i - 1] + " Santoso," + dob +
                     ",L,15.71.01.1001,7,Jl. Sipin,081234567890,becak,1.000.000,pekerja_rentan,Siti,istri,");
    }
    return csv(rows);
  }
};

LINDUNGI_ON_BOTH_BACKENDS(ImportTest);

TEST_P(ImportTest, CorpusFilesHaveTheirExpectedOutcome) {
  const json expected = json::parse(testing::read_bytes(testing::corpus_dir() / "expected.json"));
  ASSERT_GE(expected.size(), 12u);
  for (const auto& [file, want] : expected.items()) {
    SCOPED_TRACE(file);
    TearDown();
    SetUp();
    const std::string bytes = testing::read_bytes(testing::corpus_dir() / file);
    services::ImportOptions o;
    o.file_name = file;
    if (want.contains("limit_xml_bytes")) o.limits.max_xml_bytes = want["limit_xml_bytes"].get<std::uint64_t>();
    if (want.contains("unreadable")) {
      for (bool dry : {true, false}) {
        o.dry_run = dry;
        try {
          services::ImportService(*app_).run(admin(), bytes, o);
          ADD_FAILURE() << "expected the file to be refused";
        } catch (const BadRequest& e) {
          EXPECT_EQ(e.code(), want["unreadable"].get<std::string>()) << e.what();
          EXPECT_FALSE(std::string{e.what()}.empty());
        }
      }
      EXPECT_EQ(count("pekerja"), 0);
      EXPECT_EQ(count("impor"), 0);
      continue;
    }
    o.dry_run = true;
    const auto dry = services::ImportService(*app_).run(admin(), bytes, o);
    o.dry_run = false;
    const auto done = services::ImportService(*app_).run(admin(), bytes, o);
    for (const auto* r : {&dry, &done}) {
      EXPECT_EQ(r->rows, want["rows"].get<std::int64_t>());
      EXPECT_EQ(r->created, want["created"].get<std::int64_t>());
      EXPECT_EQ(r->updated, want["updated"].get<std::int64_t>());
      EXPECT_EQ(r->unchanged, want["unchanged"].get<std::int64_t>());
      EXPECT_EQ(r->rejected, want["rejected"].get<std::int64_t>());
      EXPECT_EQ(r->duplicates, want["duplicates"].get<std::int64_t>());
      EXPECT_EQ(r->accepted, r->created + r->updated + r->unchanged);
      std::set<Issue> errors;
      for (const auto& e : want["errors"]) errors.insert({e[0].get<std::int64_t>(), e[1], e[2]});
      EXPECT_EQ(issues_of(r->errors), errors);
      const auto warnings = issues_of(r->warnings);
      for (const auto& w : want["warnings_include"])
        EXPECT_TRUE(warnings.contains({w[0].get<std::int64_t>(), w[1], w[2]})) << w.dump();
      for (const auto& code : want.value("no_warning_codes", json::array()))
        for (const auto& w : r->warnings) EXPECT_NE(w.code, code.get<std::string>()) << w.message;
      // Every problem names its row and, where it has one, its column, in Indonesian.
      for (const auto& e : r->errors) {
        EXPECT_EQ(e.message.rfind("Baris " + std::to_string(e.row), 0), 0u) << e.message;
        if (!e.column.empty()) {
          EXPECT_NE(e.message.find("kolom " + e.column), std::string::npos) << e.message;
        }
      }
    }
    EXPECT_EQ(dry.items.size(), static_cast<std::size_t>(dry.rows));
    EXPECT_EQ(count("pekerja"), want["created"].get<std::int64_t>());
    EXPECT_EQ(done.saved, want["created"].get<std::int64_t>() > 0);
    for (const auto& name : want.value("names", json::array())) {
      store::WorkerQuery q;
      q.q = name.get<std::string>();
      std::int64_t found = 0;
      app_->store().read([&](store::Session& s) { found = s.registry().workers(q).total; });
      EXPECT_EQ(found, 1) << name;
    }
  }
}

TEST_P(ImportTest, DryRunShowsEveryRowAndWritesOnlyItsAuditEntry) {
  const auto before = std::make_tuple(count("pekerja"), count("audit_log") + 1, count("impor"));
  const auto r = run(ten_workers(), true);
  EXPECT_TRUE(r.dry_run);
  EXPECT_FALSE(r.saved);
  EXPECT_EQ(r.import_id, 0);
  ASSERT_EQ(r.items.size(), 10u);
  for (const auto& item : r.items) EXPECT_EQ(item.action, RowAction::create);
  EXPECT_NE(r.message.find("belum ada yang disimpan"), std::string::npos) << r.message;
  // Dry runs are audited (issue 16 item 3): one entry, under the uploader's area.
  EXPECT_EQ(std::make_tuple(count("pekerja"), count("audit_log"), count("impor")), before);
  app_->store().read([&](store::Session& s) {
    const auto page = s.audit().entries("impor", "", 0, 1);
    ASSERT_EQ(page.total, 1);
    EXPECT_EQ(page.items.front().aksi, "uji_impor");
    EXPECT_EQ(page.items.front().wilayah, admin().area);
  });
}

TEST_P(ImportTest, ReimportingTheSameFileChangesNothing) {
  const auto first = run(ten_workers(), false);
  EXPECT_EQ(first.created, 10);
  EXPECT_TRUE(first.saved);
  EXPECT_NE(first.message.find("Disimpan"), std::string::npos);
  const auto workers_audit = count("audit_log");
  auto snapshot = [&] {
    return db_->scalar(db_->postgres()
                           ? "SELECT string_agg(id || ':' || versi || ':' || diperbarui, ',' ORDER BY id) FROM pekerja"
                           : "SELECT group_concat(id || ':' || versi || ':' || diperbarui, ',') FROM pekerja");
  };
  const std::string before = snapshot();
  const auto second = run(ten_workers(), false);
  EXPECT_EQ(second.created, 0);
  EXPECT_EQ(second.updated, 0);
  EXPECT_EQ(second.unchanged, 10);
  EXPECT_FALSE(second.saved);
  EXPECT_NE(second.message.find("Tidak ada data yang disimpan"), std::string::npos) << second.message;
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(count("pekerja"), 10);
  EXPECT_EQ(count("audit_log"), workers_audit + 1);  // the attempt itself is in the history, nothing else
  EXPECT_EQ(count("impor"), 2);
}

TEST_P(ImportTest, AnUpdateNamesTheChangedColumnsAndKeepsWhatTheFileLeavesEmpty) {
  run(ten_workers(), false);
  std::int64_t id = 0;
  app_->store().write([&](store::Session& s) {
    auto w = *s.registry().worker_by_nik("1571010101900101");
    id = w.id;
    w.status = "diverifikasi";
    s.registry().update_worker(w);
  });
  // Row 2 with another phone and an empty address; the other nine as before.
  std::string changed = ten_workers();
  const auto at = changed.find("081234567890");
  changed.replace(at, 12, "081299998888");
  changed.replace(changed.find("Jl. Sipin"), 9, "");
  const auto dry = run(changed, true);
  EXPECT_EQ(dry.updated, 1);
  EXPECT_EQ(dry.unchanged, 9);
  ASSERT_EQ(dry.items[0].action, RowAction::update);
  EXPECT_EQ(dry.items[0].changed, std::vector<std::string>{"no_hp"});
  const auto done = run(changed, false);
  EXPECT_EQ(done.updated, 1);
  app_->store().read([&](store::Session& s) {
    const auto w = *s.registry().worker(id);
    EXPECT_EQ(w.no_hp, "+6281299998888");
    EXPECT_EQ(w.alamat, "Jl. Sipin");  // an empty cell never blanks a record
    // A phone is not material: a verified record stays verified, as with a form edit (issue 16
    // item 4); material columns wait for a second person (ImportTest.AVerifiedWorkers...).
    EXPECT_EQ(w.status, "diverifikasi");
    const auto audit = s.audit().entries("pekerja", std::to_string(id), 0, 10);
    ASSERT_GE(audit.total, 2);
    EXPECT_EQ(audit.items.front().aksi, "ubah");
    EXPECT_NE(audit.items.front().perubahan.find("+6281299998888"), std::string::npos);
  });
}

TEST_P(ImportTest, AVerifiedWorkersMaterialChangesBecomeOnePendingChangeTheRestApplies) {
  run(ten_workers(), false);
  std::int64_t id = 0;
  app_->store().write([&](store::Session& s) {
    auto w = *s.registry().worker_by_nik("1571010101900101");
    id = w.id;
    w.status = "diverifikasi";
    s.registry().update_worker(w);
  });
  auto pending = [&] {
    std::vector<store::PendingChangeRecord> out;
    app_->store().read([&](store::Session& s) { out = s.pending().pending_changes("", id); });
    return out;
  };
  // Row 2: another phone (applies) and another income and heir (wait).
  std::string changed = ten_workers();
  changed.replace(changed.find("081234567890"), 12, "081299998888");
  changed.replace(changed.find("1.000.000"), 9, "1.250.000");
  changed.replace(changed.find("Siti,istri"), 10, "Rahmat,ayah");
  const auto audit_before = count("audit_log");
  const auto dry = run(changed, true);
  EXPECT_EQ(dry.updated, 1);
  EXPECT_EQ(dry.pending_changes, 1);
  EXPECT_EQ(dry.items[0].changed, std::vector<std::string>{"no_hp"});
  EXPECT_EQ(dry.items[0].pending, (std::vector<std::string>{"penghasilan", "nama_ahli_waris"}));
  EXPECT_TRUE(pending().empty());                   // a dry run writes nothing
  EXPECT_EQ(count("audit_log"), audit_before + 1);  // but its audit entry

  const auto done = run(changed, false);
  EXPECT_EQ(done.updated, 1);
  EXPECT_EQ(done.pending_changes, 1);
  EXPECT_NE(done.message.find("menunggu persetujuan orang kedua"), std::string::npos) << done.message;
  const auto waiting = pending();
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].diajukan_oleh, "admin.kota");
  EXPECT_EQ(waiting[0].status, "menunggu");
  app_->store().read([&](store::Session& s) {
    const auto w = *s.registry().worker(id);
    EXPECT_EQ(w.no_hp, "+6281299998888");
    EXPECT_EQ(w.penghasilan, 1'000'000);
    ASSERT_EQ(w.ahli_waris.size(), 1u);
    EXPECT_EQ(w.ahli_waris[0].nama, "Siti");
    EXPECT_EQ(w.status, "diverifikasi");
    EXPECT_EQ(waiting[0].versi, w.version);  // proposed against the record after its phone changed
  });
  // The uploader may not approve it; a kelurahan operator may.
  services::WorkerChangesService changes(*app_);
  EXPECT_THROW(changes.decide(admin(), waiting[0].id, "disetujui", ""), Forbidden);
  changes.decide(operator_kel(), waiting[0].id, "disetujui", "");
  app_->store().read([&](store::Session& s) {
    const auto w = *s.registry().worker(id);
    EXPECT_EQ(w.penghasilan, 1'250'000);
    ASSERT_EQ(w.ahli_waris.size(), 1u);
    EXPECT_EQ(w.ahli_waris[0].nama, "Rahmat");
  });
  // Now the file is what the registry holds: a third run changes nothing.
  const auto again = run(changed, false);
  EXPECT_EQ(again.unchanged, 10);
  EXPECT_EQ(again.pending_changes, 0);
  EXPECT_FALSE(again.saved);
}

TEST_P(ImportTest, FundedWorkersAreNotChangedByAnImport) {
  run(ten_workers(), false);
  app_->store().write([&](store::Session& s) {
    auto w = *s.registry().worker_by_nik("1571010101900101");
    w.status = "aktif";
    s.registry().update_worker(w);
  });
  std::string changed = ten_workers();
  changed.replace(changed.find("081234567890"), 12, "081299998888");
  const auto r = run(changed, false);
  EXPECT_EQ(r.rejected, 1);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "pekerja_sudah_diproses");
  EXPECT_EQ(r.errors[0].row, 2);
}

TEST_P(ImportTest, AnRtHeadImportsOnlyTheirOwnRt) {
  const auto r = run(ten_workers(), false, rt_head(3));  // the file is RT 7's
  EXPECT_EQ(r.rejected, 10);
  EXPECT_EQ(r.created, 0);
  for (const auto& e : r.errors) EXPECT_EQ(e.code, "di_luar_wilayah");
  EXPECT_EQ(count("pekerja"), 0);
  const auto own = run(ten_workers(), false, rt_head(7));
  EXPECT_EQ(own.created, 10);
  // Who recorded them is kept for maker-checker.
  app_->store().read(
      [&](store::Session& s) { EXPECT_EQ(s.registry().worker_by_nik("1571010101900101")->recorded_by, "ketua.rt7"); });
}

TEST_P(ImportTest, ARoleThatDoesNotRecordCannotImport) {
  EXPECT_THROW(run(ten_workers(), true, Actor{"auditor", Role::auditor, "15.71", ""}), Forbidden);
}

TEST_P(ImportTest, SamePersonOtherNikIsQueuedForReviewAgainstTheRegistryAndWithinTheFile) {
  run(ten_workers(), false);
  // Row 2: "H. Budi Santoso, S.Pd." with Budi's NIK mistyped in one digit (0102 -> 0112), same
  // birth date; row 3 and row 4: the same new person twice under two NIKs, same day, same RT.
  const std::string file = csv({
      "1571010201900112,\"H. Budi Santoso, S.Pd.\",02/01/1990,L,15.71.01.1001,7,,,becak,1000000,pekerja_rentan,,,",
      "1571014505800201,Nurhayati,05/05/1980,P,15.71.01.1001,7,,,petani,900000,pekerja_rentan,,,",
      "1571014505800301,Nur Hayati,05/05/1980,P,15.71.01.1001,7,,,petani,900000,pekerja_rentan,,,",
  });
  const auto r = run(file, false);
  EXPECT_EQ(r.created, 3);
  EXPECT_EQ(r.duplicates, 2);
  services::DedupService dedup(*app_);
  const auto queue = dedup.list(admin(), {});
  ASSERT_EQ(queue.total, 2);
  for (const auto& c : queue.items) {
    EXPECT_EQ(c.candidate.source, "impor:" + std::to_string(r.import_id));
    EXPECT_EQ(c.candidate.status, "menunggu");
    EXPECT_GE(c.candidate.score, 0.8);
  }
  // A second import of the same file finds nothing new: the pairs are known.
  const auto again = run(file, false);
  EXPECT_EQ(again.unchanged, 3);
  EXPECT_EQ(dedup.list(admin(), {}).total, 2);
}

TEST_P(ImportTest, AFailureHalfwayLeavesTheRegistryAsItWas) {
  run(ten_workers(), false);
  const auto before = std::make_tuple(count("pekerja"), count("audit_log"), count("impor"), count("ahli_waris"));
  std::vector<std::string> rows;
  for (int i = 1; i <= 50; ++i) {
    char nik[17];
    std::snprintf(nik, sizeof nik, "15710201%02d90%04d", i % 12 + 1, 1000 + i);
    rows.push_back(std::string{nik} + ",Orang " + std::to_string(i) + ",02/" + std::string(i % 12 + 1 < 10 ? "0" : "") +
                   std::to_string(i % 12 + 1) + "/1990,L,15.71.02.1002,1,,,becak,1000000,pekerja_rentan,Ani,istri,");
  }
  services::ImportOptions o;
  o.progress_every = 20;
  o.on_progress = [](std::size_t written) {
    if (written == 40) throw std::runtime_error("disk full (simulated)");
  };
  EXPECT_THROW(services::ImportService(*app_).run(admin(), csv(rows), o), std::runtime_error);
  EXPECT_EQ(std::make_tuple(count("pekerja"), count("audit_log"), count("impor"), count("ahli_waris")), before);
  o.on_progress = nullptr;
  EXPECT_EQ(services::ImportService(*app_).run(admin(), csv(rows), o).created, 50);
}

TEST_P(ImportTest, HistoryKeepsWhoWhenWhichFileAndTheProblems) {
  run(ten_workers(), false, rt_head(7), "rt007_januari.csv");
  const auto bad = csv({"123,Salah,01/01/1990,L,15.71.01.1001,7,,,becak,1000000,pekerja_rentan,,,"});
  const auto r = run(bad, false, rt_head(7), "rt007_salah.csv");
  EXPECT_EQ(r.rejected, 1);
  EXPECT_FALSE(r.saved);
  services::ImportService imports(*app_);
  const auto page = imports.history(operator_kel(), 0, 10);  // the kelurahan sees its RTs' imports
  ASSERT_EQ(page.total, 2);
  EXPECT_EQ(page.items[0].nama_berkas, "rt007_salah.csv");
  EXPECT_EQ(page.items[0].pelaku, "ketua.rt7");
  EXPECT_EQ(page.items[0].rejected, 1);
  EXPECT_FALSE(page.items[0].waktu.empty());
  EXPECT_EQ(page.items[1].created, 10);
  const auto issues = imports.issues(operator_kel(), r.import_id);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "nik_panjang");
  EXPECT_THROW(imports.get(rt_head(3), r.import_id), NotFound);  // another RT's import
}

}  // namespace
}  // namespace lindungi
