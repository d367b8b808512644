// Reports as PDF (issue 6): a table over three A4 pages read back with poppler-utils (pdfinfo,
// pdftotext -layout): the title, the header row on every page, money and dates as people read
// them, "Halaman 2 dari 3"; landscape for wide tables, long cells elided, empty reports.
#include "formats/table_pdf.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pdf_tools.hpp"

namespace lindungi::formats {
namespace {

using lindungi::testing::have;
using lindungi::testing::read_pdf;

std::vector<std::string> pages_of(const std::string& text) {
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t ff; (ff = text.find('\f', start)) != std::string::npos; start = ff + 1)
    pages.push_back(text.substr(start, ff - start));
  return pages;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

Table payments(int rows) {
  Table t;
  t.sheet = "Pembayaran iuran";
  t.header = {"Nama", "Tanggal bayar", "Jumlah", "Pekerja", "Capaian"};
  t.numeric = {false, false, true, true, false};
  t.kinds = {ColumnKind::text, ColumnKind::date, ColumnKind::rupiah, ColumnKind::count, ColumnKind::percent};
  t.widths = {30, 14, 16, 10, 10};
  for (int i = 0; i < rows; ++i)
    t.rows.push_back({i == 0 ? "Siti Nur\u2019aini \u00d6mer \u00c7elik" : "RT " + std::to_string(i + 1), "2025-05-22",
                      "4032000", "1650", "45.2"});
  return t;
}

ReportDocument report(std::vector<Table> tables) {
  return {"Laporan uji Lindungi",
          {"Wilayah: Kota Jambi (15.71)", "Periode: 01/01/2025 s.d. 31/12/2025", "Dicetak 23/05/2025 10:15 WIB"},
          std::move(tables),
          "laporan-uji"};
}

TEST(TablePdf, CellsReadAsPeopleWriteThem) {
  EXPECT_EQ(display_cell(ColumnKind::rupiah, "4032000"), "Rp4.032.000");
  EXPECT_EQ(display_cell(ColumnKind::rupiah, "-1500"), "-Rp1.500");
  EXPECT_EQ(display_cell(ColumnKind::count, "1650"), "1.650");
  EXPECT_EQ(display_cell(ColumnKind::date, "2025-05-22"), "22/05/2025");
  EXPECT_EQ(display_cell(ColumnKind::date, "2026-01"), "01/2026");
  EXPECT_EQ(display_cell(ColumnKind::percent, "45.25"), "45,3%");
  EXPECT_EQ(display_cell(ColumnKind::percent, "100"), "100,0%");
  EXPECT_EQ(display_cell(ColumnKind::number, "1650"), "1650");
  // What does not parse is printed as given, never dropped.
  EXPECT_EQ(display_cell(ColumnKind::rupiah, "TOTAL"), "TOTAL");
  EXPECT_EQ(display_cell(ColumnKind::date, "2025-02-30"), "2025-02-30");
  EXPECT_EQ(display_cell(ColumnKind::percent, ""), "");
  Table t;
  t.header = {"a", "b", "c"};
  t.numeric = {false, true};
  t.kinds = {ColumnKind::date};
  EXPECT_EQ(column_kind(t, 0), ColumnKind::date);
  EXPECT_EQ(column_kind(t, 1), ColumnKind::number);
  EXPECT_EQ(column_kind(t, 2), ColumnKind::text);
}

TEST(TablePdf, ThreePagesWithTheHeaderOnEachAndPageNumbers) {
  const std::string pdf = table_pdf(report({payments(120)}));
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  if (!have("pdfinfo") || !have("pdftotext"))
    GTEST_SKIP() << "pdfinfo/pdftotext (poppler-utils) tidak terpasang: scripts/install-deps.sh --test";
  const auto doc = read_pdf(pdf);
  EXPECT_EQ(doc.pages, 3) << doc.info;
  EXPECT_NE(doc.info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << doc.info;
  EXPECT_NE(doc.info.find("Laporan uji Lindungi"), std::string::npos) << doc.info;  // the document's title
  const auto pages = pages_of(doc.text);
  ASSERT_EQ(pages.size(), 3u) << doc.text;
  EXPECT_NE(pages[0].find("Laporan uji Lindungi"), std::string::npos);
  EXPECT_NE(pages[0].find("Wilayah: Kota Jambi (15.71)"), std::string::npos);
  EXPECT_NE(pages[0].find("Dicetak 23/05/2025 10:15 WIB"), std::string::npos);
  EXPECT_NE(pages[0].find("Siti Nur\u2019aini \u00d6mer \u00c7elik"), std::string::npos) << pages[0];
  std::size_t rows = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto& p = pages[i];
    EXPECT_NE(p.find("Tanggal bayar"), std::string::npos) << "page " << i + 1;
    EXPECT_NE(p.find("Capaian"), std::string::npos) << "page " << i + 1;
    EXPECT_NE(p.find("Halaman " + std::to_string(i + 1) + " dari 3"), std::string::npos) << p;
    if (i > 0) {
      EXPECT_NE(p.find("Pembayaran iuran (lanjutan)"), std::string::npos) << p;
    }
    rows += count(p, "Rp4.032.000");
    EXPECT_EQ(count(p, "Rp4.032.000"), count(p, "22/05/2025")) << p;
  }
  EXPECT_EQ(rows, 120u);  // every row printed once, none lost at a page break
  EXPECT_EQ(count(doc.text, "1.650"), 120u);
  EXPECT_EQ(count(doc.text, "45,2%"), 120u);
  EXPECT_EQ(doc.text.find("4032000"), std::string::npos);
  EXPECT_EQ(doc.text.find("2025-05-22"), std::string::npos);
}

TEST(TablePdf, FiguresAreRightAlignedAndTextLeftAligned) {
  if (!have("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) tidak terpasang";
  Table t = payments(3);
  t.rows[1][2] = "5";
  const auto words = lindungi::testing::pdf_words(table_pdf(report({t})));
  auto find = [&](const std::string& text) {
    for (const auto& w : words)
      if (w.text == text) return w;
    ADD_FAILURE() << "no word " << text;
    return lindungi::testing::PdfWord{};
  };
  // Rp5 ends where Rp4.032.000 ends; the names start where the header "Nama" starts.
  EXPECT_NEAR(find("Rp5").x_max, find("Rp4.032.000").x_max, 0.5);
  EXPECT_LT(find("Rp4.032.000").x_min + 10, find("Rp5").x_min);
  EXPECT_NEAR(find("Siti").x_min, find("Nama").x_min, 0.5);
  EXPECT_NEAR(find("RT").x_min, find("Nama").x_min, 0.5);
  // The header of a figure column is right-aligned too.
  EXPECT_NEAR(find("Jumlah").x_max, find("Rp5").x_max, 0.5);
}

TEST(TablePdf, WideTablesAreLandscapeAndLongCellsAreElided) {
  Table t;
  t.sheet = "Proyek Bermasalah";
  t.header = {"Id", "Proyek", "Masalah"};
  t.kinds = {ColumnKind::number, ColumnKind::text, ColumnKind::text};
  t.widths = {8, 40, 100};
  std::string long_text;
  for (int i = 0; i < 80; ++i) long_text += "kata" + std::to_string(i) + " ";
  long_text += "PENUTUP";
  t.rows.push_back({"7", "Semenisasi gang RT 1", long_text});
  t.rows.push_back({"8", std::string(400, 'x'), "pendek"});  // one word wider than its column
  const std::string pdf = table_pdf(report({t}));
  if (!have("pdfinfo") || !have("pdftotext")) GTEST_SKIP() << "poppler-utils tidak terpasang";
  const auto doc = read_pdf(pdf);
  EXPECT_EQ(doc.pages, 1);
  EXPECT_NE(doc.info.find("841.89 x 595.276 pts"), std::string::npos) << doc.info;
  EXPECT_NE(doc.text.find("kata0 kata1"), std::string::npos) << doc.text;
  EXPECT_EQ(doc.text.find("PENUTUP"), std::string::npos) << "a cell is at most 3 lines";
  EXPECT_NE(doc.text.find("\u2026"), std::string::npos);
  EXPECT_NE(doc.text.find("pendek"), std::string::npos);
}

TEST(TablePdf, EmptyReportsSayTidakAdaData) {
  if (!have("pdfinfo") || !have("pdftotext")) GTEST_SKIP() << "poppler-utils tidak terpasang";
  Table empty = payments(0);
  auto doc = read_pdf(table_pdf(report({empty, payments(1)})));
  EXPECT_EQ(doc.pages, 1);
  EXPECT_NE(doc.text.find("Tanggal bayar"), std::string::npos);
  EXPECT_EQ(count(doc.text, "Tidak ada data"), 1u);
  EXPECT_EQ(count(doc.text, "Rp4.032.000"), 1u);
  doc = read_pdf(table_pdf(report({})));
  EXPECT_EQ(doc.pages, 1);
  EXPECT_NE(doc.text.find("Tidak ada data"), std::string::npos);
  EXPECT_NE(doc.text.find("Halaman 1 dari 1"), std::string::npos);
  // No header at all, ragged rows, odd bytes: still a document, never a crash.
  Table odd;
  odd.rows = {{"a", "b", "c"}, {}, {"\xff\xfe", std::string(3, '\n')}};
  doc = read_pdf(table_pdf({"", {}, {odd}, ""}));
  EXPECT_EQ(doc.pages, 1);
}

TEST(TablePdf, AMissingFontIsAClearError) {
  TablePdfOptions o;
  o.font = "/tidak/ada/DejaVuSans.ttf";
  try {
    table_pdf(report({}), o);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string{e.what()}.find("fonts-dejavu-core"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lindungi::formats
