#include "core/access.hpp"

#include <cctype>

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
    {Role::publik, "publik"},
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
    // Jakon (issue 9)
    case Permission::view_projects: return "view_projects";
    case Permission::decide_claims: return "decide_claims";  // claims (issue 5)
    // BPJS registration batches and member cards (issue 4 items 4-5).
    case Permission::send_bpjs_batches:
      return "send_bpjs_batches";
    case Permission::manage_cards:
      return "manage_cards";
    case Permission::manage_holidays:
      return "manage_holidays";  // issue 15
  }
  return "";
}

// DESIGN.md §1, as a table: a reader finds every role's rights here and nowhere else.
bool role_has(Role role, Permission p) {
  using P = Permission;
  // Jakon (issue 9): RT heads run their RT's works, kelurahan and kecamatan operators follow up the
  // projects of their area, the city manages all; BPJS and auditors read which are not covered.
  if (p == P::manage_projects || p == P::view_projects) {
    const bool manage = role == Role::sistem || role == Role::admin_kota || role == Role::ketua_rt ||
                        role == Role::operator_kelurahan || role == Role::operator_kecamatan;
    return manage || (p == P::view_projects && (role == Role::petugas_bpjs || role == Role::auditor));
  }
  // Claims (issue 5): only BPJS officers decide; operators record. Not the city's managers (issue 16
  // item 4): they record and fund, so deciding and paying too would put one person between a
  // worker and a payout.
  if (p == P::decide_claims) return role == Role::petugas_bpjs || role == Role::sistem;
  // BPJS registration batches and member cards (issue 4 items 4-5): the city and the operators
  // send their area's funded workers and hand out cards; BPJS's officers answer (manage_bpjs).
  if (p == P::send_bpjs_batches || p == P::manage_cards)
    return role == Role::sistem || role == Role::admin_kota || role == Role::operator_kelurahan ||
           role == Role::operator_kecamatan;
  // Holidays (issue 15): national data every deadline of the deployment counts; the city's
  // programme managers keep them (the SKB, the isbat moving an Islamic date).
  if (p == P::manage_holidays) return role == Role::sistem || role == Role::admin_kota;
  switch (role) {
    case Role::sistem:
      return true;
    case Role::publik:
      return false;
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
      // The city's programme managers: everything within the city but BPJS's side (its answers to
      // registrations, the active-member file, claim decisions and payouts: issue 16 item 4).
      return p != P::manage_bpjs;
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

bool can_access_area(const Actor& actor, std::string_view kode) {
  return actor.role != Role::publik && code_within(kode, actor.area);
}

std::optional<std::string> role_area_problem(Role role, std::string_view area) {
  const auto level = level_of_code(area);
  if (!level) return "Kode wilayah '" + std::string{area} + "' tidak valid";
  auto need = [&](RegionLevel want, const char* what) -> std::optional<std::string> {
    if (*level == want) return std::nullopt;
    return std::string{"Peran "} + std::string{to_string(role)} + " harus berwilayah " + what;
  };
  switch (role) {
    case Role::ketua_rt: return need(RegionLevel::rt, "satu RT (mis. 15.71.01.1001.007)");
    case Role::operator_kelurahan: return need(RegionLevel::kelurahan, "satu kelurahan (mis. 15.71.01.1001)");
    case Role::operator_kecamatan: return need(RegionLevel::kecamatan, "satu kecamatan (mis. 15.71.01)");
    case Role::admin_kota:
    case Role::petugas_bpjs:
    case Role::auditor: return need(RegionLevel::kabkota, "satu kota/kabupaten (mis. 15.71)");
    case Role::pemprov: return need(RegionLevel::provinsi, "satu provinsi (mis. 15)");
    case Role::sistem:
    case Role::publik: return "Peran ini tidak dapat dipakai untuk akun pengguna";
  }
  return "Peran tidak dikenal";
}

std::optional<std::string> password_problem(std::string_view password, std::string_view username) {
  // Characters, not bytes: a passphrase may hold non-ASCII letters.
  std::size_t characters = 0;
  for (char c : password) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (characters < 10) return "Kata sandi minimal 10 karakter";
  if (password.size() > 128) return "Kata sandi maksimal 128 karakter";
  std::string lower, user;
  for (char c : password) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (char c : username) user.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (!user.empty() && lower.find(user) != std::string::npos) return "Kata sandi tidak boleh memuat nama pengguna";
  if (lower.find_first_not_of(lower[0]) == std::string::npos) return "Kata sandi tidak boleh satu karakter berulang";
  static constexpr std::string_view kCommon[] = {"1234567890", "12345678910", "password123", "qwertyuiop",
                                                 "bismillah123", "indonesia123", "jambi12345", "admin12345",
                                                 "passw0rd123", "1234567890a"};
  for (auto c : kCommon)
    if (lower == c) return "Kata sandi terlalu umum";
  return std::nullopt;
}

// Funders by area (scopefix).
bool can_access_funder(const Actor& actor, std::string_view funder_wilayah) {
  if (actor.role == Role::publik) return false;
  return funder_wilayah.empty() || actor.area.empty() || code_within(funder_wilayah, actor.area) ||
         code_within(actor.area, funder_wilayah);
}

}  // namespace lindungi
