#pragma once
// Session::registry() on either database (issue 18): workers, regions, RTs and potentials, their
// columns, reading and binding written once. PostgreSQL subclasses it (PgRegistry in
// pg_store.cpp) to read a worker's heirs in the same round trip and to write heirs and an
// import's new workers by COPY.
#include <memory>
#include <string>
#include <vector>

#include "store/registry_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

// Every column of a worker, in the order read_worker reads them.
const std::string& worker_columns();
// "SELECT <every column of a worker> FROM pekerja", to which a WHERE clause is appended; read
// with read_worker (the heirs are not read).
const std::string& worker_select();
Worker read_worker(rows::Row& r);
// The columns insert_worker writes, in order, and their values for `w` (created/updated `now`).
const std::vector<std::string>& worker_insert_columns();
rows::Params worker_insert_params(const Worker& w, const std::string& now);

class Registry : public RegistrySession {
 public:
  explicit Registry(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  // A NIK another worker holds is a UniqueViolation("pekerja", nik), a version moved on a
  // StaleVersion("pekerja").
  std::vector<Region> regions() override;
  void put_region(const Region& g) override;
  std::vector<RtRecord> rts(std::string_view area) override;
  void put_rt(const RtRecord& rt) override;
  bool rt_exists(std::string_view kode_kelurahan, int nomor) override;
  std::vector<Potential> potentials() override;
  void put_potential(const Potential& p, std::string_view now) override;
  std::optional<Worker> worker(std::int64_t id) override;
  std::optional<Worker> worker_by_nik(std::string_view nik) override;
  Page<Worker> workers(const WorkerQuery& q) override;
  void insert_worker(Worker& w) override;
  void update_worker(Worker& w) override;
  // One insert_worker each; PostgreSQL overrides it with one COPY.
  void insert_new_workers(std::vector<Worker>& ws) override;
  std::int64_t count_workers() override;
  std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) override;

 protected:
  rows::Db& db() { return *db_; }
  // The worker `where` names, with the heirs (a second statement; PostgreSQL reads them in the
  // same round trip).
  virtual std::optional<Worker> worker_where(const std::string& where, const rows::Params& params);
  // Writes the worker's heirs, after deleting its old ones when `replace` (PostgreSQL buffers
  // them for COPY).
  virtual void put_heirs(const Worker& w, bool replace);

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records
