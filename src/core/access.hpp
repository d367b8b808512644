#pragma once
// Who is acting, what their role lets them do, and which areas they may see (DESIGN.md §1): a
// user's area and everything below it. Enforced by the services on every query, never by the UI.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lindungi {

// The roles of DESIGN.md §1.
enum class Role {
  ketua_rt,
  operator_kelurahan,
  operator_kecamatan,
  admin_kota,
  petugas_bpjs,
  pemprov,
  auditor,
  sistem,  // the machine's operator (CLI) and background jobs
  publik,  // not logged in: public aggregates only
};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
const std::vector<Role>& all_roles();  // the roles a user account may have (not sistem)

// What a role may do. A permission never widens the area: it applies within the user's area.
enum class Permission {
  view_workers,         // list and read worker records
  view_full_nik,        // see NIKs unmasked (viewing one is itself audited)
  record_workers,       // create workers, upload the RT's spreadsheet, attach heirs, correct records
  verify_workers,       // verify or reject what RTs recorded; resolve duplicates
  manage_funding,       // funders, budgets, allocation, payments, renewals
  manage_bpjs,          // registration batches, member numbers, bills, claims progress
  manage_claims,        // record events, open and progress claim cases
  manage_projects,      // construction projects
  manage_users,         // accounts
  view_reports,         // coverage and budget reports of the area
  view_audit,           // read the audit log
  // Jakon (issue 9): see construction projects and their compliance (manage_projects edits them).
  view_projects,
  // Claims (issue 5): BPJS's side of a case (cover confirmation, decision, payout, scholarship payments).
  decide_claims,
  // BPJS registration batches and member cards (issue 4 items 4-5).
  send_bpjs_batches,  // make registration batches of the area's funded workers and download their files
  manage_cards,       // request, print and hand over member cards
  // Holidays as data (issue 15): the national holidays and cuti bersama every deadline counts.
  manage_holidays,
  // The programme's rules of a kab/kota (issue 22 item 4): income ceiling, age limits, RT fund,
  // the funders' order of priority.
  manage_programme_rules,
};

std::string_view to_string(Permission permission);
bool role_has(Role role, Permission permission);

struct Actor {
  std::string username;
  Role role = Role::publik;  // a default-constructed actor may do nothing
  std::string area;    // region or RT code; "" means no area restriction
  std::string cohort;  // a funder code that limits what the actor sees (pemprov: "apbd_provinsi")

  bool can(Permission p) const { return role_has(role, p); }

  // A system actor for CLI commands and jobs run by the operator of the machine.
  static Actor system(std::string name = "sistem") { return Actor{std::move(name), Role::sistem, "", ""}; }
};

// True when `kode` (a region or RT code) lies within the actor's area.
bool can_access_area(const Actor& actor, std::string_view kode);

// The level of area each role's account is scoped to: an RT for ketua_rt, a kelurahan for its
// operator, and so on. Returns the problem, if any.
std::optional<std::string> role_area_problem(Role role, std::string_view area);

// Password rules for accounts: 10-128 characters, not containing the username, not one
// repeated character, not a well-known password. Returns the problem, if any.
std::optional<std::string> password_problem(std::string_view password, std::string_view username);

// Funders by area (issue 16 item 1). Seeing a funder (lists, budget reports, invoices shown): a
// funder of the actor's area or below it, the province's funder for the kab/kota it serves, and a
// funder without an area. Managing it (the funder, its budget, allocating from it, its invoices,
// payments and renewal): only when the funder's area lies within the actor's own; a province-wide
// or area-less funder only by the province's role or a system-wide one. The one rule for every
// funding and billing write.
bool can_see_funder(const Actor& actor, std::string_view funder_wilayah);
bool can_manage_funder(const Actor& actor, std::string_view funder_wilayah);

}  // namespace lindungi
