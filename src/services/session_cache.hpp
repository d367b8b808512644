#pragma once
// Recently checked sessions, kept for a few seconds so that a burst of requests does not read
// the session and the user from the database every time. Logout, password changes and
// deactivation clear it in this process; another server process notices within kTtl.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/access.hpp"

namespace lindungi::services {

struct CachedSession {
  Actor actor;
  std::string csrf;
  std::int64_t user_id = 0;
  std::string expires_utc;  // the session's own expiry (ISO 8601)
  bool terbatas = false;    // may only enrol a second factor (issue 16 item 8)
};

class SessionCache {
 public:
  static constexpr std::chrono::seconds kTtl{5};

  std::optional<CachedSession> find(const std::string& token_hash) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(token_hash);
    if (it == entries_.end()) return std::nullopt;
    if (std::chrono::steady_clock::now() >= it->second.until) {
      entries_.erase(it);
      return std::nullopt;
    }
    return it->second.session;
  }

  void put(const std::string& token_hash, CachedSession session) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (entries_.size() >= 10'000) entries_.clear();  // bounded; a miss only costs a query
    entries_[token_hash] = {std::move(session), std::chrono::steady_clock::now() + kTtl};
  }

  void forget(const std::string& token_hash) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.erase(token_hash);
  }

  void clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
  }

 private:
  struct Entry {
    CachedSession session;
    std::chrono::steady_clock::time_point until;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace lindungi::services
