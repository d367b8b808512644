// The files exchanged with BPJS for registration (docs/BPJS-FILES.md): the batch's layout as CSV
// and XLSX, and the response file with its edge cases.
#include "formats/bpjs_files.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "formats/table_reader.hpp"
#include "formats/table_writer.hpp"

namespace lindungi::formats {
namespace {

RegistrationFile sample() {
  RegistrationFile f;
  f.batch_id = 7;
  f.rows.push_back({"1", "7", "LDG-7-12", "1571011708850001", "Siti Nur'aini, S.Pd", "1985-08-17", "P",
                    "Jl. Sipin \"Ujung\" No. 3", "15.71.01.1001", "Simpang IV Sipin", "007", "081234567890",
                    "Penarik Becak", "1500000", "JKK+JKM", "BPU", "apbd_kota", "APBD Kota Jambi", "2026-01"});
  return f;
}

std::vector<std::vector<std::string>> rows_of(TableReader& reader) {
  std::vector<std::vector<std::string>> out;
  reader.for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    std::vector<std::string> row;
    for (const auto& c : cells) row.push_back(c.text);
    out.push_back(row);
    return true;
  });
  return out;
}

TEST(BpjsRegistrationFile, ColumnLayoutIsTheDocumentedOne) {
  const std::vector<std::string> expected = {"no",
                                             "id_pendaftaran",
                                             "referensi",
                                             "nik",
                                             "nama",
                                             "tanggal_lahir",
                                             "jenis_kelamin",
                                             "alamat",
                                             "kode_wilayah",
                                             "kelurahan",
                                             "rt",
                                             "no_hp",
                                             "pekerjaan",
                                             "penghasilan",
                                             "program",
                                             "segmen",
                                             "kode_pembayar",
                                             "nama_pembayar",
                                             "mulai_iuran"};
  EXPECT_EQ(registration_columns(), expected);
  EXPECT_EQ(registration_file_name(7, "xlsx"), "pendaftaran-bpjs-7.xlsx");
}

TEST(BpjsRegistrationFile, CsvHasBomHeaderAndQuotedFields) {
  const std::string csv = registration_csv(sample());
  ASSERT_GE(csv.size(), 3u);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");  // Excel shows names right
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3),
            "no,id_pendaftaran,referensi,nik,nama,tanggal_lahir,jenis_kelamin,alamat,kode_wilayah,kelurahan,rt,no_hp,"
            "pekerjaan,penghasilan,program,segmen,kode_pembayar,nama_pembayar,mulai_iuran");
  EXPECT_NE(csv.find("\"Siti Nur'aini, S.Pd\""), std::string::npos);
  EXPECT_NE(csv.find("\"Jl. Sipin \"\"Ujung\"\" No. 3\""), std::string::npos);
  auto reader = open_csv(csv);
  const auto rows = rows_of(*reader);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1], sample().rows[0]);
}

// Issue 16 item 7: a name or address typed as a formula reaches BPJS's Excel as text.
TEST(BpjsRegistrationFile, CsvNeutralisesFormulaCells) {
  RegistrationFile f = sample();
  f.rows[0][4] = "=HYPERLINK(\"http://contoh.id\",\"Siti\")";
  f.rows[0][7] = "@cmd";
  const std::string csv = registration_csv(f);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://contoh.id\"\",\"\"Siti\"\")\""), std::string::npos);
  EXPECT_NE(csv.find(",'@cmd,"), std::string::npos);
  EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
}

TEST(BpjsRegistrationFile, XlsxReadsBackWithNikAsText) {
  auto reader = open_xlsx(registration_xlsx(sample()));
  std::vector<ImportCell> nik;
  std::vector<std::vector<std::string>> rows;
  reader->for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
    std::vector<std::string> r;
    for (const auto& c : cells) r.push_back(c.text);
    rows.push_back(r);
    if (row == 2) nik.push_back(cells[3]);
    return true;
  });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], registration_columns());
  ASSERT_EQ(nik.size(), 1u);
  EXPECT_FALSE(nik[0].number);  // all 16 digits kept
  EXPECT_EQ(nik[0].text, "1571011708850001");
  EXPECT_EQ(rows[1][10], "007");
}

