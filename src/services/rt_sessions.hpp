#pragma once
// A lost phone (issue 21 item 4): the RT heads of the actor's area with their live login sessions,
// and ending every session of one of them, audited. For core::can_end_rt_sessions's roles.
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "services/app.hpp"

namespace lindungi::services {

struct RtSessions {
  std::int64_t id = 0;
  std::string username;
  std::string nama;
  std::string area;       // the RT's code
  std::string area_nama;  // "RT 001 Simpang IV Sipin"
  struct Login {
    std::string dibuat;          // when the session logged in (ISO 8601 UTC)
    std::string terakhir_aktif;  // its last request, to the minute (the idle end less 30 minutes)
  };
  std::vector<Login> sesi;  // oldest first; empty when the account has none
};

class RtSessionService {
 public:
  explicit RtSessionService(App& app) : app_(app) {}
  // The active RT-head accounts within the actor's area, by area and username. Forbidden unless
  // can_end_rt_sessions.
  std::vector<RtSessions> list(const Actor& actor);
  // Ends every session of the RT head `user_id` (NotFound outside the area or not an RT head), at
  // once also in the session cache; audited `akhiri_sesi`. Returns how many were live.
  int end_all(const Actor& actor, std::int64_t user_id);

 private:
  App& app_;
};

}  // namespace lindungi::services
