#pragma once
// Checks and small text helpers that several services share, written once (each service had its
// own copy; a unity build, docs/PERFORMANCE.md "Test suite time", compiles several of the
// library's files as one and refused the copies). Internal to src/services.
#include <string>

#include "core/access.hpp"

namespace lindungi::services {

// Forbidden ("Anda tidak berwenang <what>") unless the actor has the permission.
void require(const Actor& actor, Permission p, const char* what);
// The province's operators act only for their own cohort's funder.
void require_cohort(const Actor& actor, const std::string& funder);
// ASCII lower case (codes, user names, roles).
std::string lower(std::string s);
// Without the spaces, tabs and line breaks around it.
std::string trim(const std::string& s);

}  // namespace lindungi::services
