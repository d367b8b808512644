#!/usr/bin/env bash
# Reliability load test (issue: security and reliability): 200 concurrent connections on
# loopback mixing reads and writes for DURATION seconds (default 60), then checks zero 5xx and
# zero lost writes (workers in the database before + 201 answers = workers after). A benchmark
# script, not a CI test: `bench/load.sh [SECONDS] [CONNECTIONS]`.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60}"
connections="${2:-200}"
[[ -x build/lindungi ]] || scripts/build.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

build/lindungi demo --db "$tmp/load.db" >/dev/null
sqlite3 "$tmp/load.db" "SELECT nik FROM pekerja" > "$tmp/niks.txt"
ulimit -n 4096 2>/dev/null || true
build/lindungi serve --db "$tmp/load.db" --port "$port" --threads 2 > "$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done

login=$(curl -si -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin.kota","password":"lindungi-demo"}')
export LINDUNGI_COOKIE=$(grep -i '^Set-Cookie:' <<<"$login" | sed -E 's/^[^:]+: ([^;]+);.*/\1/' | tr -d '\r')
export LINDUNGI_CSRF=$(tail -1 <<<"$login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
export LINDUNGI_NIKS="$tmp/niks.txt"
before=$(sqlite3 "$tmp/load.db" "SELECT count(*) FROM pekerja")

timeout $((duration + 30)) wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency \
  -s bench/load_mix.lua "http://127.0.0.1:$port" | tee "$tmp/wrk.txt"

after=$(sqlite3 "$tmp/load.db" "SELECT count(*) FROM pekerja")
created=$(grep -Eo 'created=[0-9]+' "$tmp/wrk.txt" | cut -d= -f2)
errors5xx=$(grep -Eo 'server_errors=[0-9]+' "$tmp/wrk.txt" | cut -d= -f2)
integrity=$(sqlite3 "$tmp/load.db" "PRAGMA integrity_check")
alive=$(curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && echo ya || echo TIDAK)
echo
echo "| ukuran | nilai |"
echo "|---|---|"
echo "| koneksi / durasi | $connections / ${duration} s |"
echo "| permintaan/detik | $(grep 'Requests/sec' "$tmp/wrk.txt" | awk '{print $2}') |"
echo "| p50 / p99 | $(grep -E '^ +50%' "$tmp/wrk.txt" | awk '{print $2}') / $(grep -E '^ +99%' "$tmp/wrk.txt" | awk '{print $2}') |"
echo "| jawaban 5xx | $errors5xx |"
echo "| pekerja sebelum / sesudah / jawaban 201 | $before / $after / $created |"
echo "| integrity_check | $integrity |"
echo "| server masih melayani | $alive |"
status=0
[[ "$errors5xx" == "0" ]] || { echo "GAGAL: ada jawaban 5xx"; status=1; }
# A write whose answer timed out on the client may still have been committed: every 201 must be
# in the database, and nothing beyond what was sent.
writes_sent=$(grep -Eo 'writes_sent=[0-9]+' "$tmp/wrk.txt" | cut -d= -f2)
[[ $((after - before)) -ge $created ]] || { echo "GAGAL: tulisan yang dijawab 201 hilang"; status=1; }
[[ $((after - before)) -le $writes_sent ]] || { echo "GAGAL: lebih banyak baris daripada tulisan yang dikirim"; status=1; }
[[ "$integrity" == "ok" ]] || status=1
exit $status
