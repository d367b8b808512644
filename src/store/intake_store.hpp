#pragma once
// The intake aggregate (issue 3): imports, the duplicate review queue, verification decisions,
// and the active-member file BPJS sends. Reached through Session::intake(), in the same transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/worker.hpp"
#include "store/page.hpp"

namespace lindungi::store {

// One import of the template (DESIGN.md §5): who, when, which file, and what happened to its rows.
struct ImportRecord {
  std::int64_t id = 0;
  std::string waktu;        // ISO 8601 UTC
  std::string pelaku;       // username
  std::string wilayah;      // the importer's area at the time ("" = city-wide)
  std::string nama_berkas;  // the file name the user gave
  std::string format;       // csv | xlsx
  std::int64_t ukuran = 0;  // bytes
  std::int64_t rows = 0, created = 0, updated = 0, unchanged = 0, rejected = 0, duplicates = 0, warnings = 0;
};

// One problem with one cell or row of an import: an error rejects the row, a warning does not.
struct ImportIssue {
  std::int64_t row = 0;  // the spreadsheet row a user sees (header = 1)
  std::string column;    // a template column name, or "" for the whole row
  std::string code;
  std::string message;  // Indonesian, naming the row and column
  bool warning = false;
};

// What the duplicate search reads of a stored worker.
struct PersonRecord {
  std::int64_t id = 0;
  std::string nik;
  std::string nama;
  std::optional<Date> tanggal_lahir;
  std::optional<Sex> jenis_kelamin;
  std::string kode_kelurahan;
  int rt = 0;
  std::string status;
};

// An index entry of the duplicate search: enough to decide whether the row is worth reading.
struct PersonStub {
  std::int64_t id = 0;
  std::string nik;
  std::string kode_kelurahan;  // empty when the index does not carry it (the NIK index)
};

// A suspected "same person, other NIK" pair in the review queue. worker_a < worker_b.
struct DuplicateCandidate {
  std::int64_t id = 0;
  std::int64_t worker_a = 0;
  std::int64_t worker_b = 0;
  double score = 0;                 // 0..1
  std::string reasons;              // JSON array of Indonesian reasons
  std::string status = "menunggu";  // menunggu | digabung | bukan_duplikat
  std::string source;               // "impor:12", "formulir", "pindai"
  std::string created_at;
  std::string decided_by;
  std::string decided_at;
  std::string note;
  std::int64_t kept = 0;  // on merge: the record kept (the other is merged into it)
};

struct DuplicateQuery {
  std::string area{};               // pairs whose two workers are both at or below it
  std::string status = "menunggu";  // "" = any
  std::int64_t worker_id = 0;       // pairs involving this worker
  int offset = 0;
  int limit = 50;
};

// A kelurahan operator's decision on a recorded worker.
struct VerificationRecord {
  std::int64_t id = 0;
  std::int64_t worker_id = 0;
  std::string decision;  // diverifikasi | ditolak
  std::string reason;
  std::string by;
  std::string at;
};

// A row of BPJS's file of active members: already covered, by any route.
struct BpjsMember {
  std::string nik;
  std::string kpj;
  std::string segmen;    // PU (wage earner, paid by an employer) | BPU
  std::string pembayar;  // who pays: an employer, self, a government programme
};

struct BpjsFile {
  std::int64_t id = 0;
  std::string waktu;
  std::string pelaku;
  std::string nama_berkas;
  std::int64_t rows = 0, accepted = 0, rejected = 0, matched = 0;
  // The uploader's area (issue 16 item 1): a city's file replaces only that city's rows, and gates
  // only its workers. "" = deployment-wide (the machine's operator).
  std::string wilayah{};
};

// A registry worker whose NIK is in BPJS's last active-member file.
struct BpjsMatch {
  std::int64_t worker_id = 0;
  BpjsMember member;
};

class IntakeSession {
 public:
  virtual ~IntakeSession() = default;

