#pragma once
// Pending changes of workers (issue 16 item 4): no single person between a worker and a payout.
// A material edit (NIK, name, birth date, income, RT, heirs) of a verified or active worker does
// not apply at once: it waits for a second person with the verifying permission in the worker's
// area, who approves (it is applied then) or rejects it. Non-material edits (phone, address, ...)
// apply directly. Everything is audited.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/pending_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

// Whether a change of `before` to `after` must wait for a second person: `before` is verified
// or active and a material field differs (compared unmasked: a heir's NIK too).
bool needs_second_person(const Worker& before, const Worker& after);
// Whether an import template column (intake.cpp's plan_import_row names the changed ones) holds
// a material field: the columns of the fields above (the NIK is an import's key, never changed).
bool is_material_column(std::string_view column);
// `before` with the non-material fields of `after`: what applies directly.
Worker without_material_changes(const Worker& before, const Worker& after);

// A save with a NIK another worker holds is refused (issue 17): within the actor's view (area and
// cohort, as a lookup by NIK) the answer names that worker, as the form's live check does; outside
// it, the NIK masked and the other record's kelurahan by name (issue 21 item 3: a phone's queued
// record shows the conflict and where to ask), never a name, the full NIK, its RT or its head (issue
// 16 item 3). Nothing when the NIK is `w`'s own or free.
void refuse_taken_nik(store::Session& session, const Actor& actor, const Worker& w, const RegionTree& regions);

// Session::insert_worker and update_worker with the store's neutral refusals said in Indonesian
// (store/refusals.hpp): Conflict "nik_sudah_ada" when another worker holds the NIK, "versi_berubah"
// when the stored version moved on. The services' own checks (refuse_taken_nik, the version the
// user saw) come first and say more; these are the last word for anything that slips past them.
void save_new_worker(store::Session& s, Worker& w);
void save_worker(store::Session& s, Worker& w);

// Stores the material part of `after` as a pending change of `before` (at `before`'s version,
// which must be the stored one), audited. Conflict when the worker already has one waiting.
// `source` ("impor:12") names the import that proposed it, in the audit entry.
store::PendingChangeRecord propose_change(store::Session& s, const Actor& actor, const Worker& before,
                                          const Worker& after, const std::string& source = "");
// Whether `change` proposes exactly the material fields of `after` (an import given twice).
bool proposes(const store::PendingChangeRecord& change, const Worker& after);

struct PendingChangeView {
  store::PendingChangeRecord change;
  std::string nama_pekerja;  // the worker's current name, for the checker's list
};

class WorkerChangesService {
 public:
  explicit WorkerChangesService(App& app) : app_(app) {}
  // Within the actor's area (and cohort); `status` "" or "semua" = all; `pekerja_id` 0 = all.
  // A page of the changes the actor sees, newest first, paged by the store.
  store::Page<PendingChangeView> list(const Actor& actor, const std::string& status, std::int64_t pekerja_id,
                                      int offset, int limit);
  // keputusan "disetujui" applies the change; "ditolak" needs a reason. Needs verify_workers in
  // the worker's area, by someone other than the proposer (an account the proposer's admin made
  // counting as the proposer).
  PendingChangeView decide(const Actor& actor, std::int64_t id, const std::string& keputusan,
                           const std::string& alasan);

 private:
  App& app_;
};

}  // namespace lindungi::services
