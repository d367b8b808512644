#pragma once
// The registry aggregate (issue 18 item 2): regions, RTs, potentials, workers with their heirs and
// the status counts, reached through Session::registry() in the caller's transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/region.hpp"
#include "core/worker.hpp"
#include "store/page.hpp"

namespace lindungi::store {

struct WorkerQuery {
  std::string area{};  // a region or RT code: only workers at or below it ("" = all)
  std::string status{};
  std::string kategori{};
  std::string pekerjaan{};
  std::string q{};            // a NIK prefix (digits) or part of the name
  std::string sumber_dana{};  // only workers funded by this funder
  std::string sort = "nama";  // nama | nik | status | dibuat | rt; a leading '-' sorts descending
  int offset = 0;
  int limit = 50;
};

struct RtRecord {
  std::string kode;
  std::string kode_kelurahan;
  int nomor = 0;
  std::string nama_ketua;
};

// How many workers of one kelurahan (or one RT) are in one status.
struct StatusCount {
  std::string kode;
  std::string status;
  std::int64_t count = 0;
};

struct Potential {
  std::string kode;
  std::int64_t potensi = 0;
  std::int64_t peserta_lain = 0;
  std::string sumber;
};

class RegistrySession {
 public:
  virtual ~RegistrySession() = default;

  virtual std::vector<Region> regions() = 0;
  virtual void put_region(const Region& region) = 0;
  virtual std::vector<RtRecord> rts(std::string_view area) = 0;
  virtual void put_rt(const RtRecord& rt) = 0;
  virtual bool rt_exists(std::string_view kode_kelurahan, int nomor) = 0;

  virtual std::vector<Potential> potentials() = 0;
  virtual void put_potential(const Potential& potential, std::string_view now) = 0;

  virtual std::optional<Worker> worker(std::int64_t id) = 0;
  virtual std::optional<Worker> worker_by_nik(std::string_view nik) = 0;
  // Without heirs: lists stay cheap.
  virtual Page<Worker> workers(const WorkerQuery& query) = 0;
  // Inserts the worker and heirs; sets id, version and timestamps on `worker`. Throws
  // UniqueViolation (store/refusals.hpp) when the NIK exists; services/worker_changes.hpp words it.
  virtual void insert_worker(Worker& worker) = 0;
  // Replaces the stored record (heirs included) if its version still equals worker.version;
  // otherwise throws StaleVersion (UniqueViolation when another worker holds the NIK). Bumps
  // version and updated_at on `worker`.
  virtual void update_worker(Worker& worker) = 0;
  // Scale (issue 8): new workers in one go, as insert_worker each (ids, versions, timestamps
  // set). Only for NIKs the caller has checked are free in this write transaction (the import's
  // analysis, under the writer lock): on PostgreSQL a taken NIK fails the transaction instead
  // of throwing UniqueViolation.
  virtual void insert_new_workers(std::vector<Worker>& workers) = 0;
  virtual std::int64_t count_workers() = 0;
  // Counts per status per kelurahan (by_rt=false) or per RT (by_rt=true) within `area`.
  virtual std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) = 0;
};

}  // namespace lindungi::store
