#pragma once
// The claims aggregate (issue 5): claim cases opened by a death or accident, their documents
// (files outside the database), and the scholarship children with their school years. Reached
// through Session::claims(), in the same transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/funding_store.hpp"

namespace lindungi::store {

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
  // The API's list, a page at a time, newest first: within `area` ("" = all), and where not
  // empty/0 of that status, that worker and that funder (a cohort's actor sees only its own).
  virtual Page<ClaimRecord> claims_page(std::string_view area, std::string_view status, std::int64_t pekerja_id,
                                        std::string_view sumber_dana, int offset, int limit) = 0;
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

}  // namespace lindungi::store
