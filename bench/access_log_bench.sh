#!/usr/bin/env bash
# The access log's cost on lookup throughput (issue 19: at most 5 %). Serves the demo database
# three times, with `--access-log off`, to a file and to stderr (redirected to a file, as journald
# would take it), and runs the same wrk lookup by NIK (bench/lookup_nik.lua, logged in) against
# each; rounds alternate to spread the machine's noise. Prints requests/s per mode (median and
# range over the rounds) and the change against "off": the median of each round's own ratio (a
# round's three runs are seconds apart, so a busy machine's drift cancels better than between
# medians), and the server's own CPU time per request (user + system, from /proc), which other
# processes on a busy machine move much less than requests/s. Metrics are always on (each request:
# a few relaxed atomic additions).
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

cpu_ticks() {  # the server's user + system CPU time so far, in clock ticks (/proc/PID/stat)
  awk '{print $14 + $15}' "/proc/$1/stat"
}

run() {  # mode -> requests/s and the server's CPU microseconds per request
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
  # Besides requests/s (which a busy machine moves by tens of percent), the server's own CPU time
  # per request: what the log adds to each request, much less sensitive to other processes.
  local before after out
  before=$(cpu_ticks "$server_pid")
  out=$(wrk -t2 -c32 -d"${duration}s" -s bench/lookup_nik.lua "http://127.0.0.1:$port" -- "$tmp/niks.txt" \
    /api/v1/workers/nik/ "$cookie")
  after=$(cpu_ticks "$server_pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n = $1} /^Requests\/sec/ {rps = $2}
    END {printf "%s %.1f\n", rps, ticks / hz * 1e6 / n}' <<<"$out"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  rm -f "$tmp/akses.log"
}

: >"$tmp/rounds.txt"
for r in $(seq "$rounds"); do
  # The order turns each round, so that no mode always runs first (or last) in a round.
  modes=(off file stderr)
  shift_by=$(( (r - 1) % 3 ))
  modes=("${modes[@]:$shift_by}" "${modes[@]:0:$shift_by}")
  for mode in "${modes[@]}"; do
    read -r rps cpu < <(run "$mode")
    echo "round $r $mode: $rps req/s, $cpu µs server CPU per request"
    echo "$r $mode $rps $cpu" >>"$tmp/rounds.txt"
  done
done
python3 - "$tmp/rounds.txt" <<'PY'
import statistics, sys
runs, cpu = {}, {}
for line in open(sys.argv[1]):
    r, mode, rps, us = line.split()
    runs.setdefault(mode, {})[int(r)] = float(rps)
    cpu.setdefault(mode, {})[int(r)] = float(us)
off = runs["off"]
for mode in ("off", "file", "stderr"):
    v = sorted(runs[mode].values())
    line = f"{mode}: median {statistics.median(v):,.0f} req/s (min {v[0]:,.0f}, max {v[-1]:,.0f})"
    if mode != "off":
        ratios = [runs[mode][r] / off[r] - 1 for r in off if r in runs[mode]]
        line += f"; per-round change against off: median {statistics.median(ratios) * 100:+.1f} %"
        line += " (" + ", ".join(f"{x * 100:+.1f}" for x in ratios) + ")"
    c = sorted(cpu[mode].values())
    line += f"\n  server CPU per request: median {statistics.median(c):.1f} us (min {c[0]:.1f}, max {c[-1]:.1f})"
    if mode != "off":
        ratios = [cpu[mode][r] / cpu["off"][r] - 1 for r in cpu["off"] if r in cpu[mode]]
        line += f"; per-round change against off: median {statistics.median(ratios) * 100:+.1f} %"
        line += " (" + ", ".join(f"{x * 100:+.1f}" for x in ratios) + ")"
    print(line)
PY
