// Google Benchmark for the domain core: NIK analysis and premium computation.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/nik.hpp"
#include "core/premium.hpp"
#include "core/region.hpp"
#include "services/app.hpp"

namespace {

std::vector<std::string> sample_niks() {
  std::vector<std::string> niks;
  std::uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 1024; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const int kec = 1 + static_cast<int>(x % 11), day = 1 + static_cast<int>((x >> 8) % 28) + ((x >> 16) % 2 ? 40 : 0);
    const int month = 1 + static_cast<int>((x >> 20) % 12), year = static_cast<int>((x >> 24) % 100);
    char buf[20];
    std::snprintf(buf, sizeof buf, "1571%02d%02d%02d%02d%04d", kec, day, month, year, 1 + static_cast<int>((x >> 32) % 9999));
    niks.emplace_back(buf);
  }
  return niks;
}

void BM_AnalyzeNik(benchmark::State& state) {
  const auto niks = sample_niks();
  lindungi::RegionTree regions;
  for (auto& r : lindungi::services::reference_regions()) regions.add(std::move(r));
  const lindungi::Date today{2026, 11, 21};
  std::size_t i = 0;
  for (auto _ : state) {
    auto info = lindungi::analyze_nik(niks[i++ & 1023], today, &regions);
    benchmark::DoNotOptimize(info);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AnalyzeNik);

void BM_ComputePremium(benchmark::State& state) {
  const auto& rules = lindungi::RuleBook::standard();
  lindungi::PremiumRequest req{1'000'000, false, 12, 20, lindungi::Date{2026, 11, 21}};
  for (auto _ : state) {
    auto q = lindungi::compute_premium(rules, req);
    benchmark::DoNotOptimize(q);
    req.income += 1;
    if (req.income > 20'000'000) req.income = 1'000'000;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ComputePremium);

}  // namespace
