#pragma once
// Registration with BPJS Ketenagakerjaan (DESIGN.md §2 step 4): a batch of the area's funded
// workers goes to BPJS through the adapter (files today), workers move dialokasikan ->
// didaftarkan; BPJS's response brings KPJ and effective date (-> aktif) or a rejection reason
// (-> ditolak_bpjs); a rejected worker, corrected through the registry, is sent again in a new
// batch. Each use case is one transaction and every change is in the audit log.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/progress.hpp"
#include "services/app.hpp"
#include "services/bpjs_adapter.hpp"
#include "store/bpjs_store.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct BatchRequest {
  std::string wilayah;                // the area's funded workers ("" = the actor's area)
  std::vector<std::int64_t> pekerja;  // or these workers only
  bool kirim_ulang = false;           // with an area: also the corrected ditolak_bpjs workers
};

// A worker that was asked for but could not go into the batch, and why.
struct SkippedWorker {
  std::int64_t pekerja_id = 0;
  std::string nama;
  FieldError problem;
};

struct BatchCreated {
  store::RegistrationBatchRecord batch;
  std::vector<SkippedWorker> skipped;
};

struct BatchDetail {
  store::RegistrationBatchRecord batch;
  std::vector<store::RegistrationEntryRecord> entries;
  std::vector<std::string> names;  // per entry, the worker's current name
  std::vector<store::ResponseFileRecord> responses;
};

// What one row of a response file does (or would do, in a dry run): the worker it names, accepted
// with a KPJ, rejected with BPJS's reason, already so (unchanged), or refused (its problems are in
// ResponseResult::errors under the same row number).
struct ResponseRowOutcome {
  std::int64_t row = 0;         // the spreadsheet row a user sees (header = 1)
  std::int64_t pekerja_id = 0;  // 0 when the row names no worker of this batch
  std::string nama;             // the worker's name, when known
  std::string nik;              // masked
  std::string hasil;            // diterima | ditolak | tidak_berubah | galat
  std::string kpj, tanggal_efektif, alasan;
};

struct ResponseResult {
  std::int64_t batch_id = 0;
  std::int64_t rows = 0, accepted = 0, rejected_by_bpjs = 0, unchanged = 0, errors_count = 0;
  bool saved = false;    // false when nothing changed (a file read twice changes nothing)
  bool dry_run = false;  // read and checked only: nothing written (issue 17 item 9)
  std::vector<store::ImportIssue> errors;
  std::vector<std::string> unknown_columns;
  std::vector<ResponseRowOutcome> outcomes;  // one per row of the file, in file order
};

class BpjsRegistrationService {
 public:
  // Without an adapter: the file adapter.
  explicit BpjsRegistrationService(App& app, std::shared_ptr<BpjsAdapter> adapter = nullptr);

  // Needs send_bpjs_batches, within the actor's area. Throws ValidationError when no worker
  // can be sent (with the first reason).
  // `progress` hears of the workers checked, then written (issue 19 item 8: `lindungi bpjs batch`).
  BatchCreated create_batch(const Actor& actor, const BatchRequest& request, const Progress& progress = {});
  store::Page<store::RegistrationBatchRecord> batches(const Actor& actor, int offset, int limit);
  BatchDetail batch(const Actor& actor, std::int64_t id);
  // The batch's file in `format` (csv | xlsx) as the adapter makes it. It holds full NIKs: the
  // download is audited.
  BpjsArtefact export_batch(const Actor& actor, std::int64_t id, const std::string& format);
  // Needs manage_bpjs. Each row is applied or refused on its own with row-level reasons, all in
  // one transaction; rows already applied with the same answer are counted as unchanged.
  // `dry_run`: the same reading and checks in a read transaction, writing nothing (no worker,
  // entry, response file or audit entry): the preview before the file is applied (issue 17 item 9).
  ResponseResult import_response(const Actor& actor, std::int64_t batch_id, std::string bytes,
                                 const std::string& file_name, bool dry_run = false);

 private:
  App& app_;
  std::shared_ptr<BpjsAdapter> adapter_;
};

// The lowest region containing both codes ("15.71.01.1001.002", "15.71.01.1003.001" -> "15.71.01").
std::string common_area(const std::string& a, const std::string& b);

}  // namespace lindungi::services
