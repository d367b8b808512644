#pragma once
// Storage of Kampung Bahagia construction projects (issue 9), reached through Session::jakon() in
// the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/jakon_project.hpp"
#include "store/page.hpp"

namespace lindungi::store {

struct ProjectQuery {
  std::string area{};    // a region or RT code: only projects at or below it ("" = all)
  std::string status{};  // direncanakan | bersertifikat | dimulai | selesai
  std::string jenis{};   // swakelola | kontrak
  std::string q{};       // part of the name or the contractor
  int offset = 0;
  int limit = 50;  // < 0: all
};

class JakonSession {
 public:
  virtual ~JakonSession() = default;
  // Sets id, version (1), dibuat and diubah; workers in `project.pekerja` are inserted too.
  virtual void insert_project(Project& project) = 0;
  // Replaces the project's own fields (not its workers) if its version still equals
  // project.version, else throws StaleVersion. Bumps version and diubah on `project`.
  virtual void update_project(Project& project) = 0;
  virtual std::optional<Project> project(std::int64_t id) = 0;  // with its workers
  // Newest SPK first; without workers, with jumlah_pekerja.
  virtual Page<Project> projects(const ProjectQuery& query) = 0;
  // Throws UniqueViolation (detail: the NIK) when the NIK is already listed on the project.
  virtual void add_project_worker(std::int64_t project_id, ProjectWorker& worker) = 0;  // sets worker.id
  // False when the row is not on the project.
  virtual bool remove_project_worker(std::int64_t project_id, std::int64_t worker_row) = 0;
};

}  // namespace lindungi::store
