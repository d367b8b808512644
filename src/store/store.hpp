#pragma once
// The storage interface the services use. One implementation per database (sqlite/, postgres/),
// each with its own SQL; services and core never know which one runs (docs/STORAGE.md).
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/region.hpp"
#include "core/worker.hpp"
#include "store/store_stats.hpp"

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

// Coverage trend (issue 6): one contribution month of an area's workers.
struct MonthFunded {
  std::string bulan;              // YYYY-MM
  std::int64_t dialokasikan = 0;  // workers with an allocation for the month
  std::int64_t lunas = 0;         // of those, the ones whose month is paid (dibayar >= iuran)
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
  // Demo and test accounts log in with a password alone (issue 16 item 8); `serve --produksi`
  // refuses to start while an active one exists.
  bool demo = false;
  // Issue 16 item 4: the username of the account that created this one ("" for the CLI or the
  // demo), so that two-person rules count an account an admin created as that admin.
  std::string dibuat_oleh{};
};

// Second factor (issue 16 item 8): an account's TOTP secret (RFC 6238), pending until the user
// confirms it with a first code, and the last time step accepted so that a code works once.
struct OtpRecord {
  std::int64_t pengguna_id = 0;
  std::string rahasia;  // base32, as the authenticator app receives it
  bool aktif = false;
  std::int64_t langkah_terakhir = -1;
  std::string dibuat;
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
  std::string perubahan;       // JSON object: field -> [old, new]
  std::string hash_sebelum{};  // set by the store: the previous entry's hash
  std::string hash{};          // set by the store: "k1:" + HMAC-SHA256 with the audit key, or
                               // BLAKE2b (legacy, before the database had a key); see audit_chain
  // The area (region or RT code) of what the entry concerns, so the log is filtered like the
  // records themselves (issue 16 item 1); "" = system-wide, seen only by actors without an area.
  // Filled by Session::append_audit from the entity when the caller leaves it empty. Not part of
  // the hash: it is derived from the entity, and old chains must still verify after the back-fill.
  std::string wilayah{};
};

// --- Intake (issue #3): imports, the duplicate review queue, verification decisions, and the
// active-member file BPJS sends. Reached through Session::intake(), in the same transaction.

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

// --- Claims (issue 5): claim cases opened by a death or accident, their documents (files outside
// the database), and the scholarship children with their school years. Reached through
// Session::claims(), in the same transaction.

struct ClaimRecord {
  std::int64_t id = 0;
  std::int64_t pekerja_id = 0;
  std::string wilayah;         // the worker's RT code
  std::string sumber_dana;     // the funder at the time (cohort scoping)
  std::string jenis_kejadian;  // meninggal | kecelakaan
  bool kecelakaan_kerja = false;
  std::string akibat;
  std::string tanggal_kejadian;  // ISO
  std::string tempat, uraian;
  std::string jenis_klaim;    // jkm | jkk-death | jkk-disability | jkk-partial | stmb | jkk-care
  std::string status;         // draf | dokumen_lengkap | diajukan | disetujui | ditolak | dibayar
  std::string pertanggungan;  // terlindungi | perlu_konfirmasi | tidak_terlindungi
  std::string alasan_pertanggungan;
  std::string konfirmasi_oleh, konfirmasi_pada;
  std::string manfaat = "{}";  // JSON breakdown
  std::int64_t manfaat_total = 0;
  std::string ahli_waris = "{}";  // JSON proposal
  std::int64_t pengembalian = 0;
  std::string bulan_dibatalkan = "[]";
  std::string dokumen_lengkap_pada, diajukan_pada;
  std::string keputusan, alasan_keputusan, diputus_oleh, diputus_pada;
  std::int64_t jumlah_disetujui = 0;
  std::int64_t dibayar_jumlah = 0;
  std::string dibayar_pada, referensi;
  std::string dibuat_oleh, dibuat_pada;
  std::int64_t versi = 1;
};

