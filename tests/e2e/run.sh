#!/usr/bin/env bash
# End-to-end journeys in a real browser: builds if needed, writes a demo database to a temporary
# folder, starts `build/lindungi serve` on a free loopback port, drives Debian's chromium with
# playwright-core (tests/e2e/journeys.mjs), saves 360 px screenshots to tests/e2e/artifacts/, stops
# the server, and ends with the line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

if [[ ! -x build/lindungi || ! -f web/dist/index.html ]]; then scripts/build.sh; fi
if ! grep -q 'id="app"' build/web/index.html 2>/dev/null; then
  echo "e2e: build/web tidak berisi aplikasi Vue (npm tidak ada?) / build/web has no Vue app" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium_bin" ]]; then
  echo "e2e: $chromium_bin tidak ada (scripts/install-deps.sh --test memasangnya) / not installed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# playwright-core from the committed lockfile; npm ci only when the lockfile changed.
(
  cd tests/e2e
  stamp=node_modules/.lindungi-package-lock.json
  if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-audit --no-fund >/dev/null
    cp package-lock.json "$stamp"
  fi
)

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

build/lindungi demo --db "$tmp/demo.db" >/dev/null
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
build/lindungi serve --db "$tmp/demo.db" --port "$port" --address 127.0.0.1 >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if node -e "fetch('http://127.0.0.1:$port/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "e2e: server berhenti / server exited:" >&2
    cat "$tmp/server.log" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  sleep 0.2
done

# Correct on any date (issue 15): with LINDUNGI_TODAY the demo and the server run on that date
# (both inherit it), and the screenshots go to a folder of their own.
artifacts="$root/tests/e2e/artifacts"
if [[ -n "${LINDUNGI_TODAY:-}" ]]; then artifacts="$artifacts/tanggal-$LINDUNGI_TODAY"; fi
mkdir -p "$artifacts"
rm -f "$artifacts"/*.png
set +e
BASE_URL="http://127.0.0.1:$port" ARTIFACTS="$artifacts" CHROMIUM="$chromium_bin" \
  PROFILE_DIR="$tmp/profile" RESULT_FILE="$tmp/result.txt" node tests/e2e/journeys.mjs
status=$?
set -e
if [[ $status -ne 0 ]]; then
  echo "--- log server (akhir) / server log (tail) ---"
  tail -n 30 "$tmp/server.log"
fi
# The closing line comes last, whatever was printed before it.
if [[ -s "$tmp/result.txt" ]]; then cat "$tmp/result.txt"; else echo "0 passed, 1 failed"; status=1; fi
exit $status
