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
#    the SQLite read and the worker's JSON. (/api/v1/health costs about the same per request today,
#    but it runs COUNT(*) over pekerja, so its cost grows with the registry.)
#
# Targets (from the issue, for 2 cores): lookup >= 20,000 requests/s with p99 <= 10 ms, no errors;
# as a ratio, lookup throughput >= 0.40 x the baseline's (see TARGET_RATIO). They are reported,
# never asserted: the script exits 0 whether or not they are met, and non-zero only when the run
# itself fails (build, server start, a wrong answer, a server crash).
# Raw outputs go to bench/results/<UTC time>/ (gitignored).
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

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
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
build/lindungi serve --db "$TMP/demo.db" --address 127.0.0.1 --port "$PORT" --threads "$SERVER_THREADS" \
  --web "$TMP/no-web" >"$RESULTS/server.log" 2>&1 &
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
python3 - "$RESULTS" "$(getconf CLK_TCK)" "$TARGET_RPS" "$TARGET_P99_MS" "$TARGET_RATIO" <<'EOF' | tee "$RESULTS/table.md"
import json, re, sys, pathlib

results, clk_tck = pathlib.Path(sys.argv[1]), int(sys.argv[2])
target_rps, target_p99_ms, target_ratio = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])

# Google Benchmark: the median of the repetitions, CPU time (steadier than wall time on a busy box).
bench = {}
for b in json.loads((results / "core_bench.json").read_text())["benchmarks"]:
    if b.get("aggregate_name") == "median":
        scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b["time_unit"]]
        bench[b["run_name"]] = b["cpu_time"] * scale

