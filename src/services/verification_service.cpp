#include "services/verification_service.hpp"

#include "core/errors.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "services/two_person.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

void require_verifier(const Actor& actor) {
  if (!actor.can(Permission::verify_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang memverifikasi data pekerja");
}

// Who last sent the rejected worker back to the queue ("" if nobody): the maker of what is now
// decided, beside whoever recorded it.
std::string last_resubmitter(store::Session& s, std::int64_t id) {
  for (int offset = 0;; offset += 200) {
    const auto page = s.audit().entries("pekerja", std::to_string(id), offset, 200);
    for (const auto& e : page.items)
      if (e.aksi == "ajukan_ulang") return e.pelaku;
    if (page.items.empty() || offset + 200 >= page.total) return {};
  }
}

}  // namespace

Worker VerificationService::decide_in(store::Session& s, const Actor& actor, std::int64_t id, Decision decision,
                                      const std::string& reason_in, std::optional<std::int64_t> versi,
                                      const std::string& override_in) {
  const std::string reason = trim(reason_in);
  const std::string override_reason = trim(override_in);
  auto found = s.registry().worker(id);
  if (!found || !can_access_area(actor, found->kode_rt()))
    throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan");
  Worker w = std::move(*found);
  if (versi && *versi != w.version)
    throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
  // Issue 16 item 4: an account the maker's admin created is the maker too, for maker-checker.
  if (actor.role != Role::sistem && !w.recorded_by.empty() && w.recorded_by != actor.username &&
      same_person(s, actor.username, w.recorded_by))
    throw Forbidden(
        "pembuat_tidak_boleh_memeriksa",
        "Data " + w.nama + " dicatat oleh " + w.recorded_by +
            ": akun itu dibuat oleh Anda (atau membuat akun Anda), jadi dihitung orang yang sama; verifikasi "
            "harus dilakukan orang lain (prinsip maker-checker)",
        "pekerja");
  const std::string resubmitted_by = last_resubmitter(s, id);
  if (actor.role != Role::sistem && !resubmitted_by.empty() && resubmitted_by != actor.username &&
      same_person(s, actor.username, resubmitted_by))
    throw Forbidden("pembuat_tidak_boleh_memeriksa",
                    "Data " + w.nama + " diajukan ulang oleh " + resubmitted_by +
                        ": akun itu dibuat oleh Anda (atau membuat akun Anda), jadi dihitung orang yang sama; "
                        "verifikasi harus dilakukan orang lain (prinsip maker-checker)",
                    "pekerja");
  if (const auto problem = decision_problem(actor, w, decision, reason, resubmitted_by)) {
    if (problem->code == "pembuat_tidak_boleh_memeriksa")
      throw Forbidden(problem->code, problem->message, problem->field);
    if (problem->code == "status_tidak_sesuai") throw Conflict(problem->code, problem->message, problem->field);
    throw ValidationError({*problem});
  }
  std::vector<FieldError> set_aside;  // NIK warnings the checker set aside, with override_reason
  if (decision == Decision::verify) {
    // The automatic checks run again: rules and RTs may have changed since the record was made.
    const ValidationResult checks = validate_worker(w, app_.validation_context(s));
    if (!checks.ok()) throw ValidationError(checks.errors);
    // Issue 17 item 2: a NIK that contradicts the record blocks, unless the checker says why not.
    // Worded for what the checker may see of the NIK; the audit entry, read by auditors, never
    // quotes what the NIK holds.
    set_aside = nik_warnings(w, &app_.regions(), false);
    const auto shown = nik_warnings(w, &app_.regions(), actor.can(Permission::view_full_nik));
    if (const auto problem = nik_warning_problem(w, shown, override_reason)) {
      if (problem->code == "peringatan_nik") throw Conflict(problem->code, problem->message, problem->field);
      throw ValidationError({*problem});
    }
    store::DuplicateQuery pending;
    pending.worker_id = id;
    pending.limit = 1;
    if (s.intake().duplicates(pending).total > 0)
      throw Conflict("duplikat_belum_diputuskan", "Ada dugaan duplikat untuk " + w.nama +
                                                      " yang belum diputuskan; gabungkan atau tandai bukan "
                                                      "duplikat terlebih dahulu");
    if (const auto member = s.intake().bpjs_member(w.nik, w.kode_rt()))
      throw Conflict("sudah_peserta_bpjs", w.nama + " sudah peserta aktif BPJS Ketenagakerjaan (segmen " +
                                               member->segmen +
                                               (member->pembayar.empty() ? "" : ", " + member->pembayar) +
                                               ") menurut berkas BPJS terakhir; tolak dengan alasan tersebut");
  }
  const Worker before = w;
  w.status = std::string{status_after(decision)};
  // The reason kept with the decision says which warning was set aside and why.
  std::string kept = reason;
  if (!set_aside.empty())
    kept += (kept.empty() ? "Peringatan NIK diabaikan: " : "; peringatan NIK diabaikan: ") + override_reason;
  w.alasan = kept;
  save_worker(s, w);
  store::VerificationRecord record{0, id, w.status, kept, actor.username, ""};
  s.intake().add_verification(record);
  auto changes = formats::worker_changes(&before, w);
  if (!set_aside.empty()) {
    std::string list;
    for (const auto& e : set_aside) list += (list.empty() ? "" : "; ") + e.message;
    changes["peringatan_nik"] = {nullptr, list};
    changes["alasan_abaikan_peringatan"] = {nullptr, override_reason};
  }
  s.audit().append({0, "", actor.username, decision == Decision::verify ? "verifikasi" : "tolak", "pekerja",
                    std::to_string(id), changes.dump()});
  return w;
}

Worker VerificationService::decide(const Actor& actor, std::int64_t id, Decision decision, const std::string& reason,
                                   std::optional<std::int64_t> versi, const std::string& override_reason) {
  require_verifier(actor);
  Worker w;
  app_.store().write([&](store::Session& s) { w = decide_in(s, actor, id, decision, reason, versi, override_reason); });
  return w;
}

std::vector<DecisionOutcome> VerificationService::decide_many(const Actor& actor, const std::vector<std::int64_t>& ids,
                                                              Decision decision, const std::string& reason) {
  require_verifier(actor);
  if (ids.empty()) throw BadRequest("daftar_kosong", "Daftar pekerja yang diputuskan kosong", "ids");
  if (ids.size() > 1000) throw BadRequest("terlalu_banyak", "Paling banyak 1.000 pekerja sekali keputusan", "ids");
  std::vector<DecisionOutcome> out;
  app_.store().write([&](store::Session& s) {
    for (const std::int64_t id : ids) {
      DecisionOutcome o;
      o.pekerja_id = id;
      // Each worker on its own. decide_in makes every check before its first write, so a refused
      // decision leaves nothing half-done and the others go on.
      try {
        o.status = decide_in(s, actor, id, decision, reason, std::nullopt, {}).status;
        o.ok = true;
      } catch (const Error& e) {
        o.code = e.code();
        o.message = e.what();
      }
      out.push_back(std::move(o));
    }
  });
  return out;
}

store::Page<store::VerificationRecord> VerificationService::history(const Actor& actor, std::int64_t id, int offset,
                                                                    int limit) {
  if (!actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat data pekerja");
  store::Page<store::VerificationRecord> out;
  app_.store().read([&](store::Session& s) {
    const auto w = s.registry().worker(id);
    if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan");
    out = s.intake().verifications_page(id, offset, limit);
  });
  return out;
}

Worker VerificationService::resubmit(const Actor& actor, std::int64_t id, std::optional<std::int64_t> versi) {
  if (!actor.can(Permission::record_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang mengubah atau mengajukan ulang data pekerja");
  Worker w;
  app_.store().write([&](store::Session& s) {
    auto found = s.registry().worker(id);
    if (!found || !can_access_area(actor, found->kode_rt()) ||
        (!actor.cohort.empty() && found->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan");
    w = std::move(*found);
    if (versi && *versi != w.version)
      throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    if (const auto problem = resubmit_problem(w)) throw Conflict(problem->code, problem->message, problem->field);
    // The correction must hold before it goes back: the checker sees a record that passes the rules.
    const ValidationResult checks = validate_worker(w, app_.validation_context(s));
    if (!checks.ok()) throw ValidationError(checks.errors);
    const Worker before = w;
    w.status = "didata";
    w.alasan.clear();
    save_worker(s, w);
    s.audit().append({0, "", actor.username, "ajukan_ulang", "pekerja", std::to_string(id),
                      formats::worker_changes(&before, w).dump()});
  });
  return w;
}

}  // namespace lindungi::services
