#include "services/worker_changes.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/error_detail.hpp"
#include "core/errors.hpp"
#include "core/nik.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "services/two_person.hpp"
#include "store/audit_store.hpp"
#include "store/pending_store.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using nlohmann::json;

namespace {

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }
std::optional<Date> date_or_none(const json& j) {
  const std::string t = j.is_string() ? j.get<std::string>() : std::string{};
  return t.empty() ? std::nullopt : parse_date(t);
}

// The material fields, full values (NIKs unmasked: the store keeps them as it keeps the worker).
json material_of(const Worker& w) {
  json heirs = json::array();
  for (const auto& h : w.ahli_waris)
    heirs.push_back(
        {{"nama", h.nama}, {"hubungan", h.hubungan}, {"nik", h.nik}, {"tanggal_lahir", opt_date(h.tanggal_lahir)}});
  return {{"nik", w.nik},
          {"nama", w.nama},
          {"tanggal_lahir", opt_date(w.tanggal_lahir)},
          {"penghasilan", w.penghasilan},
          {"kode_kelurahan", w.kode_kelurahan},
          {"rt", w.rt},
          {"ahli_waris", heirs}};
}

// material_of's fields as the import template names them (its heirs as two columns).
constexpr std::string_view kMaterialColumns[] = {"nama", "tanggal_lahir",   "penghasilan",   "kode_kelurahan",
                                                 "rt",   "nama_ahli_waris", "nik_ahli_waris"};

void apply_material(Worker& w, const json& m) {
  w.nik = m.at("nik").get<std::string>();
  w.nama = m.at("nama").get<std::string>();
  w.tanggal_lahir = date_or_none(m.at("tanggal_lahir"));
  w.penghasilan = m.at("penghasilan").get<Rupiah>();
  w.kode_kelurahan = m.at("kode_kelurahan").get<std::string>();
  w.rt = m.at("rt").get<int>();
  w.ahli_waris.clear();
  for (const auto& h : m.at("ahli_waris"))
    w.ahli_waris.push_back({0, h.at("nama").get<std::string>(), h.at("hubungan").get<std::string>(),
                            h.at("nik").get<std::string>(), date_or_none(h.at("tanggal_lahir"))});
}

bool visible(const Actor& actor, store::Session& s, const store::PendingChangeRecord& c) {
  if (!can_access_area(actor, c.wilayah)) return false;
  if (actor.cohort.empty()) return true;
  const auto w = s.registry().worker(c.pekerja_id);
  return w && w->sumber_dana == actor.cohort;
}

}  // namespace

void save_new_worker(store::Session& s, Worker& w) {
  try {
    s.registry().insert_worker(w);
  } catch (const store::UniqueViolation&) {
    // No NIK, name or place: refuse_taken_nik says more, within what the actor may see.
    throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar", "nik");
  }
}

void save_worker(store::Session& s, Worker& w) {
  try {
    s.registry().update_worker(w);
  } catch (const store::UniqueViolation&) {
    throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar untuk pekerja lain", "nik");
  } catch (const store::StaleVersion&) {
    throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
  }
}

// (worker_changes.hpp says what each side of the actor's view is told.)
void refuse_taken_nik(store::Session& s, const Actor& actor, const Worker& w, const RegionTree& regions) {
  const auto other = s.registry().worker_by_nik(w.nik);
  if (!other || other->id == w.id) return;
  if (can_access_area(actor, other->kode_rt()) && (actor.cohort.empty() || other->sumber_dana == actor.cohort))
    throw Conflict("nik_sudah_ada",
                   "NIK " + mask_nik(w.nik) + " sudah terdaftar atas nama " + other->nama + ", RT " +
                       zero_pad(other->rt, 3) + " (pekerja " + std::to_string(other->id) + ")",
                   "nik");
  const Region* kelurahan = regions.find(other->kode_kelurahan);
  const std::string where = kelurahan ? kelurahan->nama : other->kode_kelurahan;
  // The kelurahan's name also as `nama_kelurahan` (the phone's draft shows it): the same fact as
  // the message, nothing more.
  throw DetailedConflict("nik_terdaftar_di_wilayah_lain",
                         "NIK " + mask_nik(w.nik) + " sudah terdaftar di luar wilayah Anda, di Kelurahan " + where +
                             "; hubungi operator kelurahan bila pekerja pindah RT",
                         "nik", {{"nama_kelurahan", where}});
}

bool is_material_column(std::string_view column) {
  return std::find(std::begin(kMaterialColumns), std::end(kMaterialColumns), column) != std::end(kMaterialColumns);
}

bool needs_second_person(const Worker& before, const Worker& after) {
  return status_counts_as_verified(before.status) && material_of(before) != material_of(after);
}

Worker without_material_changes(const Worker& before, const Worker& after) {
  Worker direct = after;
  apply_material(direct, material_of(before));
  direct.ahli_waris = before.ahli_waris;  // with their ids, as stored
  return direct;
}

bool proposes(const store::PendingChangeRecord& change, const Worker& after) {
  return json::parse(change.usulan) == material_of(after);
}

