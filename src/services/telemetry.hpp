#pragma once
// Counters and histograms for GET /metrics (issue 19 item 4), kept by the services that do the
// work (imports, billing runs) and by the HTTP server (requests). Relaxed atomics only: recording
// a value takes no lock, so a busy server does not queue on its own bookkeeping. Labels are fixed
// words chosen here (a route pattern, a status, an outcome); never a NIK, a name or a user.
#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace lindungi::services {

// A Prometheus histogram of seconds with fixed upper bounds: per bucket the observations at most
// that bound (cumulated when rendered), their count and their sum (kept in microseconds).
class Histogram {
 public:
  // Request latencies: 1 ms .. 10 s.
  static constexpr std::array<double, 12> kRequestBounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                         0.1,   0.25,   0.5,   1.0,  2.5,   10.0};
  // Jobs (imports, billing runs): 10 ms .. 10 minutes.
  static constexpr std::array<double, 12> kJobBounds{0.01, 0.05, 0.1,  0.25, 0.5,   1.0,
                                                     2.5,  5.0,  10.0, 30.0, 120.0, 600.0};

  explicit Histogram(const std::array<double, 12>& bounds) : bounds_(bounds) {}

  void observe_micros(std::uint64_t us) {
    const double seconds = static_cast<double>(us) / 1e6;
    std::size_t i = 0;
    while (i < bounds_.size() && seconds > bounds_[i]) ++i;
    buckets_[i].fetch_add(1, std::memory_order_relaxed);  // i == size(): only +Inf
    count_.fetch_add(1, std::memory_order_relaxed);
    sum_us_.fetch_add(us, std::memory_order_relaxed);
  }
  void observe_since(std::chrono::steady_clock::time_point start) {
    observe_micros(static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count()));
  }

  const std::array<double, 12>& bounds() const { return bounds_; }
  // Observations in bucket i alone (not cumulative); i == bounds().size() is above the last bound.
  std::uint64_t bucket(std::size_t i) const { return buckets_[i].load(std::memory_order_relaxed); }
  std::uint64_t count() const { return count_.load(std::memory_order_relaxed); }
  double sum_seconds() const { return static_cast<double>(sum_us_.load(std::memory_order_relaxed)) / 1e6; }

 private:
  const std::array<double, 12>& bounds_;
  std::array<std::atomic<std::uint64_t>, 13> buckets_{};
  std::atomic<std::uint64_t> count_{0};
  std::atomic<std::uint64_t> sum_us_{0};
};

// What the services count for GET /metrics. One per App (one per process).
struct Telemetry {
  // Imports (issue 3): files run (a dry run is counted apart), rows accepted and rejected, and the
  // time from reading the file to the commit.
  std::atomic<std::uint64_t> imports{0};
  std::atomic<std::uint64_t> imports_dry_run{0};
  std::atomic<std::uint64_t> import_rows_accepted{0};
  std::atomic<std::uint64_t> import_rows_rejected{0};
  Histogram import_seconds{Histogram::kJobBounds};
  // Billing runs (issue 4): each run's whole time.
  Histogram billing_run_seconds{Histogram::kJobBounds};
};

}  // namespace lindungi::services
