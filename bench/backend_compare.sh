#!/usr/bin/env bash
# SQLite against PostgreSQL on the same work (issue 8, a first measurement; reports, never asserts):
#   1. `lindungi import` of N generated new workers (bench/gen_workers.py, every check, one
#      transaction) into a copy of the Kota Jambi demo on each backend;
#   2. lookup by NIK over HTTP (GET /api/v1/workers/nik/NIK, wrk, bench/lookup_nik.lua) on each.
#
#   scripts/with-postgres.sh bench/backend_compare.sh [--rows 100000] [--seconds 10] [--connections 16]
#
# PostgreSQL is the one at $LINDUNGI_TEST_PG (with-postgres.sh starts a throw-away local cluster,
# fsync off: import figures on PostgreSQL are optimistic against a durable one by the cost of
# one WAL flush per commit, which for one big transaction is small). Raw outputs go to
# bench/results/<UTC time>-backends/ (gitignored).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROWS=100000
SECONDS_=10
CONNS=16
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --seconds) SECONDS_=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "backend_compare.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ -n "${LINDUNGI_TEST_PG:-}" ]] || { echo "backend_compare.sh: run it under scripts/with-postgres.sh" >&2; exit 2; }
for tool in wrk psql curl python3; do
  command -v "$tool" >/dev/null || { echo "backend_compare.sh: '$tool' is required" >&2; exit 2; }
done

RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-backends"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-backends.XXXXXX")"
SERVER_PID=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

PG_BASE="${LINDUNGI_TEST_PG%/*}"
PG_URL="$PG_BASE/lindungi_bench"
psql "$LINDUNGI_TEST_PG" -qc "DROP DATABASE IF EXISTS lindungi_bench" -c "CREATE DATABASE lindungi_bench"
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "cpu: $(nproc) CPUs; loadavg_before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "postgres: $(psql "$LINDUNGI_TEST_PG" -Atc 'show server_version') at $PG_BASE"
} >"$RESULTS/machine.txt"

seconds_of() {  # seconds_of OUT CMD...: wall seconds of CMD into OUT
  local out=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}' >"$out"
}

echo "== demo on both backends" >&2
build/lindungi demo --db "$TMP/demo.db" >/dev/null
build/lindungi demo --db "$PG_URL" >/dev/null
echo "== generating $ROWS rows" >&2
python3 bench/gen_workers.py registry --db "$TMP/demo.db" --rows "$ROWS" --out "$TMP/registry.csv" --seed 1

echo "== import into SQLite" >&2
seconds_of "$RESULTS/t_import_sqlite" build/lindungi import --db "$TMP/demo.db" --file "$TMP/registry.csv" \
  --name registry.csv --json >"$RESULTS/import_sqlite.json"
echo "== import into PostgreSQL" >&2
seconds_of "$RESULTS/t_import_pg" build/lindungi import --db "$PG_URL" --file "$TMP/registry.csv" \
  --name registry.csv --json >"$RESULTS/import_pg.json"

python3 - "$TMP/demo.db" "$TMP/niks.txt" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w") as f:
    f.write("\n".join(r[0] for r in con.execute("SELECT nik FROM pekerja")) + "\n")
PY

lookup() {  # lookup NAME DB
  local name=$1 db=$2 port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  build/lindungi serve --db "$db" --address 127.0.0.1 --port "$port" --threads 2 --web "$TMP/no-web" \
    >"$RESULTS/server_$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    curl -fsS --max-time 1 "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -sS -D "$TMP/h_$name" -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"admin.kota","password":"lindungi-demo"}' "http://127.0.0.1:$port/api/v1/auth/login"
  local cookie
  cookie="$(tr -d '\r' <"$TMP/h_$name" | sed -n 's/^[Ss]et-[Cc]ookie: *\(lindungi_sesi=[^;]*\).*/\1/p' | head -1)"
  curl -fsS -H "Cookie: $cookie" "http://127.0.0.1:$port/api/v1/workers/nik/$(head -1 "$TMP/niks.txt")" >/dev/null
  wrk -t2 -c"$CONNS" -d"${SECONDS_}s" --latency -s bench/lookup_nik.lua "http://127.0.0.1:$port" -- \
    "$TMP/niks.txt" /api/v1/workers/nik/ "$cookie" >"$RESULTS/wrk_$name.txt"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
echo "== lookup by NIK, SQLite" >&2
lookup sqlite "$TMP/demo.db"
echo "== lookup by NIK, PostgreSQL" >&2
lookup pg "$PG_URL"
echo "loadavg_after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"

python3 - "$RESULTS" "$ROWS" <<'PY'
import json, pathlib, sys
d = pathlib.Path(sys.argv[1]); rows = int(sys.argv[2])
def wrk(name):
    for line in (d / f"wrk_{name}.txt").read_text().splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line[9:])
print(f"| | SQLite | PostgreSQL 15 |\n|---|---|---|")
ti = {b: float((d / f"t_import_{b}").read_text()) for b in ("sqlite", "pg")}
ci = {b: json.loads((d / f"import_{b}.json").read_text()).get("created") for b in ("sqlite", "pg")}
print(f"| import of {rows:,} new workers (s) | {ti['sqlite']:.1f} | {ti['pg']:.1f} |")
print(f"| import rate (rows/s) | {rows / ti['sqlite']:,.0f} | {rows / ti['pg']:,.0f} |")
print(f"| created | {ci['sqlite']} | {ci['pg']} |")
w = {b: wrk(b) for b in ("sqlite", "pg")}
print(f"| lookup by NIK, requests/s | {w['sqlite']['rps']:,.0f} | {w['pg']['rps']:,.0f} |")
for p in ("p50", "p99"):
    print(f"| lookup by NIK, {p} (ms) | {w['sqlite']['latency_us'][p] / 1000:.2f} | {w['pg']['latency_us'][p] / 1000:.2f} |")
errs = {b: sum(w[b]["errors"].values()) for b in w}
print(f"| wrk errors (non-2xx, timeouts) | {errs['sqlite']} | {errs['pg']} |")
PY
echo "(raw: $RESULTS)" >&2
