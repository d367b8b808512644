#pragma once
// Who may pay for whom (DESIGN.md §2 step 3, issue: funding): each verified worker has exactly one
// funder per contribution month, within the funder's fiscal-year budget and quota.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/premium.hpp"
#include "core/worker.hpp"

namespace lindungi {

enum class FunderKind { apbd_kota, apbd_provinsi, dana_kampung_bahagia, mandiri, donatur };
std::string_view to_string(FunderKind kind);
std::optional<FunderKind> parse_funder_kind(std::string_view text);
PayerKind payer_kind_of(FunderKind kind);  // APBD for the city, the province and RT funds

struct Funder {
  std::string kode;  // "apbd_kota", "dana_kampung_bahagia:15.71.01.1001.007"
  std::string nama;
  FunderKind kind = FunderKind::apbd_kota;
  std::string area;                      // the RT of an RT fund; the region a government funder serves
  std::vector<std::string> occupations;  // empty = any (the province: its transport and arts cohort)
};

// Pro Jambi Tangguh's cohort (RULES.md §3): angkot drivers, ojek online and pangkalan, becak,
// delman, artists.
const std::vector<std::string>& pro_jambi_tangguh_occupations();

// A funder's budget for one fiscal year (January-December).
struct Budget {
  int year = 2026;
  Rupiah pagu = 0;             // ceiling for premiums
  std::int64_t kuota = 0;      // max distinct workers; 0 = no quota
  Rupiah used = 0;             // already allocated in the year
  std::int64_t workers = 0;    // distinct workers already allocated in the year
};

struct AllocationRequest {
  const Worker* worker = nullptr;
  const Funder* funder = nullptr;
  YearMonth from;
  int months = 12;
  Rupiah per_month = 0;                  // the premium of each month (computed by the caller)
  std::vector<YearMonth> already_funded; // months of this worker already paid for by anyone
  bool covered_elsewhere = false;        // an active BPJS member through another route
  bool worker_new_to_funder_this_year = true;
};

// The income the premium is computed on: government and RT funds pay the lowest bracket for
// everyone (Rp16.800 a month, the programme's figure; RULES.md §8.1 asks BPJS to confirm), a
// self-paying or donor-paid worker pays on the declared income.
Rupiah premium_income_basis(FunderKind kind, Rupiah declared_income, Rupiah lowest_bracket);

// The funders that may pay for `worker` by whom they fund (occupations, area), in the order of
// priority of the worker's kab/kota (funder kinds, the first pays first: core/programme_rules.hpp;
// issue 22 item 4); a kind the order does not list is left out, funders of one kind by code.
std::vector<const Funder*> funders_by_priority(const std::vector<Funder>& funders,
                                               const std::vector<std::string>& priority, const Worker& worker);

// Every reason the allocation is refused (empty = allowed), field-named, in Indonesian.
std::vector<FieldError> allocation_problems(const AllocationRequest& request, const Budget& budget);

}  // namespace lindungi
