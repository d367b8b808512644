#pragma once
// What GET /metrics shows of the database (issue 19 item 4), read through the services so that the
// HTTP layer never reaches the store itself (docs/ARCHITECTURE.md; issue 18 item 3).
#include <cstdint>
#include <string>

#include "services/app.hpp"

namespace lindungi::services {

struct DatabaseTelemetry {
  std::string backend;  // "sqlite" or "postgresql"
  std::uint64_t writes = 0;
  std::uint64_t write_queue_waits = 0;
  std::uint64_t write_queue_wait_us = 0;
  std::uint64_t lock_wait_us = 0;
  std::uint64_t reader_connections_opened = 0;
  std::uint64_t writer_connections_opened = 0;
};

// The store's counters (relaxed atomics: no database read).
DatabaseTelemetry database_telemetry(App& app);
// Login sessions not yet ended (one read of a small table).
std::int64_t live_sessions(App& app);
// The audit chain's length (a count over the whole log: the caller decides how often).
std::int64_t audit_chain_entries(App& app);

}  // namespace lindungi::services
