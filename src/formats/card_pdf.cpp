#include "formats/card_pdf.hpp"

#include <hpdf.h>
#include <qrencode.h>

#include <filesystem>
#include <memory>
#include <stdexcept>

#include "formats/pdf_document.hpp"

namespace lindungi::formats {

namespace {

constexpr float kMm = 72.0f / 25.4f;  // PDF points per millimetre
constexpr float kCardW = 85.60f * kMm, kCardH = 53.98f * kMm;
constexpr float kPageW = 210.0f * kMm, kPageH = 297.0f * kMm;
// Gaps between cards leave room for a guillotine cut on every edge without touching a neighbour.
constexpr float kGapX = 8.0f * kMm, kGapY = 3.0f * kMm;
constexpr float kSheetMarginX = (kPageW - 2 * kCardW - kGapX) / 2;
constexpr float kSheetMarginY = (kPageH - 5 * kCardH - 4 * kGapY) / 2;

struct QrDeleter {
  void operator()(QRcode* q) const { QRcode_free(q); }
};

// Draws `text` at (x, y), shrinking the size until it fits `max_width`.
void text_fit(HPDF_Page page, HPDF_Font font, float size, float x, float y, float max_width, const std::string& text) {
  HPDF_Page_SetFontAndSize(page, font, size);
  while (size > 4.5f && HPDF_Page_TextWidth(page, text.c_str()) > max_width) {
    size -= 0.25f;
    HPDF_Page_SetFontAndSize(page, font, size);
  }
  HPDF_Page_BeginText(page);
  HPDF_Page_TextOut(page, x, y, text.c_str());
  HPDF_Page_EndText(page);
}

void draw_qr(HPDF_Page page, const std::string& url, float x, float y, float side) {
  std::unique_ptr<QRcode, QrDeleter> qr(QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!qr) throw std::runtime_error("libqrencode: kode QR tidak dapat dibuat");
  const int n = qr->width;
  const float quiet = 2;  // modules of white around the code (the card is white too)
  const float module = side / (n + 2 * quiet);
  HPDF_Page_SetRGBFill(page, 0, 0, 0);
  for (int row = 0; row < n; ++row) {
    int col = 0;
    while (col < n) {
      if (!(qr->data[row * n + col] & 1)) {
        ++col;
        continue;
      }
      // One rectangle per horizontal run of dark modules keeps the PDF small.
      int end = col;
      while (end < n && (qr->data[row * n + end] & 1)) ++end;
      HPDF_Page_Rectangle(page, x + (quiet + col) * module, y + side - (quiet + row + 1) * module, (end - col) * module,
                          module);
      col = end;
    }
  }
  HPDF_Page_Fill(page);
}

void draw_card(HPDF_Page page, HPDF_Font regular, HPDF_Font bold, const CardFace& c, float x, float y) {
  // Cut line: a thin dashed grey outline of the card's exact size.
  const HPDF_UINT16 dash[] = {3, 2};
  HPDF_Page_SetLineWidth(page, 0.3f);
  HPDF_Page_SetRGBStroke(page, 0.6f, 0.6f, 0.6f);
  HPDF_Page_SetDash(page, dash, 2, 0);
  HPDF_Page_Rectangle(page, x, y, kCardW, kCardH);
  HPDF_Page_Stroke(page);
  HPDF_Page_SetDash(page, nullptr, 0, 0);

  // The programme band: BPJS Ketenagakerjaan's green, white text.
  const float band = 11.0f * kMm;
  HPDF_Page_SetRGBFill(page, 0.0f, 0.53f, 0.32f);
  HPDF_Page_Rectangle(page, x, y + kCardH - band, kCardW, band);
  HPDF_Page_Fill(page);
  HPDF_Page_SetRGBFill(page, 1, 1, 1);
  const float pad = 3.5f * kMm;
  text_fit(page, bold, 8.5f, x + pad, y + kCardH - 5.0f * kMm, kCardW - 2 * pad, c.programme);
  text_fit(page, regular, 6.0f, x + pad, y + kCardH - 8.8f * kMm, kCardW - 2 * pad,
           "Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM)");

  // Fields on the left, the QR code on the right.
  const float qr_side = 26.0f * kMm;
  const float qr_x = x + kCardW - pad - qr_side + 1.5f * kMm;
  const float qr_y = y + 4.0f * kMm;
  draw_qr(page, c.url, qr_x, qr_y, qr_side);

  const float text_w = qr_x - (x + pad) - 1.5f * kMm;
  struct Line {
    const char* label;
    const std::string* value;
    bool strong;
  };
  const Line lines[] = {{"Nama", &c.nama, true},
                        {"No. KPJ BPJS Ketenagakerjaan", &c.kpj, true},
                        {"NIK", &c.nik_masked, false},
                        {"Dibiayai oleh", &c.funder, false},
                        {"Masa berlaku", &c.period, false}};
  float ly = y + kCardH - band - 4.2f * kMm;
  for (const auto& l : lines) {
    HPDF_Page_SetRGBFill(page, 0.35f, 0.35f, 0.35f);
    text_fit(page, regular, 5.0f, x + pad, ly, text_w, l.label);
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    text_fit(page, l.strong ? bold : regular, l.strong ? 8.0f : 6.8f, x + pad, ly - 3.0f * kMm, text_w, *l.value);
    ly -= 7.6f * kMm;
  }
  HPDF_Page_SetRGBFill(page, 0.35f, 0.35f, 0.35f);
  text_fit(page, regular, 4.5f, qr_x + 1.0f * kMm, y + 2.2f * kMm, qr_side, "Pindai untuk cek status");
}

}  // namespace

std::string cards_pdf(const std::vector<CardFace>& cards, const CardPdfOptions& options) {
  PdfDocument doc(options.title, options.font, options.bold_font);
  HPDF_Doc pdf = doc.get();
  HPDF_Font regular = doc.regular(), bold = doc.bold();
  HPDF_Page page = nullptr;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    options.progress("Menggambar kartu", i + 1, cards.size());
    const std::size_t slot = i % kCardsPerPage;
    if (slot == 0) {
      page = HPDF_AddPage(pdf);
      HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    }
    const float x = kSheetMarginX + static_cast<float>(slot % 2) * (kCardW + kGapX);
    const float y =
        kPageH - kSheetMarginY - static_cast<float>(slot / 2 + 1) * kCardH - static_cast<float>(slot / 2) * kGapY;
    draw_card(page, regular, bold, cards[i], x, y);
    doc.check("menggambar kartu");
  }
  if (cards.empty()) {
    page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  }
  return doc.bytes();
}

}  // namespace lindungi::formats
