#!/usr/bin/env bash
# The README's second command: install, build, and run every test: the unit and integration
# tests (Release), then the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer,
# a short fuzzing run, the web app's type check and Vitest tests, the Debian package installed into
# a fresh Debian 12 root, and the end-to-end journeys in chromium (started once the Release tree's
# tests passed, beside the rest; printed last, so that its 'N passed, N failed' line closes the output).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase's wall time, so that a slow CI run shows where it went (docs/PERFORMANCE.md "Test suite
# time"), and the CPU time (user + system) of the processes it waited for: on a shared machine the
# wall time says little, the CPU time is what the phase costs. A phase that waits for work started
# beside an earlier one is charged that work's CPU.
clk_tck=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$$/stat"; }
phase_start=$SECONDS
phase_cpu=$(cpu_ticks)
phase_done() {
  local now
  now=$(cpu_ticks)
  echo "   [$1: $((SECONDS - phase_start)) s, CPU $(((now - phase_cpu) / clk_tck)) s]"
  phase_start=$SECONDS
  phase_cpu=$now
}
scripts/install-deps.sh --test
phase_done install-deps
mkdir -p build
# The journeys' playwright-core (npm ci: the registry and the disk) beside the build, once, before
# the two runs of the journeys below start side by side.
bash tests/e2e/install.sh >build/e2e-install.log 2>&1 &
e2e_install=$!
scripts/build.sh
if ! wait "$e2e_install"; then
  cat build/e2e-install.log
  exit 1
fi
phase_done build
jobs=$(nproc 2>/dev/null || echo 2)

# The Debian package in a fresh Debian 12 root (issue 19 item 1): mostly waiting on the mirror,
# the disk and dpkg, so it runs beside the tests below from here on and is waited for before the
# end-to-end journeys; its output is kept in a file and shown then (docs/PERFORMANCE.md "Test suite
# time").
package_start=$SECONDS
tests/package/package_test.sh build >build/package-test.log 2>&1 &
package_test=$!
# The web app's tests (api-check: docs/openapi.yaml lints clean and web/src/api/schema.d.ts is what
# it gives; vue-tsc; Vitest) need neither tree: they take the part of the two cores that ctest and
# the sanitizer build leave idle, and their output is printed whole further down.
(cd web && npm run --silent api-check && npm run --silent typecheck && npm test --silent) >build/web-tests.log 2>&1 &
web_tests=$!
echo "== Tes unit dan integrasi (Release; penyimpanan dan API juga di PostgreSQL 15) =="
# The sanitizer tree compiles meanwhile: the tests leave part of the two cores idle (waits on
# PostgreSQL, on killed and restarted processes), and the compiler takes it (docs/PERFORMANCE.md
# "Test suite time": 441 s one after the other, 396 s side by side). Its output is kept in a file
# and shown only when it fails.
# The fuzz targets (one file each over the same libraries) are built here too, so that the fuzzing
# below starts at once.
scripts/build-sanitize.sh unit_tests fuzz_nik fuzz_csv fuzz_json fuzz_xlsx fuzz_bpjs_response >build/build-asan.log 2>&1 &
asan_build=$!
# A private PostgreSQL cluster on 127.0.0.1 for the tests labelled "pg" (the storage and API tests
# once more on PostgreSQL); it is stopped and deleted afterwards, and a failure on either backend
# fails this script.
# On a failure the build is waited for, not killed: killing the script would leave its make
# and compilers running after CI has reported.
if ! scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j"$jobs"; then
  wait "$asan_build" 2>/dev/null || true
  wait "$web_tests" 2>/dev/null || true
  wait "$package_test" 2>/dev/null || true
  exit 1
fi
phase_done ctest

# The last three start here, beside the sanitizer tree's build and tests, the fuzzing and the web
# tests (docs/PERFORMANCE.md "Clean-clone runs"): they need only the Release tree, and they mostly
# wait (on the browser, on the server, on the throttled "slow phone" journey, on password hashes),
# 153 s of CPU in 239 s of wall time when they ran alone at the end. Each has its own database,
# server, free ports and folders. Their outputs are kept in files and printed whole at the end,
# one after the other, the journeys at the real today last, so that its 'N passed, N failed' line
# still closes the output.
# Issue 19 item 7: the nginx site we ship, in front of the server (TLS, HSTS, gzip, real client).
bash tests/ops/nginx_test.sh >build/nginx-test.log 2>&1 &
nginx_test=$!
# Correct on any date (issue 15): the journeys once on a fixed date (1 January: a holiday, the
# year's first invoice, last year's arrears) and once on the real today. The cheaper date-sensitive
# suites ran at every date of the matrix in ctest (label "dates").
# At the fixed date only the journeys whose answers depend on the date run (E2E_JOURNEYS: ages on
# import, verification and the allocation's period, a death inside the cover, scholarships due,
# the year's invoices and arrears, the renewal, the holiday list); the rest run today, below.
# The BPJS batch journey runs too: invoices bill only what BPJS accepted (issue 17 item 7), and the
# invoice journey bills the worker that journey's answer accepts.
LINDUNGI_TODAY=2026-01-01 \
  E2E_JOURNEYS='mengunggah spreadsheet|memverifikasi|mengalokasikan|mengekspor batch BPJS|mencatat kematian|daftar klaim|menagih|perpanjangan|hari libur' \
  bash tests/e2e/run.sh >build/e2e-2026-01-01.log 2>&1 &
