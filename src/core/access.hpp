#pragma once
// Who is acting, and which areas they may see (DESIGN.md §1): a user's area and everything
// below it. Enforced by the services on every query, never by the UI.
#include <string>
#include <string_view>

namespace lindungi {

struct Actor {
  std::string username;
  std::string role;  // ketua_rt, operator_kelurahan, operator_kecamatan, admin_kota, petugas_bpjs, pemprov, auditor
  std::string area;  // region or RT code; "" means no area restriction (system jobs)

  // A system actor for CLI commands and jobs run by the operator of the machine.
  static Actor system(std::string name = "sistem") { return Actor{std::move(name), "sistem", ""}; }
};

// True when `kode` (a region or RT code) lies within the actor's area.
bool can_access_area(const Actor& actor, std::string_view kode);

}  // namespace lindungi
