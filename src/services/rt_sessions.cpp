// Issue 21 item 4: a lost phone's sessions ended by the kelurahan operator.
#include "services/rt_sessions.hpp"

#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "core/rt_sessions.hpp"
#include "formats/record_json.hpp"
#include "services/session_idle.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"

namespace lindungi::services {

namespace {

// Sessions keep real time, as AuthService's own checks do (never the business date).
std::string real_now_iso() { return clock::utc_iso(std::chrono::system_clock::now()); }

void require_permission(const Actor& actor) {
  if (!can_end_rt_sessions(actor.role))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengakhiri sesi ketua RT");
}

bool is_rt_head(const store::UserRecord& u) { return parse_role(u.peran) == Role::ketua_rt; }

// "…T10:30:00Z" less the idle timeout: a session's expiry is its last request plus 30 minutes.
std::string last_active(const std::string& kedaluwarsa) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (std::sscanf(kedaluwarsa.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se) != 6) return kedaluwarsa;
  const std::chrono::sys_days day{std::chrono::year{y} / mo / d};
  const auto t = day + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{se} - kIdleTimeout;
  return clock::utc_iso(std::chrono::time_point_cast<std::chrono::system_clock::duration>(t));
}

}  // namespace

std::vector<RtSessions> RtSessionService::list(const Actor& actor) {
  require_permission(actor);
  std::vector<store::UserRecord> users;
  std::vector<store::SessionRecord> sessions;
  const std::string now = real_now_iso();
  app_.store().read([&](store::Session& s) {
    users = s.accounts().users(actor.area);
    sessions = s.accounts().live_sessions(now);
  });
  std::map<std::int64_t, std::vector<RtSessions::Login>> by_user;
  for (const auto& x : sessions) by_user[x.pengguna_id].push_back({x.dibuat, last_active(x.kedaluwarsa)});
  std::vector<RtSessions> out;
  for (const auto& u : users) {
    if (!is_rt_head(u) || !u.aktif) continue;
    const Region* kel = app_.regions().find(parent_code(u.wilayah));
    out.push_back({u.id, u.username, u.nama, u.wilayah,
                   "RT " + u.wilayah.substr(u.wilayah.size() - 3) + (kel ? " " + kel->nama : ""), by_user[u.id]});
  }
  return out;
}

int RtSessionService::end_all(const Actor& actor, std::int64_t user_id) {
  require_permission(actor);
  int ended = 0;
  const std::string now = real_now_iso();
  app_.store().write([&](store::Session& s) {
    const auto u = s.accounts().user_by_id(user_id);
    if (!u || !can_access_area(actor, u->wilayah) || !is_rt_head(*u))
      throw NotFound("pengguna_tidak_ada", "Akun ketua RT tidak ditemukan di wilayah Anda");
    for (const auto& x : s.accounts().live_sessions(now)) ended += x.pengguna_id == u->id;
    s.accounts().delete_sessions_of(u->id);
    // Audited even when none was live: the operator's step is on record either way.
    s.audit().append({0, "", actor.username, "akhiri_sesi", "pengguna", std::to_string(u->id),
                      formats::json_text(nlohmann::json{{"sesi_aktif", {ended, 0}}})});
  });
  // After the commit: a request in between cannot cache the session again from the old rows.
  app_.session_cache().clear();
  return ended;
}

}  // namespace lindungi::services