  // A hint before writing many rows in this transaction (a larger page cache); no effect otherwise.
  virtual void prepare_bulk_write() = 0;
  // For a batch larger than the registry: the secondary indexes of the worker tables are dropped
  // and, by end_bulk_load, rebuilt in one sorted pass (cheaper than a million random inserts).
  // Both inside the caller's transaction, so a failure or crash restores them with everything else.
  virtual void begin_bulk_load() = 0;
  virtual void end_bulk_load() = 0;
  virtual std::int64_t max_worker_id() = 0;
  // The duplicate search's blocks, read from indexes alone (id, NIK and kelurahan; no row is
  // fetched): workers born on `date`, or whose NIK starts with `nik_prefix`, with id <= max_id.
  // The caller filters them and fetches the few worth comparing with person().
  virtual std::vector<PersonStub> born_on(const Date& date, std::int64_t max_id) = 0;
  virtual std::vector<PersonStub> with_nik_prefix(std::string_view nik_prefix, std::int64_t max_id) = 0;
  virtual std::optional<PersonRecord> person(std::int64_t id) = 0;
  // Every worker within `area`, ordered by birth date (the scan of the whole registry).
  virtual void for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) = 0;

  virtual std::int64_t insert_import(ImportRecord& record) = 0;       // sets id and waktu
  virtual void update_import_counts(const ImportRecord& record) = 0;  // rows .. warnings of record.id
  virtual void add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) = 0;
  virtual std::optional<ImportRecord> import_record(std::int64_t id) = 0;
  // Imports made within `area` (by its users or those above), newest first.
  virtual Page<ImportRecord> imports(std::string_view area, int offset, int limit) = 0;
  virtual std::vector<ImportIssue> import_issues(std::int64_t import_id) = 0;

  // Adds a pair unless it is already known (in any status); true when it was added.
  virtual bool add_duplicate(DuplicateCandidate& candidate) = 0;
  virtual std::optional<DuplicateCandidate> duplicate(std::int64_t id) = 0;
  virtual Page<DuplicateCandidate> duplicates(const DuplicateQuery& query) = 0;
  // Records the decision (status, decided_by, decided_at, note, kept) of a pending pair.
  virtual void decide_duplicate(const DuplicateCandidate& candidate) = 0;

  virtual void add_verification(VerificationRecord& record) = 0;  // sets id and at
  virtual std::vector<VerificationRecord> verifications(std::int64_t worker_id) = 0;
  // The same decisions a page at a time (the API's list), oldest first.
  virtual Page<VerificationRecord> verifications_page(std::int64_t worker_id, int offset, int limit) = 0;

  // Replaces the active-member rows of the file's area (file.wilayah) with the new file's; other
  // areas' rows stay (the file itself is kept in history).
  virtual void replace_bpjs_members(BpjsFile& file, const std::vector<BpjsMember>& members) = 0;
  // The member row that applies to a worker of RT `kode_rt`: one from a file of an area containing
  // it, or a deployment-wide one. `kode_rt` "" = any area's row (tools, tests).
  virtual std::optional<BpjsMember> bpjs_member(std::string_view nik, std::string_view kode_rt = "") = 0;
  // The newest file of `area` or above it (deployment-wide included); "" = the newest of all.
  virtual std::optional<BpjsFile> latest_bpjs_file(std::string_view area = "") = 0;
  virtual std::int64_t count_bpjs_matches(std::string_view area) = 0;
  virtual Page<BpjsMatch> bpjs_matches(std::string_view area, int offset, int limit) = 0;
  // Scale (issue 8): the import's questions for a block of rows, one round trip each on a
  // server database. Which of `niks` are registered / in BPJS's last active-member file; the
  // duplicate blocks of many prefixes or birth dates at once, each stub with the prefix or ISO
  // date it belongs to.
  virtual std::vector<std::string> registered_niks(const std::vector<std::string>& niks) = 0;
  virtual std::vector<std::string> bpjs_niks(const std::vector<std::string>& niks) = 0;
  virtual std::vector<std::pair<std::string, PersonStub>> with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                            std::int64_t max_id) = 0;
  virtual std::vector<std::pair<std::string, PersonStub>> born_on_dates(const std::vector<std::string>& iso_dates,
                                                                        std::int64_t max_id) = 0;
};

}  // namespace lindungi::store
