#include "services/login_throttle.hpp"

namespace lindungi::services {

namespace {
// A whole office may share one address: clients get ten times a user name's allowance.
int limit_for(const std::string& key, int max_failures) { return key.rfind("c:", 0) == 0 ? max_failures * 10 : max_failures; }
}  // namespace

std::int64_t LoginThrottle::wait_seconds(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  std::int64_t wait = 0;
  for (const auto& key : keys) {
    auto it = entries_.find(key);
    if (it == entries_.end()) continue;
    if (now - it->second.first >= window_) {
      entries_.erase(it);
      continue;
    }
    if (it->second.failures >= limit_for(key, max_failures_)) {
      const auto left = std::chrono::duration_cast<std::chrono::seconds>(window_ - (now - it->second.first)).count();
      wait = std::max<std::int64_t>(wait, left + 1);
    }
  }
  return wait;
}

void LoginThrottle::failed(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  // Bounded memory under a flood of made-up names: forget expired entries first.
  if (entries_.size() > 100'000)
    for (auto it = entries_.begin(); it != entries_.end();)
      it = now - it->second.first >= window_ ? entries_.erase(it) : std::next(it);
  for (const auto& key : keys) {
    auto& e = entries_[key];
    if (e.failures == 0 || now - e.first >= window_) e = Entry{0, now};
    ++e.failures;
  }
}

void LoginThrottle::succeeded(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& key : keys)
    if (key.rfind("u:", 0) == 0) entries_.erase(key);
}

}  // namespace lindungi::services
