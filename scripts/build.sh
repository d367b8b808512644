#!/usr/bin/env bash
# Builds the web app (web/dist) and configures and builds Lindungi (Release) into build/.
# Re-running only rebuilds what changed. A new tree is configured as a unity build (LINDUNGI_UNITY,
# CMakeLists.txt): much less compile time for a clean build, at the price of a batch of files
# recompiled after a one-file edit.
# The web app (npm ci: mostly waiting on the registry and the disk; vite) builds beside the C++
# compile rather than before it, and its output is printed when both are done; the web UI is
# then copied next to the binary (web_static) once more, from the finished web/dist
# (docs/PERFORMANCE.md "Test suite time").
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
mkdir -p build
scripts/build-web.sh >build/build-web.log 2>&1 &
web=$!
cpp_ok=0
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLINDUNGI_UNITY=ON || cpp_ok=$?
fi
[[ $cpp_ok -ne 0 ]] || cmake --build build -j"$jobs" || cpp_ok=$?
web_ok=0
wait "$web" || web_ok=$?
cat build/build-web.log
[[ $web_ok -eq 0 ]] || { echo "build-web.sh gagal" >&2; exit 1; }
[[ $cpp_ok -eq 0 ]] || exit "$cpp_ok"
# web_static ran inside the build above, maybe before web/dist was complete: copy it again.
cmake --build build --target web_static >/dev/null
