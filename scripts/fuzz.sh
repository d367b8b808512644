#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 10;
# the test command uses 5, a longer campaign e.g. `scripts/fuzz.sh 600`). Crashes are saved in
# build-fuzz/crashes/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
jobs=$(nproc 2>/dev/null || echo 2)
# Configured every time (cheap): a fuzz target added since the last run is then known to make.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLINDUNGI_SANITIZE=ON \
  -DLINDUNGI_SERVER=OFF -DLINDUNGI_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_nik fuzz_csv fuzz_json fuzz_xlsx fuzz_bpjs_response >/dev/null
mkdir -p build-fuzz/crashes
passed=0
failed=0
for target in fuzz_nik fuzz_csv fuzz_json fuzz_xlsx fuzz_bpjs_response; do
  corpus="build-fuzz/corpus/$target"
  mkdir -p "$corpus"
  seeds="tests/fuzz/seeds/$target"
  args=("$corpus")
  [[ -d "$seeds" ]] && args+=("$seeds")
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
      "build-fuzz/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
      -artifact_prefix="build-fuzz/crashes/$target-" "${args[@]}" >"build-fuzz/$target.log" 2>&1; then
    echo "ok   $target: $(grep -Eo '#[0-9]+' "build-fuzz/$target.log" | tail -1 | tr -d '#') runs in ${seconds} s, no crash"
    passed=$((passed + 1))
  else
    echo "FAIL $target: see build-fuzz/$target.log"
    tail -30 "build-fuzz/$target.log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
