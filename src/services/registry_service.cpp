#include "services/registry_service.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>

#include "core/errors.hpp"
#include "core/nik.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "services/dedup_service.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

void require_area(const Actor& actor, const std::string& kode_rt) {
  if (!can_access_area(actor, kode_rt))
    throw Forbidden("di_luar_wilayah", "RT " + kode_rt + " di luar wilayah kewenangan Anda", "rt");
}

}  // namespace

void RegistryService::normalize(Worker& w, std::string_view area) const { normalize_worker(w, app_.regions(), area); }

Worker RegistryService::create_worker(const Actor& actor, Worker w) {
  require(actor, Permission::record_workers, "mendata pekerja");
  normalize(w, actor.area);
  w.id = 0;
  w.status = "didata";
  w.recorded_by = actor.username;
  w.sumber_dana.clear();
  w.kpj.clear();
  w.alasan.clear();
  app_.store().write([&](store::Session& s) {
    const ValidationResult result = validate_worker(w, app_.validation_context(s));
    if (!result.ok()) throw ValidationError(result.errors);
    if (!w.persetujuan)
      throw ValidationError("persetujuan", "persetujuan_wajib",
                            "Persetujuan pemrosesan data pribadi (UU 27/2022) wajib dicatat sebelum pendataan");
    require_area(actor, w.kode_rt());
    refuse_taken_nik(s, actor, w, app_.regions());
    save_new_worker(s, w);
    s.audit().append({0, "", actor.username, "buat", "pekerja", std::to_string(w.id),
                      formats::json_text(formats::worker_changes(nullptr, w))});
    // "Same person, other NIK" suspicions go to the kelurahan's review queue, as for imports.
    for (const auto& [person, match] : registry_candidates(s, person_key(w), w.id - 1))
      add_candidate(s, person.id, w.id, match, "formulir");
  });
  return w;
}

Worker RegistryService::update_worker(const Actor& actor, std::int64_t id, Worker w, std::int64_t versi,
                                      std::int64_t* pending) {
  if (pending) *pending = 0;
  require(actor, Permission::record_workers, "mengubah data pekerja");
  normalize(w, actor.area);
  app_.store().write([&](store::Session& s) {
    const auto before = s.registry().worker(id);
    if (!before || !can_access_area(actor, before->kode_rt()) ||
        (!actor.cohort.empty() && before->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan");
    if (before->version != versi)
      throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    w.id = id;
    w.version = before->version;
    w.status = before->status;
    w.sumber_dana = before->sumber_dana;
    w.kpj = before->kpj;
    w.alasan = before->alasan;
    w.created_at = before->created_at;
    w.recorded_by = before->recorded_by;
    if (!w.persetujuan) w.persetujuan = before->persetujuan;
    w.setuju_pesan = before->setuju_pesan;  // changed only by MessagesService::set_consent
    const ValidationResult result = validate_worker(w, app_.validation_context(s));
    if (!result.ok()) throw ValidationError(result.errors);
    require_area(actor, w.kode_rt());
    if (w.nik != before->nik) refuse_taken_nik(s, actor, w, app_.regions());
    // The material part of an edit of a verified record waits for a second person; the rest
    // (phone, address, ...) applies now, and the proposal is made against the record as it then is.
    std::optional<Worker> proposed;
    if (needs_second_person(*before, w)) {
      proposed = w;
      w = without_material_changes(*before, w);
    }
    const auto changes = formats::worker_changes(&*before, w);
    if (changes.empty()) {
      w = *before;
    } else {
      save_worker(s, w);
      s.audit().append({0, "", actor.username, "ubah", "pekerja", std::to_string(id), formats::json_text(changes)});
    }
    if (proposed) {
      const auto proposal = propose_change(s, actor, w, *proposed);
      if (pending) *pending = proposal.id;
    }
  });
  return w;
}

Worker RegistryService::visible(const Actor& actor, std::optional<Worker> w, const std::string& not_found) const {
  if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
    throw NotFound("pekerja_tidak_ada", not_found);
  return *w;
}

RegistryService::Detail RegistryService::get_worker(const Actor& actor, std::int64_t id, bool reveal_nik) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  if (reveal_nik) require(actor, Permission::view_full_nik, "melihat NIK lengkap");
  std::optional<Worker> w;
  app_.store().read_current([&](store::Session& s) { w = s.registry().worker(id); });  // one statement
  Detail d{visible(actor, std::move(w), "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan"), reveal_nik};
  // A read: audited without waiting for the database's writer (issue 16 item 6).
  if (reveal_nik)
    app_.audit_read(
        {0, "", actor.username, "lihat_nik", "pekerja", std::to_string(id), "{}", "", "", d.worker.kode_rt()});
  return d;
}

namespace {

// Lookups by full NIK per user (issue 16 item 3): whoever holds a list of NIKs could otherwise
// learn, one request each, which of them are registered. A sliding minute per user and per App
// (tests run several servers in one process); LINDUNGI_BATAS_CARI_NIK sets the limit (bench/).
class NikLookupLimit {
 public:
  // Seconds until the next lookup is allowed, 0 when it is (and then it is counted).
  std::int64_t take(const void* app, const std::string& username) {
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mutex_);
    auto& times = seen_[{app, username}];
    while (!times.empty() && now - times.front() >= std::chrono::minutes(1)) times.pop_front();
    if (times.size() >= limit_) {
      const auto wait = std::chrono::duration_cast<std::chrono::seconds>(times.front() + std::chrono::minutes(1) - now);
      return std::max<std::int64_t>(1, wait.count());
    }
    times.push_back(now);
    return 0;
  }

 private:
  static std::size_t configured() {
    const char* text = std::getenv("LINDUNGI_BATAS_CARI_NIK");
    const long value = text ? std::strtol(text, nullptr, 10) : 0;
    return value > 0 ? static_cast<std::size_t>(value) : 120;
  }
  std::mutex mutex_;
  std::map<std::pair<const void*, std::string>, std::deque<std::chrono::steady_clock::time_point>> seen_;
  std::size_t limit_ = configured();
};

NikLookupLimit& nik_lookup_limit() {
  static NikLookupLimit limit;
  return limit;
}

}  // namespace

