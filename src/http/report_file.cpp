#include "http/report_file.hpp"

#include "core/errors.hpp"
#include "http/language.hpp"

namespace lindungi::http {

ReportFormat report_format(const ApiRequest& req) {
  const std::string f = req.query_or("format", "json");
  if (f == "json") return ReportFormat::json;
  if (f == "xlsx") return ReportFormat::xlsx;
  if (f == "pdf") return ReportFormat::pdf;
  throw BadRequest("format_tidak_dikenal", "Format '" + f + "' tidak dikenal; pilih json, xlsx, atau pdf", "format");
}

ApiResponse report_file(const ApiRequest& req, ReportFormat format, formats::ReportDocument document) {
  ApiResponse r;
  std::string extension;
  const services::Language language = req.language();
  if (format == ReportFormat::pdf) document.subtitle.push_back("Dicetak " + formats::wib_timestamp());
  localize(document, language);
  r.headers.emplace_back("Content-Language", std::string{services::language_tag(language)});
  if (format == ReportFormat::pdf) {
    formats::TablePdfOptions options;
    options.words = pdf_words(language);
    r.content_type = std::string{formats::kPdfMime};
    r.body = formats::table_pdf(document, options);
    extension = ".pdf";
  } else {
    r.content_type = std::string{formats::kXlsxMime};
    r.body = formats::table_xlsx(document.tables);
    extension = ".xlsx";
  }
  // File names are built from codes, years and ISO dates only: nothing to escape.
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + document.name + extension + "\"");
  return r;
}

}  // namespace lindungi::http