e2e_fixed=$!
bash tests/e2e/run.sh >build/e2e-today.log 2>&1 &
e2e_today=$!
# A failure below waits for everything still running beside it (the package test, the web tests,
# nginx, the journeys), for the same reason as the build above, then fails the command.
fail_after_the_rest() {
  local p
  for p in "$package_test" "$web_tests" "$nginx_test" "$e2e_fixed" "$e2e_today"; do
    wait "$p" 2>/dev/null || true
  done
  exit 1
}
if ! wait "$asan_build"; then
  cat build/build-asan.log
  echo "build-sanitize.sh gagal" >&2
  fail_after_the_rest
fi
phase_done build-asan

# libFuzzer runs one target at a time on one core, beside the sanitizer unit tests (whose longest
# tests, the demo's, run alone at the end); its output is printed after theirs, whole.
scripts/fuzz.sh 5 >build/fuzz.log 2>&1 &
fuzz=$!
echo "== Tes unit dengan ASan + UBSan =="
# Every unit test but one: the demo's determinism (the whole Kota Jambi demo generated three times
# and compared) runs in the Release tree above. Under the sanitizers it took 61 s alone and 158 s
# beside the journeys, the longest of all, and runs no code that DemoData.FillsAnEmptyRegistry...
# (the same generator, once) does not run under them already.
asan_ok=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -L unit \
  -E '^DemoData\.SameSeedGivesSameRecordsOtherSeedDiffers$' || asan_ok=$?
phase_done asan-tests
echo "== Fuzzing singkat (libFuzzer, 5 detik per target) =="
fuzz_ok=0
wait "$fuzz" || fuzz_ok=$?
cat build/fuzz.log
if [[ $asan_ok -ne 0 || $fuzz_ok -ne 0 ]]; then
  fail_after_the_rest
fi
phase_done fuzz

echo "== Tes web: kontrak API, tipe dan komponen (OpenAPI lint, vue-tsc, Vitest) =="
web_ok=0
wait "$web_tests" || web_ok=$?
cat build/web-tests.log
[[ $web_ok -eq 0 ]] || {
  fail_after_the_rest
}
phase_done web-tests

echo "== Tes paket Debian: apt-get install ke Debian 12 baru (debootstrap), systemd-analyze, purge =="
package_ok=0
wait "$package_test" || package_ok=$?
cat build/package-test.log
echo "   [package-test, beside the phases above: $((SECONDS - package_start)) s]"
[[ $package_ok -eq 0 ]] || {
  fail_after_the_rest
}
phase_done package-test-wait

e2e_ok=0
wait "$e2e_today" || e2e_ok=$?
nginx_ok=0
wait "$nginx_test" || nginx_ok=$?
fixed_ok=0
wait "$e2e_fixed" || fixed_ok=$?
echo "== nginx di depan server (packaging/nginx/lindungi) =="
cat build/nginx-test.log
echo "== Tes end-to-end pada tanggal tetap 2026-01-01 (LINDUNGI_TODAY) =="
cat build/e2e-2026-01-01.log
[[ $nginx_ok -eq 0 ]] || echo "GAGAL: tes nginx (di atas) / the nginx test failed (above)" >&2
[[ $fixed_ok -eq 0 ]] || echo "GAGAL: perjalanan pada 2026-01-01 (di atas) / the journeys at 2026-01-01 failed (above)" >&2
phase_done "the rest of nginx + e2e-2026-01-01 + e2e today (started after ctest)"
echo "== Tes end-to-end: chromium, layar 360 px (tests/e2e/artifacts) =="
cat build/e2e-today.log
[[ $nginx_ok -eq 0 && $fixed_ok -eq 0 && $e2e_ok -eq 0 ]]
