#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lindungi::services {

// Failed logins per key, answered with a growing delay instead of a lockout (issue 16 item 6;
// keys, allowances and caps: login_throttle.cpp); Entry::first is the latest failure. In memory:
// a restart forgets, which only helps someone who can restart the server anyway.
class LoginThrottle {
 public:
  explicit LoginThrottle(int max_failures = 5, std::chrono::seconds window = std::chrono::minutes(15))
      : max_failures_(max_failures), window_(window) {}
  // Seconds to wait before another attempt is allowed for any of `keys`, 0 when allowed.
  std::int64_t wait_seconds(const std::vector<std::string>& keys);
  void failed(const std::vector<std::string>& keys);
  void succeeded(const std::vector<std::string>& keys);

 private:
  struct Entry {
    int failures = 0;
    std::chrono::steady_clock::time_point first;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  int max_failures_;
  std::chrono::seconds window_;
};

}  // namespace lindungi::services
