#!/usr/bin/env bash
# Builds the web app (web/dist) and configures and builds Lindungi (Release) into build/.
# Re-running only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
scripts/build-web.sh  # web/dist first: CMake's web_static target copies it next to the binary
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j"$jobs"
