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
