#include "formats/pdf_document.hpp"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace lindungi::formats {

void PdfDocument::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* e = static_cast<Error*>(user);
  if (e->code == HPDF_OK) *e = {code, detail};
}

PdfDocument::PdfDocument(const std::string& title, const std::string& font, const std::string& bold_font) {
  for (const auto* path : {&font, &bold_font}) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(*path, ec))
      throw std::runtime_error("Font " + *path + " tidak ditemukan; pasang paket fonts-dejavu-core");
  }
  doc_ = HPDF_New(on_error, error_.get());
  if (!doc_) throw std::runtime_error("libharu: dokumen PDF tidak dapat dibuat");
  // Compression matters: the TrueType fonts are embedded whole (STACK.md §4.1).
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_);
  HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, title.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "Lindungi");
  const char* regular_name = HPDF_LoadTTFontFromFile(doc_, font.c_str(), HPDF_TRUE);
  const char* bold_name = HPDF_LoadTTFontFromFile(doc_, bold_font.c_str(), HPDF_TRUE);
  try {
    check("memuat font");
    regular_ = HPDF_GetFont(doc_, regular_name, "UTF-8");
    bold_ = HPDF_GetFont(doc_, bold_name, "UTF-8");
    check("memilih font");
  } catch (...) {
    HPDF_Free(doc_);
    throw;
  }
}

PdfDocument::~PdfDocument() { HPDF_Free(doc_); }

void PdfDocument::check(const char* what) const {
  if (error_->code == HPDF_OK) return;
  char hex[16];
  std::snprintf(hex, sizeof hex, "%04x", static_cast<unsigned>(error_->code));
  throw std::runtime_error(std::string{"libharu: "} + what + " gagal (kode 0x" + hex + ", detail " +
                           std::to_string(error_->detail) + ")");
}

std::string PdfDocument::bytes() {
  HPDF_SaveToStream(doc_);
  check("menyimpan PDF");
  HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
  std::string out(size, '\0');
  HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
  out.resize(size);
  return out;
}

}  // namespace lindungi::formats
