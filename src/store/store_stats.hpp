#pragma once
// What the database connections wait for (issue 19 item 4), counted by the store and read by
// GET /metrics: relaxed atomics, so counting costs a few nanoseconds and takes no lock.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace lindungi::store {

struct StoreStats {
  // Writers of this process take turns (one mutex): how many writes there were, how many found
  // another write in progress and queued, and the time spent queued.
  std::atomic<std::uint64_t> writes{0};
  std::atomic<std::uint64_t> write_queue_waits{0};
  std::atomic<std::uint64_t> write_queue_wait_us{0};
  // Then the database's own write lock, which queues writers of other processes (the CLI beside
  // the server): SQLite's BEGIN IMMEDIATE (up to busy_timeout) or PostgreSQL's advisory lock
  // (one round trip when nobody holds it).
  std::atomic<std::uint64_t> lock_wait_us{0};
  // The pools keep idle connections; a request that finds none opens a new one.
  std::atomic<std::uint64_t> reader_connections_opened{0};
  std::atomic<std::uint64_t> writer_connections_opened{0};

  static std::uint64_t micros_since(std::chrono::steady_clock::time_point start) {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count());
  }
};

}  // namespace lindungi::store