Worker RegistryService::get_worker_by_nik(const Actor& actor, std::string_view nik) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  if (const auto wait = nik_lookup_limit().take(&app_, actor.username); wait > 0)
    throw TooManyAttempts(
        "terlalu_banyak_pencarian_nik",
        "Terlalu banyak pencarian NIK dalam satu menit; coba lagi dalam " + std::to_string(wait) + " detik");
  std::optional<Worker> w;
  app_.store().read_current([&](store::Session& s) { w = s.registry().worker_by_nik(nik); });
  // Every lookup is audited, found or not: a run of misses is how a list of NIKs is probed. A miss
  // is filed under the actor's own area, with the NIK masked.
  const bool found =
      w && can_access_area(actor, w->kode_rt()) && (actor.cohort.empty() || w->sumber_dana == actor.cohort);
  // Before the answer, without waiting for the database's writer (issue 16 item 6).
  if (found)
    app_.audit_read({0, "", actor.username, "cari_nik", "pekerja", std::to_string(w->id), "{}", "", "", w->kode_rt()});
  else
    app_.audit_read({0, "", actor.username, "cari_nik", "pencarian_nik", mask_nik(nik), "{}", "", "", actor.area});
  Worker out = visible(actor, std::move(w), "Pekerja dengan NIK tersebut tidak ditemukan");
  // The caller typed the worker's NIK; the heirs' NIKs are shown only to roles that may see NIKs.
  if (!actor.can(Permission::view_full_nik))
    for (auto& h : out.ahli_waris)
      if (!h.nik.empty()) h.nik = mask_nik(h.nik);
  return out;
}

