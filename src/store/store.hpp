#pragma once
// The storage interface the services use. One implementation per database (sqlite/, and later
// postgres/), each with its own SQL; services and core never know which one runs.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi::store {

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;  // matches for the query, ignoring offset and limit
};

struct WorkerQuery {
  std::string area{};  // a region or RT code: only workers at or below it ("" = all)
  std::string status{};
  std::string kategori{};
  std::string pekerjaan{};
  std::string q{};     // a NIK prefix (digits) or part of the name
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

struct AuditEntry {
  std::int64_t id = 0;
  std::string waktu;  // ISO 8601 UTC
  std::string pelaku;
  std::string aksi;
  std::string entitas;
  std::string entitas_id;
  std::string perubahan;  // JSON object: field -> [old, new]
};

// One transaction: everything done through a Session commits together or not at all.
class Session {
 public:
  virtual ~Session() = default;

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
  // Inserts the worker and heirs; sets id, version and timestamps on `worker`. Throws Conflict
  // when the NIK exists.
  virtual void insert_worker(Worker& worker) = 0;
  // Replaces the stored record (heirs included) if its version still equals worker.version;
  // otherwise throws Conflict. Bumps version and updated_at on `worker`.
  virtual void update_worker(Worker& worker) = 0;
  virtual std::int64_t count_workers() = 0;
  // Counts per status per kelurahan (by_rt=false) or per RT (by_rt=true) within `area`.
  virtual std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) = 0;

  virtual void append_audit(const AuditEntry& entry) = 0;
  virtual Page<AuditEntry> audit_entries(std::string_view entitas, std::string_view entitas_id, int offset,
                                         int limit) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // A consistent snapshot for reading; nothing written through it is kept.
  virtual void read(const std::function<void(Session&)>& work) = 0;
  // Commits when `work` returns, rolls back when it throws (and rethrows).
  virtual void write(const std::function<void(Session&)>& work) = 0;
  virtual std::string backend() const = 0;
};

// "file.db" / "sqlite:file.db" -> SQLite; migrations are applied on open.
std::unique_ptr<Store> open_store(const std::string& location);

}  // namespace lindungi::store
