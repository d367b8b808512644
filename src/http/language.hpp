#pragma once
// The answer's language (issue 17 item 10): the one place where the server's Indonesian texts
// become English for a client that asks for it with Accept-Language. server.cpp calls localize()
// on every API answer just before it is written; handlers and services keep writing Indonesian.
#include <string>
#include <string_view>
#include <vector>

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

// Texts that had no catalogue entry when English was asked (kept in Indonesian), at most 200
// distinct ones since the start or the last clear: the integration sweep fails on any.
std::vector<std::string> untranslated_messages();
void clear_untranslated_messages();

}  // namespace lindungi::http