RegistryService::PersonalData RegistryService::export_personal_data(const Actor& actor, std::int64_t id) {
  require(actor, Permission::view_full_nik, "mengekspor data pribadi");
  PersonalData out;
  app_.store().write([&](store::Session& s) {
    auto w = s.registry().worker(id);
    if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan");
    out.worker = *w;
    for (int offset = 0;; offset += 500) {
      auto page = s.audit().entries("pekerja", std::to_string(id), offset, 500);
      out.history.insert(out.history.end(), page.items.begin(), page.items.end());
      if (static_cast<std::int64_t>(offset) + 500 >= page.total) break;
    }
    s.audit().append({0, "", actor.username, "ekspor_data_pribadi", "pekerja", std::to_string(id), "{}"});
  });
  return out;
}

store::Page<Worker> RegistryService::list_workers(const Actor& actor, store::WorkerQuery q) {
  require(actor, Permission::view_workers, "melihat data pekerja");
  q.sumber_dana = actor.cohort;  // the province sees its own cohort only
  if (q.area.empty()) {
    q.area = actor.area;
  } else if (!level_of_code(q.area)) {
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
  } else if (!can_access_area(actor, q.area)) {
    throw Forbidden("di_luar_wilayah", "Wilayah " + q.area + " di luar kewenangan Anda", "wilayah");
  }
  if (q.limit < 1 || q.limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  if (q.offset < 0) throw BadRequest("offset_tidak_valid", "Offset tidak boleh negatif", "offset");
  // A masked NIK must stay masked (issue 16 item 3): a digit prefix or the NIK order would narrow
  // it down to one person. A whole NIK (16 digits) is a lookup like GET /workers/nik/<NIK>.
  if (!actor.can(Permission::view_full_nik)) {
    const bool digits = !q.q.empty() && q.q.find_first_not_of("0123456789") == std::string::npos;
    if (digits && q.q.size() < 16)
      throw Forbidden("nik_lengkap_diperlukan",
                      "Pencarian dengan sebagian NIK hanya untuk peran yang berwenang melihat NIK lengkap; ketik "
                      "16 digit NIK atau cari dengan nama",
                      "q");
    if (q.sort == "nik" || q.sort == "-nik")
      throw Forbidden("nik_lengkap_diperlukan",
                      "Urutan berdasarkan NIK hanya untuk peran yang berwenang melihat NIK lengkap", "sort");
  }
  if (!q.status.empty()) {
    const auto code = find_code(worker_statuses(), q.status);
    if (!code) throw BadRequest("status_tidak_dikenal", "Status '" + q.status + "' tidak dikenal", "status");
    q.status = std::string{*code};
  }
  if (!q.kategori.empty()) {
    const auto code = find_code(categories(), q.kategori);
    if (!code) throw BadRequest("kategori_tidak_dikenal", "Kategori '" + q.kategori + "' tidak dikenal", "kategori");
    q.kategori = std::string{*code};
  }
  if (!q.pekerjaan.empty()) {
    const auto code = find_code(occupations(), q.pekerjaan);
    if (!code)
      throw BadRequest("pekerjaan_tidak_dikenal", "Pekerjaan '" + q.pekerjaan + "' tidak dikenal", "pekerjaan");
    q.pekerjaan = std::string{*code};
  }
  const bool whole_nik = q.q.size() == 16 && q.q.find_first_not_of("0123456789") == std::string::npos;
  if (whole_nik) {  // a lookup by full NIK, limited and audited like GET /workers/nik/<NIK>
    if (const auto wait = nik_lookup_limit().take(&app_, actor.username); wait > 0)
      throw TooManyAttempts(
          "terlalu_banyak_pencarian_nik",
          "Terlalu banyak pencarian NIK dalam satu menit; coba lagi dalam " + std::to_string(wait) + " detik");
  }
  store::Page<Worker> page;
  app_.store().read([&](store::Session& s) { page = s.registry().workers(q); });
  if (whole_nik)
    app_.store().write([&](store::Session& s) {
      if (!page.items.empty())
        s.audit().append({0, "", actor.username, "cari_nik", "pekerja", std::to_string(page.items.front().id), "{}"});
      else
        s.audit().append({0, "", actor.username, "cari_nik", "pencarian_nik", mask_nik(q.q), "{}", "", "", actor.area});
    });
  return page;
}

}  // namespace lindungi::services
