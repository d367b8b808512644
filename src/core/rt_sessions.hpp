#pragma once
// Issue 21 item 4: who may list and end the login sessions of RT heads (a lost phone): the
// kelurahan operator who knows them, the city's admins, the system. Named `end_rt_sessions` in
// the permissions of GET /auth/me. One of role_has's permissions (core/access.cpp) when
// access.hpp next changes for its own reason: adding an enumerator there recompiles every file.
#include <string_view>

#include "core/access.hpp"

namespace lindungi {

inline constexpr std::string_view kEndRtSessions = "end_rt_sessions";

bool can_end_rt_sessions(Role role);

}  // namespace lindungi
