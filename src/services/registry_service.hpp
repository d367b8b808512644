#pragma once
// Recording workers (DESIGN.md §2 step 1): create, correct, look up and list, within the
// actor's area, validated by the core and written to the audit log in the same transaction.
#include <cstdint>
#include <optional>

#include "core/access.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/audit_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

class RegistryService {
 public:
  explicit RegistryService(App& app) : app_(app) {}

  // Throws ValidationError (every problem, field by field), Conflict (NIK exists), Forbidden
  // (RT outside the actor's area).
  Worker create_worker(const Actor& actor, Worker input);
  // Corrects a record's personal data. Status, funder and KPJ change only through their own
  // workflows. `versi` guards against overwriting someone else's edit.
  // Issue 16 item 4: on a verified or active worker, a material edit (NIK, name, birth date,
  // income, RT, heirs) becomes a pending change for a second person (services/worker_changes);
  // the rest applies. `pending`, when given, receives the pending change's id (0 when none).
  Worker update_worker(const Actor& actor, std::int64_t id, Worker input, std::int64_t versi,
                       std::int64_t* pending = nullptr);
  // Throws NotFound for records outside the actor's area (or cohort) too: their existence is not
  // disclosed. The NIK is masked unless `reveal_nik` is asked by an actor allowed to see it; such
  // a reveal is itself written to the audit log (Forbidden for actors who may not).
  struct Detail {
    Worker worker;
    bool full_nik = false;
  };
  Detail get_worker(const Actor& actor, std::int64_t id, bool reveal_nik = false);
  // The caller typed the NIK, so showing it back discloses nothing: no reveal, no audit entry.
  Worker get_worker_by_nik(const Actor& actor, std::string_view nik);
  // Everything held about one person, for a request under UU 27/2022 (PDP) Pasal 7: the record,
  // heirs and every audit entry about it. Needs view_full_nik; the export is itself audited.
  struct PersonalData {
    Worker worker;
    std::vector<store::AuditEntry> history;
  };
  PersonalData export_personal_data(const Actor& actor, std::int64_t id);

  // Restricted to the actor's area; an explicit area outside it is Forbidden.
  store::Page<Worker> list_workers(const Actor& actor, store::WorkerQuery query);

  // Canonical codes for what people type: kelurahan name -> code, labels -> codes, phone
  // normalised. Unknown values are left for validation to report.
  void normalize(Worker& worker, std::string_view area) const;

 private:
  Worker visible(const Actor& actor, std::optional<Worker> worker, const std::string& not_found) const;
  App& app_;
};

}  // namespace lindungi::services
