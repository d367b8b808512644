#!/usr/bin/env bash
# The access log's cost on lookup throughput (issue 19: at most 5 %). Serves the demo database
# three times, with `--access-log off`, to a file and to stderr (redirected to a file, as journald
# would take it), and runs the same wrk lookup by NIK (bench/lookup_nik.lua, logged in) against
# each; rounds alternate to spread the machine's noise. Prints requests/s per mode and the change
# against "off". Metrics are always on (each request: a few relaxed atomic additions).
#   bench/access_log_bench.sh [SECONDS per run] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
rounds="${2:-3}"
[[ -x build/lindungi ]] || scripts/build.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

tmp=$(mktemp -d)
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
build/lindungi demo --db "$tmp/bench.db" >/dev/null
sqlite3 "$tmp/bench.db" "SELECT nik FROM pekerja" >"$tmp/niks.txt"

run() {  # mode -> requests/s
  local mode=$1 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local log_opt=(--access-log off)
  [[ $mode == file ]] && log_opt=(--access-log "$tmp/akses.log")
  [[ $mode == stderr ]] && log_opt=(--access-log stderr)
  build/lindungi serve --db "$tmp/bench.db" --port "$port" --threads 2 "${log_opt[@]}" >"$tmp/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
  local login cookie
  login=$(curl -si -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin.kota","password":"lindungi-demo"}')
  cookie=$(grep -i '^Set-Cookie:' <<<"$login" | sed -E 's/^[^:]+: ([^;]+);.*/\1/' | tr -d '\r')
  wrk -t2 -c32 -d"${duration}s" -s bench/lookup_nik.lua "http://127.0.0.1:$port" -- "$tmp/niks.txt" \
    /api/v1/workers/nik/ "$cookie" | awk '/^Requests\/sec/ {print $2}'
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  rm -f "$tmp/akses.log"
}

declare -A sum=([off]=0 [file]=0 [stderr]=0)
for r in $(seq "$rounds"); do
  for mode in off file stderr; do
    rps=$(run "$mode")
    echo "round $r $mode: $rps req/s"
    sum[$mode]=$(python3 -c "print(${sum[$mode]} + $rps)")
  done
done
for mode in off file stderr; do
  python3 -c "
off = ${sum[off]} / $rounds; m = ${sum[$mode]} / $rounds
print(f'$mode: {m:.0f} req/s ({(m - off) / off * 100:+.1f} % against off)')"
done
