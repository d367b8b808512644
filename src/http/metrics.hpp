#pragma once
// GET /metrics in the Prometheus text format (issue 19 item 4; docs/OPERATIONS.md lists every
// series). Requests are counted per route pattern, method and status, with a latency histogram per
// route; each route's counters are made when the router is built, so recording a request is a few
// relaxed atomic additions and takes no lock. Labels are route patterns and statuses only: never
// a path (it may hold a NIK), a user or an area.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "services/app.hpp"
#include "services/telemetry.hpp"

namespace lindungi::http {

class RouteStats {
 public:
  // The statuses the server answers with (server.cpp's status_line), and one slot for any other.
  static constexpr std::array<int, 14> kStatuses{200, 201, 204, 400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 503};

  RouteStats(std::string method, std::string route) : method_(std::move(method)), route_(std::move(route)) {}

  void record(int status, std::uint64_t micros) {
    std::size_t i = 0;
    while (i < kStatuses.size() && kStatuses[i] != status) ++i;
    by_status_[i].fetch_add(1, std::memory_order_relaxed);
    latency_.observe_micros(micros);
  }

  const std::string& method() const { return method_; }
  const std::string& route() const { return route_; }
  std::uint64_t count(std::size_t status_index) const {
    return by_status_[status_index].load(std::memory_order_relaxed);
  }
  const services::Histogram& latency() const { return latency_; }

 private:
  std::string method_, route_;
  std::array<std::atomic<std::uint64_t>, kStatuses.size() + 1> by_status_{};
  services::Histogram latency_{services::Histogram::kRequestBounds};
};

class HttpMetrics {
 public:
  HttpMetrics() : started_(std::chrono::system_clock::now()) {}

  // Called while the router is built, before any request: the reference stays valid.
  RouteStats& add(const std::string& method, const std::string& route) { return routes_.emplace_back(method, route); }

  // Every series: the requests, then what the App and its store know (imports, billing runs,
  // database waits, live sessions, the audit chain's length).
  std::string render(services::App& app);

 private:
  std::deque<RouteStats> routes_;
  std::chrono::system_clock::time_point started_;
  // The audit chain's length is a count over the whole log: read at most once a minute.
  std::mutex audit_mutex_;
  std::chrono::steady_clock::time_point audit_read_{};
  std::int64_t audit_entries_ = -1;
};

// Whether a request may read /metrics: the bearer token when one is configured, or a request
// from this machine. "From this machine" is the TCP peer, never what X-Forwarded-For claims: the
// peer must be a loopback address, and a request relayed by a proxy (it carries
// X-Forwarded-For) counts only when the proxy is trusted and the client it names is loopback too,
// so that nginx on the same machine does not make every visitor local.
bool metrics_allowed(const std::string& peer, const std::string& forwarded_for, const std::string& authorization,
                     const std::vector<std::string>& trusted_proxies, const std::string& token);

}  // namespace lindungi::http
