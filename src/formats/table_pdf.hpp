#pragma once
// Reports as PDF (issue 6): the same Tables the XLSX export writes, printed on A4 with libharu
// and DejaVu Sans (UTF-8 names, as the member cards).
//
// Layout, the same for every report (nothing here knows a report):
// - page 1 starts with the title (bold) and the subtitle lines (area, period, "Dicetak …");
//   each Table follows under its sheet name as a section heading;
// - portrait, or the whole document landscape when any table's widths add up to more than
//   kPortraitMaxChars characters; column widths are the Table's `widths` (characters, 16 when absent) scaled to
//   the page width;
// - a cell that does not fit its column wraps on spaces over at most kMaxCellLines lines and is
//   elided with "…" beyond; a single word (a figure, a code such as 15.71.01.1001.007) is set
//   smaller instead, and broken only when even 5 pt does not fit; the header row is set smaller
//   until each of its words fits its column;
// - cells are printed by their column's kind (formats::ColumnKind, table_writer.hpp): amounts
//   Rp4.032.000, counts 1.650, dates 22/05/2025, percent 45,2%; all but text and dates are
//   right-aligned;
// - a table that continues on the next page repeats its heading ("(lanjutan)") and its header
//   row; every page has "Halaman i dari N" and the title in its footer;
// - a table without rows prints its header and "Tidak ada data"; a report without tables too.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/table_writer.hpp"

namespace lindungi::formats {

struct ReportDocument {
  std::string title;                  // "Tunggakan iuran per RT 2026"
  std::vector<std::string> subtitle;  // "Wilayah: …", "Periode: …", "Dicetak 22/05/2025 10:15 WIB"
  std::vector<Table> tables;
  std::string name;  // the download's file name without extension: "tunggakan-rt-2026"
};

struct TablePdfOptions {
  std::string font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::string bold_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  // The words the layout adds itself ("Tidak ada data", "<sheet> (lanjutan)", "Halaman i dari N"),
  // given in Indonesian and printed as this returns them: the HTTP layer passes its catalogue for
  // a reader who asked for English (issue 17 item 10). Unset: printed as given.
  std::function<std::string(const std::string&)> words;
};

inline constexpr double kPortraitMaxChars = 120;
inline constexpr int kMaxCellLines = 3;
inline constexpr std::string_view kPdfMime = "application/pdf";

// The PDF document's bytes. Throws std::runtime_error when a font is missing or libharu fails.
std::string table_pdf(const ReportDocument& report, const TablePdfOptions& options = {});

// "22/05/2025 10:15 WIB": now in Kota Jambi (UTC+7), for the "Dicetak" line.
std::string wib_timestamp();

}  // namespace lindungi::formats
