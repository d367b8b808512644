#pragma once
// Issue 21 item 4: the login sessions still live, for the operator who ends a lost phone's. A
// Session method of the accounts aggregate once store.hpp's split (issue 18 item 2) has landed;
// until then a free function, so that adding it did not recompile every file.
#include <string_view>
#include <vector>

#include "store/store.hpp"

namespace lindungi::store {

// Sessions whose expiry (kedaluwarsa) is not before `now`, oldest first, in `session`'s transaction.
std::vector<SessionRecord> live_sessions(Session& session, std::string_view now);

}  // namespace lindungi::store
