// Google Benchmark for the budget planner's computation alone (issue 22 item 2): plan_coverage
// over 1,000,000 uncovered workers on record in 96,000 RTs, 200,000 funded ones continuing, a
// province with its cohort, 1,000 RT funds and the city, with the standard rule book. Beside it,
// the same workers only sorted by their score (a baseline: the least any ranking costs).
// bench/planner_bench.sh measures the whole request over SQLite; docs/PERFORMANCE.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/planner.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"

namespace {

using namespace lindungi;

// Deterministic: the same input every run (xorshift).
PlanInput sample_input(std::size_t workers) {
  PlanInput in;
  in.target = PlanTargetKind::all_on_record;
  in.year = 2027;
  in.today = Date{2026, 12, 7};
  in.area = "15";
  in.area_rules = shipped_rule_set(RuleBook::standard(), "15", Date{2027, 1, 1});
  const auto& occ = occupations();
  std::uint64_t x = 88172645463325252ull;
  auto next = [&x] {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
  };
  auto kelurahan = [](std::uint64_t r) {
    char buf[32];
    // 6 kab/kota x 10 kecamatan x 20 kelurahan x 80 RTs = 96,000 RTs.
    std::snprintf(buf, sizeof buf, "15.%02d.%02d.%04d", 71 + static_cast<int>(r % 6), 1 + static_cast<int>(r / 6 % 10),
                  1001 + static_cast<int>(r / 60 % 20));
    return std::string{buf};
  };
  in.uncovered.reserve(workers);
  for (std::size_t i = 0; i < workers; ++i) {
    const std::uint64_t r = next();
    PlanWorker w;
    w.id = static_cast<std::int64_t>(i + 1);
    w.nama = "Pekerja " + std::to_string(i + 1);
    w.kode_kelurahan = kelurahan(r);
    w.rt = 1 + static_cast<int>(r / 1200 % 80);
    w.pekerjaan = std::string{occ[(r >> 20) % occ.size()].code};
    w.penghasilan = 500'000 + static_cast<Rupiah>((r >> 28) % 60) * 100'000;
    w.tanggal_lahir = Date{1960 + static_cast<int>((r >> 36) % 45), 1 + static_cast<int>((r >> 42) % 12), 1};
    w.tanggungan = static_cast<int>((r >> 46) % 5);
    w.status = "didata";
    in.uncovered.push_back(std::move(w));
  }
  for (int i = 0; i < 20'000; ++i) {
    const std::uint64_t r = next();
    in.covered.push_back({kelurahan(r), 1 + static_cast<int>(r / 1200 % 80),
                          std::string{occ[(r >> 20) % occ.size()].code}, (r >> 30) % 3 ? "apbd_kota" : "apbd_provinsi",
                          10});
  }
  in.funders.push_back(
      {{"apbd_provinsi", "Pro Jambi Tangguh", FunderKind::apbd_provinsi, "15", pro_jambi_tangguh_occupations()},
       20'000'000'000,
       100'000,
       true});
  for (int i = 0; i < 1'000; ++i) {
    const std::uint64_t r = next();
    const std::string rt = rt_code(kelurahan(r), 1 + static_cast<int>(r / 1200 % 80));
    in.funders.push_back(
        {{"dana_kampung_bahagia:" + rt, "Dana Kampung Bahagia RT " + rt, FunderKind::dana_kampung_bahagia, rt, {}},
         5'000'000,
         0,
         true});
  }
  in.funders.push_back({{"apbd_kota", "APBD Kota", FunderKind::apbd_kota, "15", {}}, 50'000'000'000, 0, true});
  return in;
}

void BM_PlanCoverage(benchmark::State& state) {
  const PlanInput in = sample_input(static_cast<std::size_t>(state.range(0)));
  const RuleBook& rules = RuleBook::standard();
  for (auto _ : state) {
    auto plan = plan_coverage(rules, in);
    benchmark::DoNotOptimize(plan.total_iuran);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PlanCoverage)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);

// The baseline: score every worker and sort them by score, nothing else.
void BM_ScoreAndSortOnly(benchmark::State& state) {
  const PlanInput in = sample_input(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    std::vector<std::pair<int, std::int64_t>> keys;
    keys.reserve(in.uncovered.size());
    for (const auto& w : in.uncovered) keys.emplace_back(-vulnerability_score(w, 6'000'000).total(), w.id);
    std::sort(keys.begin(), keys.end());
    benchmark::DoNotOptimize(keys.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ScoreAndSortOnly)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
