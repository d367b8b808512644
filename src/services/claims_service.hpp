#pragma once
// Claims (issue 5, DESIGN.md §2 step 7): a death or accident recorded on a worker stops future
// premiums and opens a claim case (cover from the ledger, the benefit line by line, the heirs in
// legal order, the document checklist); documents are uploaded as files outside the database; the
// case moves draf -> dokumen_lengkap -> diajukan -> disetujui | ditolak -> dibayar with the
// service-level clock; scholarship children are followed up school year by school year.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/claims.hpp"
#include "services/app.hpp"
#include "store/store.hpp"

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

// A child due a scholarship (or awaiting its payment) in a school year.
struct ScholarshipDue {
  store::ScholarshipChildRecord child;
  store::ClaimRecord claim;
  std::string pekerja;                               // the participant's name
  std::optional<store::ScholarshipYearRecord> year;  // recorded for the school year, maybe unpaid
  Rupiah paid_total = 0;
};

class ClaimsService {
 public:
  explicit ClaimsService(App& app) : app_(app) {}

  // Largest document accepted, and the types (by content) accepted.
  static constexpr std::size_t kMaxDocumentBytes = 5u << 20;

  nlohmann::json record_event(const Actor& actor, const EventInput& input);
  nlohmann::json get(const Actor& actor, std::int64_t id);
  // `pekerja_id` 0 = every worker.
  nlohmann::json list(const Actor& actor, const std::string& area, const std::string& status,
                      std::int64_t pekerja_id = 0);
  nlohmann::json confirm_cover(const Actor& actor, std::int64_t id, const std::string& keputusan,
                               const std::string& alasan);
  nlohmann::json upload_document(const Actor& actor, std::int64_t id, const std::string& kode,
                                 const std::string& file_name, const std::string& bytes);
  DocumentFile download_document(const Actor& actor, std::int64_t id, std::int64_t document_id);
  nlohmann::json submit(const Actor& actor, std::int64_t id);
  nlohmann::json decide(const Actor& actor, std::int64_t id, const std::string& keputusan, const std::string& alasan,
                        std::optional<Rupiah> jumlah);
  nlohmann::json pay(const Actor& actor, std::int64_t id, Rupiah jumlah, const Date& tanggal,
                     const std::string& referensi);

  std::vector<ScholarshipDue> scholarships_due(const Actor& actor, int school_year, const std::string& area);
  // `married`, `working` and `exception_3a` are what the officer found this school year: entitlement
  // ends at marriage or employment, unless ayat (3a) waives the latter (RULES.md §4, Permenaker
  // 5/2021 Pasal 103 jo 1/2025).
  nlohmann::json record_enrolment(const Actor& actor, std::int64_t child_id, int school_year,
                                  const std::string& jenjang, const std::string& bukti, bool married, bool working,
                                  bool exception_3a);
  nlohmann::json pay_scholarship(const Actor& actor, std::int64_t year_id, const Date& tanggal,
                                 const std::string& referensi);

  // Claims opened, paid and pending per kelurahan in [from, to], amounts paid, and the
  // scholarships due in the school year of `to`.
  nlohmann::json report(const Actor& actor, const Date& from, const Date& to, const std::string& area);

 private:
  App& app_;
};

// The due list as JSON rows (API and XLSX).
nlohmann::json scholarship_due_json(const std::vector<ScholarshipDue>& due, int school_year);

}  // namespace lindungi::services
