#!/usr/bin/env bash
# The scale benchmark (issue 8 item 4; reports, never asserts). Phases, each re-runnable:
#
#   bench/scale_bench.sh load    [--rows 10000000]   tuned PostgreSQL 15 cluster in $DIR/pg, the
#                                generated registry (bench/gen_scale.py) by COPY, against psql \copy
#                                of the same file into a bare table; 1 month of allocations for the
#                                funded members (not timed)
#   bench/scale_bench.sh measure --label L           on that cluster: lookup by NIK under wrk (p99),
#                                the coverage dashboard as the API serves it, the monthly billing run
#   bench/scale_bench.sh sqlite  [--rows 1000000]    the first N rows of the same file on SQLite, and
#                                the same measurements (label sqlite)
#   bench/scale_bench.sh import  [--rows 1000000]    `lindungi import` of N template rows into an
#                                empty registry (regions only) on PostgreSQL and on SQLite
#   bench/scale_bench.sh table                       one table of everything measured in $DIR
#   bench/scale_bench.sh stop                        stops the cluster and deletes $DIR's databases
#
# Options: --dir DIR (default /tmp/lindungi-scale; ~25 GB at 10 M), --bin PATH (default
# build/lindungi), --seconds S and --connections C for wrk (10, 16), --no-billing (measure: skip
# the billing run, which can only be timed once per database: it invoices the month). Generators and loads run
# under nice -n 10 (the machine is shared). Every phase appends to $DIR/results.jsonl; wall time,
# CPU time of the process measured and the load average are recorded next to each figure.
# The cluster runs fsync=off (a throw-away cluster; PostgreSQL's own durability is not measured)
# and is tuned for a 24 GiB, 2-core machine: see PG_OPTS below.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PHASE=${1:-}
[[ -n "$PHASE" ]] && shift
DIR=/tmp/lindungi-scale
BIN=build/lindungi
ROWS=""
LABEL=""
SECS=10
CONNS=16
BILLING=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --rows) ROWS=$2; shift 2 ;;
    --label) LABEL=$2; shift 2 ;;
    --seconds) SECS=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    --no-billing) BILLING=0; shift ;;
    *) echo "scale_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case "$PHASE" in load|copybase|measure|sqlite|sqlitemeasure|import|table|stop) ;; *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;; esac
BIN=$(realpath "$BIN")
PGBIN=/usr/lib/postgresql/15/bin
mkdir -p "$DIR/data" "$DIR/raw"
DATA="$DIR/data"
RESULTS="$DIR/results.jsonl"
PASSWORD=lindungi-skala-2026
PG_OPTS="-c shared_buffers=4GB -c effective_cache_size=16GB -c maintenance_work_mem=1GB -c work_mem=64MB \
-c max_wal_size=16GB -c checkpoint_timeout=30min -c wal_level=minimal -c max_wal_senders=0 \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c random_page_cost=1.1 -c jit=off \
-c max_connections=200 -c listen_addresses=127.0.0.1"

