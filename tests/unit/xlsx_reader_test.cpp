// The XLSX reader against the corpus files and the template Lindungi writes itself.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "formats/table_reader.hpp"
#include "formats/table_writer.hpp"
#include "intake_fixture.hpp"

namespace lindungi::formats {
namespace {

using Rows = std::vector<std::pair<std::size_t, std::vector<ImportCell>>>;

Rows read_all(TableReader& t) {
  Rows rows;
  t.for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
    rows.emplace_back(row, cells);
    return true;
  });
  return rows;
}

TEST(XlsxReader, ExcelLayoutSharedStringsNumbersDatesAndAnySheetName) {
  auto t = open_table(lindungi::testing::read_bytes(lindungi::testing::corpus_dir() / "excel_style.xlsx"), "x.xlsx");
  EXPECT_EQ(t->format(), "xlsx");
  EXPECT_FALSE(t->date1904());
  const Rows rows = read_all(*t);
  ASSERT_EQ(rows.size(), 6u);  // 1-4, the styled but empty row 5 (the importer skips it), and 8
  for (const auto& c : rows[4].second) EXPECT_TRUE(c.text.empty());
  EXPECT_EQ(rows[0].first, 1u);
  EXPECT_EQ(rows[0].second[0].text, "nik");
  EXPECT_EQ(rows[1].second[1].text, "Hendra Gunawan");
  EXPECT_TRUE(rows[1].second[2].number);  // a date stored as its serial number
  EXPECT_EQ(rows[1].second[2].value, 31997);
  EXPECT_TRUE(rows[1].second[5].number);
  EXPECT_EQ(rows[1].second[5].text, "7");
  EXPECT_TRUE(rows[2].second[0].number);  // the NIK Excel stored as a number
  EXPECT_EQ(rows.back().first, 8u);       // the gap in row numbers is kept
  ASSERT_FALSE(t->notes().empty());
  EXPECT_NE(t->notes()[0].find("Data Pekerja RT 7"), std::string::npos);
}

TEST(XlsxReader, LibreOfficeInlineStringsAndTheTemplateWeWrite) {
  auto lo = open_table(lindungi::testing::read_bytes(lindungi::testing::corpus_dir() / "libreoffice_inline.xlsx"), "x");
  const Rows rows = read_all(*lo);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].second[1].text, "Siti Khadijah");  // rich-text runs joined

  auto tpl = open_xlsx(template_xlsx());
  const Rows t = read_all(*tpl);
  ASSERT_EQ(t.size(), 2u);  // the header and the example row, from the first sheet ("Data")
  ASSERT_EQ(t[0].second.size(), template_columns().size());
  for (std::size_t i = 0; i < t[0].second.size(); ++i) EXPECT_EQ(t[0].second[i].text, template_columns()[i].name);
  EXPECT_EQ(t[1].second[0].text, "1571015708850003");
  EXPECT_FALSE(t[1].second[0].number);  // the NIK column is text
  const std::string csv = template_csv();
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFnik,nama,tanggal_lahir", 0), 0u);
}

TEST(XlsxReader, Mac1904DateSystem) {
  auto t = open_table(lindungi::testing::read_bytes(lindungi::testing::corpus_dir() / "mac_1904.xlsx"), "x");
  EXPECT_TRUE(t->date1904());
}

TEST(XlsxReader, HostileFilesAreRefused) {
  auto code = [](const std::string& file, ReadLimits limits) {
    try {
      auto t = open_table(lindungi::testing::read_bytes(lindungi::testing::corpus_dir() / file), file, limits);
      read_all(*t);
    } catch (const BadRequest& e) {
      return e.code();
    }
    return std::string{"ok"};
  };
  EXPECT_EQ(code("dtd_entities.xlsx", {}), "xlsx_tidak_terbaca");
  ReadLimits small;
  small.max_xml_bytes = 16u << 20;
  EXPECT_EQ(code("zip_bomb.xlsx", small), "berkas_terlalu_besar");
  EXPECT_EQ(code("rows_out_of_order.xlsx", {}), "xlsx_tidak_terbaca");  // a row number repeated
  ReadLimits few;
  few.max_rows = 2;
  EXPECT_EQ(code("excel_style.xlsx", few), "berkas_terlalu_besar");
  // Issue 16 item 6: the number of shared strings is capped (four per allowed row), not only
  // their bytes; the file is refused before its rows are read, naming the part.
  ReadLimits one_row;
  one_row.max_rows = 1;
  try {
    open_table(lindungi::testing::read_bytes(lindungi::testing::corpus_dir() / "excel_style.xlsx"), "excel_style.xlsx",
               one_row);
    ADD_FAILURE() << "diterima";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "berkas_terlalu_besar");
    EXPECT_NE(std::string{e.what()}.find("xl/sharedStrings.xml"), std::string::npos) << e.what();
  }
  EXPECT_EQ(code("excel_style.xlsx", {}), "ok");
}

// Issue 16 item 7 (OWASP CSV injection): a cell a spreadsheet would run as a formula gets a
// leading apostrophe, whatever table it is in; other cells are written as they are.
TEST(TableWriter, CsvNeutralisesFormulaCells) {
  Table t;
  t.header = {"a", "b"};
  t.rows = {
      {"=HYPERLINK(\"http://x\",\"klik\")", "+62 811"}, {"-1+1", "@SUM(A1)"}, {"\tTab", "\rCR"}, {"Budi = Ani", "0-1"}};
  const std::string csv = table_csv(t);
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "a,b\r\n"
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'+62 811\r\n"
            "'-1+1,'@SUM(A1)\r\n"
            "'\tTab,\"'\rCR\"\r\n"
            "Budi = Ani,0-1\r\n");
  // Semicolon-separated files go through the same place.
  EXPECT_NE(table_csv(t, ';').find("'=HYPERLINK"), std::string::npos);
}

TEST(TableWriter, CsvQuotesWhatNeedsQuotingAndXlsxOpens) {
  Table t;
  t.header = {"baris", "pesan"};
  t.rows = {{"2", "NIK \"salah\", lihat\nKTP"}, {"3", "ok"}};
  t.numeric = {true};
  const std::string csv = table_csv(t);
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "baris,pesan\r\n2,\"NIK \"\"salah\"\", lihat\nKTP\"\r\n3,ok\r\n");
  auto back = open_xlsx(table_xlsx({t}));
  const Rows rows = read_all(*back);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(rows[1].second[0].number);
  EXPECT_EQ(rows[1].second[1].text, "NIK \"salah\", lihat\nKTP");
}

}  // namespace
}  // namespace lindungi::formats
