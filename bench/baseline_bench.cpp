// The baseline the core benchmarks are compared against in bench/run.sh: the least work any NIK
// check must do (16 bytes verified to be digits and folded into an integer), with the same input
// set as BM_AnalyzeNik. Reporting analyze_nik and compute_premium as multiples of it keeps the
// numbers comparable across machines and across runs on a busy machine.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

std::vector<std::string> baseline_niks() {
  std::vector<std::string> niks;
  std::uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 1024; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    char buf[24];
    std::snprintf(buf, sizeof buf, "1571%012llu", static_cast<unsigned long long>(x % 1'000'000'000'000ull));
    niks.emplace_back(buf);
  }
  return niks;
}

void BM_BaselineNikDigits(benchmark::State& state) {
  const auto niks = baseline_niks();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& s = niks[i++ & 1023];
    std::uint64_t v = 0;
    bool ok = s.size() == 16;
    for (const char c : s) {
      ok = ok && c >= '0' && c <= '9';
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineNikDigits);

}  // namespace
