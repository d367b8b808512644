#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, in the sanitizer tree build-asan/ that the
# unit tests use too: scripts/build-sanitize.sh) and runs each for SECONDS (default 10; the test
# command uses 5, a longer campaign e.g. `scripts/fuzz.sh 600`). Crashes are saved in
# build-asan/crashes/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
scripts/build-sanitize.sh fuzz_nik fuzz_csv fuzz_json fuzz_xlsx fuzz_bpjs_response >/dev/null
mkdir -p build-asan/crashes
passed=0
failed=0
for target in fuzz_nik fuzz_csv fuzz_json fuzz_xlsx fuzz_bpjs_response; do
  corpus="build-asan/corpus/$target"
  mkdir -p "$corpus"
  seeds="tests/fuzz/seeds/$target"
  args=("$corpus")
  [[ -d "$seeds" ]] && args+=("$seeds")
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
      "build-asan/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
      -artifact_prefix="build-asan/crashes/$target-" "${args[@]}" >"build-asan/$target.log" 2>&1; then
    echo "ok   $target: $(grep -Eo '#[0-9]+' "build-asan/$target.log" | tail -1 | tr -d '#') runs in ${seconds} s, no crash"
    passed=$((passed + 1))
  else
    echo "FAIL $target: see build-asan/$target.log"
    tail -30 "build-asan/$target.log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