store::PendingChangeRecord propose_change(store::Session& s, const Actor& actor, const Worker& before,
                                          const Worker& after, const std::string& source) {
  for (const auto& p : s.pending().pending_changes("menunggu", before.id))
    throw Conflict("perubahan_menunggu",
                   "Perubahan data penting " + before.nama + " yang diajukan " + p.diajukan_oleh +
                       " masih menunggu persetujuan; tunggu keputusannya sebelum mengajukan yang lain",
                   "pekerja");
  Worker base = after;
  apply_material(base, material_of(before));
  base.ahli_waris = before.ahli_waris;
  store::PendingChangeRecord c;
  c.pekerja_id = before.id;
  c.wilayah = before.kode_rt();
  c.usulan = material_of(after).dump();
  c.perubahan = formats::json_text(formats::worker_changes(&base, after));
  c.versi = before.version;
  c.diajukan_oleh = actor.username;
  s.pending().insert_pending_change(c);
  json audit = json::parse(c.perubahan);
  audit["perubahan_tertunda"] = {nullptr, c.id};
  if (!source.empty()) audit["impor"] = {nullptr, source};
  s.audit().append(
      {0, "", actor.username, "ajukan_perubahan", "pekerja", std::to_string(before.id), formats::json_text(audit)});
  return c;
}

store::Page<PendingChangeView> WorkerChangesService::list(const Actor& actor, const std::string& status,
                                                          std::int64_t pekerja_id, int offset, int limit) {
  require(actor, Permission::view_workers, "melihat perubahan data pekerja");
  const std::string st = status == "semua" ? "" : status;
  if (!st.empty() && st != "menunggu" && st != "disetujui" && st != "ditolak")
    throw BadRequest("status_tidak_dikenal", "Status harus menunggu, disetujui, ditolak atau semua", "status");
  store::Page<PendingChangeView> out;
  app_.store().read([&](store::Session& s) {
    // visible() as the query's condition (the actor's area and cohort), so page and total agree.
    auto page = s.pending().pending_changes_page(st, pekerja_id, actor.area, actor.cohort, offset, limit);
    out.total = page.total;
    for (auto& c : page.items) {
      const auto w = s.registry().worker(c.pekerja_id);
      out.items.push_back({std::move(c), w ? w->nama : std::string{}});
    }
  });
  return out;
}

PendingChangeView WorkerChangesService::decide(const Actor& actor, std::int64_t id, const std::string& keputusan,
                                               const std::string& alasan_in) {
  require(actor, Permission::verify_workers, "memutus perubahan data pekerja");
  const std::string alasan = trim(alasan_in);
  if (keputusan != "disetujui" && keputusan != "ditolak")
    throw ValidationError("keputusan", "keputusan_tidak_dikenal", "Keputusan harus 'disetujui' atau 'ditolak'");
  if (keputusan == "ditolak" && alasan.size() < 5)
    throw ValidationError("alasan", "alasan_wajib", "Alasan penolakan wajib diisi (paling sedikit 5 huruf)");
  if (alasan.size() > 1000) throw ValidationError("alasan", "terlalu_panjang", "Alasan paling banyak 1.000 karakter");
  PendingChangeView out;
  app_.store().write([&](store::Session& s) {
    auto found = s.pending().pending_change(id);
    if (!found || !visible(actor, s, *found))
      throw NotFound("perubahan_tidak_ada", "Perubahan dengan id " + std::to_string(id) + " tidak ditemukan");
    auto c = std::move(*found);
    if (c.status != "menunggu") throw Conflict("sudah_diputus", "Perubahan ini sudah diputus sebelumnya");
    if (actor.role != Role::sistem && same_person(s, actor.username, c.diajukan_oleh))
      throw Forbidden("pengaju_tidak_boleh_memutus",
                      "Perubahan ini diajukan oleh " + c.diajukan_oleh +
                          ": persetujuannya harus oleh orang lain, juga bukan lewat akun yang dibuat olehnya atau yang "
                          "membuat akunnya (prinsip maker-checker)");
    auto worker = s.registry().worker(c.pekerja_id);
    if (!worker)
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(c.pekerja_id) + " tidak ditemukan");
    c.diputus_oleh = actor.username;
    c.alasan = alasan;
    c.status = keputusan;
    if (keputusan == "disetujui") {
      if (worker->version != c.versi)
        throw Conflict("versi_berubah",
                       "Data pekerja telah berubah sejak perubahan ini diajukan; tolak lalu minta diajukan ulang",
                       "versi");
      const Worker before = *worker;
      apply_material(*worker, json::parse(c.usulan));
      const ValidationResult checks = validate_worker(*worker, app_.validation_context(s));
      if (!checks.ok()) throw ValidationError(checks.errors);
      if (!can_access_area(actor, worker->kode_rt()))
        throw Forbidden("di_luar_wilayah", "RT " + worker->kode_rt() + " di luar wilayah kewenangan Anda", "rt");
      if (worker->nik != before.nik)
        refuse_taken_nik(s, actor, *worker, app_.regions());  // taken since it was proposed
      save_worker(s, *worker);
      json changes = formats::worker_changes(&before, *worker);
      changes["perubahan_tertunda"] = {nullptr, c.id};
      changes["diajukan_oleh"] = {nullptr, c.diajukan_oleh};
      s.audit().append({0, "", actor.username, "setujui_perubahan", "pekerja", std::to_string(c.pekerja_id),
                        formats::json_text(changes)});
    } else {
      s.audit().append({0, "", actor.username, "tolak_perubahan", "pekerja", std::to_string(c.pekerja_id),
                        formats::json_text({{"perubahan_tertunda", {nullptr, c.id}},
                                            {"diajukan_oleh", {nullptr, c.diajukan_oleh}},
                                            {"alasan", {nullptr, alasan}}})});
    }
    try {
      s.pending().decide_pending_change(c);
    } catch (const store::StaleVersion&) {
      throw Conflict("sudah_diputus", "Perubahan ini sudah diputus sebelumnya");
    }
    out = {c, worker->nama};
  });
  return out;
}

}  // namespace lindungi::services
