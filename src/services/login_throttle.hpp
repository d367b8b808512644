#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lindungi::services {

// How many failures a kind of key (the keys starting with `prefix`) has free, and the longest wait
// after them. The first policy whose prefix starts the key applies; "" matches every key.
struct ThrottlePolicy {
  std::string prefix;
  int free_failures = 5;
  std::chrono::seconds cap{900};
};

// Failed logins per key, answered with a growing delay instead of a lockout (issue 16 item 6;
// keys, allowances and caps: login_throttle.cpp); Entry::first is the latest failure. In memory:
// a restart forgets, which only helps someone who can restart the server anyway. The public
// protection check (issue 20 item 1) uses a second instance with its own policies
// (cek_throttle_policies).
class LoginThrottle {
 public:
  explicit LoginThrottle(int max_failures = 5, std::chrono::seconds window = std::chrono::minutes(15));
  LoginThrottle(std::vector<ThrottlePolicy> policies, std::chrono::seconds window)
      : policies_(std::move(policies)), window_(window) {}
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
  const ThrottlePolicy& policy_for(const std::string& key) const;
  std::map<std::string, Entry> entries_;
  std::vector<ThrottlePolicy> policies_;
  std::chrono::seconds window_;
};

// The public protection check's keys (services/protection_service.cpp): "c:<client>" one
// client trying many pairs, "n:<NIK digest>" many clients trying one NIK's birth dates.
std::vector<ThrottlePolicy> cek_throttle_policies();

}  // namespace lindungi::services
