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

struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string nama;
  std::string peran;
  std::string wilayah;
  std::string kohort;
  std::string hash_sandi;
  bool aktif = true;
  std::string dibuat;
  std::string sandi_diganti;
};

struct SessionRecord {
  std::string hash_token;
  std::int64_t pengguna_id = 0;
  std::string csrf;
  std::string dibuat;
  std::string kedaluwarsa;  // ISO 8601 UTC
};

struct FunderRecord {
  std::string kode;
  std::string nama;
  std::string jenis;
  std::string wilayah;
  std::vector<std::string> pekerjaan;
  bool aktif = true;
};

struct BudgetRecord {
  std::string sumber_dana;
  int tahun = 0;
  std::int64_t pagu = 0;
  std::int64_t kuota = 0;
  std::int64_t terpakai = 0;  // allocated in the year
  std::int64_t pekerja = 0;   // distinct workers allocated in the year
};

struct AllocationRecord {
  std::int64_t id = 0;
  std::int64_t pekerja_id = 0;
  std::string sumber_dana;
  std::string bulan;  // YYYY-MM
  std::int64_t iuran = 0;
  std::int64_t dibayar = 0;
  std::string dibayar_pada;
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string waktu;  // ISO 8601 UTC
  std::string pelaku;
  std::string aksi;
  std::string entitas;
  std::string entitas_id;
  std::string perubahan;  // JSON object: field -> [old, new]
  std::string hash_sebelum{};  // set by the store: the previous entry's hash
  std::string hash{};          // set by the store: BLAKE2b of this entry and hash_sebelum
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

  // Appends to the hash chain (the store fills waktu if empty, hash_sebelum and hash).
  virtual void append_audit(const AuditEntry& entry) = 0;
  // Every entry in id order, for verification: `visit` returns false to stop.
  virtual void scan_audit(const std::function<bool(const AuditEntry&)>& visit) = 0;
  virtual Page<AuditEntry> audit_entries(std::string_view entitas, std::string_view entitas_id, int offset,
                                         int limit) = 0;

  virtual std::optional<UserRecord> user_by_username(std::string_view username) = 0;
  virtual std::optional<UserRecord> user_by_id(std::int64_t id) = 0;
  virtual std::vector<UserRecord> users(std::string_view area) = 0;
  virtual void insert_user(UserRecord& user) = 0;  // sets id; Conflict when the username exists
  virtual void update_user(const UserRecord& user) = 0;
  virtual void put_session(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> session_by_hash(std::string_view hash_token) = 0;
  virtual void delete_session(std::string_view hash_token) = 0;
  virtual void delete_sessions_of(std::int64_t pengguna_id) = 0;
  virtual void delete_expired_sessions(std::string_view now) = 0;

  virtual std::vector<FunderRecord> funders() = 0;
  virtual std::optional<FunderRecord> funder(std::string_view kode) = 0;
  virtual void put_funder(const FunderRecord& funder) = 0;
  virtual std::optional<BudgetRecord> budget(std::string_view kode, int tahun) = 0;  // with usage
  virtual std::vector<BudgetRecord> budgets(int tahun) = 0;
  virtual void put_budget(const BudgetRecord& budget) = 0;
  virtual std::vector<AllocationRecord> allocations_of(std::int64_t pekerja_id) = 0;
  // Throws Conflict when the worker-month is already funded.
  virtual void insert_allocation(AllocationRecord& allocation) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // A consistent snapshot for reading; nothing written through it is kept.
  virtual void read(const std::function<void(Session&)>& work) = 0;
  // Commits when `work` returns, rolls back when it throws (and rethrows).
  virtual void write(const std::function<void(Session&)>& work) = 0;
  virtual std::string backend() const = 0;
  // A consistent copy of the whole database to `path` while it is in use.
  virtual void backup_to(const std::string& path) = 0;
};

// "file.db" / "sqlite:file.db" -> SQLite; migrations are applied on open.
std::unique_ptr<Store> open_store(const std::string& location);

}  // namespace lindungi::store
