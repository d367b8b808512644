#pragma once
// Recording workers (DESIGN.md §2 step 1): create, correct, look up and list, within the
// actor's area, validated by the core and written to the audit log in the same transaction.
#include <cstdint>
#include <optional>

#include "core/access.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/store.hpp"

namespace lindungi::services {

class RegistryService {
 public:
  explicit RegistryService(App& app) : app_(app) {}

  // Throws ValidationError (every problem, field by field), Conflict (NIK exists), Forbidden
  // (RT outside the actor's area).
  Worker create_worker(const Actor& actor, Worker input);
  // Corrects a record's personal data. Status, funder and KPJ change only through their own
  // workflows. `expected_version` guards against overwriting someone else's edit.
  Worker update_worker(const Actor& actor, std::int64_t id, Worker input, std::int64_t expected_version);
  // Throws NotFound for records outside the actor's area (or cohort) too: their existence is not
  // disclosed. For actors who see full NIKs, the viewing itself is written to the audit log.
  Worker get_worker(const Actor& actor, std::int64_t id);
  Worker get_worker_by_nik(const Actor& actor, std::string_view nik);
  // Everything held about one person, for a request under UU 27/2022 (PDP) Pasal 7: the record,
  // heirs and every audit entry about it. Needs view_full_nik; the export is itself audited.
  struct PersonalData {
    Worker worker;
    std::vector<store::AuditEntry> history;
  };
  PersonalData export_personal_data(const Actor& actor, std::int64_t id);

  // Whether a worker's detail shows this actor the full NIK (lists and exports never do).
  static bool shows_full_nik(const Actor& actor) { return actor.can(Permission::view_full_nik); }
  // Restricted to the actor's area; an explicit area outside it is Forbidden.
  store::Page<Worker> list_workers(const Actor& actor, store::WorkerQuery query);

  // Canonical codes for what people type: kelurahan name -> code, labels -> codes, phone
  // normalised. Unknown values are left for validation to report.
  void normalize(Worker& worker) const;

 private:
  Worker visible(const Actor& actor, std::optional<Worker> worker, const std::string& not_found);
  App& app_;
};

}  // namespace lindungi::services
