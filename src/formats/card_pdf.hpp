#pragma once
// Member cards as a printable PDF (DESIGN.md §2 step 5): A4 sheets of ID-1 sized cards
// (85.60 × 53.98 mm, ISO/IEC 7810), 2 × 5 per page with cut lines, each with the programme,
// the member's name, KPJ, masked NIK, funder, period and a QR code of its verification URL.
// libharu draws the page, libqrencode the QR code; a TrueType font (DejaVu Sans) carries
// Indonesian and other non-ASCII names.
#include <string>
#include <vector>

#include "core/progress.hpp"

namespace lindungi::formats {

struct CardFace {
  std::string programme;  // the band at the top
  std::string nama;
  std::string kpj;
  std::string nik_masked;
  std::string funder;
  std::string period;  // "22/05/2025 s.d. 31/12/2026"
  std::string url;     // what the QR code opens
};

struct CardPdfOptions {
  std::string font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::string bold_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  std::string title = "Kartu peserta BPJS Ketenagakerjaan";
  Progress progress{};  // cards drawn so far (issue 19 item 8: `lindungi cards print`)
};

inline constexpr int kCardsPerPage = 10;

// The PDF document's bytes; one page per 10 cards. Throws std::runtime_error when a font is
// missing or libharu fails.
std::string cards_pdf(const std::vector<CardFace>& cards, const CardPdfOptions& options = {});

}  // namespace lindungi::formats
