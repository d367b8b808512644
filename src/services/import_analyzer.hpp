#pragma once
// The import's analyser (phase one): reads every row of the file and decides what happens to it
// (create, update, unchanged, rejected, and why; suspected duplicates), without writing. A dry
// run is only this; a commit (import_service.cpp) writes what it decided. Internal to src/services.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/dedup.hpp"
#include "services/import_service.hpp"

namespace lindungi::services::import_detail {

using Clock = std::chrono::steady_clock;
inline double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// A row to write, as decided by the analysis: handed from the reading thread to the writer.
struct Planned {
  std::size_t decision = 0;  // index of the row among the file's data rows
  std::size_t row = 0;
  RowAction action = RowAction::create;
  Worker record;                   // what to store
  std::optional<Worker> before;    // the registry's record, for an update or a proposal
  std::optional<Worker> proposal;  // a verified worker's material change, for a second person
};

// A suspected pair found while reading: a created row and a registry record or an earlier row.
struct PendingPair {
  std::size_t decision = 0;
  std::int64_t registry_id = 0;      // partner in the registry, or
  std::size_t partner_decision = 0;  // partner row of this file (when registry_id == 0)
  DedupMatch match;
};

// Reads every row and decides what happens to it, looking the registry up through a read session
// whose snapshot is the registry as it was before the import. Rows to write go to `sink`. A dry
// run and a commit run exactly this, so the dry run shows what the commit does.
class Analyzer {
 public:
  Analyzer(App& app, const Actor& actor, formats::TableReader& reader, const ImportOptions& options, ImportResult& r);
  ~Analyzer();

  // Runs `work` in a read session: the commit's reading thread hands the same one every time
  // (one snapshot: the registry before the import, under the import's write lock anyway); a dry
  // run a new one each time, so that it holds no snapshot for the whole file: with SQLite an open
  // reader keeps the WAL from being checkpointed, which slowed every other user's writes (each
  // full-NIK lookup writes its audit entry) while a 16 MiB dry run ran (docs/PERFORMANCE.md).
  using SessionRunner = std::function<void(const std::function<void(store::Session&)>&)>;

  void run(const SessionRunner& with_session, const std::function<void(Planned&&)>& sink);
  const std::vector<PendingPair>& pairs() const;
  const std::vector<std::size_t>& decision_rows() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lindungi::services::import_detail
