#include "services/two_person.hpp"

#include <algorithm>
#include <cctype>

#include "services/checks.hpp"
#include "store/accounts_store.hpp"

namespace lindungi::services {

namespace {
bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

std::vector<std::string> account_lineage(store::Session& s, const std::string& username) {
  std::vector<std::string> out{lower(username)};
  // Bounded: a chain of creators is short, and a loop (impossible through the API) must not hang.
  for (int depth = 0; depth < 16; ++depth) {
    const auto u = s.accounts().user_by_username(out.back());
    if (!u || u->dibuat_oleh.empty() || contains(out, lower(u->dibuat_oleh))) break;
    out.push_back(lower(u->dibuat_oleh));
  }
  return out;
}

bool same_person(store::Session& s, const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const auto la = account_lineage(s, a), lb = account_lineage(s, b);
  return contains(la, lb.front()) || contains(lb, la.front());
}

}  // namespace lindungi::services
