#pragma once
// Kampung Bahagia construction projects (issue 9, RULES.md §6, DESIGN.md §2 step 8): the project
// record, its premium, the 14-working-day registration deadline after the SPK, the certificate
// gate before work starts, and what the compliance report counts. Pure rules: the service stores.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/jakon.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

// swakelola: gotong-royong RT works by residents under the RT head's assignment letter (surat
// tugas); kontrak: works given to a contractor.
enum class ProjectKind { swakelola, kontrak };
std::string_view to_string(ProjectKind kind);
std::optional<ProjectKind> parse_project_kind(std::string_view text);

// direncanakan -> bersertifikat (certificate number and payment recorded) -> dimulai -> selesai.
enum class ProjectState { direncanakan, bersertifikat, dimulai, selesai };
std::string_view to_string(ProjectState state);
std::optional<ProjectState> parse_project_state(std::string_view text);

struct ProjectWorker {
  std::int64_t id = 0;  // the row on the project
  std::string nik;
  std::string nama;
  std::string peran;            // tukang, pekerja, mandor, ...
  std::int64_t pekerja_id = 0;  // the registry's worker with this NIK, 0 when not registered
};

struct Project {
  std::int64_t id = 0;
  ProjectKind jenis = ProjectKind::swakelola;
  std::string nama;
  std::string kode_kelurahan;
  int rt = 0;
  Rupiah nilai = 0;           // as written in the contract or activity plan
  bool ppn_termasuk = false;  // `nilai` includes PPN
  int ppn_persen = 0;         // the PPN rate of the contract (the rate in force when not given)
  Rupiah upah_bulanan = 0;    // the monthly wage bill when known (§6.3); 0 = unknown
  std::optional<Date> tanggal_spk;
  std::optional<Date> rencana_mulai, rencana_selesai;
  std::string pelaksana;  // kontrak: the contractor's name; swakelola: the surat tugas number
  // The premium as computed when the figures were last set, with the rule it came from.
  Rupiah iuran = 0;
  std::string dasar_iuran;  // nilai_kontrak | upah
  std::string sumber_aturan;
  std::optional<Date> tanggal_aturan;  // the rule's effective date
  // The certificate gate.
  std::string nomor_sertifikat;
  std::optional<Date> tanggal_bayar;
  Rupiah jumlah_bayar = 0;
  ProjectState status = ProjectState::direncanakan;
  std::optional<Date> tanggal_mulai, tanggal_selesai;  // when work actually started and ended
  std::vector<ProjectWorker> pekerja;                  // filled when one project is read
  std::int64_t jumlah_pekerja = 0;                     // filled by lists too
  std::int64_t version = 0;
  std::string dibuat_oleh, dibuat, diubah;

  std::string kode_rt() const;
};

struct ProjectPremium {
  Rupiah total = 0;
  std::string dasar;  // nilai_kontrak | upah
  std::string source;
  Date rule_from;
  int months = 0;  // by wages: months of work the premium covers
};

// The premium of a project on the date it is priced (the SPK date, else `today`): by the known
// monthly wage bill (§6.3) for each started month of the planned duration, else by the contract
// value with its marginal tiers (§6.2).
ProjectPremium project_premium(const RuleBook& rules, const Project& project, const Date& today);

// Structural checks of a project's own fields (not its area or state). Field names are the API's.
std::vector<FieldError> project_problems(const Project& project);

// Permenakertrans 44/2015 Pasal 3(3): registration at the latest 14 working days after the SPK.
inline constexpr int kJakonRegistrationWorkingDays = 14;
Date registration_deadline(const WorkCalendar& calendar, const Date& spk);

// Why recording the certificate is refused, or nullopt. `today` bounds the payment date.
std::optional<FieldError> certificate_refusal(const Project& project, const std::string& nomor,
                                              const std::optional<Date>& paid_on, Rupiah amount, const Date& today);
// Why marking the project started on `on` is refused, or nullopt: the certificate number and the
// full first payment must be recorded, and paid before the work starts (RULES.md §6.1).
std::optional<FieldError> start_refusal(const Project& project, const Date& on, const Date& today);
std::optional<FieldError> finish_refusal(const Project& project, const Date& on, const Date& today);

// True when the project has its certificate and a full payment on record.
bool has_cover(const Project& project);

struct ProjectCompliance {
  std::optional<Date> batas_daftar;       // deadline; none without an SPK date
  bool tanpa_sertifikat = false;          // no certificate (or no full payment) recorded
  bool terlambat = false;                 // ... and the deadline has passed (or passes today without one)
  bool mulai_tanpa_perlindungan = false;  // work started (or finished) without cover before it
  int sisa_hari_kerja = 0;                // working days left to the deadline (0 when past or none)
  bool patuh() const { return !tanpa_sertifikat && !terlambat && !mulai_tanpa_perlindungan; }
};

// As seen on `today`. A finished project with cover is compliant; one that started before its
// payment date, or has none, counts as started without cover.
ProjectCompliance assess_project(const Project& project, const WorkCalendar& calendar, const Date& today);

}  // namespace lindungi
