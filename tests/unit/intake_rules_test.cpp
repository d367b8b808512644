// Import row semantics (core/intake), verification rules (core/verification) and the creation
// audit text an import writes.
#include <gtest/gtest.h>

#include "core/intake.hpp"
#include "core/verification.hpp"
#include "formats/record_json.hpp"
#include "wire/workers.hpp"

namespace lindungi {
namespace {

HeaderMap standard_header() {
  std::vector<std::string> names;
  for (const auto& c : template_columns()) names.emplace_back(c.name);
  return map_header(names);
}

std::vector<ImportCell> cells(std::vector<std::string> texts) {
  std::vector<ImportCell> out;
  for (auto& t : texts) out.push_back({std::move(t), false, 0});
  return out;
}

std::vector<ImportCell> good_row() {
  return cells({"1571015708850011", "Siti  Aminah ", "17/08/1985", "P", "Simpang IV Sipin", "007", "Jl. Sipin",
                "0812-3456-7890", "Pedagang / Pelaku UMKM", "Rp 1.500.000", "pekerja_rentan", "Budi", "suami", ""});
}

TEST(TemplateColumns, AreDesignSection6InOrder) {
  const char* expected[] = {"nik",
                            "nama",
                            "tanggal_lahir",
                            "jenis_kelamin",
                            "kode_kelurahan",
                            "rt",
                            "alamat",
                            "no_hp",
                            "pekerjaan",
                            "penghasilan",
                            "kategori",
                            "nama_ahli_waris",
                            "hubungan_ahli_waris",
                            "nik_ahli_waris"};
  ASSERT_EQ(template_columns().size(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    EXPECT_EQ(template_columns()[i].name, expected[i]);
    EXPECT_FALSE(template_columns()[i].description.empty());
  }
}

TEST(MapHeader, AnyOrderAndCaseUnknownAndMissingReported) {
  const auto h = map_header({"NAMA", " Tanggal Lahir", "\xEF\xBB\xBFnik", "Keterangan", "", "nik", "jenis-kelamin"});
  EXPECT_EQ(h.index[static_cast<std::size_t>(Column::nik)], 2u);
  EXPECT_EQ(h.index[static_cast<std::size_t>(Column::nama)], 0u);
  EXPECT_EQ(h.index[static_cast<std::size_t>(Column::tanggal_lahir)], 1u);
  EXPECT_EQ(h.index[static_cast<std::size_t>(Column::jenis_kelamin)], 6u);
  EXPECT_EQ(h.unknown, std::vector<std::string>{"Keterangan"});
  EXPECT_EQ(h.repeated, std::vector<std::string>{"nik"});
  EXPECT_EQ(h.missing_required,
            (std::vector<std::string>{"kode_kelurahan", "rt", "pekerjaan", "penghasilan", "kategori"}));
}

TEST(MapImportRow, ReadsWhatPeopleTypeAndExcelWrites) {
  const auto m = map_import_row(good_row(), standard_header());
  ASSERT_TRUE(m.errors.empty()) << m.errors[0].message;
  EXPECT_EQ(m.worker.nama, "Siti Aminah");
  EXPECT_EQ(m.worker.tanggal_lahir, (Date{1985, 8, 17}));
  EXPECT_EQ(m.worker.rt, 7);
  EXPECT_EQ(m.worker.penghasilan, 1'500'000);
  ASSERT_EQ(m.worker.ahli_waris.size(), 1u);
  EXPECT_EQ(m.worker.ahli_waris[0].hubungan, "suami");
  EXPECT_FALSE(m.example);

  auto row = good_row();
  row[5] = {"RT 007/RW 003", false, 0};
  row[0] = {"'1571 0157 0885 0011", false, 0};
  row[2] = {"1985-08-17 00:00:00", false, 0};
  row[7] = {"81234567890", false, 0};
  auto r = map_import_row(row, standard_header());
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.worker.rt, 7);
  EXPECT_EQ(r.worker.nik, "1571015708850011");
  EXPECT_EQ(r.worker.tanggal_lahir, (Date{1985, 8, 17}));
  EXPECT_EQ(r.worker.no_hp, "081234567890");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].code, "no_hp_nol_hilang");

  // XLSX numbers: an Excel date serial, RT and income as numbers, the 1904 system.
  row = good_row();
  row[2] = {"31276", true, 31276};  // 17/08/1985 in the 1900 system
  row[5] = {"7", true, 7};
  row[9] = {"1500000", true, 1500000};
  r = map_import_row(row, standard_header());
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.worker.tanggal_lahir, (Date{1985, 8, 17}));
  EXPECT_EQ(r.worker.penghasilan, 1'500'000);
  row[2] = {"29814", true, 29814};  // the same day counted from 1904
  EXPECT_EQ(map_import_row(row, standard_header(), true).worker.tanggal_lahir, (Date{1985, 8, 17}));
}

