#!/usr/bin/env bash
# Lookups while a 16 MiB import runs (issue 16 item 6). Prints one table; reports, never asserts.
#
#   bench/import_lookup_bench.sh [SECONDS]      (default 20 s per measurement)
#
# On a copy of the Kota Jambi demo (SQLite), another user than the uploader (the demo's auditor,
# city-wide, full NIKs) has wrk ask for workers by NIK (GET /api/v1/workers/nik/<NIK>,
# bench/lookup_nik.lua, 2 threads, 16 connections) and, as the baseline measured in the same run,
# the NIK decoder (GET /api/v1/nik/<NIK>: the same request shape with no database). Both are
# measured three times: on an idle server; while admin.kota uploads a ~16 MiB CSV import
# (bench/gen_workers.py, new valid workers) as a dry run over and over (every upload does the whole
# work: parse, every check, the duplicate search); and while admin.kota commits that import once
# (110,000 new workers written in one transaction). Target (issue 16): the lookup p99 during the
# import stays below 50 ms. Imports run on the upload worker pool, the lookups on the API pool,
# neither on the I/O threads (src/http/server.cpp). Raw outputs go to bench/results/<UTC time>-import-lookup/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_EACH="${1:-20}"
for tool in wrk curl python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "import_lookup_bench.sh: '$tool' is required" >&2; exit 2; }
done
[[ -x build/lindungi ]] || { echo "import_lookup_bench.sh: build/lindungi first (cmake --build build --target lindungi)" >&2; exit 2; }

RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-import-lookup"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-import-lookup.XXXXXX")"
server_pid=""
loop_pid=""
cleanup() {
  [[ -n "$loop_pid" ]] && kill "$loop_pid" 2>/dev/null
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) CPUs"
  echo "loadavg_before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

build/lindungi demo --db "$TMP/demo.db" >/dev/null
sqlite3 "$TMP/demo.db" "SELECT nik FROM pekerja" >"$TMP/niks.txt"
# ~16 MiB of new workers (about 110,000 rows), just under the upload limit.
rows=110000
while :; do
  python3 bench/gen_workers.py registry --db "$TMP/demo.db" --rows "$rows" --out "$TMP/import.csv" --seed 16 >/dev/null
  size=$(stat -c %s "$TMP/import.csv")
  ((size <= 16 * 1024 * 1024 - 4096)) && break
  rows=$((rows * 9 / 10))
