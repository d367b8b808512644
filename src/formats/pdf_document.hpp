#pragma once
// A libharu PDF document as Lindungi makes them (member cards, report tables): UTF-8 text in the
// embedded DejaVu Sans regular and bold, compressed, errors turned into exceptions.
#include <hpdf.h>

#include <memory>
#include <string>

namespace lindungi::formats {

class PdfDocument {
 public:
  // Throws std::runtime_error (in Indonesian) when a font file is missing or libharu fails.
  PdfDocument(const std::string& title, const std::string& font, const std::string& bold_font);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  HPDF_Doc get() const { return doc_; }
  HPDF_Font regular() const { return regular_; }
  HPDF_Font bold() const { return bold_; }
  // libharu reports errors through a callback; the first one is kept and thrown here, naming
  // `what`, so that no exception has to unwind through C frames.
  void check(const char* what) const;
  // The finished file.
  std::string bytes();

 private:
  struct Error {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
  };
  static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user);

  std::unique_ptr<Error> error_ = std::make_unique<Error>();  // a stable address for the callback
  HPDF_Doc doc_ = nullptr;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
};

}  // namespace lindungi::formats
