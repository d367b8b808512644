// Linked into the unit and integration test programs only: their accounts' passwords are hashed at
// argon2id's minimum cost (AuthService::use_minimum_hash_cost_for_tests says why). Set before main,
// before any test or static hash (the unknown-user dummy) is made.
#include "services/auth_service.hpp"

namespace {

const bool minimum = [] {
  lindungi::services::AuthService::use_minimum_hash_cost_for_tests();
  return true;
}();

}  // namespace
