#pragma once
// Reports as files over HTTP (issue 6): the one place that reads ?format=json|xlsx|pdf and turns a
// report's document (services/report_documents.hpp) into a download.
#include "formats/table_pdf.hpp"
#include "http/api.hpp"

namespace lindungi::http {

enum class ReportFormat { json, xlsx, pdf };

// ?format= (json when absent); anything else is 400 format_tidak_dikenal naming `format`.
ReportFormat report_format(const ApiRequest& req);

// The XLSX (one sheet per table) or the PDF (with "Dicetak <now> WIB" under the subtitle) as an
// attachment named `document.name` + ".xlsx"/".pdf", in the language `req` asked for (issue 17
// item 10: http/language.hpp). Not for json.
ApiResponse report_file(const ApiRequest& req, ReportFormat format, formats::ReportDocument document);

}  // namespace lindungi::http
