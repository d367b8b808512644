#pragma once
// Cek Perlindungan (issue 20 item 1): a worker (or their family) gives a NIK and a date of birth,
// without logging in, and learns their cover (core/protection.hpp). The pair is the key: a wrong
// birth date answers exactly as an unknown NIK does (the same 404, code and message, after the
// same lookup and audit entry), so the page cannot tell anyone whether a NIK is registered.
// Wrong pairs are throttled per client and per NIK (LoginThrottle with cek_throttle_policies),
// and every attempt is audited (`cek_perlindungan`) with the NIK masked.
#include <string>

#include "core/date.hpp"
#include "core/protection.hpp"
#include "services/app.hpp"

namespace lindungi::services {

class ProtectionService {
 public:
  explicit ProtectionService(App& app) : app_(app) {}

  // `nik` as typed (spaces and dots between groups are dropped); a NIK that is not 16 digits is a
  // ValidationError naming "nik". Throws TooManyAttempts while the client or the NIK waits, and
  // NotFound("data_tidak_cocok") for an unknown NIK and for a wrong birth date alike.
  ProtectionAnswer check(const std::string& nik, const Date& tanggal_lahir, const std::string& client);

 private:
  App& app_;
};

}  // namespace lindungi::services
