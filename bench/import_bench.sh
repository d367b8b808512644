#!/usr/bin/env bash
# Intake benchmarks (issue #3). Prints one table; reports, never asserts.
#
#   bench/import_bench.sh                 1,000,000-row import, 10,000-row batch with 1,000 variants
#   bench/import_bench.sh --rows 100000   a smaller registry (quicker)
#
# 1. Import: a generated CSV of N new workers (bench/gen_workers.py, valid rows spread over the
#    1,650 RTs of the Kota Jambi demo, 70% with an heir) imported with every check by
#    `lindungi import` into a copy of the demo database, against the sqlite3 shell's bare `.import`
#    of the same file into an unindexed table, timed in the same run. For scale, also the "SQL
#    floor": the same rows moved by one INSERT ... SELECT into the real `pekerja` table (its
#    indexes, no checks, no heirs, no audit), which is what the schema alone costs.
# 2. Fuzzy search: a 10,000-row batch (1,000 "same person, other NIK" variants of registry people,
#    500 hard negatives: twins and namesakes, the rest new people) checked by `lindungi import
#    --dry-run` against the registry of step 1; the time the candidate search took (timing_ms.dedup)
#    and the whole dry run.
# 3. Quality of that search: precision and recall of the proposed pairs against the generator's
#    truth, overall and per kind of variant.
# Targets (issue #3): import <= 2x the bare .import; search <= 2 s; precision >= 0.98, recall >= 0.95.
# Raw outputs go to bench/results/<UTC time>-intake/ (gitignored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROWS=1000000
BATCH=10000
VARIANTS=1000
SEED=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --batch) BATCH=$2; shift 2 ;;
    --variants) VARIANTS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import_bench.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for tool in cmake python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "import_bench.sh: '$tool' is required" >&2; exit 2; }
done

if [[ ! -f build/CMakeCache.txt ]]; then cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null; fi
echo "== building lindungi" >&2
cmake --build build -j2 --target lindungi >&2

RESULTS="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-intake"
mkdir -p "$RESULTS"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/lindungi-intake.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) CPUs"
  echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
  echo "loadavg_before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

