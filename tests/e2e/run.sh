#!/usr/bin/env bash
# End-to-end journeys in a real browser: builds if needed, writes a demo database to a temporary
# folder, starts `build/lindungi serve` on a free loopback port, drives Debian's chromium with
# playwright-core (tests/e2e/journeys.mjs), saves 360 px screenshots to tests/e2e/artifacts/ and the
# guide's (docs/id/PANDUAN-RT-KELURAHAN.md) to docs/id/gambar/, stops the server, and ends with the
# line "N passed, N failed[, N skipped]".
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
bash tests/e2e/install.sh

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
# Every answer the journeys receive is recorded for the contract check below (issue 18 item 5).
LINDUNGI_ANSWER_DIR="$tmp/answers" \
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
# The guide's screenshots (issue 19 item 9) go into the committed docs/id/gambar, refreshed by every
# run at the real today; a run at a fixed date keeps its own beside its artifacts.
guide_dir="$root/docs/id/gambar"
if [[ -n "${LINDUNGI_TODAY:-}" ]]; then guide_dir="$artifacts/panduan"; fi
mkdir -p "$guide_dir"
touch "$tmp/journeys-start"
set +e
BASE_URL="http://127.0.0.1:$port" ARTIFACTS="$artifacts" GUIDE_DIR="$guide_dir" CHROMIUM="$chromium_bin" \
  PROFILE_DIR="$tmp/profile" RESULT_FILE="$tmp/result.txt" node tests/e2e/journeys.mjs
status=$?
set -e

# The guide's screenshots are committed: compressed to a palette (pngquant, a Debian package) they
# take about a third of the space. Then, after a run of every journey, each image the guide shows
# must have been taken again by this run (a renamed or dropped guideShot leaves an old picture).
fresh=()
while IFS= read -r -d '' f; do fresh+=("$f"); done < <(find "$guide_dir" -name '*.png' -newer "$tmp/journeys-start" -print0)
if [[ ${#fresh[@]} -gt 0 ]]; then
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --strip --quality=65-90 --ext .png -- "${fresh[@]}" || true
  else
    echo "e2e: pngquant tidak ada (scripts/install-deps.sh --test memasangnya); gambar panduan tidak dikompresi" >&2
  fi
fi
if [[ -z "${E2E_JOURNEYS:-}" ]]; then
  if ! python3 tests/ops/guide_images_test.py --taken "$guide_dir" --since "$tmp/journeys-start" >/dev/null; then
    echo "e2e: gambar panduan (docs/id/PANDUAN-RT-KELURAHAN.md) tidak diambil ulang oleh perjalanan ini" >&2
    status=1
    if [[ "$(cat "$tmp/result.txt" 2>/dev/null)" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(.*)$ ]]; then
      echo "${BASH_REMATCH[1]} passed, $((BASH_REMATCH[2] + 1)) failed${BASH_REMATCH[3]}" >"$tmp/result.txt"
    fi
  fi
fi

# Issue 19 item 3: after every journey the server's log (access lines on stderr, as under systemd)
# holds no NIK, no password and no session or CSRF token. One more login here gives a token known
# to have been used; any other token would be 43 base64url characters, which no log line has.
demo_password=$(sed -n 's/.*kDemoPassword = "\(.*\)";.*/\1/p' src/demo/demo_accounts.hpp)
login=$(curl -s -D - -o "$tmp/login.json" -H 'Content-Type: application/json' \
  -d "{\"username\":\"operator.kelurahan\",\"password\":\"$demo_password\"}" "http://127.0.0.1:$port/api/v1/auth/login")
token=$(printf '%s' "$login" | sed -n 's/^[Ss]et-[Cc]ookie: lindungi_sesi=\([^;]*\);.*/\1/p' | tr -d '\r')
csrf=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$tmp/login.json','utf8')).csrf_token||'')")
curl -s -o /dev/null -H "Cookie: lindungi_sesi=$token" "http://127.0.0.1:$port/api/v1/workers/nik/1571015203900001"
sleep 0.5  # the access log writes its lines in batches every 100 ms (src/http/access_log.hpp)
log_problems=()
if [[ -z "$demo_password" || -z "$token" || -z "$csrf" ]]; then log_problems+=("login untuk pemeriksaan log gagal"); fi
if ! grep -q '"route":"/api/v1/workers/nik/{nik}"' "$tmp/server.log"; then log_problems+=("tidak ada baris log akses"); fi
if grep -nE '(^|[^0-9])[0-9]{16}([^0-9]|$)' "$tmp/server.log" | head -3 | grep .; then log_problems+=("NIK"); fi
if [[ -n "$demo_password" ]] && grep -nF "$demo_password" "$tmp/server.log" | head -3 | grep .; then
  log_problems+=("kata sandi")
fi
if [[ -n "$token" ]] && grep -nF -e "$token" -e "$csrf" "$tmp/server.log" | head -3 | grep .; then
  log_problems+=("token sesi/CSRF")
fi
if grep -nE '[A-Za-z0-9_-]{43}' "$tmp/server.log" | head -3 | grep .; then log_problems+=("sesuatu seperti token"); fi
if [[ ${#log_problems[@]} -gt 0 ]]; then
  echo "e2e: log server memuat / server log holds: ${log_problems[*]}" >&2
  status=1
  # Counted as one more failure in the closing line.
  if [[ "$(cat "$tmp/result.txt" 2>/dev/null)" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(.*)$ ]]; then
    echo "${BASH_REMATCH[1]} passed, $((BASH_REMATCH[2] + 1)) failed${BASH_REMATCH[3]}" >"$tmp/result.txt"
  fi
fi
# Issue 18 item 5: every JSON answer the browser (and the checks above) received matches
# docs/openapi.yaml (tests/openapi/answers.py); a mismatch is one more failure.
if ! python3 tests/openapi/answers.py docs/openapi.yaml "$tmp/answers"; then
  echo "e2e: jawaban API tidak sesuai docs/openapi.yaml / answers do not match the contract" >&2
  status=1
  if [[ "$(cat "$tmp/result.txt" 2>/dev/null)" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(.*)$ ]]; then
    echo "${BASH_REMATCH[1]} passed, $((BASH_REMATCH[2] + 1)) failed${BASH_REMATCH[3]}" >"$tmp/result.txt"
  fi
fi
if [[ $status -ne 0 ]]; then
  echo "--- log server (akhir) / server log (tail) ---"
  tail -n 30 "$tmp/server.log"
fi
# The closing line comes last, whatever was printed before it.
if [[ -s "$tmp/result.txt" ]]; then cat "$tmp/result.txt"; else echo "0 passed, 1 failed"; status=1; fi
exit $status
