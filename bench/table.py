#!/usr/bin/env python3
"""Prints the table of one bench/run.sh run from its raw outputs: python3 bench/table.py RESULTS_DIR

RESULTS_DIR holds core_bench.json, wrk_baseline.txt, wrk_lookup.txt (each with the WRK_JSON line
that bench/lookup_nik.lua prints), cpu.txt, machine.txt and targets.txt, as bench/run.sh writes them.
"""
import json, re, sys, pathlib

if len(sys.argv) != 2:
    raise SystemExit(__doc__)
results = pathlib.Path(sys.argv[1])
targets = dict(line.split() for line in (results / "targets.txt").read_text().splitlines() if line.strip())
clk_tck = int(targets["clk_tck"])
target_rps, target_p99_ms = float(targets["target_rps"]), float(targets["target_p99_ms"])
target_ratio = float(targets["target_ratio"])

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
# What the lookup would do with both cores to itself and wrk: 2 cores / (server + wrk CPU per
# request). Not a measurement: a way to read a run on a busy machine; the verdicts above stand.
per_req = look["cpu_us_per_req"] + look["cores"][1] * look["duration_us"] / max(look["requests"], 1)
row("lookup, projected: 2 cores / CPU per req", f"{2e6 / per_req:,.0f}" if per_req else "-", "req/s", "(informative)")
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
