#include "services/database_telemetry.hpp"

#include <atomic>
#include <chrono>

#include "clock/clock.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

DatabaseTelemetry database_telemetry(App& app) {
  const store::StoreStats& db = app.store().stats();
  auto load = [](const std::atomic<std::uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  return {app.store().backend(),
          load(db.writes),
          load(db.write_queue_waits),
          load(db.write_queue_wait_us),
          load(db.lock_wait_us),
          load(db.reader_connections_opened),
          load(db.writer_connections_opened)};
}

std::int64_t live_sessions(App& app) {
  // Session expiry is wall time (AuthService::authenticate), not the settable date of the tests.
  const std::string now = clock::utc_iso(std::chrono::system_clock::now());
  std::int64_t sessions = 0;
  app.store().read_current([&](store::Session& s) { sessions = s.accounts().count_live_sessions(now); });
  return sessions;
}

std::int64_t audit_chain_entries(App& app) {
  std::int64_t entries = 0;
  app.store().read([&](store::Session& s) { entries = s.audit().entries("", "", 0, 1).total; });
  return entries;
}

}  // namespace lindungi::services