struct ClaimDocument {
  std::int64_t id = 0;
  std::int64_t klaim_id = 0;
  std::string kode, nama_berkas, jenis;
  std::int64_t ukuran = 0;
  std::string sha256, berkas, diunggah_oleh, diunggah_pada;
};

struct ScholarshipChildRecord {
  std::int64_t id = 0;
  std::int64_t klaim_id = 0;
  std::string nama, nik, tanggal_lahir;
  int urutan = 1;
};

struct ScholarshipYearRecord {
  std::int64_t id = 0;
  std::int64_t anak_id = 0;
  int tahun_ajaran = 0;
  std::string jenjang;
  std::int64_t jumlah = 0;
  std::string bukti, dicatat_oleh, dicatat_pada, dibayar_pada, referensi;
};

class ClaimsSession {
 public:
  virtual ~ClaimsSession() = default;
  // Sets id; UniqueViolation (store/refusals.hpp) when the worker's death is already recorded.
  virtual void insert_claim(ClaimRecord& claim) = 0;
  // Replaces the row if its version still equals claim.versi (StaleVersion otherwise); bumps versi.
  virtual void update_claim(ClaimRecord& claim) = 0;
  virtual std::optional<ClaimRecord> claim(std::int64_t id) = 0;
  virtual std::vector<ClaimRecord> claims_of_worker(std::int64_t pekerja_id) = 0;
  // Every claim whose RT lies within `area` ("" = all), newest first.
  virtual std::vector<ClaimRecord> claims(std::string_view area) = 0;
  // Removes the worker's unpaid allocation months after `after_month` (YYYY-MM) and returns them.
  virtual std::vector<AllocationRecord> remove_unpaid_allocations_after(std::int64_t pekerja_id,
                                                                        std::string_view after_month) = 0;
  virtual void add_document(ClaimDocument& document) = 0;  // sets id
  virtual std::vector<ClaimDocument> documents(std::int64_t klaim_id) = 0;
  virtual std::optional<ClaimDocument> document(std::int64_t id) = 0;
  virtual void add_child(ScholarshipChildRecord& child) = 0;  // sets id
  virtual std::vector<ScholarshipChildRecord> children(std::int64_t klaim_id) = 0;
  virtual std::optional<ScholarshipChildRecord> child(std::int64_t id) = 0;
  virtual void add_scholarship_year(ScholarshipYearRecord& year) = 0;  // sets id; UniqueViolation if it exists
  virtual void update_scholarship_year(const ScholarshipYearRecord& year) = 0;
  virtual std::vector<ScholarshipYearRecord> scholarship_years(std::int64_t anak_id) = 0;
  virtual std::optional<ScholarshipYearRecord> scholarship_year(std::int64_t id) = 0;
};
// BPJS registration batches and member cards (issue 4 items 4-5): store/bpjs_store.hpp.
class BpjsSession;

// --- Billing (issue 4: invoices, payments, arrears, renewal). Reached through Session::billing(),
// in the same transaction.

struct InvoiceRecord {
  std::int64_t id = 0;
  std::string nomor;
  std::string sumber_dana;
  std::string dari, sampai;  // YYYY-MM
  int tahun = 0;
  std::int64_t baris = 0;  // worker-month lines
  std::int64_t total = 0;
  std::int64_t dibayar = 0;
  std::string status = "terbit";  // terbit | sebagian | lunas | batal
  std::string alasan_batal;
  std::string pelaku;
  std::string dibuat;
};

// One line of an invoice: the allocation (worker-month) it bills.
struct InvoiceLine {
  std::int64_t alokasi_id = 0;
  std::int64_t pekerja_id = 0;
  std::string bulan;
  std::int64_t iuran = 0;
  std::int64_t dibayar = 0;
  std::string dibayar_pada;
};

struct PaymentRecord {
  std::int64_t id = 0;
  std::int64_t tagihan_id = 0;
  std::string referensi;
  std::int64_t jumlah = 0;
  std::string tanggal;  // YYYY-MM-DD
  std::string pelaku;
  std::string dibuat;
};

