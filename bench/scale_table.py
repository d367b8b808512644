#!/usr/bin/env python3
"""Prints the scale benchmark's results (bench/scale_bench.sh, results.jsonl) as one Markdown table.

  scale_table.py DIR/results.jsonl

The last value of each key wins (a phase run again replaces its figures). Targets (issue 8) are
printed next to the figures they apply to, with a verdict; nothing here fails on a missed target.
"""
import json
import sys

TARGETS = {"lookup_p99_ms": 20.0, "dash_": 200.0}


def main():
    vals, loads = {}, {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        vals[r["key"]] = r["value"]
        loads[r["key"]] = r["load"]

    def v(key, fmt="{:,.2f}"):
        x = vals.get(key)
        if x is None:
            return "–"
        return fmt.format(x) if isinstance(x, (int, float)) else str(x)

    def rate(rows, secs):
        if rows not in vals or secs not in vals or not vals[secs]:
            return "–"
        return "{:,.0f}".format(vals[rows] / vals[secs])

    print("| What | Figure | Load avg |")
    print("|---|---:|---:|")
    rows = vals.get("pg_rows")
    if rows:
        print(f"| PostgreSQL registry | {rows:,.0f} workers, {v('pg_alokasi', '{:,.0f}')} allocations, "
              f"{vals.get('pg_bytes', 0) / 2**30:.1f} GiB | |")
        for key, what in (("copy_bare", "psql \\copy into a bare table (baseline)"),
                          ("copy_pekerja", "\\copy into `pekerja` (PK, unique NIK, FKs, CHECKs)"),
                          ("index_pekerja", "rebuilding `pekerja`'s 6 secondary indexes")):
            if f"{key}_wall_s" in vals:
                r = rate("pg_rows", f"{key}_wall_s") if key != "index_pekerja" else ""
                print(f"| {what}: wall / CPU of psql / CPU of the server | {v(key + '_wall_s')} s / "
                      f"{v(key + '_cpu_s')} s / {v(key + '_pgcpu_s')} s{', ' + r + ' rows/s' if r else ''} | "
                      f"{loads.get(key + '_wall_s', 0):.1f} |")
        if "copy_bare_wall_s" in vals and "copy_pekerja_wall_s" in vals:
            print(f"| COPY into `pekerja` / bare baseline (time) | "
                  f"{vals['copy_pekerja_wall_s'] / vals['copy_bare_wall_s']:.2f}× | |")
    if "sqlite_load_wall_s" in vals:
        print(f"| SQLite registry: {v('sqlite_rows', '{:,.0f}')} workers (the first rows of the same file), "
              f"{v('sqlite_alokasi', '{:,.0f}')} allocations, {vals.get('sqlite_bytes', 0) / 2**20:,.0f} MiB; "
              f"loaded by the sqlite3 shell (indexes and 0011's triggers in place): wall / CPU | "
              f"{v('sqlite_load_wall_s')} s / {v('sqlite_load_cpu_s')} s | {loads.get('sqlite_load_wall_s', 0):.1f} |")
    if "import_rows" in vals:
        n = vals["import_rows"]
        for b, name in (("sqlite", "SQLite"), ("pg", "PostgreSQL")):
            if f"import_{b}_wall_s" in vals:
                server = f" + {v(f'import_{b}_pgcpu_s')} s server" if f"import_{b}_pgcpu_s" in vals else ""
                print(f"| `lindungi import` of {n:,.0f} new workers, {name}: wall / CPU | "
                      f"{v(f'import_{b}_wall_s')} s / {v(f'import_{b}_cpu_s')} s{server}, "
                      f"{n / vals[f'import_{b}_wall_s']:,.0f} rows/s, created {v(f'import_{b}_created', '{:,.0f}')} | "
                      f"{loads.get(f'import_{b}_wall_s', 0):.1f} |")
    # In the order measured: a "before" ahead of its "after".
    labels = sorted({k.split("_lookup_rps")[0] for k in vals if k.endswith("_lookup_rps")},
                    key=lambda x: (x.startswith("sqlite"), x.replace("before", "0").replace("after", "1")))
    for label in labels:
        print(f"| **{label}** | | |")
        p99 = vals.get(f"{label}_lookup_p99_ms")
        verdict = "" if p99 is None else (" (≤ 20: met)" if p99 <= 20 else " (≤ 20: **missed**)")
        print(f"| lookup by NIK ({v(label + '_lookup_niks', '{:,.0f}')} NIKs of 15.71): req/s, p50, p99 | "
              f"{v(label + '_lookup_rps', '{:,.0f}')} /s, {v(label + '_lookup_p50_ms')} ms, "
              f"**{v(label + '_lookup_p99_ms')} ms**{verdict} | {loads.get(label + '_lookup_rps', 0):.1f} |")
        pg = (f" + PostgreSQL {v(label + '_lookup_pg_cpu_us', '{:,.0f}')} µs"
              if f"{label}_lookup_pg_cpu_us" in vals and not label.startswith("sqlite") else "")
        print(f"| lookup: errors; CPU per request, lindungi{' + PostgreSQL' if pg else ''} | "
              f"{v(label + '_lookup_errors', '{:,.0f}')}; {v(label + '_lookup_server_cpu_us', '{:,.0f}')} µs{pg} | |")
        if f"{label}_open_wall_s" in vals:
            print(f"| opening the database (migrations not yet applied): wall / server CPU | "
                  f"{v(label + '_open_wall_s')} s / {v(label + '_open_pgcpu_s')} s | "
                  f"{loads.get(label + '_open_wall_s', 0):.1f} |")
        for dash, what in (("public_kota", "public, per kota, whole registry"),
                           ("public_kelurahan", "public, per kelurahan, whole registry"),
                           ("prov15_kota", "province 15 per kota (pemprov)"),
                           ("kota_kecamatan", "Kota Jambi per kecamatan (admin.kota)"),
                           ("kota_kelurahan", "Kota Jambi per kelurahan (admin.kota)")):
            key = f"{label}_dash_{dash}_p50_ms"
            if key not in vals:
                continue
            verdict = " (≤ 200: met)" if vals[key] <= 200 else " (≤ 200: **missed**)"  # on the median
            print(f"| dashboard, {what}: median / max of 10, first | **{v(key, '{:,.0f}')}** / "
                  f"{v(f'{label}_dash_{dash}_max_ms', '{:,.0f}')} ms{verdict}, "
                  f"{v(f'{label}_dash_{dash}_cold_ms', '{:,.0f}')} ms | {loads.get(key, 0):.1f} |")
        if f"{label}_billing_wall_s" in vals:
            print(f"| billing run, January 2026, {v(label + '_billing_members', '{:,.0f}')} funded members "
                  f"(6 funders): wall / CPU | {v(label + '_billing_wall_s')} s / {v(label + '_billing_cpu_s')} s | "
                  f"{loads.get(label + '_billing_wall_s', 0):.1f} |")


if __name__ == "__main__":
    main()