TEST(BpjsResponseFile, RowsAcceptedRejectedAndBadEachOnTheirOwn) {
  const std::string csv =
      "\xEF\xBB\xBFNo KPJ;NIK;Tgl Efektif;Status;Keterangan;Kantor\r\n"
      "250.1234.5678;1571011708850001;01/02/2026;Diterima;;Jambi\r\n"  // separators in the KPJ
      ";1571011708850002;;ditolak;NIK tidak ditemukan di Dukcapil;Jambi\r\n"
      "2501234567;1571011708850003;2026-02-01;diterima;;\r\n"   // 10-digit KPJ
      "25012345679;1571011708850004;31/02/2026;diterima;;\r\n"  // no such date
      ";1571011708850005;;ditolak;;\r\n"                        // rejection without a reason
      "25012345680;1571011708850006;2026-02-01;mungkin;;\r\n"   // unknown status
      "25012345681;1571011708850007;2026-02-01;;;\r\n"          // status inferred from the KPJ
      ";;;;;\r\n"                                               // blank: skipped
      "25012345682;15710117;2026-02-01;diterima;;\r\n";         // short NIK
  const auto f = read_registration_response(csv, "jawaban.csv");
  ASSERT_EQ(f.rows.size(), 8u);
  EXPECT_EQ(f.unknown_columns, std::vector<std::string>{"Kantor"});
  const auto& ok = f.rows[0];
  EXPECT_EQ(ok.row, 2u);
  EXPECT_TRUE(ok.errors.empty());
  EXPECT_EQ(ok.kpj, "25012345678");
  EXPECT_EQ(ok.status, "diterima");
  EXPECT_EQ(ok.tanggal_efektif, (Date{2026, 2, 1}));
  EXPECT_TRUE(f.rows[1].errors.empty());
  EXPECT_EQ(f.rows[1].status, "ditolak");
  EXPECT_EQ(f.rows[1].alasan, "NIK tidak ditemukan di Dukcapil");
  auto code = [&](std::size_t i) { return f.rows[i].errors.empty() ? std::string{} : f.rows[i].errors.front().code; };
  EXPECT_EQ(code(2), "kpj_tidak_valid");
  EXPECT_EQ(code(3), "tanggal_tidak_valid");
  EXPECT_EQ(f.rows[3].errors.front().field, "tanggal_efektif");
  EXPECT_EQ(code(4), "alasan_wajib");
  EXPECT_EQ(code(5), "status_tidak_dikenal");
  EXPECT_TRUE(f.rows[6].errors.empty());
  EXPECT_EQ(f.rows[6].status, "diterima");
  EXPECT_EQ(f.rows[7].row, 10u);  // the blank row keeps its number
  EXPECT_EQ(code(7), "nik_tidak_valid");
}

TEST(BpjsResponseFile, XlsxDatesAsSerialNumbers) {
  Table t;
  t.header = {"nik", "kpj", "tanggal_efektif", "status"};
  t.rows = {{"1571011708850001", "25012345678", "46054", "diterima"},  // 46054 = 2026-02-01
            {"1571011708850002", "25012345679", "2026-02-01", "diterima"}};
  t.numeric = {false, false, true, false};  // a date cell formatted by Excel holds a serial number
  const auto f = read_registration_response(table_xlsx({t}), "jawaban.xlsx");
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_TRUE(f.rows[0].errors.empty());
  EXPECT_EQ(f.rows[0].tanggal_efektif, (Date{2026, 2, 1}));
  EXPECT_TRUE(f.rows[1].errors.empty());
  EXPECT_EQ(f.rows[1].tanggal_efektif, (Date{2026, 2, 1}));
}

TEST(BpjsResponseFile, UnreadableFilesAreRefusedNamingTheFile) {
  try {
    read_registration_response("kpj,status\n25012345678,diterima\n", "jawaban.csv");
    FAIL() << "a file without nik must be refused";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "kolom_wajib_tidak_ada");
    EXPECT_EQ(e.field(), "berkas");
  }
  EXPECT_THROW(read_registration_response("nik,alasan\n1571011708850001,x\n", "j.csv"), BadRequest);  // no kpj/status
  EXPECT_THROW(read_registration_response(std::string("PK\x03\x04garbage", 11), "j.xlsx"), BadRequest);
  // A title line above the header is looked past.
  const auto f = read_registration_response(
      "Jawaban BPJS Cabang Jambi\nnik,kpj,tanggal_efektif\n"
      "1571011708850001,25012345678,01/02/2026\n",
      "j.csv");
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].row, 3u);
  EXPECT_TRUE(f.rows[0].errors.empty());
}

}  // namespace
}  // namespace lindungi::formats
