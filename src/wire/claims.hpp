#pragma once
// Claims on the wire (issue 5; DESIGN.md §5): the JSON bodies the claim routes read and the JSON
// they answer, in one place. The service takes and returns the typed values (ClaimsService);
// http and the CLI's --json write them through these functions.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "services/claims_service.hpp"

namespace lindungi::wire {

// POST /claims: the event recorded on a worker.
services::EventInput event_input(const nlohmann::json& body);

// POST /claims/:id/cover {keputusan, alasan} and /claims/:id/decision {keputusan, alasan, jumlah?}.
struct ClaimDecisionBody {
  std::string keputusan, alasan;
  std::optional<Rupiah> jumlah;  // decision only: the amount approved, absent = the benefit
};
ClaimDecisionBody claim_decision(const nlohmann::json& body);

// POST /claims/:id/payment {jumlah, tanggal, referensi} and /scholarship-years/:id/payment
// {tanggal, referensi}.
struct PaymentBody {
  Rupiah jumlah = 0;
  Date tanggal;
  std::string referensi;
};
PaymentBody payment(const nlohmann::json& body);
PaymentBody scholarship_payment(const nlohmann::json& body);  // no amount: the award's

// POST /scholarships/:id/years: the school year's proof of enrolment and what the officer found.
struct EnrolmentBody {
  int tahun_ajaran = 0;
  std::string jenjang, bukti;
  bool menikah = false, bekerja = false, pengecualian_3a = false;
};
EnrolmentBody enrolment(const nlohmann::json& body, int current_school_year);

// A case as the API answers it: the record's fields in the API's words and types, mapped from
// store::ClaimRecord in one place (claim_answer), so that a change of the store is a compile error
// or an explicit line here, never a silent change of the answer.
struct ClaimAnswer {
  std::int64_t id = 0, pekerja_id = 0;
  std::string pekerja, wilayah, sumber_dana;
  struct Event {
    std::string jenis, tanggal, tanggal_teks;
    bool kecelakaan_kerja = false;
    std::string akibat, tempat, uraian;
  } kejadian;
  std::string jenis_klaim, status;
  struct Cover {
    std::string keputusan, alasan, dikonfirmasi_oleh, dikonfirmasi_pada;
  } pertanggungan;
  // Computed when the event was recorded and kept as JSON with the case; passed on as they are.
  nlohmann::json manfaat, ahli_waris, bulan_dibatalkan;
  Rupiah manfaat_total = 0, pengembalian_iuran = 0;
  std::string dokumen_lengkap_pada, diajukan_pada;
  struct Verdict {
    std::string hasil, alasan, oleh, pada;
    Rupiah jumlah_disetujui = 0;
  } keputusan;
  struct Payment {
    Rupiah jumlah = 0;
    std::string tanggal, referensi;
  } pembayaran;
  std::string dibuat_oleh, dibuat_pada;
  std::int64_t versi = 0;
};
ClaimAnswer claim_answer(const store::ClaimRecord& record, const std::string& pekerja);
// A case in GET /claims.
struct ClaimSummaryAnswer {
  std::int64_t id = 0, pekerja_id = 0;
  std::string pekerja, wilayah, jenis_kejadian, tanggal_kejadian, jenis_klaim, status, pertanggungan;
  Rupiah manfaat_total = 0, dibayar_jumlah = 0;
};
ClaimSummaryAnswer claim_summary_answer(const store::ClaimRecord& record, const std::string& pekerja);
nlohmann::json to_json(const ClaimSummaryAnswer& claim);

// A case with its checklist, SLA clock, expiry and scholarship children (every claim route
// that answers one case).
nlohmann::json to_json(const services::ClaimView& view);
// GET /claims: {"items":[...],"total":N}.
nlohmann::json to_json(const std::vector<services::ClaimListItem>& items);
nlohmann::json to_json(const services::EnrolmentRecorded& recorded);
// A scholarship year once paid.
nlohmann::json scholarship_payment_json(const store::ScholarshipYearRecord& year);
// GET /scholarships/due and `lindungi claims scholarships-due --json`.
nlohmann::json scholarships_due_json(const std::vector<services::ScholarshipDue>& due, int school_year);
// GET /reports/claims and `lindungi claims report --json`.
nlohmann::json to_json(const services::ClaimsReport& report);

}  // namespace lindungi::wire
