#pragma once
// The server's application log (issue 19 item 3): spdlog's default logger, leveled, to stderr.
// Under systemd stderr goes to the journal: each line then starts with its syslog priority
// ("<3>" error, "<4>" warning, "<6>" info, "<7>" debug), which journald reads and removes, so that
// `journalctl -u lindungi -p warning` shows warnings and errors only. Elsewhere (a terminal, a
// test) each line starts with the UTC time and the level. Never log a NIK, a password, a session
// or CSRF token, or a request's path: name the route pattern and the record's id instead.
#include <string>

namespace lindungi::services::logging {

// The names `serve --log-level` accepts, most verbose first.
inline constexpr const char* kLevels = "debug, info, warning, error";

// Sets the default logger's level and format (idempotent). Throws BadRequest naming the
// accepted levels for an unknown one.
void configure(const std::string& level = "info");

// True when stderr is the systemd journal (JOURNAL_STREAM names it): lines carry a priority
// prefix instead of a time.
bool stderr_is_journal();

// `text` with every run of 16 or more digits (a NIK, a KK number) replaced by as many '*': for
// messages that come from elsewhere (a database error may quote the row's key).
std::string redact(std::string text);

}  // namespace lindungi::services::logging
