#pragma once
// Kampung Bahagia construction projects (issue 9, DESIGN.md §2 step 8): projects with their Jakon
// premium, the BPJS certificate gate before work starts, the workers on each project by NIK, and
// the compliance report per RT and kelurahan. Every write is one transaction with its audit entry.
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/calendar.hpp"
#include "core/jakon_project.hpp"
#include "formats/table_writer.hpp"
#include "services/app.hpp"
#include "store/calendar_store.hpp"
#include "store/jakon_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct ProjectView {
  Project project;
  ProjectCompliance compliance;
};

struct ProjectListQuery {
  std::string area{};  // "" = the actor's area
  std::string status{};
  std::string jenis{};
  std::string q{};
  std::string kepatuhan{};  // tanpa_sertifikat | terlambat | mulai_tanpa_perlindungan | patuh
  int offset = 0;
  int limit = 50;
};

// What the caller may change; unset fields keep their value (a create starts from defaults).
struct ProjectInput {
  std::optional<std::string> jenis, nama, kode_kelurahan, pelaksana;
  std::optional<int> rt, ppn_persen;
  std::optional<Rupiah> nilai, upah_bulanan;
  std::optional<bool> ppn_termasuk;
  std::optional<std::optional<Date>> tanggal_spk, rencana_mulai, rencana_selesai;  // inner nullopt clears
  std::int64_t versi = 0;  // on update: the version the caller read
};

struct ComplianceRow {
  std::string kode;  // kelurahan or RT code
  std::string nama;
  std::int64_t proyek = 0, tanpa_sertifikat = 0, terlambat = 0, mulai_tanpa_perlindungan = 0, patuh = 0;
  Rupiah nilai = 0, iuran = 0;
};

struct ComplianceReport {
  std::string wilayah;
  Date tanggal;
  std::vector<ComplianceRow> per_kelurahan, per_rt;
  ComplianceRow total;
  std::vector<ProjectView> bermasalah;  // every project that is not compliant, oldest deadline first
};

class JakonService {
 public:
  // Deadlines count the deployment's holidays (App::calendar, issue 15).
  explicit JakonService(App& app) : app_(app), calendar_(app.calendar()) {}

  store::Page<ProjectView> list(const Actor& actor, ProjectListQuery query);
  ProjectView get(const Actor& actor, std::int64_t id);
  ProjectView create(const Actor& actor, const ProjectInput& input);
  ProjectView update(const Actor& actor, std::int64_t id, const ProjectInput& input);
  ProjectView record_certificate(const Actor& actor, std::int64_t id, const std::string& nomor,
                                 std::optional<Date> paid_on, Rupiah amount);
  // Clears the certificate (a wrong number, or BPJS cancelled it); the reason is audited.
  ProjectView revoke_certificate(const Actor& actor, std::int64_t id, const std::string& reason);
  ProjectView start(const Actor& actor, std::int64_t id, std::optional<Date> on);
  ProjectView finish(const Actor& actor, std::int64_t id, std::optional<Date> on);
  ProjectView add_worker(const Actor& actor, std::int64_t id, ProjectWorker worker);
  ProjectView remove_worker(const Actor& actor, std::int64_t id, std::int64_t worker_row);
  ComplianceReport compliance(const Actor& actor, const std::string& area);

  const WorkCalendar& calendar() const { return *calendar_; }

 private:
  ProjectView view(Project p) const;
  App& app_;
  std::shared_ptr<const WorkCalendar> calendar_;
};

// The report as a spreadsheet: "Per Kelurahan", "Per RT" and "Proyek Bermasalah" sheets.
std::vector<formats::Table> compliance_tables(const ComplianceReport& report);

}  // namespace lindungi::services
