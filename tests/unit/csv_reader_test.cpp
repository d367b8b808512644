// The CSV reader: property tests (any table written the way Excel writes it reads back exactly,
// whatever the separator, line ending, BOM and cell contents) and the specific cases real files
// bring.
#include "formats/csv_reader.hpp"

#include <gtest/gtest.h>

#include <random>

#include "core/errors.hpp"
#include "formats/table_reader.hpp"

namespace lindungi::formats {
namespace {

// Writes a table as Excel does: quotes only cells that need them, doubles inner quotes.
std::string write_csv(const std::vector<std::vector<std::string>>& rows, char sep, const std::string& eol, bool bom,
                      bool final_eol) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (c) out.push_back(sep);
      const std::string& f = rows[r][c];
      if (f.find_first_of(std::string{sep} + "\"\r\n") != std::string::npos) {
        out.push_back('"');
        for (char ch : f) {
          if (ch == '"') out.push_back('"');
          out.push_back(ch);
        }
        out.push_back('"');
      } else {
        out += f;
      }
    }
    if (r + 1 < rows.size() || final_eol) out += eol;
  }
  return out;
}

std::string random_cell(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"a", "Budi", " ", ",",  ";",  "\"", "\n", "\r\n",
                                                  "0", "é",    "—", "Rp", "\t", "'",  "=",  "1.500.000"};
  std::uniform_int_distribution<int> len(0, 6), pick(0, static_cast<int>(pieces.size()) - 1);
  std::string s;
  for (int i = len(rng); i > 0; --i) s += pieces[static_cast<std::size_t>(pick(rng))];
  return s;
}

TEST(CsvReaderProperty, AnyTableExcelWritesReadsBackExactly) {
  std::mt19937 rng(20250601);
  for (int round = 0; round < 500; ++round) {
    std::uniform_int_distribution<int> nrows(1, 12), ncols(2, 8), coin(0, 1), which(0, 2);
    const int cols = ncols(rng);
    std::vector<std::vector<std::string>> rows(static_cast<std::size_t>(nrows(rng)));
    // The header decides the separator (two columns at least: one column has none to find).
    for (int c = 0; c < cols; ++c) rows[0].push_back("kolom" + std::to_string(c));
    for (std::size_t r = 1; r < rows.size(); ++r)
      for (int c = 0; c < cols; ++c) rows[r].push_back(random_cell(rng));
    // A last row of nothing but empty cells is dropped (Excel's trailing rows); keep one real cell.
    if (rows.size() > 1) rows.back()[0] += "x";
    const char sep = which(rng) == 0 ? ';' : ',';
    const std::string eol = coin(rng) ? "\r\n" : "\n";
    const bool bom = coin(rng), final_eol = coin(rng);
    const std::string text = write_csv(rows, sep, eol, bom, final_eol);
    const CsvTable t = parse_csv(text);
    ASSERT_EQ(t.separator, sep) << text;
    ASSERT_EQ(t.records.size(), rows.size()) << text;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      ASSERT_EQ(t.records[r].fields, rows[r]) << "round " << round << " row " << r << "\n" << text;
      EXPECT_EQ(t.records[r].record, r + 1);  // the Excel row, whatever line breaks cells hold
    }
  }
}

TEST(CsvReaderProperty, StreamingAndWholeFileAgree) {
  std::mt19937 rng(7);
  for (int round = 0; round < 100; ++round) {
    std::vector<std::vector<std::string>> rows = {{"a", "b", "c"}};
    for (int r = 0; r < 20; ++r) rows.push_back({random_cell(rng), random_cell(rng), random_cell(rng) + "z"});
    const std::string text = write_csv(rows, ',', "\r\n", false, true);
    CsvReader reader(text);
    CsvRecord rec;
    std::size_t n = 0;
    while (reader.next(rec)) {
      ASSERT_LT(n, rows.size());
      EXPECT_EQ(rec.fields, rows[n]);
      ++n;
    }
    EXPECT_EQ(n, rows.size());
  }
}

