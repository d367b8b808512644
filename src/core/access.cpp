#include "core/access.hpp"

#include "core/region.hpp"

namespace lindungi {

namespace {
struct RoleName {
  Role role;
  std::string_view name;
};
constexpr RoleName kRoles[] = {
    {Role::ketua_rt, "ketua_rt"},         {Role::operator_kelurahan, "operator_kelurahan"},
    {Role::operator_kecamatan, "operator_kecamatan"}, {Role::admin_kota, "admin_kota"},
    {Role::petugas_bpjs, "petugas_bpjs"}, {Role::pemprov, "pemprov"},
    {Role::auditor, "auditor"},           {Role::sistem, "sistem"},
};
}  // namespace

std::string_view to_string(Role role) {
  for (const auto& r : kRoles)
    if (r.role == role) return r.name;
  return "";
}

std::optional<Role> parse_role(std::string_view text) {
  for (const auto& r : kRoles)
    if (r.name == text) return r.role;
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = {Role::ketua_rt,    Role::operator_kelurahan, Role::operator_kecamatan,
                                          Role::admin_kota,  Role::petugas_bpjs,       Role::pemprov,
                                          Role::auditor};
  return roles;
}

std::string_view to_string(Permission p) {
  switch (p) {
    case Permission::view_workers: return "view_workers";
    case Permission::view_full_nik: return "view_full_nik";
    case Permission::record_workers: return "record_workers";
    case Permission::verify_workers: return "verify_workers";
    case Permission::manage_funding: return "manage_funding";
    case Permission::manage_bpjs: return "manage_bpjs";
    case Permission::manage_claims: return "manage_claims";
    case Permission::manage_projects: return "manage_projects";
    case Permission::manage_users: return "manage_users";
    case Permission::view_reports: return "view_reports";
    case Permission::view_audit: return "view_audit";
  }
  return "";
}

// DESIGN.md §1, as a table: a reader finds every role's rights here and nowhere else.
bool role_has(Role role, Permission p) {
  using P = Permission;
  switch (role) {
    case Role::sistem:
      return true;
    case Role::ketua_rt:
      // Records the RT's workers and sees them in full (they are the RT head's neighbours and the
      // NIK is needed to record heirs and corrections); never verifies, never deletes.
      return p == P::view_workers || p == P::view_full_nik || p == P::record_workers || p == P::manage_claims ||
             p == P::manage_projects || p == P::view_reports;
    case Role::operator_kelurahan:
      return p == P::view_workers || p == P::view_full_nik || p == P::verify_workers || p == P::record_workers ||
             p == P::view_reports;
    case Role::operator_kecamatan:
      // "The same one level up, read-mostly": verifies, but sees NIKs masked.
      return p == P::view_workers || p == P::verify_workers || p == P::view_reports;
    case Role::admin_kota:
      return true;  // the city's programme managers: everything within the city
    case Role::petugas_bpjs:
      return p == P::view_workers || p == P::view_full_nik || p == P::manage_bpjs || p == P::manage_claims ||
             p == P::view_reports;
    case Role::pemprov:
      return p == P::view_workers || p == P::manage_funding || p == P::view_reports;
    case Role::auditor:
      // Reads everything, including the audit log; changes nothing.
      return p == P::view_workers || p == P::view_full_nik || p == P::view_reports || p == P::view_audit;
  }
  return false;
}

bool can_access_area(const Actor& actor, std::string_view kode) { return code_within(kode, actor.area); }

}  // namespace lindungi