// A funded worker-month with where the worker lives, for arrears lists.
struct FundedMonth {
  AllocationRecord alokasi;
  std::string nama;
  std::string kode_kelurahan;
  int rt = 0;
  std::int64_t tagihan_id = 0;  // 0 = not invoiced yet
};

struct FundedMonthQuery {
  std::string sumber_dana{};  // "" = every funder
  std::string area{};         // workers at or below this region or RT ("" = all)
  int tahun = 0;              // contribution year
};

// A worker's BPJS answers, for the billing rule (core billable_month).
struct WorkerAnswers {
  std::int64_t pekerja_id = 0;
  std::string status;  // the worker's status now
  // ("diterima", tanggal_efektif YYYY-MM-DD) or ("ditolak", the day BPJS answered), in answer order.
  std::vector<std::pair<std::string, std::string>> answers;
};

// One worker on an invoice: who they are and the months the invoice bills for them.
struct InvoiceWorker {
  std::int64_t pekerja_id = 0;
  std::string nama, nik, kpj;
  std::vector<InvoiceLine> months;  // by month
};

// What was invoiced and paid per funder in a year (cancelled invoices excluded).
struct FunderBilling {
  std::string sumber_dana;
  std::int64_t ditagih = 0;
  std::int64_t dibayar = 0;
  std::int64_t tagihan = 0;
};

