#pragma once
// What the server does against abuse (issue 16 item 6; docs/OPERATIONS.md): whose
// X-Forwarded-For it believes, how many connections it keeps open, and the worker pools that run
// requests off the I/O threads. Apart from server.hpp so that ServerOptions' many users (every
// integration test) need not change.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "http/server.hpp"

namespace lindungi::http {

struct ServerProtection {
  // Peers whose X-Forwarded-For names the real client (`serve --proxy`): the login throttle keys
  // on that client. From any other peer the header is ignored.
  std::vector<std::string> trusted_proxies{};
  // Open connections at most (RESTinio's connection count limiter): beyond it, new connections
  // wait in the kernel's backlog instead of each holding a buffered body.
  std::size_t max_connections = 256;
  // Uploads (imports, BPJS files, claim documents) run on this many worker threads, off the I/O
  // threads; at most max_queued_uploads wait, more are answered 503.
  std::size_t upload_threads = 2;
  std::size_t max_queued_uploads = 16;
  // Every other API request (and GET /metrics) runs on this many worker threads, so that a handler
  // waiting for the database (an import holds its writer for seconds) never holds an I/O thread.
  // Apart from the upload pool: a queue of imports cannot starve lookups. At most
  // max_queued_requests wait, more are answered 503. Handlers mostly wait on the database, not on
  // the CPU, hence more threads than cores.
  std::size_t api_threads = 8;
  std::size_t max_queued_requests = 1024;
};

std::unique_ptr<RunningServer> start_server(services::App& app, const ServerOptions& options,
                                            const ServerProtection& protection);
void run_server(services::App& app, const ServerOptions& options, const ServerProtection& protection);

// The client a request comes from: the peer, or when the peer is a trusted proxy, the right-most
// address in X-Forwarded-For that is not itself a trusted proxy (the left part is whatever the
// client wrote and cannot be believed).
std::string real_client(const std::string& peer, const std::string& forwarded_for,
                        const std::vector<std::string>& trusted_proxies);

}  // namespace lindungi::http
