#!/usr/bin/env bash
# Builds TARGETS in build-asan/: clang, AddressSanitizer + UndefinedBehaviorSanitizer, -O0, with
# libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link) in the libraries the fuzz
# targets reach (CMakeLists.txt, LINDUNGI_FUZZ). One tree serves both the
# sanitizer unit tests and the fuzz targets (scripts/fuzz.sh), so the test command compiles the
# application library twice (Release and this), not three times. With clang, CMake precompiles each
# target's third-party headers (LINDUNGI_PCH), and compiles each target's files in batches
# (LINDUNGI_UNITY, docs/PERFORMANCE.md "Test suite time").
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# Configured every time (cheap): a fuzz target or test file added since the last run is then known.
# A tree left by the older GCC sanitizer build is replaced, since a tree cannot change compiler.
if [[ -f build-asan/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
# Debug information as line tables only: the sanitizers' and libFuzzer's reports still name each
# frame's function, file and line (inlined frames too), and the tree compiles about 12 % faster
# than with full -g (docs/PERFORMANCE.md "Test suite time"); a debugger's view of variables is
# what is lost, for which a developer configures a tree of their own.
# -O0 and batches of 16 files (docs/PERFORMANCE.md "Under 15 minutes"): measured on this machine,
# the tree and its unit tests took 413 s + 142 s of CPU at -O1 in batches of 8, and 160 s + 264 s
# at -O0 in batches of 16; the tests run slower, the compile far faster, and the test command has
# two cores for both. ASan and UBSan find the same errors without optimisation (the optimiser can
# only hide some, by removing the access). The libraries libFuzzer reaches stay at -O1
# (CMakeLists.txt, LINDUNGI_FUZZ).
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLINDUNGI_SANITIZE=ON \
  -DLINDUNGI_SERVER=OFF -DLINDUNGI_BENCH=OFF -DLINDUNGI_FUZZ=ON -DLINDUNGI_UNITY=ON \
  -DLINDUNGI_UNITY_BATCH_SIZE=16 -DCMAKE_CXX_FLAGS="-O0" -DCMAKE_C_FLAGS="-O0" \
  -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only" -DCMAKE_C_FLAGS_DEBUG="-gline-tables-only" >/dev/null
cmake --build build-asan -j"$jobs" --target "$@"
