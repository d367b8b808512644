#pragma once
// The funding aggregate (issue 18 item 2): funders, their budgets and the allocations of
// worker-months, and the coverage trend over them, reached through Session::funding() in the
// caller's transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

struct FunderRecord {
  std::string kode;
  std::string nama;
  std::string jenis;
  std::string wilayah;
  std::vector<std::string> pekerjaan;
  bool aktif = true;
};

struct BudgetRecord {
  std::string sumber_dana;
  int tahun = 0;
  std::int64_t pagu = 0;
  std::int64_t kuota = 0;
  std::int64_t terpakai = 0;  // allocated in the year
  std::int64_t pekerja = 0;   // distinct workers allocated in the year
};

struct AllocationRecord {
  std::int64_t id = 0;
  std::int64_t pekerja_id = 0;
  std::string sumber_dana;
  std::string bulan;  // YYYY-MM
  std::int64_t iuran = 0;
  std::int64_t dibayar = 0;
  std::string dibayar_pada;
};

// Coverage trend (issue 6): one contribution month of an area's workers.
struct MonthFunded {
  std::string bulan;              // YYYY-MM
  std::int64_t dialokasikan = 0;  // workers with an allocation for the month
  std::int64_t lunas = 0;         // of those, the ones whose month is paid (dibayar >= iuran)
};

class FundingSession {
 public:
  virtual ~FundingSession() = default;

  virtual std::vector<FunderRecord> funders() = 0;
  // A page of the funders someone of `area` sees (can_see_funder: everyone's, the ones within
  // the area and the ones of an area above it; "" sees all), in the order of funders().
  virtual Page<FunderRecord> funders_page(std::string_view area, int offset, int limit) = 0;
  virtual std::optional<FunderRecord> funder(std::string_view kode) = 0;
  virtual void put_funder(const FunderRecord& funder) = 0;
  virtual std::optional<BudgetRecord> budget(std::string_view kode, int tahun) = 0;  // with usage
  virtual std::vector<BudgetRecord> budgets(int tahun) = 0;
  virtual void put_budget(const BudgetRecord& budget) = 0;
  virtual std::vector<AllocationRecord> allocations_of(std::int64_t pekerja_id) = 0;
  // Throws UniqueViolation (detail: the month) when the worker-month is already funded.
  virtual void insert_allocation(AllocationRecord& allocation) = 0;
  // Coverage trend (issue 6): per contribution month in [from_month, to_month] (YYYY-MM) that has
  // allocations, the area's workers allocated and paid; months without any are absent.
  virtual std::vector<MonthFunded> monthly_funded(std::string_view area, std::string_view from_month,
                                                  std::string_view to_month) = 0;
};

}  // namespace lindungi::store
