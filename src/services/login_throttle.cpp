#include "services/login_throttle.hpp"

#include <algorithm>

// Issue 16 item 6: a growing delay per key instead of a lockout anyone can trigger for everyone.
// After a key's free failures each further failure doubles the wait before the next attempt
// (5 s, 10 s, 20 s, ... up to the key's cap), counted from the latest failure (kept in
// Entry::first, which here is the streak's latest failure). The keys AuthService uses:
//   "uc:<user>|<client>"  one client guessing one account: max_failures free, then up to 15 min;
//   "c:<client>"          one client guessing many accounts (an office behind one address):
//                         10 x max_failures free, then up to 15 min;
//   "u:<user>"            many clients guessing one account: 4 x max_failures free, capped at one
//                         minute, so that nobody can keep the real user out by failing for them.
// A key with no failure for `window` (and no wait left) is forgotten.

namespace lindungi::services {

namespace {

std::chrono::seconds delay_after(int failures, const ThrottlePolicy& policy) {
  const int over = failures - policy.free_failures;
  if (over <= 0) return std::chrono::seconds(0);
  if (over > 20) return policy.cap;  // 5 s * 2^19 is past every cap; no overflow
  return std::min(std::chrono::seconds(std::int64_t{5} << (over - 1)), policy.cap);
}

}  // namespace

LoginThrottle::LoginThrottle(int max_failures, std::chrono::seconds window)
    : policies_{{"c:", max_failures * 10, std::chrono::minutes(15)},
                {"u:", max_failures * 4, std::chrono::minutes(1)},
                {"", max_failures, std::chrono::minutes(15)}},
      window_(window) {}

// Issue 20 item 1: a NIK's birth date is one of some 20,000 days, so the NIK's own key is the
// strict one (5 free, then waits up to an hour, whoever asks); a client gets 20 free mistakes (a
// family checking several members, a kelurahan desk helping many) and then up to 15 minutes.
// Unlike a login, shutting a worker out of their own check for a while harms nobody's work.
std::vector<ThrottlePolicy> cek_throttle_policies() {
  return {{"c:", 20, std::chrono::minutes(15)}, {"n:", 5, std::chrono::minutes(60)}, {"", 5, std::chrono::minutes(15)}};
}

const ThrottlePolicy& LoginThrottle::policy_for(const std::string& key) const {
  for (const auto& p : policies_)
    if (key.rfind(p.prefix, 0) == 0) return p;
  return policies_.back();
}

std::int64_t LoginThrottle::wait_seconds(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  std::int64_t wait = 0;
  for (const auto& key : keys) {
    auto it = entries_.find(key);
    if (it == entries_.end()) continue;
    const auto delay = delay_after(it->second.failures, policy_for(key));
    if (now - it->second.first >= std::max<std::chrono::steady_clock::duration>(window_, delay)) {
      entries_.erase(it);
      continue;
    }
    const auto until = it->second.first + delay;
    if (until > now) wait = std::max<std::int64_t>(wait, std::chrono::ceil<std::chrono::seconds>(until - now).count());
  }
  return wait;
}

void LoginThrottle::failed(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  auto expired = [&](const std::string& key, const Entry& e) {
    const auto delay = delay_after(e.failures, policy_for(key));
    return now - e.first >= std::max<std::chrono::steady_clock::duration>(window_, delay);
  };
  // Bounded memory under a flood of made-up names: forget expired entries first, and if that is
  // not enough, everything (the delays start again; nobody is locked out by it).
  if (entries_.size() > 100'000) {
    for (auto it = entries_.begin(); it != entries_.end();)
      it = expired(it->first, it->second) ? entries_.erase(it) : std::next(it);
    if (entries_.size() > 100'000) entries_.clear();
  }
  for (const auto& key : keys) {
    auto& e = entries_[key];
    if (e.failures > 0 && expired(key, e)) e = Entry{};
    ++e.failures;
    e.first = now;  // the latest failure: the delay counts from it
  }
}

void LoginThrottle::succeeded(const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mutex_);
  // A success proves the password (or the birth date), not the client: the client's own key stays.
  for (const auto& key : keys)
    if (key.rfind("c:", 0) != 0) entries_.erase(key);
}

}  // namespace lindungi::services
