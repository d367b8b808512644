#include "services/checks.hpp"

#include <algorithm>
#include <cctype>

#include "core/errors.hpp"

namespace lindungi::services {

void require(const Actor& actor, Permission p, const char* what) {
  if (!actor.can(p)) throw Forbidden("tidak_berwenang", std::string{"Anda tidak berwenang "} + what);
}

void require_cohort(const Actor& actor, const std::string& funder) {
  if (!actor.cohort.empty() && actor.cohort != funder)
    throw Forbidden("di_luar_kohort", "Anda hanya dapat mengelola sumber dana " + actor.cohort, "sumber_dana");
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace lindungi::services
