// Google Benchmark for the duplicate scorer (core/dedup): what one comparison costs. The search
// itself (blocking by birth date and NIK prefix over the registry) is measured end to end by
// bench/import_bench.sh.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/dedup.hpp"

namespace {

const std::vector<std::string>& names() {
  static const std::vector<std::string> n = {"H. Moh. Rizky Pratama, S.Pd.", "Siti Aminah",    "Nur Hayati Lubis",
                                             "Drs. Bambang Irawan, M.M.",    "Muhammad Yusuf", "Dewi Lestari Wahyuni"};
  return n;
}

void BM_NormalizePersonName(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(lindungi::normalize_person_name(names()[i++ % names().size()]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NormalizePersonName);

void BM_ScorePair(benchmark::State& state) {
  using lindungi::PersonKey;
  const PersonKey a{0,
                    "1571015708850003",
                    lindungi::normalize_person_name("Siti Aminah"),
                    lindungi::Date{1985, 8, 17},
                    lindungi::Sex::P,
                    "15.71.01.1001",
                    7};
  const PersonKey b{0,
                    "1571015708850008",
                    lindungi::normalize_person_name("Hj. Siti Aminnah"),
                    lindungi::Date{1985, 8, 17},
                    lindungi::Sex::P,
                    "15.71.01.1001",
                    3};
  for (auto _ : state) benchmark::DoNotOptimize(lindungi::score_pair(a, b));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScorePair);

void BM_WorthScoring(benchmark::State& state) {
  using lindungi::PersonKey;
  const PersonKey a{
      0, "1571015708850003", "siti aminah", lindungi::Date{1985, 8, 17}, lindungi::Sex::P, "15.71.01.1001", 7};
  const PersonKey b{0, "1571065708850191", "dewi", lindungi::Date{1985, 8, 17}, lindungi::Sex::P, "15.71.06.1001", 3};
  for (auto _ : state) benchmark::DoNotOptimize(lindungi::worth_scoring(a, b));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorthScoring);

}  // namespace