def parse_wrk(name):
    text = (results / f"wrk_{name}.txt").read_text()
    m = re.search(r"^WRK_JSON (\{.*\})$", text, re.M)
    if not m:
        raise SystemExit(f"no WRK_JSON line in wrk_{name}.txt")
    w = json.loads(m.group(1))
    # Cross-check against wrk's own report.
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    w["text_rps"] = float(rps.group(1)) if rps else None
    w["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    w["socket_errors"] = sum(v for k, v in w["errors"].items() if k != "status")
    return w

cpu = {f[0]: f[1:] for f in (l.split() for l in (results / "cpu.txt").read_text().splitlines()) if f[0] != "#"}
base, look = parse_wrk("baseline"), parse_wrk("lookup")
for name, w in (("baseline", base), ("lookup", look)):
    user_s, sys_s = int(cpu[name][0]) / clk_tck, int(cpu[name][1]) / clk_tck
    server_s, wrk_s, machine_s = user_s + sys_s, float(cpu[name][2]), int(cpu[name][3]) / clk_tck
    secs = w["duration_us"] / 1e6
    w["cpu_us_per_req"] = server_s * 1e6 / max(w["requests"], 1)
    w["cpu_split"] = (user_s * 1e6 / max(w["requests"], 1), sys_s * 1e6 / max(w["requests"], 1))
    # Cores in use on average: the server, wrk, and everything else on the machine.
    w["cores"] = (server_s / secs, wrk_s / secs, max(machine_s - server_s - wrk_s, 0.0) / secs)

rows = []
def row(name, value, unit, target="", verdict=""):
    rows.append((name, value, unit, target, verdict))

b0 = bench.get("BM_BaselineNikDigits")
for key, label in (("BM_BaselineNikDigits", "baseline: 16-digit check"),
                   ("BM_AnalyzeNik", "analyze_nik"), ("BM_ComputePremium", "compute_premium")):
    if key not in bench:
        continue
    ns = bench[key]
    row(f"{label} (CPU)", f"{ns:,.1f}", "ns/op")
    row(f"{label} (CPU)", f"{1e9 / ns / 1e6:,.2f}", "M ops/s/core")
    if b0 and key != "BM_BaselineNikDigits":
        row(f"{label} / baseline", f"{ns / b0:,.1f}", "x", "(informative)")

ok = lambda c: "met" if c else "MISSED"
ms = lambda us: f"{us / 1000:,.2f}"
row("HTTP baseline /api/v1/nik", f"{base['rps']:,.0f}", "req/s")
row("HTTP baseline p50 / p99", f"{ms(base['latency_us']['p50'])} / {ms(base['latency_us']['p99'])}", "ms")
row("HTTP baseline server CPU (user + sys)", f"{base['cpu_us_per_req']:,.1f} ({base['cpu_split'][0]:,.1f} + {base['cpu_split'][1]:,.1f})", "us/req")
row("lookup /api/v1/workers/nik", f"{look['rps']:,.0f}", "req/s", f">= {target_rps:,.0f}", ok(look["rps"] >= target_rps))
row("lookup p50", ms(look["latency_us"]["p50"]), "ms")
row("lookup p99", ms(look["latency_us"]["p99"]), "ms", f"<= {target_p99_ms:g}",
    ok(look["latency_us"]["p99"] <= target_p99_ms * 1000))
row("lookup p99.9 / max", f"{ms(look['latency_us']['p999'])} / {ms(look['latency_us']['max'])}", "ms")
errs = look["socket_errors"] + look["non2xx"] + base["socket_errors"] + base["non2xx"]
row("errors: non-2xx/3xx + socket", f"{look['non2xx']} + {look['socket_errors']}", "count", "0", ok(errs == 0))
row("lookup server CPU (user + sys)", f"{look['cpu_us_per_req']:,.1f} ({look['cpu_split'][0]:,.1f} + {look['cpu_split'][1]:,.1f})", "us/req")
ratio = look["rps"] / base["rps"] if base["rps"] else 0.0
row("lookup / baseline throughput", f"{ratio:.3f}", "x", f">= {target_ratio:.2f}", ok(ratio >= target_ratio))
cores = lambda w: " / ".join(f"{c:.2f}" for c in w["cores"])
row("CPU baseline: server / wrk / other", cores(base), "cores")
row("CPU lookup: server / wrk / other", cores(look), "cores")
row("lookup / baseline server CPU", f"{look['cpu_us_per_req'] / max(base['cpu_us_per_req'], 1e-9):.2f}", "x")

machine = (results / "machine.txt").read_text()
get = lambda k: (re.search(rf"^{k}: (.*)$", machine, re.M) or [None, "?"])[1]
print(f"Lindungi benchmarks, {get('date_utc')}, git {get('git')}")
print(f"{get('cpu')}, {get('nproc')} CPUs, {get('memory')} RAM, {get('kernel')}, {get('compiler')}")
print(f"load average before/after: {get('loadavg_before')} / {get('loadavg_after')}; "
      f"wrk {look['duration_us'] / 1e6:.1f} s per run, server and wrk share the machine")
print()
head = ("benchmark", "value", "unit", "target", "verdict")
width = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
line = lambda r: "| " + " | ".join(str(c).rjust(width[i]) if i == 1 else str(c).ljust(width[i])
                                   for i, c in enumerate(r)) + " |"
print(line(head))
print("|" + "|".join("-" * (w + 2) if i != 1 else "-" * (w + 1) + ":" for i, w in enumerate(width)) + "|")
for r in rows:
    print(line(r))
for name, w in (("baseline", base), ("lookup", look)):
    bad = w["non2xx"] + w["socket_errors"]
    if bad > 0.01 * max(w["requests"], 1):
        print(f"WARNING: {name}: {bad} of {w['requests']} requests failed; its req/s is not a lookup rate")
    if w["text_rps"] is not None and abs(w["text_rps"] - w["rps"]) > 0.01 * w["rps"] + 1:
        print(f"note: {name}: wrk printed {w['text_rps']} req/s, done() computed {w['rps']:.0f}")
EOF

if grep -q "500 on" "$RESULTS/server.log"; then
  echo "run.sh: the server logged errors; see $RESULTS/server.log" >&2
fi
echo "raw outputs: ${RESULTS#"$ROOT"/}" >&2
