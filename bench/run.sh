#!/usr/bin/env bash
# Runs Lindungi's benchmarks and prints one table.
#
#   bench/run.sh           micro-benchmarks + 10 s wrk runs (about 45 s in all)
#   bench/run.sh --quick   micro-benchmarks + 3 s wrk runs
#   bench/run.sh --no-build   use build/lindungi and build/core_bench as they are
#
# 1. core_bench (Google Benchmark): NIK analysis and premium computation, next to
#    BM_BaselineNikDigits, the floor any NIK check costs (bench/baseline_bench.cpp).
# 2. The worker lookup by NIK, GET /api/v1/workers/nik/<nik>, under wrk against `lindungi serve
#    --threads 2` on the Kota Jambi demo (17,966 workers), NIKs drawn at random from the demo.
#    Baseline, in the same run and the same server: GET /api/v1/nik/<nik>, same request shape and
#    the same NIKs, but no database (the NIK decoder), so the ratio isolates what the lookup adds:
#    the SQLite read and the worker's JSON. (/api/v1/health no longer queries the database, issue
#    16, but its answer differs in shape; the NIK decoder stays the baseline.)
#
# Targets (from the issue, for 2 cores): lookup >= 20,000 requests/s with p99 <= 10 ms, no errors;
# as a ratio, lookup throughput >= 0.40 x the baseline's (see TARGET_RATIO). They are reported,
# never asserted: the script exits 0 whether or not they are met, and non-zero only when the run
# itself fails (build, server start, a wrong answer, a server crash).
# Raw outputs go to bench/results/<UTC time>/ (gitignored); `python3 bench/table.py DIR` reprints a
# run's table from them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WRK_SECONDS=10
WRK_THREADS=2
WRK_CONNECTIONS=64
SERVER_THREADS=2
MIN_TIME=0.2          # Google Benchmark --benchmark_min_time (seconds; v1.7 takes a plain number)
REPETITIONS=3
BUILD=1
# Targets. The issue's are absolute, for a 2-core machine. The ratio target carries them to other
# machines: 20,000 req/s is 0.40 of the baseline measured on the 2-core reference machine of
# docs/PERFORMANCE.md (about 50,000 req/s when nothing else runs there).
TARGET_RPS=20000
TARGET_P99_MS=10
TARGET_RATIO=0.40
# The demo's city-wide account (README.md): it may read every worker, with the full NIK.
BENCH_USER=admin.kota
BENCH_PASSWORD=lindungi-demo

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; }
for arg in "$@"; do
  case "$arg" in
    --quick) WRK_SECONDS=3 ;;
    --no-build) BUILD=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

for tool in cmake python3 curl wrk timeout; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required (wrk: apt-get install wrk)" >&2; exit 2; }
done

# --- build -------------------------------------------------------------------------------------
# Only the two programs this needs, so an unrelated target that does not build stops nothing here.
if [[ $BUILD == 1 ]]; then
  if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  echo "== building lindungi and core_bench" >&2
  cmake --build build -j2 --target lindungi core_bench >&2
fi
for exe in build/lindungi build/core_bench; do
  [[ -x $exe ]] || { echo "run.sh: $exe is missing (run without --no-build)" >&2; exit 1; }
done
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' build/CMakeCache.txt 2>/dev/null || true)"
if [[ "$build_type" != "Release" ]]; then
  echo "run.sh: warning: build/ is configured as '${build_type:-<none>}', not Release; numbers will be low" >&2
fi

# --- scratch space and cleanup -----------------------------------------------------------------
RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-bench.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the machine -------------------------------------------------------------------------------
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  if git rev-parse --git-dir >/dev/null 2>&1; then
    echo "git: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- 2>/dev/null || echo ' (uncommitted changes)')"
  else
    echo "git: (not a git checkout)"
  fi
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h 2>/dev/null | awk '/^Mem:/ {print $2}')"
  echo "kernel: $(uname -sr)"
  echo "compiler: $(c++ --version 2>/dev/null | head -1)"
  echo "build_type: $build_type"
  echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "loadavg_before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

# --- 1. micro-benchmarks -----------------------------------------------------------------------
echo "== core_bench (min_time ${MIN_TIME}s x ${REPETITIONS})" >&2
timeout 300 build/core_bench --benchmark_format=json --benchmark_min_time="$MIN_TIME" \
  --benchmark_repetitions="$REPETITIONS" --benchmark_report_aggregates_only=true \
  >"$RESULTS/core_bench.json" 2>"$RESULTS/core_bench.stderr"

# --- 2. the HTTP lookup ------------------------------------------------------------------------
echo "== demo database" >&2
timeout 120 build/lindungi demo --db "$TMP/demo.db" >"$RESULTS/demo.txt"
python3 - "$TMP/demo.db" "$TMP/niks.txt" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
niks = [r[0] for r in con.execute("SELECT nik FROM pekerja ORDER BY id")]
with open(sys.argv[2], "w") as f:
    f.write("\n".join(niks) + "\n")
print(f"{len(niks)} NIKs", file=sys.stderr)
EOF
FIRST_NIK="$(head -1 "$TMP/niks.txt")"

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
echo "== lindungi serve on $BASE (--threads $SERVER_THREADS)" >&2
# One user sends every lookup: lift the per-user limit on full-NIK lookups (issue 16 item 3,
# 120 a minute by default). Each lookup is still audited, which the numbers include.
LINDUNGI_BATAS_CARI_NIK=1000000000 build/lindungi serve --db "$TMP/demo.db" --address 127.0.0.1 --port "$PORT" \
  --threads "$SERVER_THREADS" --web "$TMP/no-web" >"$RESULTS/server.log" 2>&1 &