# time_of FILE CMD...: runs CMD, writes "wall user sys" (seconds) to FILE.
time_of() {
  local out=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$out.cpu" "$@"
  end=$(date +%s.%N)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}') $(cat "$out.cpu")" >"$out"
}
[[ -x /usr/bin/time ]] || { echo "import_bench.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }

echo "== demo database (the RTs rows are recorded in)" >&2
build/lindungi demo --db "$TMP/demo.db" >/dev/null
echo "== generating $ROWS rows" >&2
python3 bench/gen_workers.py registry --db "$TMP/demo.db" --rows "$ROWS" --out "$TMP/registry.csv" --seed "$SEED"
python3 bench/gen_workers.py batch --db "$TMP/demo.db" --registry "$TMP/registry.csv" --rows "$BATCH" \
  --variants "$VARIANTS" --out "$TMP/batch.csv" --truth "$TMP/truth.txt" --seed "$SEED"
ls -l "$TMP/registry.csv" | awk '{print "registry_csv_bytes: " $5}' >>"$RESULTS/machine.txt"

echo "== sqlite3 .import (baseline)" >&2
sync
time_of "$RESULTS/t_sqlite_import" sqlite3 "$TMP/bare.db" ".mode csv" ".import $TMP/registry.csv t"

echo "== lindungi import (every check)" >&2
cp "$TMP/demo.db" "$TMP/registry.db"
sync
time_of "$RESULTS/t_lindungi_import" build/lindungi import --db "$TMP/registry.db" --file "$TMP/registry.csv" \
  --name registry.csv --json >"$RESULTS/import.json"

echo "== SQL floor: INSERT ... SELECT into pekerja" >&2
cp "$TMP/demo.db" "$TMP/floor.db"
cat >"$TMP/floor.sql" <<EOF
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;
ATTACH '$TMP/bare.db' AS b;
BEGIN;
INSERT INTO pekerja (nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan,
  penghasilan, kategori, status, dibuat, diperbarui, dicatat_oleh)
SELECT nik, nama, substr(tanggal_lahir,7,4)||'-'||substr(tanggal_lahir,4,2)||'-'||substr(tanggal_lahir,1,2),
  jenis_kelamin, kode_kelurahan, CAST(rt AS INTEGER), alamat, no_hp, pekerjaan,
  CAST(replace(penghasilan,'.','') AS INTEGER), kategori, 'didata', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'x'
FROM b.t;
COMMIT;
EOF
sync
time_of "$RESULTS/t_sql_floor" sqlite3 "$TMP/floor.db" ".read $TMP/floor.sql" >/dev/null

echo "== fuzzy search: $BATCH rows against the registry (dry run)" >&2
time_of "$RESULTS/t_batch_dry_run" build/lindungi import --db "$TMP/registry.db" --file "$TMP/batch.csv" --dry-run \
  --json >"$RESULTS/batch.json"
sqlite3 "$TMP/registry.db" "SELECT id, nik FROM pekerja" >"$TMP/ids.txt"
echo "loadavg_after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"
cp "$TMP/truth.txt" "$TMP/batch.csv" "$RESULTS/"

python3 - "$RESULTS" "$TMP/ids.txt" "$ROWS" "$BATCH" <<'EOF' | tee "$RESULTS/table.md"
import json, re, sys, pathlib, collections
res, ids_file, rows, batch = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
t = lambda name: [float(x) for x in (res / name).read_text().split()]
bare, ours, floor, dry = t("t_sqlite_import"), t("t_lindungi_import"), t("t_sql_floor"), t("t_batch_dry_run")
imp = json.loads((res / "import.json").read_text())
bat = json.loads((res / "batch.json").read_text())
assert imp["created"] + imp["updated"] + imp["unchanged"] == rows, imp["message"]

nik_of = {}
for line in open(ids_file):
    i, n = line.strip().split("|")
    nik_of[int(i)] = n
truth = {}
for line in (res / "truth.txt").read_text().splitlines():
    row, nik, kind = line.split()
    truth[int(row)] = (nik, kind)
predicted = set()
for item in bat["items"]:
    for d in item["duplicate_of"]:
        m = re.match(r"pekerja #(\d+)", d)
        partner = nik_of.get(int(m.group(1))) if m else d  # "baris n": a pair within the batch
        predicted.add((item["row"], partner))
tp = sum(1 for (row, partner) in predicted if row in truth and truth[row][0] == partner)
found_rows = {row for (row, partner) in predicted if row in truth and truth[row][0] == partner}
precision = tp / len(predicted) if predicted else 1.0
recall = len(found_rows) / len(truth) if truth else 1.0
by_kind = collections.Counter(k for _, k in truth.values())
hit_kind = collections.Counter(truth[r][1] for r in found_rows)

rows_out = []
def row(name, value, unit, target="", verdict=""):
    rows_out.append((name, value, unit, target, verdict))
ok = lambda c: "met" if c else "MISSED"
ratio = ours[0] / bare[0]
row(f"sqlite3 .import, {rows:,} rows (baseline)", f"{bare[0]:.2f}", "s wall", f"{bare[1] + bare[2]:.2f} s CPU")
row("  = rows/s", f"{rows / bare[0]:,.0f}", "rows/s")
row(f"lindungi import, every check", f"{ours[0]:.2f}", "s wall", f"{ours[1] + ours[2]:.2f} s CPU")
row("  = rows/s", f"{rows / ours[0]:,.0f}", "rows/s")
row("  phases: read+check / dedup / write (ms)",
    f"{imp['timing_ms']['read_check']:,.0f} / {imp['timing_ms']['dedup']:,.0f} / {imp['timing_ms']['write']:,.0f}", "ms",
    "(reading and writing overlap)")
row("import / .import", f"{ratio:.2f}", "x", "<= 2", ok(ratio <= 2))
row("SQL floor: INSERT..SELECT into pekerja", f"{floor[0]:.2f}", "s wall", f"{floor[1] + floor[2]:.2f} s CPU")
row("import / SQL floor", f"{ours[0] / floor[0]:.2f}", "x", "(informative)")
row(f"fuzzy search, {batch:,} rows vs {rows + 17966:,} workers", f"{bat['timing_ms']['dedup'] / 1000:.2f}", "s",
    "<= 2", ok(bat['timing_ms']['dedup'] / 1000 <= 2))
row("  whole dry run of that batch (every check)", f"{dry[0]:.2f}", "s wall")
row("duplicate finding: precision", f"{precision:.3f}", f"{tp}/{len(predicted)} pairs", ">= 0.98", ok(precision >= 0.98))
row("duplicate finding: recall", f"{recall:.3f}", f"{len(found_rows)}/{len(truth)} variants", ">= 0.95", ok(recall >= 0.95))
for kind in sorted(by_kind):
    row(f"  recall, {kind}", f"{hit_kind[kind] / by_kind[kind]:.3f}", f"{hit_kind[kind]}/{by_kind[kind]}")
machine = (res / "machine.txt").read_text()
print("Lindungi intake benchmarks")
print(machine.strip().replace("\n", "; "))
print()
head = ("benchmark", "value", "unit", "target", "verdict")
w = [max(len(str(r[i])) for r in rows_out + [head]) for i in range(5)]
line = lambda r: "| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |"
print(line(head))
print("|" + "|".join("-" * (x + 2) for x in w) + "|")
for r in rows_out:
    print(line(r))
EOF
echo "raw outputs: ${RESULTS#"$ROOT"/}" >&2