TEST(MapImportRow, NikStoredAsANumberIsRefusedWithAnExplanation) {
  for (const ImportCell& nik : {ImportCell{"1.57102E+15", false, 0}, ImportCell{"1,57102E+15", false, 0},
                                ImportCell{"1571015708850000", true, 1571015708850000.0}}) {
    auto row = good_row();
    row[0] = nik;
    const auto m = map_import_row(row, standard_header());
    ASSERT_EQ(m.errors.size(), 1u) << nik.text;
    EXPECT_EQ(m.errors[0].field, "nik");
    EXPECT_EQ(m.errors[0].code, "nik_tersimpan_sebagai_angka");
    EXPECT_NE(m.errors[0].message.find("Teks"), std::string::npos);  // tells how to fix it
  }
}

TEST(MapImportRow, BlankAndExampleRows) {
  EXPECT_TRUE(map_import_row(cells({"", " ", "", ""}), standard_header()).blank);
  std::vector<ImportCell> example;
  for (const auto& c : template_columns()) example.push_back({std::string{c.example}, false, 0});
  EXPECT_TRUE(map_import_row(example, standard_header()).example);
  const auto m = map_import_row(cells({"", "", "", "", "", "", "", "", "", ""}), standard_header());
  EXPECT_TRUE(m.blank);
}

Worker stored() {
  Worker w;
  w.id = 5;
  w.version = 3;
  w.nik = "1571015708850003";
  w.nama = "Siti Aminah";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.alamat = "Jl. Sipin";
  w.no_hp = "081234567890";
  w.pekerjaan = "pedagang_umkm";
  w.penghasilan = 1'500'000;
  w.kategori = "pekerja_rentan";
  w.ahli_waris = {{1, "Budi", "suami", "", std::nullopt}};
  return w;
}

TEST(PlanImportRow, CreateUpdateUnchangedRejected) {
  Worker in = stored();
  in.id = 0;
  EXPECT_EQ(plan_import_row(in, nullptr).action, RowAction::create);
  EXPECT_EQ(plan_import_row(in, nullptr).record.status, "didata");

  const Worker s = stored();
  EXPECT_EQ(plan_import_row(in, &s).action, RowAction::unchanged);

  Worker blanks = in;  // empty optional cells keep what is stored
  blanks.alamat.clear();
  blanks.no_hp.clear();
  blanks.ahli_waris.clear();
  EXPECT_EQ(plan_import_row(blanks, &s).action, RowAction::unchanged);

  Worker moved = in;
  moved.rt = 3;
  moved.penghasilan = 2'000'000;
  auto p = plan_import_row(moved, &s);
  EXPECT_EQ(p.action, RowAction::update);
  EXPECT_EQ(p.changed, (std::vector<std::string>{"rt", "penghasilan"}));
  EXPECT_EQ(p.record.id, 5);
  EXPECT_EQ(p.record.version, 3);  // the update is guarded by the version read

  Worker verified = stored();
  verified.status = "diverifikasi";
  p = plan_import_row(moved, &verified);
  // A verified record keeps its status: the import service turns the material part (here RT and
  // income) into a pending change for a second person (issue 16 item 4; worker_changes_test).
  EXPECT_EQ(p.action, RowAction::update);
  EXPECT_EQ(p.record.status, "diverifikasi");

  Worker rejected = stored();
  rejected.status = "ditolak";
  p = plan_import_row(moved, &rejected);
  EXPECT_EQ(p.record.status, "didata");  // rejected data that changed is checked again
  EXPECT_FALSE(p.record.alasan.empty());

  Worker active = stored();
  active.status = "aktif";
  p = plan_import_row(moved, &active);
  EXPECT_EQ(p.action, RowAction::rejected);
  ASSERT_TRUE(p.refusal);
  EXPECT_EQ(p.refusal->code, "pekerja_sudah_diproses");
  EXPECT_EQ(plan_import_row(in, &active).action, RowAction::unchanged);  // the same data is fine
}