SERVER_PID=$!

up=0
for _ in $(seq 1 100); do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "run.sh: the server exited; see $RESULTS/server.log" >&2; exit 1; }
  if curl -fsS --max-time 1 "$BASE/api/v1/health" >/dev/null 2>&1; then up=1; break; fi
  sleep 0.1
done
[[ $up == 1 ]] || { echo "run.sh: the server did not answer /api/v1/health within 10 s" >&2; exit 1; }

# A session: every route but /health needs one. (A build from before accounts answers 404 here.)
COOKIE=""
login_status="$(curl -sS --max-time 10 -o "$TMP/login.json" -D "$TMP/login.headers" -w '%{http_code}' \
  -H 'Content-Type: application/json' \
  -d "{\"username\":\"$BENCH_USER\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/auth/login")"
case "$login_status" in
  200) COOKIE="$(tr -d '\r' <"$TMP/login.headers" | sed -n 's/^[Ss]et-[Cc]ookie: *\(lindungi_sesi=[^;]*\).*/\1/p' | head -1)"
       [[ -n "$COOKIE" ]] || { echo "run.sh: the login answered 200 without a lindungi_sesi cookie" >&2; exit 1; } ;;
  404) echo "run.sh: no /api/v1/auth/login in this build; requests go without a session" >&2 ;;
  *) echo "run.sh: logging in as $BENCH_USER failed: HTTP $login_status $(head -c 300 "$TMP/login.json")" >&2; exit 1 ;;
esac
AUTH=()
[[ -n "$COOKIE" ]] && AUTH=(-H "Cookie: $COOKIE")

# One request of each kind, checked, before any load.
curl -fsS --max-time 5 "${AUTH[@]}" "$BASE/api/v1/workers/nik/$FIRST_NIK" >"$RESULTS/sample_lookup.json"
curl -fsS --max-time 5 "${AUTH[@]}" "$BASE/api/v1/nik/$FIRST_NIK" >"$RESULTS/sample_baseline.json"
grep -q "\"nik\":\"$FIRST_NIK\"" "$RESULTS/sample_lookup.json" \
  || { echo "run.sh: the lookup of $FIRST_NIK did not return that worker" >&2; exit 1; }
grep -q '"valid":true' "$RESULTS/sample_baseline.json" \
  || { echo "run.sh: the baseline request did not decode $FIRST_NIK" >&2; exit 1; }

# Where the CPU went during a run, in clock ticks: the server (utime + stime from /proc), wrk (the
# `time` keyword: user + sys of its children) and the whole machine (busy = all but idle + iowait),
# so the table can show how much of the 2 cores other processes took.
server_ticks() { awk '{print $14, $15}' "/proc/$SERVER_PID/stat"; }  # utime stime
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# run_wrk NAME SECONDS PREFIX: one wrk run, its output saved, the CPU accounting around it.
run_wrk() {
  local name=$1 seconds=$2 prefix=$3 u0 k0 m0 u1 k1 m1 wrk_cpu TIMEFORMAT='%3U %3S'
  read -r u0 k0 < <(server_ticks); m0=$(machine_ticks)
  { time timeout $((seconds + 30)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --timeout 5s \
      --latency -s bench/lookup_nik.lua "$BASE" -- "$TMP/niks.txt" "$prefix" "$COOKIE" >"$RESULTS/wrk_$name.txt" 2>&1; } \
    2>"$TMP/time_$name" || { echo "run.sh: wrk failed ($name); see $RESULTS/wrk_$name.txt" >&2; exit 1; }
  read -r u1 k1 < <(server_ticks); m1=$(machine_ticks)
  wrk_cpu=$(awk '{print $1 + $2}' "$TMP/time_$name")
  echo "$name $((u1 - u0)) $((k1 - k0)) $wrk_cpu $((m1 - m0))" >>"$RESULTS/cpu.txt"
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "run.sh: the server died during $name" >&2; exit 1; }
}

echo "== wrk: warm-up, then baseline and lookup, ${WRK_SECONDS}s each, -t$WRK_THREADS -c$WRK_CONNECTIONS" >&2
echo "# run server_user_ticks server_sys_ticks wrk_cpu_seconds machine_busy_ticks" >"$RESULTS/cpu.txt"
run_wrk warmup 2 /api/v1/workers/nik/
run_wrk baseline "$WRK_SECONDS" /api/v1/nik/
run_wrk lookup "$WRK_SECONDS" /api/v1/workers/nik/
echo "loadavg_after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"

# --- the table ---------------------------------------------------------------------------------
printf 'clk_tck %s\ntarget_rps %s\ntarget_p99_ms %s\ntarget_ratio %s\n' \
  "$(getconf CLK_TCK)" "$TARGET_RPS" "$TARGET_P99_MS" "$TARGET_RATIO" >"$RESULTS/targets.txt"
python3 bench/table.py "$RESULTS" | tee "$RESULTS/table.md"

if grep -q "500 on" "$RESULTS/server.log"; then
  echo "run.sh: the server logged errors; see $RESULTS/server.log" >&2
fi
echo "raw outputs: ${RESULTS#"$ROOT"/}" >&2
