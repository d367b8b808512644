#pragma once
// Session::intake() (imports, the duplicate queue, verification, BPJS's active-member list) on
// either database: the SQL and mapping written once over the row API (issue 18). Each backend
// subclasses it for what differs: the bulk load (SQLite drops and rebuilds indexes; PostgreSQL
// keeps them and analyses), and on PostgreSQL the registry scan in a cursor, COPY for many rows
// and one statement per block of the import's questions.
#include <memory>

#include "store/intake_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

class Intake : public IntakeSession {
 public:
  explicit Intake(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::int64_t max_worker_id() override;
  std::vector<PersonStub> born_on(const Date& date, std::int64_t max_id) override;
  std::vector<PersonStub> with_nik_prefix(std::string_view prefix, std::int64_t max_id) override;
  std::optional<PersonRecord> person(std::int64_t id) override;
  // One statement over the area's workers; PostgreSQL overrides it with a cursor.
  void for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) override;

  std::int64_t insert_import(ImportRecord& rec) override;
  void update_import_counts(const ImportRecord& rec) override;
  // A row at a time; PostgreSQL overrides it with COPY.
  void add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) override;
  std::optional<ImportRecord> import_record(std::int64_t id) override;
  Page<ImportRecord> imports(std::string_view area, int offset, int limit) override;
  std::vector<ImportIssue> import_issues(std::int64_t import_id) override;

  bool add_duplicate(DuplicateCandidate& d) override;
  std::optional<DuplicateCandidate> duplicate(std::int64_t id) override;
  Page<DuplicateCandidate> duplicates(const DuplicateQuery& query) override;
  void decide_duplicate(const DuplicateCandidate& d) override;

  void add_verification(VerificationRecord& v) override;
  std::vector<VerificationRecord> verifications(std::int64_t worker_id) override;
  Page<VerificationRecord> verifications_page(std::int64_t worker_id, int offset, int limit) override;

  void replace_bpjs_members(BpjsFile& file, const std::vector<BpjsMember>& members) override;
  std::optional<BpjsMember> bpjs_member(std::string_view nik, std::string_view kode_rt) override;
  std::optional<BpjsFile> latest_bpjs_file(std::string_view area) override;
  std::int64_t count_bpjs_matches(std::string_view area) override;
  Page<BpjsMatch> bpjs_matches(std::string_view area, int offset, int limit) override;

  // The import's block questions, row by row with the statements above (on SQLite a statement is
  // a function call, not a round trip); PostgreSQL overrides them with one statement per block.
  std::vector<std::string> registered_niks(const std::vector<std::string>& niks) override;
  std::vector<std::string> bpjs_niks(const std::vector<std::string>& niks) override;
  std::vector<std::pair<std::string, PersonStub>> with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                    std::int64_t max_id) override;
  std::vector<std::pair<std::string, PersonStub>> born_on_dates(const std::vector<std::string>& iso_dates,
                                                                std::int64_t max_id) override;

 protected:
  rows::Db& db() { return *db_; }
  // "SELECT <a person> FROM pekerja p WHERE <within area> ORDER BY tanggal_lahir, id", with the
  // area's parameters appended to `params`.
  static std::string persons_sql(std::string_view area, rows::Params& params);
  static PersonRecord read_person(rows::Row& r);
  // Writes the file's member rows (file.id set, the area's old rows deleted): an upsert per row,
  // so that a NIK listed twice keeps its later row; PostgreSQL overrides it with COPY.
  virtual void write_bpjs_members(const BpjsFile& file, const std::vector<BpjsMember>& members);

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace lindungi::store::records
