#!/usr/bin/env bash
# Billing benchmark (issue 4, item 8). Prints one table; reports, never asserts.
#
#   bench/billing_bench.sh                  1,000,000 members x 12 months
#   bench/billing_bench.sh --members 100000 a smaller run (quicker)
#   bench/billing_bench.sh --no-build       use "$BUILD_DIR/lindungi" as it is
#   bench/billing_bench.sh --build-dir DIR  the build directory to use (default build)
#   bench/billing_bench.sh --keep DIR       build the database once in DIR (billing-N.db) and reuse
#                                           it: each run times a fresh copy of it (a run writes an
#                                           invoice); pending migrations are applied to it untimed
#
# Setup (not timed): an empty Lindungi database (all migrations), one funder with its 2026
# budget, N members in RTs of Kota Jambi and their 12 allocations each (N x 12 rows in alokasi),
# written by the sqlite3 shell; January to March paid, so the states are not all alike.
# Timed:
#   baseline  the sqlite3 shell writing the same N x 12 invoice lines as rows with one
#             INSERT ... SELECT (a line table keyed by the allocation, indexed by invoice), in a
#             transaction rolled back: what a billing run that stores one row per line pays for
#             its writes alone.
#   billing   `lindungi billing-run`: one invoice of every allocation of the year (Lindungi stores
#             an invoice's lines as one allocation-id range per month, tagihan_bulan, with the
#             line count and total summed from an index) and, at the same time, every member's
#             month states through core/ledger (paid, open, arrears, lapsed), read worker by
#             worker from a covering index, in two halves of the worker ids on two threads; then
#             the states alone once more on one thread (`--threads 1`) for comparison.
# Wall time and CPU time (user + sys) are both shown: on a shared machine the CPU time is the
# steadier figure.
# Target (issue 4): billing <= 5 s for 1,000,000 x 12. Raw outputs go to
# bench/results/<UTC time>-billing/ (gitignored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MEMBERS=1000000
BUILD=1
TARGET_S=5
KEEP=""
BUILD_DIR=build
while [[ $# -gt 0 ]]; do
  case "$1" in
    --members) MEMBERS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=$2; shift 2 ;;
    --build-dir) BUILD_DIR=$2; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "billing_bench.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for tool in cmake python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "billing_bench.sh: '$tool' is required" >&2; exit 2; }
done

if [[ $BUILD == 1 ]]; then
  if [[ ! -f $BUILD_DIR/CMakeCache.txt ]]; then cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null; fi
  echo "== building lindungi" >&2
  cmake --build "$BUILD_DIR" -j2 --target lindungi >&2
fi

RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-billing"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-billing.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/billing.db"
SETUP=1
if [[ -n $KEEP ]]; then
  mkdir -p "$KEEP"
  KEPT="$(cd "$KEEP" && pwd)/billing-$MEMBERS.db"
  if [[ -f $KEPT ]]; then SETUP=0; fi
fi
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) CPUs"
  echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
  echo "members: $MEMBERS"
  echo "loadavg_before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b - a}'; }

if [[ $SETUP == 0 ]]; then
  echo "== reusing $KEPT (pending migrations applied to it, then copied; not timed)" >&2
  "$BUILD_DIR/lindungi" audit verify --db "$KEPT" >/dev/null
  cp "$KEPT" "$DB"
  echo "setup_s: reused $KEPT" >>"$RESULTS/machine.txt"
else
echo "== empty database with every migration" >&2
"$BUILD_DIR/lindungi" report coverage --db "$DB" --json >/dev/null
echo "== $MEMBERS members x 12 allocations (sqlite3, not timed)" >&2
t0=$(now)
sqlite3 "$DB" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = OFF;
PRAGMA cache_size = -262144;
BEGIN;
INSERT INTO rt (kode, kode_kelurahan, nomor, nama_ketua)
  SELECT kode || '.' || printf('%03d', n.value), kode, n.value, '' FROM wilayah, generate_series(1, 25) n
  WHERE tingkat = 'kelurahan' AND kode LIKE '15.71.%';
CREATE TEMP TABLE kel AS SELECT row_number() OVER (ORDER BY kode) - 1 AS i, kode FROM wilayah
  WHERE tingkat = 'kelurahan' AND kode LIKE '15.71.%';
INSERT INTO sumber_dana (kode, nama, jenis, wilayah) VALUES ('apbd_kota', 'APBD Kota Jambi', 'apbd_kota', '15.71');
INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) VALUES ('apbd_kota', 2026, $MEMBERS * 201600, 0);
INSERT INTO pekerja (id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, pekerjaan, penghasilan, kategori,
                     status, sumber_dana, dibuat, diperbarui)
  SELECT g.value, printf('1571%012d', g.value), 'Peserta ' || g.value, '1985-08-17', 'L',
         (SELECT kode FROM kel WHERE i = g.value % (SELECT count(*) FROM kel)), g.value % 25 + 1, 'becak', 1000000,
         'pekerja_rentan', 'aktif', 'apbd_kota', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM generate_series(1, $MEMBERS) g;
