#pragma once
// The HTTP server: the /api/v1 routes, the web UI's static files, limits, timeouts, keep-alive
// and graceful shutdown. The only part of Lindungi that includes RESTinio.
#include <cstdint>
#include <memory>
#include <string>

#include "services/app.hpp"

namespace lindungi::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;
  std::size_t threads = 2;
  std::string static_dir;                  // the built web UI; empty serves no files
  std::size_t max_body_bytes = 1u << 20;   // JSON bodies
  bool secure_cookies = false;             // set when served over TLS (see docs/SECURITY.md)
  std::size_t max_upload_bytes = 16u << 20;  // spreadsheet uploads (routes with Route::upload)
  // Issue 19 item 3: where the access log goes (AccessLog: "" none, "stderr", or a file).
  std::string access_log{};
  // Issue 19 item 4: GET /metrics from another machine needs "Authorization: Bearer <token>";
  // empty: only from this machine.
  std::string metrics_token{};
};

class RunningServer {
 public:
  virtual ~RunningServer() = default;
  // Stops accepting, lets requests in flight finish, and returns when the threads are done.
  virtual void stop() = 0;
};

// Starts serving on background threads; throws if the address cannot be bound.
std::unique_ptr<RunningServer> start_server(services::App& app, const ServerOptions& options);

// Serves until SIGINT or SIGTERM, then shuts down gracefully.
void run_server(services::App& app, const ServerOptions& options);

}  // namespace lindungi::http
