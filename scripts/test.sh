#!/usr/bin/env bash
# The README's second command: install, build, and run every test: the unit and integration
# tests (Release), then the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer,
# a short fuzzing run, the web app's type check and Vitest tests, and the end-to-end journeys in
# chromium (last, so that its 'N passed, N failed' line closes the output).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase's wall time, so that a slow CI run shows where it went (docs/PERFORMANCE.md "Test suite time").
phase_start=$SECONDS
phase_done() {
  echo "   [$1: $((SECONDS - phase_start)) s]"
  phase_start=$SECONDS
}
scripts/install-deps.sh --test
phase_done install-deps
scripts/build.sh
phase_done build
jobs=$(nproc 2>/dev/null || echo 2)

echo "== Tes unit dan integrasi (Release; penyimpanan dan API juga di PostgreSQL 15) =="
# A private PostgreSQL cluster on 127.0.0.1 for the tests labelled "pg" (the storage and API tests
# once more on PostgreSQL); it is stopped and deleted afterwards, and a failure on either backend
# fails this script.
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j"$jobs"
phase_done ctest

echo "== Tes unit dengan ASan + UBSan =="
scripts/build-sanitize.sh unit_tests >/dev/null
phase_done build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -L unit
phase_done asan-tests

echo "== Fuzzing singkat (libFuzzer, 5 detik per target) =="
scripts/fuzz.sh 5
phase_done fuzz

echo "== Tes web: tipe dan komponen (vue-tsc, Vitest) =="
(cd web && npm run --silent typecheck && npm test --silent)
phase_done web-tests

echo "== Tes end-to-end: chromium, layar 360 px (tests/e2e/artifacts) =="
bash tests/e2e/run.sh
