#!/usr/bin/env python3
"""The CLI contract of DESIGN.md §5, checked against the built binary: JSON shapes and the
worked examples of RULES.md §7. Usage: contract_test.py path/to/lindungi"""
import json
import os
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
passed = failed = 0


def run(*args, expect_code=0):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=120)
    if p.returncode != expect_code:
        raise AssertionError(f"{args}: exit {p.returncode}, stderr {p.stderr[:300]}")
    return p.stdout


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok   {name}")
    except Exception as e:  # noqa: BLE001 - report every failure and go on
        failed += 1
        print(f"FAIL {name}: {e}")


def nik_woman():
    d = json.loads(run("nik", "1571015708850003", "--json"))
    assert d["valid"] is True and d["jenis_kelamin"] == "P", d
    assert d["tanggal_lahir"] == "1985-08-17" and d["kode_wilayah"] == "15.71.01", d
    assert d["errors"] == [] and isinstance(d["warnings"], list)


def nik_invalid():
    d = json.loads(run("nik", "1571013208850003", "--json", expect_code=1))
    assert d["valid"] is False and d["errors"][0]["code"] == "nik_tanggal", d


def premium_rt():
    d = json.loads(run("premium", "--income", "1000000", "--months", "12", "--workers", "20", "--json"))
    assert d["total"] == 4032000, d
    assert (d["jkk"], d["jkm"], d["jht"], d["per_worker_month"]) == (10000, 6800, 0, 16800), d


def premium_jht():
    d = json.loads(run("premium", "--income", "Rp1.000.000", "--jht", "--json"))
    assert d["per_worker_month"] == 36800 and d["jht"] == 20000, d


def premium_bad():
    d = json.loads(run("premium", "--income", "satu juta", "--json", expect_code=1))
    assert d["error"]["code"] == "penghasilan_tidak_valid", d


def jakon_examples():
    d = json.loads(run("jakon", "--value", "850000000", "--json"))
    assert d["total"] == 1525000 and len(d["tiers"]) == 3, d
    assert d["tiers"][1]["jkk"] == 680000 and d["tiers"][1]["jkk_rate"] == "0,17%", d["tiers"][1]
    d = json.loads(run("jakon", "--value", "Rp80.000.000", "--json"))
    assert d["total"] == 192000, d
    d = json.loads(run("jakon", "--value", "50000000", "--ppn-included", "--ppn", "10", "--json"))
    assert d["basis"] == 45454545 and d["total"] == 109091, d


def benefits():
    d = json.loads(run("benefit", "jkm", "--json"))
    assert d["total"] == 42000000 and [l["amount"] for l in d["lines"]] == [20000000, 12000000, 10000000], d
    assert all(l["basis"] for l in d["lines"]), d
    d = json.loads(run("benefit", "jkk-death", "--income", "1000000", "--json"))
    assert d["total"] == 70000000, d
    d = json.loads(run("benefit", "jkk-disability", "--income", "1000000", "--percent", "40", "--json"))
    assert d["total"] == 32000000, d
    d = json.loads(run("benefit", "jkk-disability", "--total", "--json"))
    assert d["total"] == 68000000 and d["lines"][0]["amount"] == 56000000, d
    d = json.loads(run("benefit", "jkk-disability", "--json", expect_code=1))
    assert d["error"]["code"] == "pilihan_tidak_lengkap", d


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "demo.db")

    def demo_and_report():
        summary = json.loads(run("demo", "--db", db, "--json"))
        assert summary["pekerja_rentan"] == 15000 and summary["rts"] == 1650, summary
        d = json.loads(run("report", "coverage", "--db", db, "--level", "kecamatan", "--json"))
        assert d["level"] == "kecamatan" and len(d["rows"]) == 11, d
        for row in d["rows"] + [d["total"]]:
            for k in ("kode", "nama", "workers", "verified", "covered", "potential", "coverage_pct"):
                assert k in row, (k, row)
        t = d["total"]
        assert t["workers"] == 15000 + 1316 + 1650, t
        assert t["potential"] == 228000, t
        assert t["workers"] == sum(r["workers"] for r in d["rows"])
        kel = json.loads(run("report", "coverage", "--db", db, "--level", "kelurahan", "--json"))
        assert len(kel["rows"]) == 68, len(kel["rows"])
        rt = json.loads(run("report", "coverage", "--db", db, "--level", "rt", "--json"))
        assert len(rt["rows"]) == 1650, len(rt["rows"])
        assert rt["total"]["covered"] == t["covered"]

    def demo_twice_refused():
        d = json.loads(run("demo", "--db", db, "--json", expect_code=1))
        assert d["error"]["code"], d

    def help_lists_subcommands():
        out = run("--help")
        for sub in ("serve", "demo", "nik", "premium", "jakon", "benefit", "report"):
            assert sub in out, sub

    check("nik: a woman born 17/08/1985", nik_woman)
    check("nik: day 32 is an error", nik_invalid)
    check("premium: 20 workers x 12 months = Rp4.032.000", premium_rt)
    check("premium: with JHT Rp36.800 a month", premium_jht)
    check("premium: unreadable income is a clear error", premium_bad)
    check("jakon: RULES.md §6.4 examples", jakon_examples)
    check("benefit: RULES.md §7 oracles", benefits)
    check("demo + report coverage at every level", demo_and_report)
    check("demo refuses a non-empty database", demo_twice_refused)
    check("--help lists the subcommands", help_lists_subcommands)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