class BillingSession {
 public:
  virtual ~BillingSession() = default;
  // Inserts the invoice and, as its lines, every allocation of its funder for the months
  // [dari, sampai] not on another invoice; sets id, baris and total. Lines are in allocation order.
  // The allocations in `held` (not billable yet) are first moved past the invoice's ranges
  // (move_past_invoices), so the next invoice of their month takes them up.
  virtual void create_invoice(InvoiceRecord& invoice, const std::vector<std::int64_t>& held) = 0;
  virtual std::int64_t count_invoices(int tahun) = 0;
  virtual std::optional<InvoiceRecord> invoice(std::int64_t id) = 0;
  // "" / 0 = any funder / year; newest first.
  virtual std::vector<InvoiceRecord> invoices(std::string_view sumber_dana, int tahun) = 0;
  virtual std::vector<InvoiceLine> invoice_lines(std::int64_t id) = 0;
  // Writes baris, total, dibayar, status and alasan_batal.
  virtual void update_invoice(const InvoiceRecord& invoice) = 0;
  // The invoice's lines grouped by worker, workers in name order (then id), a page of them; total =
  // the invoice's workers.
  virtual Page<InvoiceWorker> invoice_workers(std::int64_t id, int offset, int limit) = 0;
  // Workers with an allocation of `sumber_dana` ("" = any) in months [dari, sampai] (YYYY-MM) whose
  // status is not "aktif" or who have an answer from BPJS, with their answers: every worker the
  // billing rule could refuse a month (any other is active without an answer on file). By worker.
  virtual std::vector<WorkerAnswers> bpjs_answers(std::string_view sumber_dana, std::string_view dari,
                                                  std::string_view sampai) = 0;
  // The worker's allocations, each with the live invoice that bills it (0 = none), by month.
  virtual std::vector<FundedMonth> months_of_worker(std::int64_t pekerja_id) = 0;
  // Moves allocations past every invoice's range: each gets a fresh id larger than any (the row is
  // otherwise unchanged), so it is on no invoice and the next invoice of its month takes it up.
  // Only for allocations nothing is paid on.
  virtual void move_past_invoices(const std::vector<std::int64_t>& alokasi_ids) = 0;
  // Frees a cancelled invoice's lines to be invoiced again; StaleVersion if a later one bills a month.
  virtual void release_invoice_lines(std::int64_t id) = 0;
  virtual void set_line_paid(std::int64_t alokasi_id, std::int64_t dibayar, std::string_view dibayar_pada) = 0;
  virtual std::optional<PaymentRecord> payment_by_reference(std::string_view referensi) = 0;
  virtual void insert_payment(PaymentRecord& payment) = 0;  // sets id and dibuat
  // Of one invoice (tagihan_id > 0) or of a funder's year; in date order.
  virtual std::vector<PaymentRecord> payments(std::int64_t tagihan_id, std::string_view sumber_dana, int tahun) = 0;
  // Ordered by worker, then month.
  virtual void for_each_funded_month(const FundedMonthQuery& query,
                                     const std::function<void(const FundedMonth&)>& fn) = 0;
  // Workers the funder pays for in the month (YYYY-MM).
  virtual std::vector<std::int64_t> funded_workers(std::string_view sumber_dana, std::string_view bulan) = 0;
  virtual std::vector<FunderBilling> funder_billing(int tahun) = 0;
  // A funder's year as plain numbers, worker by worker and month by month, for the workers with
  // from_id <= pekerja_id < to_id (the billing run over millions of rows, in parts): month 1-12,
  // dibayar_pada "" when unpaid.
  virtual void for_each_ledger_row(
      std::string_view sumber_dana, int tahun, std::int64_t from_id, std::int64_t to_id,
      const std::function<void(std::int64_t pekerja_id, int month, std::int64_t iuran, std::int64_t dibayar,
                               std::string_view dibayar_pada)>& fn) = 0;
  // The lowest and highest worker id the funder pays for in the year ({0, -1} when none).
  virtual std::pair<std::int64_t, std::int64_t> funded_worker_range(std::string_view sumber_dana, int tahun) = 0;
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
  // Inserts the worker and heirs; sets id, version and timestamps on `worker`. Throws
  // UniqueViolation (store/refusals.hpp) when the NIK exists; services/worker_changes.hpp words it.
  virtual void insert_worker(Worker& worker) = 0;
  // Replaces the stored record (heirs included) if its version still equals worker.version;
  // otherwise throws StaleVersion (UniqueViolation when another worker holds the NIK). Bumps
  // version and updated_at on `worker`.
  virtual void update_worker(Worker& worker) = 0;
  virtual std::int64_t count_workers() = 0;
  // Counts per status per kelurahan (by_rt=false) or per RT (by_rt=true) within `area`.
  virtual std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) = 0;

  // Appends to the hash chain (the store fills waktu if empty, hash_sebelum and hash), with the
  // entry's area resolved from its entity when empty (audit_area, one rule for both backends).
  void append_audit(const AuditEntry& entry);
  virtual void write_audit(const AuditEntry& entry) = 0;
  // Every entry in id order, for verification: `visit` returns false to stop.
  virtual void scan_audit(const std::function<bool(const AuditEntry&)>& visit) = 0;
  // Newest first; with `area`, only the entries whose area lies within it ("" = every entry).
  virtual Page<AuditEntry> audit_entries(std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                                         std::string_view area = "") = 0;

  virtual std::optional<UserRecord> user_by_username(std::string_view username) = 0;
  virtual std::optional<UserRecord> user_by_id(std::int64_t id) = 0;
  virtual std::vector<UserRecord> users(std::string_view area) = 0;
  virtual void insert_user(UserRecord& user) = 0;        // sets id; UniqueViolation when the username exists
  virtual void update_user(const UserRecord& user) = 0;  // MissingRow when the account is gone
  virtual void put_session(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> session_by_hash(std::string_view hash_token) = 0;
  virtual void delete_session(std::string_view hash_token) = 0;
  virtual void delete_sessions_of(std::int64_t pengguna_id) = 0;
  virtual void delete_expired_sessions(std::string_view now) = 0;
  // Sessions whose expiry (kedaluwarsa) is not before `now` (GET /metrics, issue 19 item 4).
  virtual std::int64_t count_live_sessions(std::string_view now) = 0;
  // Second factor (issue 16 item 8). put_otp inserts or replaces; delete_otp also removes the
  // recovery codes. Recovery codes are stored as hashes; use_recovery_code marks a matching
  // unused one used and says whether there was one.
  virtual std::optional<OtpRecord> otp_of(std::int64_t pengguna_id) = 0;
  virtual void put_otp(const OtpRecord& otp) = 0;
  virtual void delete_otp(std::int64_t pengguna_id) = 0;
  virtual void replace_recovery_codes(std::int64_t pengguna_id, const std::vector<std::string>& hashes) = 0;
  virtual bool use_recovery_code(std::int64_t pengguna_id, std::string_view hash, std::string_view now) = 0;
  virtual int unused_recovery_codes(std::int64_t pengguna_id) = 0;

  virtual std::vector<FunderRecord> funders() = 0;
  virtual std::optional<FunderRecord> funder(std::string_view kode) = 0;
  virtual void put_funder(const FunderRecord& funder) = 0;
  virtual std::optional<BudgetRecord> budget(std::string_view kode, int tahun) = 0;  // with usage
  virtual std::vector<BudgetRecord> budgets(int tahun) = 0;
  virtual void put_budget(const BudgetRecord& budget) = 0;
  virtual std::vector<AllocationRecord> allocations_of(std::int64_t pekerja_id) = 0;
  // Throws UniqueViolation (detail: the month) when the worker-month is already funded.
  virtual void insert_allocation(AllocationRecord& allocation) = 0;
  // Imports, duplicates, verification and BPJS's active members, in this same transaction.
  virtual IntakeSession& intake() = 0;
  // Jakon (issue 9): construction projects, in this same transaction (store/jakon_store.hpp).
  virtual class JakonSession& jakon() = 0;
  // Claims (issue 5): cases, documents and scholarships, in this same transaction.
  virtual ClaimsSession& claims() = 0;
  // Holidays as data (issue 15): the national holidays and cuti bersama (store/calendar_store.hpp).
  virtual class CalendarSession& calendar() = 0;
  // Messages to workers and heirs (issue 20): the outbox, in this same transaction
  // (store/outbox_store.hpp).
  virtual class OutboxSession& outbox() = 0;
  // BPJS registration batches and member cards (issue 4 items 4-5), in this same transaction.
  virtual BpjsSession& bpjs() = 0;
  // Billing: invoices, payments, arrears and renewal, in this same transaction.
  virtual BillingSession& billing() = 0;
  // Scale (issue 8): new workers in one go, as insert_worker each (ids, versions, timestamps
  // set). Only for NIKs the caller has checked are free in this write transaction (the import's
  // analysis, under the writer lock): on PostgreSQL a taken NIK fails the transaction instead
  // of throwing UniqueViolation.
  virtual void insert_new_workers(std::vector<Worker>& workers) = 0;
  // Coverage trend (issue 6): per contribution month in [from_month, to_month] (YYYY-MM) that has
  // allocations, the area's workers allocated and paid; months without any are absent.
  virtual std::vector<MonthFunded> monthly_funded(std::string_view area, std::string_view from_month,
                                                  std::string_view to_month) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // A consistent snapshot for reading; nothing written through it is kept. Everything `work` reads
  // agrees with everything else it reads (one moment of the database), however many statements
  // and Session calls it takes: for reads whose parts must add up (a page and its total, a report
  // that sums several queries, a check across tables, a scan in pages or by cursor).
  virtual void read(const std::function<void(Session&)>& work) = 0;
  // Read paths (issue 8 item 4): a weaker read for the hot paths. Each Session call in `work` sees
  // the data committed when it runs, as one consistent statement, but two calls may see two
  // different moments. Only these calls may be made through it, and no write: worker,
  // worker_by_nik, status_counts, rts, regions, potentials, rt_exists, count_workers,
  // user_by_username, user_by_id, users, session_by_hash, count_live_sessions, otp_of, funders, funder, budget,
  // budgets, allocations_of, calendar().holidays — each one statement on every backend (on PostgreSQL, calls of several
  // statements throw std::logic_error and writes fail; tests run there). Use it only when `work` makes one of them, or
  // several whose results need not agree (the caller says why). A backend may answer it with less
  // work than a snapshot (PostgreSQL: one round trip instead of BEGIN, the statement and COMMIT);
  // by default it is read().
  virtual void read_current(const std::function<void(Session&)>& work) { read(work); }
  // Commits when `work` returns, rolls back when it throws (and rethrows).
  virtual void write(const std::function<void(Session&)>& work) = 0;
  virtual std::string backend() const = 0;
  // A consistent copy of the whole database to `path` while it is in use.
  virtual void backup_to(const std::string& path) = 0;
  // Issue 19 item 5: the number of rows of every table (migrations' bookkeeping included), in one
  // snapshot, for a backup's manifest and the check of its restore.
  virtual std::map<std::string, std::int64_t> table_counts() = 0;

  // Issue 16 item 5: the key that entries appended from now on are keyed with (HMAC), kept
  // outside the database so that whoever can write the database cannot recompute the chain.
  // Set once by App::open before any other thread uses the store; empty keeps the legacy hash.
  void set_audit_key(std::string key) { audit_key_ = std::move(key); }
  const std::string& audit_key() const { return audit_key_; }

  // Issue 16 item 6: the audit entries of reads (a full-NIK lookup, a document download) must not
  // wait for the database's one writer, which an import holds for seconds. queue_audit makes an
  // entry durable (the store fills waktu if empty) without that writer: on SQLite in a small
  // database of its own next to the main file, on PostgreSQL in a table no lock guards
  // (audit_antrian). fold_audit_queue appends the queued entries to the chain (Session::
  // append_audit: same key, same rule for the area) in the order they were queued, then `also`
  // when given, in one write transaction, and removes them from the queue; a crash at any point
  // neither loses an entry nor appends it twice. With `wait` false it returns false at once, having
  // written nothing, when the writer is busy (in this process or another one) instead of waiting.
  // Returns true when everything (the queue, `also`) is in the chain.
  virtual void queue_audit(const AuditEntry& entry) = 0;
  virtual bool fold_audit_queue(bool wait, const AuditEntry* also = nullptr) = 0;

  // Waits for the write lock and connections opened (issue 19 item 4: GET /metrics).
  const StoreStats& stats() const { return stats_; }

 protected:
  std::string audit_key_;
  StoreStats stats_;
};

