#include "services/bpjs_active_service.hpp"

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "core/errors.hpp"
#include "core/intake.hpp"
#include "core/nik.hpp"
#include "core/verification.hpp"
#include "formats/table_reader.hpp"
#include "services/checks.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

enum Field { kNik, kKpj, kSegmen, kPembayar, kFieldCount };

std::optional<Field> field_of(const std::string& header) {
  const std::string h = normalize_header(header);
  if (h == "nik") return kNik;
  if (h == "kpj" || h == "no_kpj" || h == "nomor_kpj" || h == "no_peserta" || h == "nomor_peserta") return kKpj;
  if (h == "segmen" || h == "segment" || h == "segmen_peserta") return kSegmen;
  if (h == "pembayar" || h == "payer" || h == "pemberi_kerja" || h == "nama_pembayar" || h == "sumber_iuran")
    return kPembayar;
  return std::nullopt;
}

std::string strip(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '.' && c != '-' && c != '\'') out.push_back(c);
  return out;
}

std::optional<std::string> segment(std::string_view text) {
  const std::string h = normalize_header(text);
  if (h == "pu" || h == "penerima_upah") return "PU";
  if (h == "bpu" || h == "bukan_penerima_upah") return "BPU";
  return std::nullopt;
}

}  // namespace

BpjsImportResult BpjsActiveService::import_file(const Actor& actor, std::string bytes, const std::string& file_name) {
  if (!actor.can(Permission::manage_bpjs))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang mengunggah berkas peserta aktif BPJS");
  BpjsImportResult r;
  r.file.pelaku = actor.username;
  r.file.nama_berkas = file_name;
  // A city's file speaks for the city only: it replaces that city's rows, never another's.
  r.file.wilayah = actor.area;
  auto reader = formats::open_table(std::move(bytes), file_name);
  std::vector<store::BpjsMember> members;
  std::unordered_set<std::string> seen;
  std::array<std::optional<std::size_t>, kFieldCount> col{};
  bool header = false;
  const Date today = app_.today();
  reader->for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
    if (!header) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto f = field_of(cells[i].text);
        if (f && !col[*f])
          col[*f] = i;
        else if (!f && !trim(cells[i].text).empty())
          r.unknown_columns.push_back(cells[i].text);
      }
      header = col[kNik].has_value();
      if (!header) {
        if (row >= 10)
          throw BadRequest("kolom_wajib_tidak_ada", "Kolom 'nik' tidak ditemukan di berkas BPJS", "berkas");
        r.unknown_columns.clear();
        col = {};
      } else if (!col[kKpj] || !col[kSegmen]) {
        throw BadRequest("kolom_wajib_tidak_ada", "Berkas peserta aktif BPJS harus berisi kolom nik, kpj dan segmen",
                         "berkas");
      }
      return true;
    }
    auto cell = [&](Field f) -> const ImportCell* {
      return col[f] && *col[f] < cells.size() ? &cells[*col[f]] : nullptr;
    };
    bool blank = true;
    for (const auto& c : cells) blank = blank && trim(c.text).empty();
    if (blank) return true;
    ++r.file.rows;
    auto reject = [&](const std::string& column, const std::string& code, const std::string& message) {
      r.errors.push_back({static_cast<std::int64_t>(row), column, code, row_message(row, column, message), false});
      ++r.file.rejected;
    };
    const ImportCell* nik_cell = cell(kNik);
    if (nik_cell && nik_cell->number) {
      reject("nik", "nik_tersimpan_sebagai_angka", "NIK tersimpan sebagai angka; digit terakhir hilang di Excel");
      return true;
    }
    store::BpjsMember m;
    m.nik = strip(nik_cell ? nik_cell->text : "");
    const NikInfo info = analyze_nik(m.nik, today);
    if (!info.valid) {
      reject("nik", info.errors.front().code, info.errors.front().message);
      return true;
    }
    m.kpj = strip(cell(kKpj) ? cell(kKpj)->text : "");
    if (m.kpj.size() != 11 || m.kpj.find_first_not_of("0123456789") != std::string::npos) {
      reject("kpj", "kpj_tidak_valid", "Nomor KPJ '" + m.kpj + "' harus 11 digit angka");
      return true;
    }
    const auto seg = segment(cell(kSegmen) ? cell(kSegmen)->text : "");
    if (!seg) {
      reject("segmen", "segmen_tidak_valid", "Segmen harus PU (penerima upah) atau BPU (bukan penerima upah)");
      return true;
    }
    m.segmen = *seg;
    m.pembayar = trim(cell(kPembayar) ? cell(kPembayar)->text : "");
    if (!seen.insert(m.nik).second) {
      reject("nik", "nik_ganda_dalam_berkas", "NIK " + m.nik + " muncul lebih dari sekali di berkas ini");
      return true;
    }
    members.push_back(std::move(m));
    return true;
  });
  if (!header) throw BadRequest("kolom_wajib_tidak_ada", "Kolom 'nik' tidak ditemukan di berkas BPJS", "berkas");
  r.file.accepted = static_cast<std::int64_t>(members.size());
  if (members.empty())
    throw BadRequest("tidak_ada_baris_valid",
                     "Tidak ada baris valid di berkas BPJS; daftar peserta aktif yang lama tetap dipakai" +
                         (r.errors.empty() ? std::string{} : ". Contoh masalah: " + r.errors.front().message),
                     "berkas");
  app_.store().write([&](store::Session& s) {
    s.intake().replace_bpjs_members(r.file, members);
    s.audit().append({0, "", actor.username, "impor_bpjs_aktif", "bpjs_berkas_aktif", std::to_string(r.file.id),
                      nlohmann::json{{"nama_berkas", {nullptr, file_name}},
                                     {"baris", {nullptr, r.file.rows}},
                                     {"diterima", {nullptr, r.file.accepted}},
                                     {"ditolak", {nullptr, r.file.rejected}},
                                     {"cocok", {nullptr, r.file.matched}}}
                          .dump()});
  });
  return r;
}

store::Page<BpjsMatchView> BpjsActiveService::matches(const Actor& actor, const std::string& area_in, int offset,
                                                      int limit) {
  if (!may_view_intake(actor) && !actor.can(Permission::manage_bpjs))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat data pekerja");
  const std::string area = area_in.empty() ? actor.area : area_in;
  if (!area.empty() && !level_of_code(area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + area + "' tidak valid", "wilayah");
  if (!can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar kewenangan Anda", "wilayah");
  if (limit < 1 || limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  store::Page<BpjsMatchView> page;
  app_.store().read([&](store::Session& s) {
    const auto found = s.intake().bpjs_matches(area, offset, limit);
    page.total = found.total;
    for (const auto& m : found.items) {
      auto w = s.registry().worker(m.worker_id);
      if (!w) continue;
      w->ahli_waris.clear();
      page.items.push_back({std::move(*w), m.member});
    }
  });
  return page;
}

std::optional<store::BpjsFile> BpjsActiveService::latest(const Actor& actor) {
  if (!may_view_intake(actor) && !actor.can(Permission::manage_bpjs))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat data pekerja");
  std::optional<store::BpjsFile> f;
  app_.store().read([&](store::Session& s) { f = s.intake().latest_bpjs_file(actor.area); });
  return f;
}

}  // namespace lindungi::services
