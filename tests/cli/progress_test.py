#!/usr/bin/env python3
"""Progress bars of long commands (issue 19 item 8), against the built binary.

On a terminal (stderr a pseudo-terminal made with Python's pty module) `demo`, `import` and
`billing-run` draw a bar on stderr; piped, or with --json, stderr holds no bar at all and stdout is
what it always was. Usage: progress_test.py path/to/lindungi"""
import datetime
import json
import os
import pty
import select
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
passed = failed = 0
BAR_MARKS = ("\r", "\x1b[K", "[#", "#.", "%")


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok   {name}")
    except Exception as e:  # noqa: BLE001 - report every failure and go on
        failed += 1
        print(f"FAIL {name}: {e}")


def on_terminal(args):
    """Runs with stderr on a pseudo-terminal (stdout piped); returns (code, stdout, terminal text)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([BIN, *args], stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL,
                         env={**os.environ, "TERM": "xterm"})
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        elif p.poll() is not None:
            break
    out = p.stdout.read().decode()
    code = p.wait(timeout=300)
    os.close(master)
    return code, out, seen.decode(errors="replace")


def piped(args):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def no_bar(text, what):
    for mark in BAR_MARKS:
        assert mark not in text, f"{what}: {mark!r} in {text[:200]!r}"


def today():
    fixed = os.environ.get("LINDUNGI_TODAY")
    if fixed:
        return datetime.date.fromisoformat(fixed)
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()


def csv_rows(n):
    """n valid rows of the import template: men of Telanaipura born 17/08/1985, RT 001."""
    head = ("nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,"
            "kategori,nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris")
    rows = [f"157101170885{7000 + i:04d},Pekerja Uji {i},17/08/1985,L,15.71.01.1001,001,Jl. Uji {i},,becak,"
            f"900.000,pekerja_rentan,,," for i in range(n)]
    return "\r\n".join([head, *rows]) + "\r\n"


with tempfile.TemporaryDirectory() as tmp:
    tty_db = os.path.join(tmp, "tty.db")
    pipe_db = os.path.join(tmp, "pipe.db")
    json_db = os.path.join(tmp, "json.db")

    def demo_on_terminal():
        code, out, term = on_terminal(["demo", "--db", tty_db])
        assert code == 0, f"exit {code}: {term[-300:]}"
        assert "Menulis pekerja [" in term and "100%" in term, f"no bar: {term[-300:]!r}"
        assert "\r\x1b[K" in term, "the bar redraws its line in place"
        assert out.startswith("Data demo ditulis ke "), f"stdout unchanged: {out[:120]!r}"
        assert "[" not in out and "\r" not in out, "the bar never goes to stdout"

    def demo_piped():
        code, out, err = piped(["demo", "--db", pipe_db])
        assert code == 0, err
        no_bar(err, "stderr piped")
        assert err == "", f"nothing on stderr when piped: {err[:200]!r}"
        assert out.startswith("Data demo ditulis ke ") and out.count("\n") == 1, out

    def demo_json_on_terminal():
        code, out, term = on_terminal(["demo", "--db", json_db, "--json"])
        assert code == 0, term[-300:]
        no_bar(term, "--json on a terminal")
        assert json.loads(out)["workers"] > 0

    def import_on_terminal():
        path = os.path.join(tmp, "rt.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(csv_rows(40))
        code, out, term = on_terminal(["import", "--db", tty_db, "--file", path, "--dry-run"])
        assert code == 0, term[-300:]
        assert "Membaca baris [" in term and "100% 41/41" in term, f"no bar: {term[-300:]!r}"
        code, out2, err = piped(["import", "--db", pipe_db, "--file", path, "--dry-run"])
        assert code == 0, err
        no_bar(err, "import piped")
        assert out2 == out, "the same summary on a terminal and piped"

    def billing_run_on_terminal():
        year = str(today().year)
        code, out, term = on_terminal(["billing-run", "--db", tty_db, "--sumber-dana", "apbd_kota", "--tahun", year])
        assert code == 0, f"exit {code}: {term[-300:]}"
        assert "Menghitung status iuran [" in term and "100%" in term, f"no bar: {term[-300:]!r}"
        code, out, err = piped(["billing-run", "--db", pipe_db, "--sumber-dana", "apbd_kota", "--tahun", year,
                                "--json"])
        assert code == 0, err
        no_bar(err, "billing-run --json piped")
        assert "ringkasan" in json.loads(out)

    check("demo on a terminal draws a bar on stderr", demo_on_terminal)
    check("demo piped: no bar, stdout as before", demo_piped)
    check("demo --json on a terminal: no bar", demo_json_on_terminal)
    check("import --dry-run on a terminal draws the rows read; piped the same summary", import_on_terminal)
    check("billing-run on a terminal draws the states; --json piped none", billing_run_on_terminal)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
