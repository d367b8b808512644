#pragma once
// "Already covered elsewhere" (DESIGN.md §2 step 2): BPJS sends a file of its active members
// (NIK, KPJ, segment PU or BPU, payer). A file replaces the previous list of the uploader's area
// (issue 16: a city's upload, only that city's rows); registry workers
// whose NIK is in it are flagged, warned about on import, and cannot be verified, so no one is
// enrolled twice.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct BpjsImportResult {
  store::BpjsFile file;
  std::vector<store::ImportIssue> errors;  // rejected rows
  std::vector<std::string> unknown_columns;
};

struct BpjsMatchView {
  Worker worker;  // without heirs
  store::BpjsMember member;
};

class BpjsActiveService {
 public:
  explicit BpjsActiveService(App& app) : app_(app) {}

  // Needs manage_bpjs. Columns nik, kpj, segmen (PU/BPU), pembayar (optional), any order and
  // case. A file with no valid row is refused and the current list is kept.
  BpjsImportResult import_file(const Actor& actor, std::string bytes, const std::string& file_name);
  // Registry workers within the actor's area (or `area` inside it) that BPJS lists as active.
  store::Page<BpjsMatchView> matches(const Actor& actor, const std::string& area, int offset, int limit);
  std::optional<store::BpjsFile> latest(const Actor& actor);

 private:
  App& app_;
};

}  // namespace lindungi::services
