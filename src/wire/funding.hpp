#pragma once
// Funders on the wire (docs/API.md "Sumber dana"): the funders, their budgets, allocating workers
// to one and a member's ledger, both ways. The allocation outcomes are billing's
// (wire::allocation_outcomes_json), the same answer as a bulk allocation's.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "services/funding_service.hpp"

namespace lindungi::wire {

// A funder {"kode","nama","jenis","wilayah","pekerjaan","aktif"} (GET and POST /funders).
struct FunderAnswer {
  std::string kode, nama, jenis, wilayah;
  std::vector<std::string> pekerjaan;
  bool aktif = true;
};
FunderAnswer funder_answer(const store::FunderRecord& record);
nlohmann::json to_json(const FunderAnswer& funder);
// GET /funders: {"items":[funder]}.
nlohmann::json funders_json(const std::vector<store::FunderRecord>& funders);
// GET /reports/budget: {"tahun","rows":[{sumber_dana,tahun,pagu,kuota,terpakai,pekerja,sisa,persen_terpakai}]}.
nlohmann::json budgets_json(const std::vector<store::BudgetRecord>& budgets, int tahun);
// GET /workers/:id/ledger: {"pekerja_id","months":[...],"cover"?} (cover when `on` was asked).
nlohmann::json to_json(const services::LedgerReport& report, const std::optional<Date>& on);

// Request bodies.
// POST /funders {"kode","nama","jenis","wilayah","pekerjaan":[occupation codes]}: a new funder,
// active; what is missing or wrong the service refuses.
store::FunderRecord funder_request(const nlohmann::json& body);
// PUT /funders/:kode/budget/:tahun {"pagu","kuota"}: pagu absent is -1 (refused), kuota 0.
struct BudgetBody {
  Rupiah pagu = -1;
  std::int64_t kuota = 0;
};
BudgetBody budget_request(const nlohmann::json& body);
// POST /allocations {"pekerja":[ids],"sumber_dana","mulai":"YYYY-MM","bulan":12}.
struct AllocationBody {
  std::vector<std::int64_t> pekerja;
  std::string sumber_dana;
  YearMonth mulai;
  int bulan = 12;
};
AllocationBody allocation_request(const nlohmann::json& body);

}  // namespace lindungi::wire
