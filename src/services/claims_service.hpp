#pragma once
// Claims (issue 5, DESIGN.md §2 step 7): a death or accident recorded on a worker stops future
// premiums and opens a claim case (cover from the ledger, the benefit line by line, the heirs in
// legal order, the document checklist); documents are uploaded as files outside the database; the
// case moves draf -> dokumen_lengkap -> diajukan -> disetujui | ditolak -> dibayar with the
// service-level clock; scholarship children are followed up school year by school year.
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/claims.hpp"
#include "services/app.hpp"
#include "store/claims_store.hpp"

namespace lindungi::services {

struct EventInput {
  std::int64_t pekerja_id = 0;
  std::string jenis;  // meninggal | kecelakaan
  std::optional<Date> tanggal;
  bool kecelakaan_kerja = false;
  std::string akibat;  // for an accident: cacat_total | cacat_sebagian | stmb | perawatan
  std::string tempat, uraian;
  int persen = 0;            // partial disability: table percentage ...
  std::string bagian_tubuh;  // ... or a disability-table code
  int persen_fungsi = 100;   // loss of function
  int bulan_stmb = 0;
};

struct DocumentFile {
  std::string bytes, mime, name;
};

// One line of a case's document checklist with what was uploaded for it.
struct ClaimChecklistEntry {
  ChecklistItem item;
  std::vector<store::ClaimDocument> berkas;
  bool ada() const { return !berkas.empty(); }
};

// The service-level clock, running once the documents are complete.
struct ClaimSla {
  int hari_kerja = 0;
  std::string mulai;  // the day the documents were complete
  Date jatuh_tempo;
  int hari_terlambat = 0;
  Rupiah denda_keterlambatan = 0;
  std::string dasar;  // the rule and its source, in words
};

// A scholarship child of the case with the school years recorded.
struct ClaimChild {
  store::ScholarshipChildRecord child;
  std::vector<store::ScholarshipYearRecord> tahun;
};

// A case as it is shown: the record, the worker's name, the checklist, the SLA clock, expiry,
// the scholarship children (wire/claims.hpp writes it for the API).
struct ClaimView {
  store::ClaimRecord claim;
  std::string pekerja;
  std::vector<ClaimChecklistEntry> dokumen;
  std::optional<ClaimSla> sla;
  Date kedaluwarsa_pada;
  bool kedaluwarsa = false;  // today is past the expiry
  std::vector<ClaimChild> beasiswa_anak;
  bool all_required_present() const;
};

// A case in a list: the record and the worker's name.
struct ClaimListItem {
  store::ClaimRecord claim;
  std::string pekerja;
};

// A school year's scholarship recorded on proof of enrolment, and why that amount.
struct EnrolmentRecorded {
  store::ScholarshipYearRecord year;
  std::string dasar;
};

// A child due a scholarship (or awaiting its payment) in a school year.
struct ScholarshipDue {
  store::ScholarshipChildRecord child;
  store::ClaimRecord claim;
  std::string pekerja;                               // the participant's name
  std::optional<store::ScholarshipYearRecord> year;  // recorded for the school year, maybe unpaid
  Rupiah paid_total = 0;
  // menunggu_bukti_sekolah until the year's proof is recorded, then menunggu_pembayaran.
  const char* status() const { return year ? "menunggu_pembayaran" : "menunggu_bukti_sekolah"; }
};

// The claims report's figures for one kelurahan, or the total.
struct ClaimsCount {
  std::int64_t dibuka = 0, dibayar = 0, tertunda = 0, ditolak = 0;
  Rupiah jumlah_dibayar = 0, beasiswa_dibayar = 0;
};
struct ClaimsReportRow {
  std::string kode, nama;
  ClaimsCount count;
};
// Claims opened, paid and pending per kelurahan in [dari, sampai], and the scholarships due in
// the school year of `sampai`.
struct ClaimsReport {
  Date dari, sampai;
  std::vector<ClaimsReportRow> rows;
  ClaimsCount total;
  int school_year = 0;
  std::vector<ScholarshipDue> due;
};

class ClaimsService {
 public:
  explicit ClaimsService(App& app) : app_(app) {}

  // Largest document accepted, and the types (by content) accepted.
  static constexpr std::size_t kMaxDocumentBytes = 5u << 20;

  ClaimView record_event(const Actor& actor, const EventInput& input);
  ClaimView get(const Actor& actor, std::int64_t id);
  // `pekerja_id` 0 = every worker.
  std::vector<ClaimListItem> list(const Actor& actor, const std::string& area, const std::string& status,
                                  std::int64_t pekerja_id = 0);
  // The same list a page at a time (the API's), paged by the store.
  store::Page<ClaimListItem> list(const Actor& actor, const std::string& area, const std::string& status,
                                  std::int64_t pekerja_id, int offset, int limit);
  ClaimView confirm_cover(const Actor& actor, std::int64_t id, const std::string& keputusan, const std::string& alasan);
  ClaimView upload_document(const Actor& actor, std::int64_t id, const std::string& kode, const std::string& file_name,
                            const std::string& bytes);
  DocumentFile download_document(const Actor& actor, std::int64_t id, std::int64_t document_id);
  ClaimView submit(const Actor& actor, std::int64_t id);
  ClaimView decide(const Actor& actor, std::int64_t id, const std::string& keputusan, const std::string& alasan,
                   std::optional<Rupiah> jumlah);
  ClaimView pay(const Actor& actor, std::int64_t id, Rupiah jumlah, const Date& tanggal, const std::string& referensi);

  std::vector<ScholarshipDue> scholarships_due(const Actor& actor, int school_year, const std::string& area);
  // `married`, `working` and `exception_3a` are what the officer found this school year: entitlement
  // ends at marriage or employment, unless ayat (3a) waives the latter (RULES.md §4, Permenaker
  // 5/2021 Pasal 103 jo 1/2025).
  EnrolmentRecorded record_enrolment(const Actor& actor, std::int64_t child_id, int school_year,
                                     const std::string& jenjang, const std::string& bukti, bool married, bool working,
                                     bool exception_3a);
  store::ScholarshipYearRecord pay_scholarship(const Actor& actor, std::int64_t year_id, const Date& tanggal,
                                               const std::string& referensi);

  // Claims opened, paid and pending per kelurahan in [from, to], amounts paid, and the
  // scholarships due in the school year of `to`.
  ClaimsReport report(const Actor& actor, const Date& from, const Date& to, const std::string& area);

 private:
  App& app_;
};

}  // namespace lindungi::services
