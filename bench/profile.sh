#!/usr/bin/env bash
# Where a request's CPU goes: the server under callgrind, the worker lookup and the baseline
# (/api/v1/nik) each driven by wrk for a few seconds, then instructions per request by stage.
# Instruction counts do not depend on what else runs on the machine, unlike bench/run.sh's
# throughput. User space only: the kernel's share (sockets) is not counted.
#
#   bench/profile.sh [SECONDS]     (default 10 per endpoint; valgrind makes the server ~50x slower)
#
# Needs valgrind (callgrind_control, callgrind_annotate), wrk, python3, curl; uses build/lindungi
# as it is. Raw profiles go to bench/results/profile-<UTC time>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_PER_RUN="${1:-10}"
[[ "$SECONDS_PER_RUN" =~ ^[0-9]+$ ]] || { echo "profile.sh: SECONDS must be a number" >&2; exit 2; }
for tool in valgrind callgrind_control callgrind_annotate wrk python3 curl timeout; do
  command -v "$tool" >/dev/null || { echo "profile.sh: '$tool' is required" >&2; exit 2; }
done
[[ -x build/lindungi ]] || { echo "profile.sh: build/lindungi is missing; run bench/run.sh first" >&2; exit 1; }

RESULTS="$ROOT/bench/results/profile-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-profile.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

timeout 120 build/lindungi demo --db "$TMP/demo.db" >/dev/null
python3 -c '
import sqlite3, sys
niks = [r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT nik FROM pekerja ORDER BY id")]
open(sys.argv[2], "w").write("\n".join(niks) + "\n")' "$TMP/demo.db" "$TMP/niks.txt"

# profile NAME PREFIX: one callgrind run, instrumented only while the measured wrk runs.
profile() {
  local name=$1 prefix=$2 port base cookie="" status up=0
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  base="http://127.0.0.1:$port"
  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$RESULTS/callgrind.$name.out" \
    build/lindungi serve --db "$TMP/demo.db" --address 127.0.0.1 --port "$port" --threads 1 --web "$TMP/no-web" \
    >"$RESULTS/server.$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "profile.sh: the server exited" >&2; exit 1; }
    if curl -fsS --max-time 2 "$base/api/v1/health" >/dev/null 2>&1; then up=1; break; fi
    sleep 0.2
  done
  [[ $up == 1 ]] || { echo "profile.sh: the server did not start under valgrind within 60 s" >&2; exit 1; }
  status="$(curl -sS --max-time 30 -o /dev/null -D "$TMP/login.headers" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"username":"admin.kota","password":"lindungi-demo"}' "$base/api/v1/auth/login")"
  if [[ $status == 200 ]]; then
    cookie="$(tr -d '\r' <"$TMP/login.headers" | sed -n 's/^[Ss]et-[Cc]ookie: *\(lindungi_sesi=[^;]*\).*/\1/p' | head -1)"
  fi
  # Warm the caches (SQLite pages, session cache) before counting.
  timeout 60 wrk -t1 -c4 -d2s -s bench/lookup_nik.lua "$base" -- "$TMP/niks.txt" "$prefix" "$cookie" >/dev/null
  timeout 30 callgrind_control -i on "$SERVER_PID" >/dev/null 2>&1
  timeout $((SECONDS_PER_RUN + 60)) wrk -t1 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s \
    -s bench/lookup_nik.lua "$base" -- "$TMP/niks.txt" "$prefix" "$cookie" >"$RESULTS/wrk.$name.txt"
  timeout 30 callgrind_control -i off "$SERVER_PID" >/dev/null 2>&1
  kill -TERM "$SERVER_PID"
  for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  callgrind_annotate --inclusive=yes --threshold=100 "$RESULTS/callgrind.$name.out" >"$RESULTS/inclusive.$name.txt" 2>/dev/null
}

echo "== callgrind: baseline /api/v1/nik/ for ${SECONDS_PER_RUN}s" >&2
profile baseline /api/v1/nik/
echo "== callgrind: lookup /api/v1/workers/nik/ for ${SECONDS_PER_RUN}s" >&2
profile lookup /api/v1/workers/nik/

python3 - "$RESULTS" <<'EOF' | tee "$RESULTS/table.md"
import json, re, sys, pathlib
results = pathlib.Path(sys.argv[1])

# Stages, each the inclusive count of the first function matching the pattern (a function may be
# counted in two stages: e.g. the handler includes the store read).
STAGES = [
    ("everything in the server thread", r"asio::detail::scheduler::run\("),
    ("HTTP parsing (http_parser)", r"http_parser_execute"),
    ("routing: the route list's regexes", r"route_matcher_t<.*>::match_route\("),
    ("Lindungi's handler, in all", r"_Function_handler<restinio::request_handling_status_t .*lindungi::"),
    ("  session check (authenticate)", r"AuthService::authenticate\("),
    ("  the route's lambda", r"lindungi::http::add_(worker|tool)_routes.*\{lambda\(lindungi::http::ApiRequest const&\)#\d+\}::operator\(\)"),
    ("    store read transaction", r"SqliteStore::read\("),
    ("      of which sqlite3_step", r":sqlite3_step "),
    ("    worker -> nlohmann::json", r"wire::worker_to_json"),
    ("    NIK -> nlohmann::json", r"wire::nik_json"),
    ("    json -> text (ApiResponse::json)", r"ApiResponse::json\("),
    ("  response headers + send (reply)", r"\(anonymous namespace\)::reply\("),
    ("malloc + free (all callers)", None),
]

def load(name):
    text = (results / f"inclusive.{name}.txt").read_text()
    funcs = []
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(?:\*\s+)?(.*)$", line)
        if m:
            funcs.append((int(m.group(1).replace(",", "")), m.group(2)))
    wrk = json.loads(re.search(r"^WRK_JSON (\{.*\})$", (results / f"wrk.{name}.txt").read_text(), re.M).group(1))
    return funcs, wrk["requests"], wrk["errors"]["status"]

def stage(funcs, pattern):
    if pattern is None:
        return sum(ir for ir, f in funcs if re.search(r"malloc\.c:(malloc|free)\b", f))
    for ir, f in funcs:
        if re.search(pattern, f):
            return ir
    return 0

data = {n: load(n) for n in ("baseline", "lookup")}
print(f"instructions per request (callgrind, user space, 1 server thread); "
      f"requests: baseline {data['baseline'][1]}, lookup {data['lookup'][1]}")
for n, (_, reqs, bad) in data.items():
    if bad:
        print(f"WARNING: {n}: {bad} of {reqs} responses were not 2xx/3xx")
print()
rows = [("stage", "baseline /nik", "lookup /workers/nik")]
for label, pattern in STAGES:
    vals = []
    for n in ("baseline", "lookup"):
        funcs, reqs, _ = data[n]
        v = stage(funcs, pattern) / max(reqs, 1)
        vals.append(f"{v / 1000:,.1f} k" if v else "-")
    rows.append((label, *vals))
w = [max(len(r[i]) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    print(f"| {r[0].ljust(w[0])} | {r[1].rjust(w[1])} | {r[2].rjust(w[2])} |")
    if i == 0:
        print(f"|{'-' * (w[0] + 2)}|{'-' * (w[1] + 1)}:|{'-' * (w[2] + 1)}:|")
EOF
echo "raw profiles: ${RESULTS#"$ROOT"/}" >&2