// The area an audit entry concerns, from its entity (see Session::append_audit).
std::string audit_area(Session& s, const AuditEntry& e);

// "file.db" / "sqlite:file.db" -> SQLite; "postgresql://…" / "postgres://…" -> PostgreSQL (a libpq
// URL). Migrations are applied on open.
std::unique_ptr<Store> open_store(const std::string& location);

// PostgreSQL backend: `location` fit to print, a URL's password replaced by "***".
std::string printable_location(const std::string& location);

// Issue 19 item 2: passwords never on a command line. Whether `location` is a PostgreSQL URL, and
// whether it carries a password (user:password@ or ?password=).
bool is_postgres_location(const std::string& location);
bool location_has_password(const std::string& location);
// `location` (a PostgreSQL URL without a password) with `password` added as its percent-encoded
// password= parameter; kept in memory only. Throws BadRequest for a SQLite location.
std::string location_with_password(const std::string& location, const std::string& password);
// Opens `location` without creating or migrating anything and runs one query: the reason it
// cannot be opened (in Indonesian), or nothing when it can. A SQLite file that does not exist yet
// is fine when its folder is writable (the server creates it).
std::optional<std::string> probe_location(const std::string& location);

// Issue 19 item 5: PostgreSQL only. Runs `body` inside a read-only repeatable-read transaction
// with its exported snapshot's name (for `pg_dump --snapshot`) and every table's row count as that
// snapshot sees them, so that a dump and its manifest agree while the server writes on.
using SnapshotBody =
    std::function<void(const std::string& snapshot, const std::map<std::string, std::int64_t>& counts)>;
void with_exported_snapshot(const std::string& location, const SnapshotBody& body);

}  // namespace lindungi::store