done
echo "import_file_bytes: $size ($rows rows)" >>"$RESULTS/machine.txt"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# One user asks for thousands of NIKs a second here: the per-user limit on full-NIK lookups
# (120 a minute, issue 16 item 3) is lifted, or every lookup would be a 429. Each lookup is still
# audited, as in production.
LINDUNGI_BATAS_CARI_NIK=1000000000 build/lindungi serve --db "$TMP/demo.db" --port "$port" --threads 2 >"$RESULTS/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$port"
login=$(curl -si -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin.kota","password":"lindungi-demo"}')
COOKIE=$(grep -i '^Set-Cookie:' <<<"$login" | sed -E 's/^[^:]+: ([^;]+);.*/\1/' | tr -d '\r')
CSRF=$(tail -1 <<<"$login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
# The lookups are another user's: the auditor (city-wide, full NIKs).
login=$(curl -si -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"auditor","password":"lindungi-demo"}')
LOOKUP_COOKIE=$(grep -i '^Set-Cookie:' <<<"$login" | sed -E 's/^[^:]+: ([^;]+);.*/\1/' | tr -d '\r')

# measure NAME PREFIX: one wrk run, its WRK_JSON line kept as NAME.json.
measure() {
  wrk -t2 -c16 -d"${SECONDS_EACH}s" --timeout 10s --latency -s bench/lookup_nik.lua "$BASE" -- \
    "$TMP/niks.txt" "$2" "$LOOKUP_COOKIE" >"$RESULTS/$1.txt"
  sed -n 's/^WRK_JSON //p' "$RESULTS/$1.txt" >"$RESULTS/$1.json"
}
import_loop() {
  local n=0
  while :; do
    n=$((n + 1))
    local t0 t1 code
    t0=$(date +%s.%N)
    echo "$n started" >>"$RESULTS/imports.txt"
    # Its own process group's answer line is written even when the loop is stopped meanwhile.
    (
      code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/imports?dry_run=1&nama_berkas=bench.csv" \
        -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: text/csv' --data-binary "@$TMP/import.csv")
      t1=$(date +%s.%N)
      echo "$n $code $(python3 -c "print(round($t1 - $t0, 2))")" >>"$RESULTS/imports.txt"
    ) &
    wait $! || true
  done
}

measure idle_baseline /api/v1/nik/
measure idle_lookup /api/v1/workers/nik/
import_loop &
loop_pid=$!
sleep 2  # the first upload is in the worker pool
measure import_baseline /api/v1/nik/
measure import_lookup /api/v1/workers/nik/
# Stop starting uploads, then let the one in flight finish (up to 5 minutes): the committed
# import below must not share the upload pool with a dry run.
kill "$loop_pid" 2>/dev/null; wait "$loop_pid" 2>/dev/null || true
loop_pid=""
for _ in $(seq 300); do
  started=$(grep -c started "$RESULTS/imports.txt" 2>/dev/null || true)
  answered=$(grep -vc started "$RESULTS/imports.txt" 2>/dev/null || true)
  if ((answered >= started)); then break; fi
  sleep 1
done

# The committed import: one upload, 110,000 new workers in one write transaction. The lookups'
# audit entries cannot be appended meanwhile (one writer): they go to the audit queue and are
# folded into the chain once the commit ends (docs/SECURITY.md "Audit log").
(
  t0=$(date +%s.%N)
  code=$(curl -s -o "$RESULTS/commit_answer.json" -w '%{http_code}' -X POST "$BASE/api/v1/imports?nama_berkas=bench.csv" \
    -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: text/csv' --data-binary "@$TMP/import.csv")
  t1=$(date +%s.%N)
  echo "$code $(python3 -c "print(round($t1 - $t0, 2))")" >"$RESULTS/commit.txt"
) &
loop_pid=$!
sleep 1
# The lookups first: the import may be over before a second measurement starts.
measure commit_lookup /api/v1/workers/nik/
if kill -0 "$loop_pid" 2>/dev/null; then echo "commit_still_running_after_lookups: yes" >>"$RESULTS/machine.txt"; fi
measure commit_baseline /api/v1/nik/
wait "$loop_pid" 2>/dev/null || true
loop_pid=""
echo "loadavg_after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"

python3 - "$RESULTS" <<'PY'
import json, sys, pathlib
d = pathlib.Path(sys.argv[1])
def load(n): return json.loads((d / f"{n}.json").read_text())
print(f"{'run':<38}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
for name, label in [("idle_baseline", "idle: NIK decoder (no database)"), ("idle_lookup", "idle: lookup by NIK"),
                     ("import_baseline", "dry runs: NIK decoder (no database)"), ("import_lookup", "dry runs: lookup by NIK"),
                     ("commit_baseline", "commit: NIK decoder (no database)"), ("commit_lookup", "commit: lookup by NIK")]:
    r = load(name); l = r["latency_us"] if r["requests"] else {"p50": 0, "p99": 0, "max": 0}; e = sum(r["errors"].values())
    print(f"{label:<38}{r['rps']:>10.0f}{l['p50']/1000:>9.1f}{l['p99']/1000:>9.1f}{l['max']/1000:>9.1f}{e:>8}")
lines = [l.split() for l in (d / "imports.txt").read_text().splitlines() if l.strip()]
started = [l for l in lines if l[1] == "started"]
ended = [l for l in lines if l[1] != "started"]
ok = [l for l in ended if l[1] in ("200", "201")]
print(f"imports during the run: {len(started)} started, {len(ended)} answered ({len(ok)} 2xx), "
      f"seconds each: {', '.join(l[2] for l in ended) or 'none finished within the run'}")
commit = (d / "commit.txt").read_text().split() if (d / "commit.txt").exists() else ["?", "?"]
print(f"committed import: answered {commit[0]} after {commit[1]} s")
for name, label in [("import_lookup", "dry runs"), ("commit_lookup", "the committed import")]:
    r = load(name)
    if r["requests"] == 0:
        print(f"lookup during {label}: no lookup answered within the run (target < 50 ms: NOT met)")
        continue
    p99 = r["latency_us"]["p99"] / 1000
    # wrk leaves requests that time out (10 s) out of its percentiles: they are the tail.
    late = r["errors"]["timeout"]
    met = p99 < 50 and late == 0
    print(f"lookup p99 during {label}: {p99:.1f} ms" + (f" of those answered, {late} more waited over 10 s" if late else "")
          + f" (target < 50 ms: {'met' if met else 'NOT met'})")
PY
cat "$RESULTS/machine.txt"
