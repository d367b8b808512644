#pragma once
// Importing the template (DESIGN.md §5, §6): a dry run that says, row by row, what would be
// created, updated, left unchanged or rejected (and why), and a commit that applies exactly that
// in one transaction, all or nothing. Idempotent by NIK: the same file twice changes nothing the
// second time. Duplicates: a NIK repeated in the file is rejected; "same person, other NIK"
// candidates (against the registry and within the file) are accepted and queued for review.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/intake.hpp"
#include "core/progress.hpp"
#include "formats/table_reader.hpp"
#include "services/app.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct ImportOptions {
  bool dry_run = false;
  bool with_items = false;  // the per-row list; always on for a dry run
  std::string file_name = "impor.csv";
  formats::ReadLimits limits{};
  // Called during a commit every `progress_every` rows written (a test stops the process there).
  std::function<void(std::size_t written)> on_progress{};
  std::size_t progress_every = 10'000;
  // A file of more rows than this, and than the registry holds (a first load), is written with the
  // worker indexes dropped and rebuilt once at the end; a smaller one keeps them. A test lowers it
  // to kill the bulk path with thousands of rows rather than tens of thousands.
  std::size_t bulk_load_above = 50'000;
  // How far the import is, for a progress bar (issue 19 item 8): the rows read, of the file's
  // estimated rows (0 for XLSX: not known). Called from the reading thread during a commit.
  Progress progress{};
};

// What happens (or would happen) to one data row.
struct ImportItem {
  std::size_t row = 0;
  RowAction action = RowAction::rejected;
  std::string nik;
  std::string nama;
  std::int64_t worker_id = 0;             // the registry record (update, unchanged; create after commit)
  std::vector<std::string> changed;       // columns that differ from the registry (update)
  std::vector<std::string> duplicate_of;  // suspected same person: "baris 7" or "pekerja #123"
  bool nik_flag = false;  // accepted, but its NIK contradicts its birth date, sex or region (nik_warnings)
  // A verified worker's material columns (name, birth date, kelurahan, RT, income, heirs) that
  // the row changes: they do not apply but wait for a second person (issue 16 item 4), as a
  // pending change proposed by the uploader (its id once committed, or the one already waiting).
  std::vector<std::string> pending;
  std::int64_t pending_change_id = 0;
};

struct ImportResult {
  std::int64_t import_id = 0;  // 0 for a dry run
  bool dry_run = false;
  bool saved = false;  // whether anything was written to the registry
  std::string file_name;
  std::string format;
  std::int64_t rows = 0, created = 0, updated = 0, unchanged = 0, accepted = 0, rejected = 0, duplicates = 0;
  // Accepted rows whose NIK contradicts the row (issue 17 item 2): saved as "didata" like the
  // others, but not clean: accepted - flagged rows are the clean ones ("baris yang benar"), and
  // verification stops at each flagged worker until it is corrected or a checker sets it aside.
  std::int64_t flagged = 0;
  // Rows whose material changes of a verified worker become (or would become, in a dry run) a
  // new pending change for a second person; such a row still counts as updated (its other
  // columns applied) or unchanged (nothing else changed).
  std::int64_t pending_changes = 0;
  std::vector<store::ImportIssue> errors;    // why rows were rejected
  std::vector<store::ImportIssue> warnings;  // notes on accepted rows and on the file
  std::vector<std::string> unknown_columns;
  std::vector<ImportItem> items;
  std::string message;  // one Indonesian sentence: what was saved, never "berhasil" when nothing was
  double read_ms = 0, dedup_ms = 0, write_ms = 0;
};

class ImportService {
 public:
  explicit ImportService(App& app) : app_(app) {}

  // Needs record_workers; rows outside the actor's area are rejected. Throws BadRequest when the
  // file cannot be read at all (not a CSV/XLSX, no template header, no data rows).
  ImportResult run(const Actor& actor, std::string bytes, const ImportOptions& options);

  // History, within the actor's area, newest first; one import with its problems.
  store::Page<store::ImportRecord> history(const Actor& actor, int offset, int limit);
  store::ImportRecord get(const Actor& actor, std::int64_t id);
  std::vector<store::ImportIssue> issues(const Actor& actor, std::int64_t id);

 private:
  App& app_;
};

// The error report of an import as a table (for CSV and XLSX downloads).
std::vector<std::vector<std::string>> issue_rows(const std::vector<store::ImportIssue>& issues);
const std::vector<std::string>& issue_header();

}  // namespace lindungi::services