run_as=()
[[ $(id -u) -eq 0 ]] && run_as=(runuser -u postgres --)
now() { date +%s.%N; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }
# record KEY VALUE [UNIT]: one line of results.jsonl, with the load average and the binary's commit.
record() {
  python3 - "$RESULTS" "$1" "$2" "${3:-}" "$(loadavg)" "$(git -C "$ROOT" rev-parse --short HEAD)" <<'PY'
import json, sys, time
path, key, value, unit, load, commit = sys.argv[1:]
try:
    value = float(value)
except ValueError:
    pass
with open(path, "a") as f:
    f.write(json.dumps({"key": key, "value": value, "unit": unit, "load": float(load), "commit": commit,
                        "utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")
PY
  echo "  $1 = $2 $3" >&2
}
# CPU seconds of the PostgreSQL server so far: the postmaster and its live children (backends),
# in clock ticks from /proc, plus the children it has reaped (a session's backend exits with it).
# Only this cluster's processes: `ps -u postgres` would count other clusters of the same user and
# gives whole seconds per process (16 backends, each rounded down).
pg_cpu() {
  local pm
  pm=$(head -1 "$DIR/pg/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  local hz
  hz=$(getconf CLK_TCK)
  # Fields counted from the end of the line: the command name in (…) may contain spaces.
  { awk '{sub(/^.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$pm/stat"
    for c in $(ps --ppid "$pm" -o pid= 2>/dev/null); do
      awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$c/stat" 2>/dev/null
    done; } | awk -v hz="$hz" '{s += $1} END {printf "%.2f", s / hz}'
}
# timed NAME CMD...: runs CMD, records NAME_wall_s and NAME_cpu_s (user + sys of CMD and its
# children) and, when the cluster runs, NAME_pgcpu_s (the server's CPU meanwhile).
timed() {
  local name=$1; shift
  local t0 t1 p0 p1
  p0=$(pg_cpu)
  t0=$(now)
  /usr/bin/time -f "%U %S" -o "$DIR/raw/$name.cpu" "$@"
  t1=$(now)
  p1=$(pg_cpu)
  record "${name}_wall_s" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')" s
  record "${name}_cpu_s" "$(awk '{printf "%.2f", $1 + $2}' "$DIR/raw/$name.cpu")" s
  [[ "$p1" == 0 ]] || record "${name}_pgcpu_s" "$(awk -v a="$p0" -v b="$p1" 'BEGIN {printf "%.2f", b - a}')" s
}

pg_port() { cat "$DIR/pg/port" 2>/dev/null; }
pg_url() { echo "postgresql://lindungi:$PASSWORD@127.0.0.1:$(pg_port)/skala"; }
pg_start() {
  if [[ -f "$DIR/pg/port" ]] && "${run_as[@]}" "$PGBIN/pg_ctl" -D "$DIR/pg/data" status >/dev/null 2>&1; then return; fi
  mkdir -p "$DIR/pg"
  [[ ${#run_as[@]} -gt 0 ]] && chown postgres: "$DIR/pg"
  if [[ ! -d "$DIR/pg/data" ]]; then
    echo "$PASSWORD" >"$DIR/pg/sandi"
    [[ ${#run_as[@]} -gt 0 ]] && chown postgres: "$DIR/pg/sandi"
    "${run_as[@]}" "$PGBIN/initdb" -D "$DIR/pg/data" -U lindungi --pwfile="$DIR/pg/sandi" \
      --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$DIR/pg/initdb.log"
  fi
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$DIR/pg/port"
  # shellcheck disable=SC2086
  "${run_as[@]}" "$PGBIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/postgres.log" -w -t 120 \
    -o "-p $(pg_port) -k $DIR/pg $PG_OPTS" start >/dev/null
}
psql_() { PGPASSWORD=$PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(pg_port)" -U lindungi "$@"; }

gen_data() {  # the regions and the 10 M (or --rows) file, generated once per $DIR
  local rows=$1
  if [[ ! -f "$DATA/rt.tsv" ]]; then python3 bench/gen_scale.py regions --out "$DATA"; fi
  if [[ ! -f "$DATA/workers.tsv" || "$(cat "$DATA/workers.rows" 2>/dev/null)" != "$rows" ]]; then
    echo "== generating $rows workers" >&2
    timed gen nice -n 10 python3 bench/gen_scale.py workers --rows "$rows" --out "$DATA/workers.tsv"
    echo "$rows" >"$DATA/workers.rows"
  fi
}

COLS="id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan, penghasilan, kategori, status, sumber_dana, kpj, persetujuan, dibuat, diperbarui, versi, dicatat_oleh"

# The funders (one per province, as Pro Jambi Tangguh is for 15) and one month of allocations for
# every funded member, written by the database itself (setup, not timed).
FUNDERS_SQL="INSERT INTO sumber_dana (kode, nama, jenis, wilayah) SELECT 'apbd_prov_' || kode, 'APBD Provinsi ' || nama, 'apbd_provinsi', kode FROM wilayah WHERE tingkat = 'provinsi';
INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) SELECT kode, 2026, 100000000000000, 0 FROM sumber_dana;
INSERT INTO alokasi (pekerja_id, sumber_dana, bulan, tahun, iuran, dibayar, dibayar_pada, dibuat)
  SELECT id, sumber_dana, '2026-01', 2026, 16800, 0, '', '2026-01-01T00:00:00Z' FROM pekerja WHERE sumber_dana <> '' ORDER BY id;"

# The baseline alone (also run by load): psql \copy of the same file into a bare table, no
# constraint, no index, in a database of its own.
phase_copybase() {
  pg_start
  psql_ -d postgres -c "DROP DATABASE IF EXISTS polos" -c "CREATE DATABASE polos"
  echo "== baseline: psql \\copy into a bare table" >&2
  psql_ -d polos -c "CREATE TABLE pekerja_polos (id BIGINT, nik TEXT, nama TEXT, tanggal_lahir TEXT, jenis_kelamin TEXT,
    kode_kelurahan TEXT, rt INTEGER, alamat TEXT, no_hp TEXT, pekerjaan TEXT, penghasilan BIGINT, kategori TEXT,
    status TEXT, sumber_dana TEXT, kpj TEXT, persetujuan BOOLEAN, dibuat TEXT, diperbarui TEXT, versi BIGINT,
    dicatat_oleh TEXT)"
  timed copy_bare nice -n 10 env PGPASSWORD=$PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(pg_port)" \
    -U lindungi -d polos -c "\\copy pekerja_polos FROM '$DATA/workers.tsv'"
  psql_ -d postgres -c "DROP DATABASE polos"
}

phase_load() {
  local rows=${ROWS:-10000000}
  gen_data "$rows"
  pg_start
  psql_ -d postgres -c "DROP DATABASE IF EXISTS skala" -c "CREATE DATABASE skala"
  # The schema: the migrations this tree has at the moment, as lindungi's runner applies them (each
  # in a transaction, recorded in skema_migrasi), so the load needs no binary; a newer binary
  # applies whatever is missing when it opens the database.
  psql_ -d skala -c "CREATE TABLE skema_migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL,
    diterapkan TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"
  for f in "${MIGRATIONS:-$ROOT/src/store/postgres/migrations}"/*.sql; do
    local name version
    name=$(basename "$f")
    version=$((10#${name%%_*}))
    psql_ -d skala -1 -f "$f" -c "INSERT INTO skema_migrasi (versi, nama) VALUES ($version, '$name')"
  done
  phase_copybase
  echo "== regions, then COPY into pekerja (constraints kept; secondary indexes rebuilt after)" >&2
  psql_ -d skala -c "\\copy wilayah (kode, tingkat, nama, induk) FROM '$DATA/wilayah.tsv'" \
    -c "\\copy rt (kode, kode_kelurahan, nomor) FROM '$DATA/rt.tsv'"
  psql_ -d skala -Atc "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = 'pekerja'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)" \
    >"$DIR/raw/pekerja_indexes.sql"
  psql_ -d skala -Atc "SELECT 'DROP INDEX ' || c.relname || ';' FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = 'pekerja'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)" \
    | psql_ -d skala
  timed copy_pekerja nice -n 10 env PGPASSWORD=$PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
    -p "$(pg_port)" -U lindungi -d skala -c "\\copy pekerja ($COLS) FROM '$DATA/workers.tsv'"
  sed 's/$/;/' "$DIR/raw/pekerja_indexes.sql" >"$DIR/raw/pekerja_indexes_run.sql"
  timed index_pekerja nice -n 10 env PGPASSWORD=$PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
    -p "$(pg_port)" -U lindungi -d skala -f "$DIR/raw/pekerja_indexes_run.sql"
  psql_ -d skala -c "SELECT setval(pg_get_serial_sequence('pekerja', 'id'), (SELECT max(id) FROM pekerja))" >/dev/null
  record pg_rows "$(psql_ -d skala -Atc 'SELECT count(*) FROM pekerja')" rows
  echo "== allocations for the funded members (not timed), VACUUM ANALYZE" >&2
  psql_ -d skala -c "$FUNDERS_SQL"
  psql_ -d skala -c "VACUUM ANALYZE"
  record pg_alokasi "$(psql_ -d skala -Atc 'SELECT count(*) FROM alokasi')" rows
  record pg_bytes "$(psql_ -d skala -Atc "SELECT pg_database_size('skala')")" bytes
}

accounts() {  # the measuring accounts: a city admin of 15.71 and the province of Jambi
  local db=$1
  echo "$PASSWORD" | "$BIN" user add --db "$db" --username admin.kota --nama "Admin Kota" \
    --role admin_kota --area 15.71 >/dev/null
  echo "$PASSWORD" | "$BIN" user add --db "$db" --username pemprov --nama "Pemprov Jambi" \
    --role pemprov --area 15 --kohort apbd_prov_15 >/dev/null
}

SERVER_PID=""
stop_server() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap stop_server EXIT

login() {  # login PORT USER -> cookie
  curl -sS -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$PASSWORD\"}" "http://127.0.0.1:$1/api/v1/auth/login" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: *\(lindungi_sesi=[^;]*\).*/\1/p' | head -1
}

# dashboard NAME PORT COOKIE PATH: 11 sequential requests, the first one (cold) recorded apart,
# then the median and the maximum of the other 10.
dashboard() {
  local name=$1 port=$2 cookie=$3 path=$4 f="$DIR/raw/dash_${LABEL}_$1.txt"
  : >"$f"
  for _ in $(seq 1 11); do
    curl -fsS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >>"$f"
  done
  grep -qv '^200 ' "$f" && { echo "dashboard $name: not 200: $(sort -u "$f" | head -3)" >&2; exit 1; }
  record "${LABEL}_dash_${name}_cold_ms" "$(awk 'NR == 1 {printf "%.1f", $2 * 1000}' "$f")" ms
  record "${LABEL}_dash_${name}_p50_ms" "$(awk 'NR > 1 {print $2}' "$f" | sort -n | awk '{a[NR] = $1} END {printf "%.1f", (a[5] + a[6]) / 2 * 1000}')" ms
  record "${LABEL}_dash_${name}_max_ms" "$(awk 'NR > 1 {print $2}' "$f" | sort -n | tail -1 | awk '{printf "%.1f", $1 * 1000}')" ms
}

measure_db() {  # measure_db DB: lookups, dashboards and billing against DB, as $LABEL
  local db=$1 port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$BIN" serve --db "$db" --address 127.0.0.1 --port "$port" --threads 2 --web "$DIR/no-web" \
    >"$DIR/raw/server_$LABEL.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    curl -fsS --max-time 1 "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.2
  done
  local kota pemprov
  kota=$(login "$port" admin.kota)
  pemprov=$(login "$port" pemprov)
  [[ -n "$kota" && -n "$pemprov" ]] || { echo "scale_bench: login failed" >&2; exit 1; }
  # NIKs of Kota Jambi (15.71, admin.kota's area): spread over the whole NIK index and table.
  awk -F'\t' -v n="${MEASURE_ROWS:-100000000}" 'NR > n {exit} $6 ~ /^15\.71\./ {print $2}' "$DATA/workers.tsv" \
    >"$DIR/raw/niks_$LABEL.txt"
  record "${LABEL}_lookup_niks" "$(wc -l <"$DIR/raw/niks_$LABEL.txt")" niks
  curl -fsS -o /dev/null -H "Cookie: $kota" "http://127.0.0.1:$port/api/v1/workers/nik/$(head -1 "$DIR/raw/niks_$LABEL.txt")"
  echo "== $LABEL: lookup by NIK, wrk -c$CONNS ${SECS}s (after a 3 s warm-up)" >&2
  wrk -t2 -c"$CONNS" -d3s -s bench/lookup_nik.lua "http://127.0.0.1:$port" -- "$DIR/raw/niks_$LABEL.txt" \
    /api/v1/workers/nik/ "$kota" >/dev/null
  local c0 c1 p0 p1
  c0=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
  p0=$(pg_cpu)
  wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s bench/lookup_nik.lua "http://127.0.0.1:$port" -- \
    "$DIR/raw/niks_$LABEL.txt" /api/v1/workers/nik/ "$kota" >"$DIR/raw/wrk_$LABEL.txt"
  c1=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
  p1=$(pg_cpu)
  python3 - "$DIR/raw/wrk_$LABEL.txt" "$LABEL" "$((c1 - c0))" "$(getconf CLK_TCK)" "$p0" "$p1" \
    >"$DIR/raw/wrk_$LABEL.kv" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    if line.startswith("WRK_JSON "):
        w = json.loads(line[9:])
label, ticks, hz = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
p0, p1 = float(sys.argv[5]), float(sys.argv[6])
if p1 > 0:
    print(f"{label}_lookup_pg_cpu_us {(p1 - p0) / max(w['requests'], 1) * 1e6:.1f} us/req")
print(f"{label}_lookup_rps {w['rps']:.0f} req/s")
print(f"{label}_lookup_p50_ms {w['latency_us']['p50'] / 1000:.2f} ms")
print(f"{label}_lookup_p99_ms {w['latency_us']['p99'] / 1000:.2f} ms")
print(f"{label}_lookup_errors {sum(w['errors'].values())} count")
print(f"{label}_lookup_server_cpu_us {ticks / hz / max(w['requests'], 1) * 1e6:.1f} us/req")
PY
  while read -r k v u; do record "$k" "$v" "$u"; done <"$DIR/raw/wrk_$LABEL.kv"
  echo "== $LABEL: coverage dashboard" >&2
  dashboard public_kota "$port" "" "/api/v1/public/coverage?level=kota"
  dashboard public_kelurahan "$port" "" "/api/v1/public/coverage?level=kelurahan"
  dashboard prov15_kota "$port" "$pemprov" "/api/v1/reports/coverage?level=kota&wilayah=15"
  dashboard kota_kecamatan "$port" "$kota" "/api/v1/reports/coverage?level=kecamatan&wilayah=15.71"
  dashboard kota_kelurahan "$port" "$kota" "/api/v1/reports/coverage?level=kelurahan&wilayah=15.71"
  stop_server
  # The run invoices January: a second run on the same database would find nothing to invoice.
  [[ $BILLING == 1 ]] || return 0
  echo "== $LABEL: billing run, January 2026, every funder" >&2
  local total_wall=0 total_cpu=0 members=0
  for funder in apbd_prov_11 apbd_prov_12 apbd_prov_13 apbd_prov_14 apbd_prov_15 apbd_prov_16; do
    local t0 t1
    t0=$(now)
    /usr/bin/time -f "%U %S" -o "$DIR/raw/billing.cpu" "$BIN" billing-run --db "$db" --sumber-dana "$funder" \
      --tahun 2026 --sampai 1 --json >"$DIR/raw/billing_${LABEL}_$funder.json"
    t1=$(now)
    total_wall=$(awk -v s="$total_wall" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", s + b - a}')
    total_cpu=$(awk -v s="$total_cpu" '{printf "%.3f", s + $1 + $2}' "$DIR/raw/billing.cpu")
    members=$((members + $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["ringkasan"]["pekerja"])' "$DIR/raw/billing_${LABEL}_$funder.json" 2>/dev/null || echo 0)))
  done
  record "${LABEL}_billing_wall_s" "$total_wall" s
  record "${LABEL}_billing_cpu_s" "$total_cpu" s
  record "${LABEL}_billing_members" "$members" members
}

phase_measure() {
  [[ -n "$LABEL" ]] || { echo "scale_bench.sh measure: --label is required" >&2; exit 2; }
  pg_start
  # Opening the database applies any migration this binary has and the database not yet (timed:
  # 0011 builds the status summaries from every worker).
  timed "${LABEL}_open" "$BIN" report coverage --db "$(pg_url)" --level kota --json >/dev/null
  if [[ -z "$(psql_ -d skala -Atc "SELECT 1 FROM pengguna WHERE username = 'admin.kota'")" ]]; then
    accounts "$(pg_url)"
  fi
  measure_db "$(pg_url)"
}

phase_sqlite() {
  local rows=${ROWS:-1000000} db="$DIR/skala.db"
  LABEL=${LABEL:-sqlite}
  [[ -f "$DATA/workers.tsv" ]] || gen_data "$rows"
  rm -f "$db" "$db-wal" "$db-shm"
  "$BIN" report coverage --db "$db" --json >/dev/null
  head -n "$rows" "$DATA/workers.tsv" >"$DIR/raw/workers_sqlite.tsv"
  echo "== SQLite: $rows workers by the sqlite3 shell" >&2
  timed sqlite_load nice -n 10 sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -1048576;
CREATE TEMP TABLE w_muat (kode, tingkat, nama, induk);
CREATE TEMP TABLE r_muat (kode, kode_kelurahan, nomor);
CREATE TEMP TABLE p_muat (id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan,
  penghasilan, kategori, status, sumber_dana, kpj, persetujuan, dibuat, diperbarui, versi, dicatat_oleh);
.mode tabs
.import $DATA/wilayah.tsv w_muat
.import $DATA/rt.tsv r_muat
.import $DIR/raw/workers_sqlite.tsv p_muat
BEGIN;
INSERT OR IGNORE INTO wilayah (kode, tingkat, nama, induk) SELECT kode, tingkat, nama, NULLIF(induk, '\\N') FROM w_muat;
INSERT OR IGNORE INTO rt (kode, kode_kelurahan, nomor) SELECT kode, kode_kelurahan, CAST(nomor AS INTEGER) FROM r_muat;
INSERT INTO pekerja ($COLS) SELECT CAST(id AS INTEGER), nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan,
  CAST(rt AS INTEGER), alamat, no_hp, pekerjaan, CAST(penghasilan AS INTEGER), kategori, status, sumber_dana, kpj,
  persetujuan = 't', dibuat, diperbarui, CAST(versi AS INTEGER), dicatat_oleh FROM p_muat ORDER BY 1;
$FUNDERS_SQL
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
  record sqlite_rows "$(sqlite3 "$db" 'SELECT count(*) FROM pekerja')" rows
  record sqlite_alokasi "$(sqlite3 "$db" 'SELECT count(*) FROM alokasi')" rows
  record sqlite_bytes "$(stat -c %s "$db")" bytes
  echo "$rows" >"$DIR/skala.db.rows"
  phase_sqlitemeasure
}

# The measurements alone on the SQLite database the sqlite phase loaded.
phase_sqlitemeasure() {
  local db="$DIR/skala.db"
  LABEL=${LABEL:-sqlite}
  if [[ -z "$(sqlite3 "$db" "SELECT 1 FROM pengguna WHERE username = 'admin.kota'")" ]]; then accounts "$db"; fi
  MEASURE_ROWS=$(cat "$DIR/skala.db.rows") measure_db "$db"
}

phase_import() {
  local rows=${ROWS:-1000000}
  [[ -f "$DATA/rt.tsv" ]] || python3 bench/gen_scale.py regions --out "$DATA"
  if [[ ! -f "$DATA/import.csv" || "$(cat "$DATA/import.rows" 2>/dev/null)" != "$rows" ]]; then
    nice -n 10 python3 bench/gen_scale.py workers --rows "$rows" --format template --out "$DATA/import.csv"
    echo "$rows" >"$DATA/import.rows"
  fi
  pg_start
  psql_ -d postgres -c "DROP DATABASE IF EXISTS impor" -c "CREATE DATABASE impor"
  local pg="postgresql://lindungi:$PASSWORD@127.0.0.1:$(pg_port)/impor" db="$DIR/impor.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$BIN" report coverage --db "$pg" --json >/dev/null
  "$BIN" report coverage --db "$db" --json >/dev/null
  # Opening seeded Kota Jambi's real regions: the synthetic ones go around them.
  psql_ -d impor -c "CREATE TEMP TABLE w_muat (kode TEXT, tingkat TEXT, nama TEXT, induk TEXT)" \
    -c "CREATE TEMP TABLE r_muat (kode TEXT, kode_kelurahan TEXT, nomor INTEGER)" \
    -c "\\copy w_muat FROM '$DATA/wilayah.tsv'" -c "\\copy r_muat FROM '$DATA/rt.tsv'" \
    -c "INSERT INTO wilayah (kode, tingkat, nama, induk) SELECT * FROM w_muat ORDER BY length(kode), kode ON CONFLICT DO NOTHING" \
    -c "INSERT INTO rt (kode, kode_kelurahan, nomor) SELECT * FROM r_muat ON CONFLICT DO NOTHING"
  sqlite3 "$db" <<SQL
CREATE TEMP TABLE w_muat (kode, tingkat, nama, induk);
CREATE TEMP TABLE r_muat (kode, kode_kelurahan, nomor);
.mode tabs
.import $DATA/wilayah.tsv w_muat
.import $DATA/rt.tsv r_muat
INSERT OR IGNORE INTO wilayah (kode, tingkat, nama, induk) SELECT kode, tingkat, nama, NULLIF(induk, '\\N') FROM w_muat;
INSERT OR IGNORE INTO rt (kode, kode_kelurahan, nomor) SELECT kode, kode_kelurahan, CAST(nomor AS INTEGER) FROM r_muat;
SQL
  echo "== lindungi import of $rows rows, SQLite" >&2
  timed import_sqlite nice -n 10 "$BIN" import --db "$db" --file "$DATA/import.csv" --name skala.csv --json \
    >"$DIR/raw/import_sqlite.json"
  echo "== lindungi import of $rows rows, PostgreSQL" >&2
  timed import_pg nice -n 10 "$BIN" import --db "$pg" --file "$DATA/import.csv" --name skala.csv --json \
    >"$DIR/raw/import_pg.json"
  for b in sqlite pg; do
    record "import_${b}_created" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["created"])' "$DIR/raw/import_$b.json")" rows
  done
  record import_rows "$rows" rows
  psql_ -d postgres -c "DROP DATABASE impor"
  rm -f "$db" "$db-wal" "$db-shm"
}

phase_stop() {
  if [[ -d "$DIR/pg/data" ]]; then
    "${run_as[@]}" "$PGBIN/pg_ctl" -D "$DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR/pg"
  fi
  rm -rf "$DATA" "$DIR"/*.db "$DIR"/*.db-wal "$DIR"/*.db-shm
  echo "stopped; kept $RESULTS and $DIR/raw" >&2
}

phase_table() { python3 bench/scale_table.py "$RESULTS"; }

"phase_$PHASE"
