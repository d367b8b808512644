#!/usr/bin/env bash
# The budget planner over 1,000,000 workers on SQLite (issue 22 item 2; reports, never asserts).
#
#   bench/planner_bench.sh [--rows 1000000] [--dir /tmp/lindungi-planner] [--bin build/lindungi] [--runs 3]
#
# Generates the scale benchmark's synthetic registry (bench/gen_scale.py: 6 provinces, 96,000 RTs,
# its status and funder mix; once per DIR and row count), loads it into a SQLite database with the
# sqlite3 shell as bench/scale_bench.sh does, then times, in the same run:
#   baseline_count   the sqlite3 shell counting the rows the planner reads (workers to cover, and
#                    the funded ones grouped per RT, occupation and funder by a GROUP BY)
#   baseline_rows    the sqlite3 shell reading the planner's former statement for the workers to
#                    cover (every column it reads, heirs counted per worker) into /dev/null; kept
#                    as it was so that runs compare (the planner now reads them and the funded
#                    workers in one pass, docs/PERFORMANCE.md)
#   open             `lindungi report coverage --level kota --json`: opening the database and the
#                    coverage report (the dashboard's; the planner takes its counts and potential
#                    workforce without the value protected, which is most of this time)
#   planner          `lindungi report rencana --target semua --tahun 2027 --per-rt 0 --json`: the
#                    whole plan for every worker on record (ranking every uncovered worker)
#   planner_json     the same with --per-rt 5 (the JSON lists five workers per RT)
# Each timing is the best of --runs, wall and CPU (the machine is shared: load average beside it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROWS=1000000
DIR=/tmp/lindungi-planner
BIN=build/lindungi
RUNS=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
BIN=$(realpath "$BIN")
mkdir -p "$DIR"
db="$DIR/planner.db"

if [[ ! -f "$DIR/rt.tsv" ]]; then python3 bench/gen_scale.py regions --out "$DIR"; fi
if [[ ! -f "$DIR/workers.tsv" || "$(cat "$DIR/workers.rows" 2>/dev/null)" != "$ROWS" ]]; then
  echo "== generating $ROWS workers" >&2
  nice -n 10 python3 bench/gen_scale.py workers --rows "$ROWS" --out "$DIR/workers.tsv"
  echo "$ROWS" >"$DIR/workers.rows"
  rm -f "$db"
fi
COLS="id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan, penghasilan, kategori, status, sumber_dana, kpj, persetujuan, dibuat, diperbarui, versi, dicatat_oleh"
if [[ ! -f "$db" ]]; then
  echo "== loading $ROWS workers into SQLite" >&2
  "$BIN" report coverage --db "$db" --json >/dev/null
  nice -n 10 sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -1048576;
CREATE TEMP TABLE w_muat (kode, tingkat, nama, induk);
CREATE TEMP TABLE r_muat (kode, kode_kelurahan, nomor);
CREATE TEMP TABLE p_muat (id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan,
  penghasilan, kategori, status, sumber_dana, kpj, persetujuan, dibuat, diperbarui, versi, dicatat_oleh);
.mode tabs
.import $DIR/wilayah.tsv w_muat
.import $DIR/rt.tsv r_muat
.import $DIR/workers.tsv p_muat
BEGIN;
INSERT OR IGNORE INTO wilayah (kode, tingkat, nama, induk) SELECT kode, tingkat, nama, NULLIF(induk, '\\N') FROM w_muat;
INSERT OR IGNORE INTO rt (kode, kode_kelurahan, nomor) SELECT kode, kode_kelurahan, CAST(nomor AS INTEGER) FROM r_muat;
INSERT INTO pekerja ($COLS) SELECT CAST(id AS INTEGER), nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan,
  CAST(rt AS INTEGER), alamat, no_hp, pekerjaan, CAST(penghasilan AS INTEGER), kategori, status, sumber_dana, kpj,
  persetujuan = 't', dibuat, diperbarui, CAST(versi AS INTEGER), dicatat_oleh FROM p_muat ORDER BY 1;
INSERT INTO sumber_dana (kode, nama, jenis, wilayah) SELECT 'apbd_prov_' || kode, 'APBD Provinsi ' || nama, 'apbd_provinsi', kode FROM wilayah WHERE tingkat = 'provinsi';
INSERT INTO anggaran (sumber_dana, tahun, pagu, kuota) SELECT kode, 2026, 100000000000000, 0 FROM sumber_dana;
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
fi

# best NAME CMD...: the best wall time of RUNS runs of CMD (stdout discarded), in seconds, and the
# CPU time (user + system) of the run with the least: on a shared machine the wall time follows the
# load, the CPU time much less.
best() {
  local name=$1; shift
  local b="" c="" t="$DIR/time.txt"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o "$t" "$@" >/dev/null
    read -r wall user sys <"$t"
    b=$(awk -v d="$wall" -v b="$b" 'BEGIN {if (b == "" || d < b) b = d; printf "%.3f", b}')
    c=$(awk -v d="$user" -v s="$sys" -v c="$c" 'BEGIN {d += s; if (c == "" || d < c) c = d; printf "%.2f", c}')
  done
  printf '%-16s %8s s wall  %6s s cpu   (load %s)\n' "$name" "$b" "$c" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "== $(sqlite3 "$db" 'SELECT count(*) FROM pekerja') workers, of which $(sqlite3 "$db" \
  "SELECT count(*) FROM pekerja WHERE status IN ('didata', 'diverifikasi', 'ditolak_bpjs')") to cover; commit $(git rev-parse --short HEAD)"
best baseline_count sqlite3 "$db" "SELECT count(*), sum(penghasilan) FROM pekerja WHERE status IN ('didata', 'diverifikasi', 'ditolak_bpjs');
SELECT count(*) FROM (SELECT 1 FROM pekerja WHERE status IN ('aktif', 'dialokasikan', 'didaftarkan') GROUP BY kode_kelurahan, rt, pekerjaan, sumber_dana);"
best baseline_rows sqlite3 "$db" "SELECT p.id, p.nama, p.kode_kelurahan, p.rt, p.pekerjaan, p.penghasilan, p.tanggal_lahir, p.status,
  (SELECT count(*) FROM ahli_waris a WHERE a.pekerja_id = p.id AND a.hubungan IN ('suami', 'istri', 'anak'))
  FROM pekerja p WHERE p.status IN ('didata', 'diverifikasi', 'ditolak_bpjs');"
best open "$BIN" report coverage --db "$db" --level kota --json
best planner "$BIN" report rencana --db "$db" --target semua --tahun 2027 --per-rt 0 --json
best planner_json "$BIN" report rencana --db "$db" --target semua --tahun 2027 --per-rt 5 --json
"$BIN" report rencana --db "$db" --target semua --tahun 2027 --per-rt 0 --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("   plan: %d new workers, total_iuran Rp%d, %d funder lines, %d RTs ranked" % (
    d["pekerja_baru"], d["total_iuran"], len(d["per_sumber_dana"]), len(d["peringkat_rt"])))'