INSERT INTO alokasi (pekerja_id, sumber_dana, bulan, tahun, iuran, dibayar, dibayar_pada, dibuat)
  SELECT p.value, 'apbd_kota', printf('2026-%02d', m.value), 2026, 16800,
         CASE WHEN m.value <= 3 THEN 16800 ELSE 0 END,
         CASE WHEN m.value <= 3 THEN printf('2026-%02d-08', m.value) ELSE '' END, '2026-01-01T00:00:00Z'
  FROM generate_series(1, $MEMBERS) p, generate_series(1, 12) m;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
t1=$(now)
echo "setup_s: $(elapsed "$t0" "$t1")" >>"$RESULTS/machine.txt"
if [[ -n $KEEP ]]; then cp "$DB" "$KEPT"; fi
fi
ls -l "$DB" | awk '{print "db_bytes_before: " $5}' >>"$RESULTS/machine.txt"
sync

[[ -x /usr/bin/time ]] || { echo "billing_bench.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }
echo "== baseline: sqlite3 INSERT ... SELECT of the same lines" >&2
t0=$(now)
/usr/bin/time -f "%U %S" -o "$RESULTS/baseline.cpu" sqlite3 "$DB" <<'SQL' >"$RESULTS/baseline.txt"
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
BEGIN IMMEDIATE;
CREATE TABLE baseline_baris (alokasi_id INTEGER PRIMARY KEY, tagihan_id INTEGER NOT NULL);
CREATE INDEX baseline_baris_tagihan ON baseline_baris (tagihan_id);
INSERT INTO baseline_baris (alokasi_id, tagihan_id)
  SELECT id, 1 FROM alokasi WHERE sumber_dana = 'apbd_kota' AND tahun = 2026 ORDER BY id;
SELECT count(*) FROM baseline_baris;
ROLLBACK;
SQL
t1=$(now)
BASE_S=$(elapsed "$t0" "$t1")

echo "== lindungi billing-run" >&2
t0=$(now)
/usr/bin/time -f "%U %S" -o "$RESULTS/billing.cpu" \
  "$BUILD_DIR/lindungi" billing-run --db "$DB" --sumber-dana apbd_kota --tahun 2026 --json >"$RESULTS/billing.json"
t1=$(now)
RUN_S=$(elapsed "$t0" "$t1")
echo "== lindungi billing-run --threads 1 (states only: the invoice exists now)" >&2
/usr/bin/time -f "%U %S" -o "$RESULTS/states1.cpu" \
  "$BUILD_DIR/lindungi" billing-run --db "$DB" --sumber-dana apbd_kota --tahun 2026 --threads 1 --json >"$RESULTS/states1.json"
echo "loadavg_after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"

python3 - "$RESULTS" "$BASE_S" "$RUN_S" "$MEMBERS" "$TARGET_S" <<'PY'
import json, sys
results, base, run, members, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
d = json.load(open(f"{results}/billing.json"))
cpu = lambda name: sum(float(x) for x in open(f"{results}/{name}.cpu").read().split()[-2:])
base_cpu, run_cpu = cpu("baseline"), cpu("billing")
lines = int(open(f"{results}/baseline.txt").read().split()[-1])
inv, s, ms = d["tagihan"], d["ringkasan"], d["waktu_ms"]
assert inv and inv["baris"] == members * 12 == lines, (inv, lines)
assert s["baris"] == members * 12 and s["pekerja"] == members, s
rows = [
    ("baseline: sqlite3 INSERT ... SELECT of the lines", base, f"{base_cpu:.2f}", "1.00x", ""),
    ("billing-run: invoice (lines + totals)", ms["tagihan"] / 1000, "", "", ""),
    ("billing-run: month states of every member", ms["status"] / 1000, "", "", ""),
    ("  the same on one thread (second run)", json.load(open(f"{results}/states1.json"))["waktu_ms"]["status"] / 1000,
     f"{cpu('states1'):.2f}", "", ""),
    ("billing-run: whole process (open, both, exit)", run, f"{run_cpu:.2f}", f"{run / base:.2f}x",
     "MET" if run <= target else "NOT MET"),
]
print(f"Billing run, {members:,} members x 12 months = {members * 12:,} lines (target <= {target:g} s wall)")
print(f"{'step':<48} {'wall s':>8} {'cpu s':>8} {'vs baseline':>12} {'target':>8}")
for name, sec, c, ratio, status in rows:
    print(f"{name:<48} {sec:>8.2f} {c:>8} {ratio:>12} {status:>8}")
print(f"states: lunas {s['lunas']:,}, tagihan {s['tagihan']:,}, tunggakan {s['tunggakan']:,}, berakhir {s['berakhir']:,}")
print(f"raw: {results}")
PY
