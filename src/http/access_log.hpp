#pragma once
// The access log (issue 19 item 3): one JSON line per request, e.g.
//   {"time":"2026-12-06T10:15:02.123Z","method":"GET","route":"/api/v1/workers/nik/{nik}",
//    "status":200,"ms":1.42,"user":"op.kel","role":"operator_kelurahan","area":"15.71.01.1001"}
// The route is the pattern the request matched, never the path: a path may hold a NIK. Nothing
// from the request's query, headers or body is written. "user", "role" and "area" are empty for
// a request without a session.
#include <memory>
#include <string>
#include <string_view>

#include "core/access.hpp"

namespace lindungi::http {

// Lines are written in batches by a thread of their own, every 100 ms (or at 64 KiB), not one
// write per request: a write per line cost ~20% of the server's CPU per lookup (docs/PERFORMANCE.md
// "Access log cost"), and a stalled reader of stderr blocked the requests themselves. A crash loses
// at most the last 100 ms of access lines (never an audit entry: those are in the database);
// stopping the server writes what is left. While the destination does not take lines (a stalled
// journal), at most 4 MiB wait; lines beyond are dropped and counted in a line of their own.
class AccessLog {
 public:
  // `destination`: "" or "off" writes nothing; "stderr" (or "-") the standard error, the journal
  // under systemd; anything else is a file, appended to (created 0640 if missing). Throws
  // BadRequest when the file cannot be opened.
  explicit AccessLog(const std::string& destination);
  ~AccessLog();  // writes what waits, then stops the writer

  bool enabled() const { return writer_ != nullptr; }
  void record(std::string_view method, std::string_view route, int status, double ms, const Actor* actor) const;

  // The JSON line (without newline) for `time_utc` (ISO 8601 with milliseconds).
  static std::string line(std::string_view time_utc, std::string_view method, std::string_view route, int status,
                          double ms, const Actor* actor);

 private:
  class Writer;
  std::unique_ptr<Writer> writer_;
  std::string prefix_;  // "<6>" (info) under journald, else nothing
};

// The pattern as people read it: "/api/v1/workers/:id(\d{1,18})/ledger" ->
// "/api/v1/workers/{id}/ledger".
std::string display_route(const std::string& pattern);

}  // namespace lindungi::http
