#pragma once
// The answer's language (issue 17 item 10): the one place where the server's Indonesian texts
// become English for a client that asks for it with Accept-Language. server.cpp calls localize()
// on every API answer just before it is written; handlers and services keep writing Indonesian.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/table_pdf.hpp"
#include "formats/table_writer.hpp"
#include "http/api.hpp"
#include "services/message_catalogue.hpp"

namespace lindungi::http {

// Sets Content-Language and Vary: Accept-Language on a JSON answer and, for English, translates
// the human texts in it: error.message, error.errors[].message, and anywhere in the document the
// values of "message", "pesan", "penjelasan", "keterangan", "teks", "label" and "*_label", and
// the strings of the lists "notes" and "alasan" (import problems, NIK and calendar warnings,
// labels, benefit notes, reasons, billing remarks). A single "alasan" string is a user's text.
// Codes, field names and everything else are left as they are.
void localize(ApiResponse& response, services::Language language);

// Files a person reads, before they are written (reports as XLSX/PDF, an import's error report as
// CSV/XLSX), for English: the title, subtitles, sheet names and column headers must have an entry
// (else recorded, like a message); a cell is translated when the catalogue knows it (a status
// label, a row's problem, a billing remark) and otherwise kept (names, codes, figures). Files for
// BPJS (registration, the active-member file) are BPJS's format and never pass here.
void localize(formats::Table& table, services::Language language);
void localize(formats::ReportDocument& document, services::Language language);
// The PDF layout's own words in that language (TablePdfOptions::words); empty for Indonesian.
std::function<std::string(const std::string&)> pdf_words(services::Language language);

// Texts that had no catalogue entry when English was asked (kept in Indonesian), at most 200
// distinct ones since the start or the last clear: the integration sweep fails on any.
std::vector<std::string> untranslated_messages();
void clear_untranslated_messages();

}  // namespace lindungi::http
