#include "services/region_service.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>

#include "core/errors.hpp"
#include "formats/csv_reader.hpp"
#include "services/checks.hpp"
#include "store/audit_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& reference_data();
}  // namespace lindungi::embedded

namespace lindungi::services {

namespace {

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

const std::map<std::string, KabkotaDetail, std::less<>>& kabkota_details() {
  static const auto details = [] {
    std::map<std::string, KabkotaDetail, std::less<>> out;
    for (const auto& [file, content] : embedded::reference_data()) {
      if (file != "kabkota_rinci.csv") continue;
      const auto table = formats::parse_csv(content);
      const auto& header = table.records.at(0).fields;
      auto column = [&](std::string_view name) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end()) throw std::runtime_error("reference data: no column " + std::string{name});
        return static_cast<std::size_t>(it - header.begin());
      };
      const std::size_t kode = column("kode"), bps = column("kode_bps"), peta = column("peta");
      for (std::size_t r = 1; r < table.records.size(); ++r) {
        const auto& f = table.records[r].fields;
        out[f.at(kode)] = {f.at(bps), f.at(peta)};
      }
    }
    return out;
  }();
  return details;
}

std::string boundary_map_url(std::string_view kabkota) {
  const auto& details = kabkota_details();
  const auto it = details.find(kabkota);
  return it == details.end() ? "" : it->second.peta;
}

std::vector<store::RtRecord> RegionService::rts_of(const Actor& actor, const std::string& kode) {
  const Region* kel = app_.regions().find(kode);
  if (!kel || kel->level != RegionLevel::kelurahan)
    throw NotFound("kelurahan_tidak_ada", "Kelurahan " + kode + " tidak ditemukan", "kode");
  if (!actor.can(Permission::view_workers)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat data RT");
  if (!code_within(kode, actor.area) && !code_within(actor.area, kode))
    throw Forbidden("di_luar_wilayah", "Kelurahan " + kode + " di luar kewenangan Anda");
  std::vector<store::RtRecord> rts;
  app_.store().read([&](store::Session& s) { rts = s.registry().rts(kode); });
  std::erase_if(rts, [&](const store::RtRecord& rt) { return !can_access_area(actor, rt.kode); });
  return rts;
}

CodeListResult RegionService::load_code_list(const Actor& actor, std::string_view csv, std::string_view nama_berkas,
                                             bool dry_run) {
  if (actor.role != Role::sistem)
    throw Forbidden("tidak_berwenang", "Daftar kode wilayah hanya dimuat oleh operator mesin (perintah lindungi)");
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);  // Excel's UTF-8 mark
  const auto table = formats::parse_csv(csv);
  if (table.records.empty()) throw ValidationError("berkas", "berkas_kosong", "Berkas daftar kode wilayah kosong");
  const auto& header = table.records.front().fields;
  std::optional<std::size_t> c_kode, c_nama, c_tingkat;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string h = lower(trimmed(header[i]));
    if (h == "kode" && !c_kode) c_kode = i;
    if (h == "nama" && !c_nama) c_nama = i;
    if (h == "tingkat" && !c_tingkat) c_tingkat = i;
  }
  if (!c_kode || !c_nama)
    throw ValidationError(!c_kode ? "kode" : "nama", "kolom_tidak_ada",
                          "Baris 1: kolom '" + std::string{!c_kode ? "kode" : "nama"} +
                              "' tidak ada; berkas harus berkolom kode,nama (mis. 15.01,Kabupaten Kerinci)");

  std::vector<RegionListRow> rows;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const auto& f = table.records[r].fields;
    bool blank = true;
    for (const auto& cell : f) blank = blank && trimmed(cell).empty();
    if (blank) continue;
    auto cell = [&](std::optional<std::size_t> c) { return c && *c < f.size() ? trimmed(f[*c]) : std::string{}; };
    rows.push_back({table.records[r].record, cell(c_kode), cell(c_nama), lower(cell(c_tingkat))});
  }

  CodeListResult result;
  result.baris = rows.size();
  result.dry_run = dry_run;
  auto apply = [&](store::Session& s, const RegionListPlan& plan) {
    for (const auto& g : plan.baru) {
      ++result.per_tingkat[static_cast<int>(g.level)];
      if (!dry_run) s.registry().put_region(g);
    }
    result.baru = plan.baru.size();
    result.sudah_ada = plan.sudah_ada;
    if (dry_run || plan.baru.empty()) return;
    nlohmann::json change = {
        {"berkas", {nullptr, std::string{nama_berkas}}}, {"jumlah", {nullptr, plan.baru.size()}},
        {"provinsi", {nullptr, result.per_tingkat[0]}},  {"kabkota", {nullptr, result.per_tingkat[1]}},
        {"kecamatan", {nullptr, result.per_tingkat[2]}}, {"kelurahan", {nullptr, result.per_tingkat[3]}}};
    s.audit().append({0, "", actor.username, "muat_daftar_wilayah", "wilayah", plan.baru.front().kode, change.dump()});
  };
  app_.store().write([&](store::Session& s) {
    // The tree is read inside the transaction: what another process loaded meanwhile counts.
    RegionTree existing;
    for (auto& g : s.registry().regions()) existing.add(std::move(g));
    const RegionListPlan plan = plan_region_list(rows, existing);
    if (!plan.ok()) {
      std::vector<FieldError> errors;
      for (const auto& p : plan.problems) errors.push_back({p.kolom, p.kode, p.pesan});
      throw ValidationError(std::move(errors));
    }
    apply(s, plan);
  });
  return result;
}

store::RtRecord RegionService::create_rt(const Actor& actor, std::string_view kode_kelurahan, int nomor,
                                         std::string nama_ketua) {
  if (!actor.can(Permission::manage_users)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang membuat RT");
  const Region* kel = app_.regions().find(kode_kelurahan);
  if (!kel || kel->level != RegionLevel::kelurahan)
    throw NotFound("kelurahan_tidak_ada", "Kelurahan/desa " + std::string{kode_kelurahan} + " tidak ditemukan", "kode");
  if (!can_access_area(actor, kel->kode))
    throw Forbidden("di_luar_wilayah", "Kelurahan/desa " + kel->kode + " di luar kewenangan Anda", "kode");
  if (nomor < 1 || nomor > 999) throw ValidationError("nomor", "rt_tidak_valid", "Nomor RT harus angka 1-999");
  nama_ketua = trimmed(nama_ketua);
  if (nama_ketua.size() > 100)
    throw ValidationError("nama_ketua", "nama_terlalu_panjang", "Nama ketua RT paling panjang 100 karakter");
  store::RtRecord rt{rt_code(kel->kode, nomor), kel->kode, nomor, nama_ketua};
  app_.store().write([&](store::Session& s) {
    if (s.registry().rt_exists(kel->kode, nomor))
      throw Conflict("rt_sudah_ada", "RT " + rt.kode.substr(rt.kode.size() - 3) + " sudah ada di " + kel->nama,
                     "nomor");
    s.registry().put_rt(rt);
    const nlohmann::json change = {{"kode_kelurahan", {nullptr, rt.kode_kelurahan}},
                                   {"nomor", {nullptr, rt.nomor}},
                                   {"nama_ketua", {nullptr, rt.nama_ketua}}};
    s.audit().append({0, "", actor.username, "buat", "rt", rt.kode, change.dump()});
  });
  return rt;
}

}  // namespace lindungi::services