TEST(PlanImportRow, HeirsReplaceTheOnlyOneJoinSeveralAndMatchByNameAndRelation) {
  const Worker s = stored();
  Worker in = stored();
  in.ahli_waris = {{0, "BUDI", "suami", "", std::nullopt}};  // the same heir, other case
  EXPECT_EQ(plan_import_row(in, &s).action, RowAction::unchanged);
  in.ahli_waris = {{0, "Rina", "anak", "", std::nullopt}};
  auto p = plan_import_row(in, &s);
  ASSERT_EQ(p.record.ahli_waris.size(), 1u);
  EXPECT_EQ(p.record.ahli_waris[0].nama, "Rina");
  Worker several = stored();
  several.ahli_waris.push_back({2, "Rina", "anak", "", std::nullopt});
  in.ahli_waris = {{0, "Tono", "anak", "", std::nullopt}};
  p = plan_import_row(in, &several);
  EXPECT_EQ(p.record.ahli_waris.size(), 3u);
}

TEST(Verification, StatesReasonsAndMakerChecker) {
  Worker w = stored();
  w.recorded_by = "ketua.rt7";
  const Actor op{"operator.kelurahan", Role::operator_kelurahan, "15.71.01.1001", ""};
  EXPECT_FALSE(decision_problem(op, w, Decision::verify, ""));
  EXPECT_EQ(decision_problem(op, w, Decision::reject, "")->code, "alasan_wajib");
  EXPECT_FALSE(decision_problem(op, w, Decision::reject, "Penghasilan di atas batas"));
  const Actor self{"ketua.rt7", Role::operator_kelurahan, "15.71.01.1001", ""};
  EXPECT_EQ(decision_problem(self, w, Decision::verify, "")->code, "pembuat_tidak_boleh_memeriksa");
  EXPECT_FALSE(decision_problem(Actor::system("ketua.rt7"), w, Decision::verify, ""));
  w.status = "diverifikasi";
  EXPECT_EQ(decision_problem(op, w, Decision::reject, "Salah data")->code, "status_tidak_sesuai");
  EXPECT_EQ(status_after(Decision::verify), "diverifikasi");
  EXPECT_EQ(status_after(Decision::reject), "ditolak");
  EXPECT_EQ(parse_decision("tolak"), Decision::reject);
  EXPECT_FALSE(parse_decision("hapus"));
  EXPECT_TRUE(may_be_merged_away("didata"));
  EXPECT_FALSE(may_be_merged_away("aktif"));
}

// Issue 17 item 2: a NIK warning blocks verification unless set aside with a reason.
TEST(Verification, ANikWarningNeedsAReasonOfTenLettersToBeSetAside) {
  Worker w = stored();
  EXPECT_FALSE(nik_warning_problem(w, {}, ""));
  const std::vector<FieldError> warnings = {
      {"tanggal_lahir", "nik_tanggal_lahir_beda",
       "Tanggal lahir 18/08/1985 tidak sesuai dengan NIK (NIK menunjukkan 17/08/1985)"}};
  const auto none = nik_warning_problem(w, warnings, "");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->code, "peringatan_nik");
  EXPECT_EQ(none->field, "alasan_abaikan_peringatan");
  EXPECT_NE(none->message.find("Tanggal lahir 18/08/1985"), std::string::npos) << none->message;
  EXPECT_NE(none->message.find(w.nama), std::string::npos) << none->message;
  // Spaces do not count: nine letters spread out are still too short; ten are enough.
  EXPECT_EQ(nik_warning_problem(w, warnings, "a b c d e f g h i")->code, "alasan_abaikan_terlalu_pendek");
  EXPECT_FALSE(nik_warning_problem(w, warnings, "KTP dicek!!"));  // ten, the punctuation counts
}

TEST(CreationAudit, IsTheSameTextAsTheGeneralDiff) {
  Worker w = stored();
  w.nama = "Siti \"Ani\" Aminah\\ \t\x01";
  w.alamat = "Jl. Kapten Pattimura\nRT 07 — Jambi";
  w.ahli_waris.push_back({0, "Rina", "anak", "1571016010100001", Date{2010, 10, 20}});
  auto expected = formats::worker_changes(nullptr, w);
  expected["impor"] = nlohmann::json::array({nullptr, "impor:12"});
  EXPECT_EQ(formats::worker_creation_changes(w, "impor:12"), expected.dump());
  w.jenis_kelamin.reset();
  w.tanggal_lahir.reset();
  w.ahli_waris.clear();
  expected = formats::worker_changes(nullptr, w);
  expected["impor"] = nlohmann::json::array({nullptr, "impor:1"});
  EXPECT_EQ(formats::worker_creation_changes(w, "impor:1"), expected.dump());
}

}  // namespace
}  // namespace lindungi
