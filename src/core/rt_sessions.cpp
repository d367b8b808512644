#include "core/rt_sessions.hpp"

namespace lindungi {

bool can_end_rt_sessions(Role role) {
  return role == Role::sistem || role == Role::admin_kota || role == Role::operator_kelurahan;
}

}  // namespace lindungi