TEST(CsvReader, RealFileCases) {
  // Trailing empty rows and columns; a separator and a line break inside quotes; the line count.
  const auto t = parse_csv("nik;nama;;\r\n\"1571\";\"Jl. A; No. 1\nRT 7\";;\r\n;;;\r\n;;;\r\n\r\n");
  EXPECT_EQ(t.separator, ';');
  ASSERT_EQ(t.records.size(), 2u);
  EXPECT_EQ(t.records[1].fields, (std::vector<std::string>{"1571", "Jl. A; No. 1\nRT 7", "", ""}));
  EXPECT_EQ(t.records[1].line, 2u);
  // Excel's "sep=" hint line, counted as row 1.
  const auto hinted = parse_csv("sep=;\r\na;b,c\r\n1;2,3\r\n");
  EXPECT_EQ(hinted.separator, ';');
  ASSERT_EQ(hinted.records.size(), 2u);
  EXPECT_EQ(hinted.records[0].record, 2u);
  EXPECT_EQ(hinted.records[0].fields, (std::vector<std::string>{"a", "b,c"}));
  // Tabs (a paste from a spreadsheet), old Mac CR line ends, text after a closing quote.
  EXPECT_EQ(parse_csv("a\tb\n1\t2\n").separator, '\t');
  EXPECT_EQ(parse_csv("a,b\r1,2\r").records.size(), 2u);
  EXPECT_EQ(parse_csv("a\n\"x\"y\n").records[1].fields[0], "xy");
  // An unterminated quote names the line it was opened on.
  try {
    parse_csv("a,b\n1,2\n3,\"open\n\n");
    FAIL();
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "csv_kutip_tidak_ditutup");
    EXPECT_NE(std::string{e.what()}.find("baris 3"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(parse_csv("").records.empty());
}

// Issue 16 item 6: 16 MiB of commas must not become 16 million fields; the record is refused
// while it is read, naming its row.
TEST(CsvReader, TooManyColumnsAreRefusedNamingTheRow) {
  const std::string wide = "nik,nama\n1,Budi\n" + std::string(300, ',') + "\n";
  auto reader = open_csv(wide);
  std::size_t seen = 0;
  try {
    reader->for_each_row([&](std::size_t, const std::vector<ImportCell>&) { return ++seen, true; });
    FAIL() << "diterima";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "terlalu_banyak_kolom");
    EXPECT_NE(std::string{e.what()}.find("Baris 3 berisi 301 kolom, lebih dari 256"), std::string::npos) << e.what();
  }
  EXPECT_EQ(seen, 2u);
  // The reader itself stops at 4096 fields, while reading: 16 MiB of commas is not 16 M fields.
  const std::string commas = "a,b\n" + std::string(16u << 20, ',');
  CsvReader flood(commas, ',');
  CsvRecord record;
  ASSERT_TRUE(flood.next(record));
  try {
    flood.next(record);
    ADD_FAILURE() << "diterima";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.code(), "terlalu_banyak_kolom");
    EXPECT_NE(std::string{e.what()}.find("Baris 2 berisi lebih dari 4096 kolom"), std::string::npos) << e.what();
  }
  EXPECT_LE(record.fields.capacity(), 4096u);
  const std::string wide_but_fine = std::string(300, ',') + "\n";
  CsvReader fine(wide_but_fine);
  ASSERT_TRUE(fine.next(record));
  EXPECT_EQ(record.fields.size(), 301u);
}

TEST(CsvEncoding, Utf8CheckAndWindows1252) {
  EXPECT_TRUE(is_valid_utf8("Jos\xC3\xA9 \xE2\x80\x94 ok"));
  EXPECT_FALSE(is_valid_utf8("Jos\xE9"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_EQ(windows1252_to_utf8("Jos\xE9 \x93kutip\x94 \x80"),
            "Jos\xC3\xA9 \xE2\x80\x9Ckutip\xE2\x80\x9D \xE2\x82\xAC");
  auto table = open_table("nama\nJos\xE9\n", "x.csv");
  std::vector<std::string> seen;
  table->for_each_row([&](std::size_t, const std::vector<ImportCell>& cells) {
    seen.push_back(cells[0].text);
    return true;
  });
  EXPECT_EQ(seen.back(), "Jos\xC3\xA9");
  ASSERT_EQ(table->notes().size(), 1u);
}

TEST(OpenTable, RefusesWhatIsNotASpreadsheet) {
  auto code = [](std::string bytes, std::string name) {
    try {
      open_table(std::move(bytes), name);
    } catch (const BadRequest& e) {
      return e.code();
    }
    return std::string{"ok"};
  };
  EXPECT_EQ(code("", "a.csv"), "berkas_kosong");
  EXPECT_EQ(code(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", "lama.xls"), "format_xls_lama");
  EXPECT_EQ(code(std::string("%PDF\0\1", 6), "a.csv"), "format_tidak_dikenal");
  EXPECT_EQ(code("nik,nama\n", "a.xlsx"), "xlsx_rusak");
  EXPECT_EQ(code("PK\x03\x04 broken", "a.xlsx"), "xlsx_tidak_terbaca");
  EXPECT_EQ(code("nik,nama\n", "a.csv"), "ok");
}

}  // namespace
}  // namespace lindungi::formats
