#!/usr/bin/env bash
# The README's first command: install, build, and serve Lindungi with the Kota Jambi demo data on
# an embedded SQLite database at http://127.0.0.1:8080 (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p var
port="${PORT:-8080}"
echo "Lindungi: http://127.0.0.1:${port}"
exec build/lindungi serve --db var/lindungi.db --port "$port" --demo
