#!/usr/bin/env python3
"""Crash safety: the server is killed with SIGKILL at random moments while clients write, at
least 20 times; after every kill the database must pass PRAGMA integrity_check, the audit chain
must verify, every write the server acknowledged must be there, and every stored worker must
have its audit entry (a write and its audit entry commit together or not at all).
Then `lindungi backup` of a database in use, and `lindungi restore` from it.
Usage: crash_test.py path/to/lindungi"""
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from lindungi_client import Client, nik, worker  # noqa: E402

BIN = sys.argv[1]
TRIALS = int(os.environ.get("CRASH_TRIALS", "20"))
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db, port):
    # The server's log (one access line per request on stderr) goes to a file: a pipe nobody reads
    # fills after 64 KiB and then blocks the server's writes, and with them its graceful stop.
    log = open(db + ".server.log", "ab")
    proc = subprocess.Popen([BIN, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=log)
    log.close()
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    proc.wait()
    with open(db + ".server.log", "rb") as f:
        raise RuntimeError("server did not start: " + f.read().decode(errors="replace")[-2000:])


def writer(port, serials, acknowledged, stop, ready):
    try:
        c = Client(port, "admin.kota")
    except Exception:  # noqa: BLE001 - the server may already be gone
        return
    finally:
        ready.release()
    while not stop.is_set() and serials:
        s = serials.pop()
        try:
            status, doc = c.request("POST", "/api/v1/workers", worker(nik(s), rt=1 + s % 3))
            if status == 201:
                acknowledged.append(doc["nik"])
        except Exception:  # noqa: BLE001 - killed mid-request
            return


BATCH = 50
HEADER = "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,pekerjaan,penghasilan,kategori\n"


def importer(port, batches, attempted, imported, stop, ready):
    """Uploads RT spreadsheets of BATCH rows each; a batch is committed whole or not at all."""
    try:
        c = Client(port, "admin.kota")
    except Exception:  # noqa: BLE001 - the server may already be gone
        return
    finally:
        ready.release()
    while not stop.is_set() and batches:
        first = batches.pop()
        rows = [nik(first + i) for i in range(BATCH)]
        attempted.append(rows)
        body = HEADER + "".join(
            f"{n},Pekerja Impor,{n[6:8]}/{n[8:10]}/19{n[10:12]},L,15.71.01.1001,1,becak,1.000.000,pekerja_rentan\n"
            for n in rows)
        try:
            status, _ = c.request("POST", "/api/v1/imports?nama_berkas=rt.csv", raw=body.encode(), content_type="text/csv")
            if status == 201:
                imported.append(rows)
        except Exception:  # noqa: BLE001 - killed mid-request
            return


def batches_whole(db, label, all_batches, imported):
    con = sqlite3.connect(db)
    try:
        stored = {r[0] for r in con.execute("SELECT nik FROM pekerja")}
    finally:
        con.close()
    partial = [b[0] for b in all_batches if 0 < sum(n in stored for n in b) < len(b)]
    check(f"{label}: every import batch entirely present or absent", not partial, f"partial batches from {partial[:3]}")
    lost = [b[0] for b in imported if not all(n in stored for n in b)]
    check(f"{label}: acknowledged imports kept", not lost, f"{len(lost)} lost")


def consistent(db, label, acknowledged, demo_workers):
    con = sqlite3.connect(db)
    try:
        check(f"{label}: integrity_check", con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        workers = con.execute("SELECT count(*) FROM pekerja").fetchone()[0]
        created = con.execute("SELECT count(*) FROM audit_log WHERE entitas='pekerja' AND aksi='buat'").fetchone()[0]
        check(f"{label}: every worker (form or import) has its audit entry", workers - demo_workers == created,
              f"{workers - demo_workers} workers, {created} audit entries")
        stored = {r[0] for r in con.execute("SELECT nik FROM pekerja")}
        lost = [n for n in acknowledged if n not in stored]
        check(f"{label}: acknowledged writes kept", not lost, f"{len(lost)} lost, e.g. {lost[:3]}")
    finally:
        con.close()
    v = subprocess.run([BIN, "audit", "verify", "--db", db], capture_output=True, text=True)
    check(f"{label}: audit chain verifies", v.returncode == 0, v.stdout + v.stderr)


# Billing (issue 4): payments recorded while the server is killed. A payment writes its lines'
# alokasi.dibayar, the invoice's total and state, the payment row and an audit entry in one
# transaction: after a kill each invoice's dibayar equals the sum of its lines' dibayar and of its
# payments, each payment is either fully applied or absent, and every acknowledged one is there.
def payer(port, open_invoices, refs, paid, stop, ready, today):
    try:
        c = Client(port, "admin.kota")
    except Exception:  # noqa: BLE001 - the server may already be gone
        return
    finally:
        ready.release()
    rng = random.Random(threading.get_ident() ^ len(refs))
    while not stop.is_set() and open_invoices:
        inv = rng.choice(open_invoices)
        ref = f"UJI-CRASH-{len(refs) + 1:06d}-{rng.randrange(10**6):06d}"
        refs.append(ref)
        try:
            status, doc = c.request("POST", f"/api/v1/invoices/{inv}/payments",
                                    {"jumlah": rng.randint(50, 300), "tanggal": today, "referensi": ref})
        except Exception:  # noqa: BLE001 - killed mid-request
            return
        if status in (200, 201):
            paid.append(ref)
        elif status in (409, 422) and inv in open_invoices:  # paid up meanwhile: leave it
            open_invoices.remove(inv)


def payments_whole(db, label, refs, paid):
    con = sqlite3.connect(db)
    try:
        bad_lines = con.execute(
            "SELECT count(*) FROM tagihan t WHERE t.dibayar <> (SELECT coalesce(sum(a.dibayar), 0) FROM tagihan_bulan b "
            "JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari "
            "AND a.id <= b.id_sampai WHERE b.tagihan_id = t.id)").fetchone()[0]
        check(f"{label}: every invoice's paid total equals the sum of its lines", bad_lines == 0, f"{bad_lines} invoices")
        bad_payments = con.execute(
            "SELECT count(*) FROM tagihan t WHERE t.dibayar <> (SELECT coalesce(sum(jumlah), 0) FROM pembayaran p "
            "WHERE p.tagihan_id = t.id)").fetchone()[0]
        check(f"{label}: every invoice's paid total equals its payments", bad_payments == 0, f"{bad_payments} invoices")
        stored = {r[0] for r in con.execute("SELECT referensi FROM pembayaran WHERE referensi LIKE 'UJI-CRASH-%'")}
        audited = con.execute("SELECT count(*) FROM audit_log WHERE entitas = 'tagihan' AND aksi = 'pembayaran'").fetchone()[0]
        check(f"{label}: every payment has its audit entry", audited == len(stored), f"{len(stored)} payments, {audited} entries")
        unknown = stored - set(refs)
        check(f"{label}: no payment that was never sent", not unknown, f"{list(unknown)[:3]}")
        lost = [r for r in paid if r not in stored]
        check(f"{label}: acknowledged payments kept", not lost, f"{len(lost)} lost")
    finally:
        con.close()


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "crash.db")
    subprocess.run([BIN, "demo", "--db", db], check=True, capture_output=True)
    demo_workers = sqlite3.connect(db).execute("SELECT count(*) FROM pekerja").fetchone()[0]
    rng = random.Random(42)
    serials = list(range(100_000, 400_000))
    rng.shuffle(serials)
    acknowledged = []
    batch_starts = list(range(1_000_000, 1_400_000, BATCH))
    attempted, imported = [], []
    refs, paid = [], []  # billing: payment references sent and acknowledged
    # A payment dated today (the one clock the server reads too): never a day to come, whatever
    # the day the test runs (a date in January of the current year was in the future on 1-9 January).
    today = os.environ.get("LINDUNGI_TODAY") or time.strftime("%Y-%m-%d", time.gmtime())
    con = sqlite3.connect(db)
    open_invoices = [r[0] for r in con.execute("SELECT id FROM tagihan WHERE status IN ('terbit', 'sebagian')")]
    con.close()
    for trial in range(TRIALS):
        port = free_port()
        proc = start(db, port)
        stop = threading.Event()
        ready = threading.Semaphore(0)
        threads = [threading.Thread(target=writer, args=(port, serials, acknowledged, stop, ready)) for _ in range(3)]
        threads.append(threading.Thread(target=importer, args=(port, batch_starts, attempted, imported, stop, ready)))
        threads += [threading.Thread(target=payer, args=(port, open_invoices, refs, paid, stop, ready, today))
                    for _ in range(2)]
        for t in threads:
            t.start()
        # The kill comes at a random moment of the writing, counted from when every client has
        # signed in: on a loaded machine six sign-ins (each a password hash) took most of a fixed
        # window, and a trial could end before any import or payment was sent.
        for _ in threads:
            ready.acquire(timeout=30)
        time.sleep(rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stop.set()
        for t in threads:
            t.join()
        consistent(db, f"trial {trial + 1}", acknowledged, demo_workers)
        batches_whole(db, f"trial {trial + 1}", attempted, imported)
        payments_whole(db, f"trial {trial + 1}", refs, paid)
    check("writes happened between kills", len(acknowledged) > TRIALS, f"{len(acknowledged)} acknowledged")
    check("imports happened between kills", len(imported) > 0, f"{len(imported)} imports")
    check("payments happened between kills", len(paid) > 0, f"{len(paid)} payments")
    print(f"{len(acknowledged)} acknowledged writes and {len(imported)} imports of {BATCH} rows over {TRIALS} kills")
    print(f"{len(paid)} acknowledged payments of {len(refs)} sent")

    # Backup while the server is writing, then restore into a new file.
    port = free_port()
    proc = start(db, port)
    stop = threading.Event()
    during = []
    ready = threading.Semaphore(0)
    t = threading.Thread(target=writer, args=(port, serials, during, stop, ready))
    t.start()
    ready.acquire(timeout=30)
    time.sleep(0.3)
    backup = os.path.join(tmp, "cadangan.db")
    b = subprocess.run([BIN, "backup", "--db", db, "--out", backup], capture_output=True, text=True)
    check("backup while in use", b.returncode == 0, b.stderr)
    stop.set()
    t.join()
    proc.send_signal(signal.SIGTERM)
    check("graceful stop on SIGTERM", proc.wait(timeout=20) == 0, "exit code")
    restored = os.path.join(tmp, "pulih.db")
    r = subprocess.run([BIN, "restore", "--from", backup, "--db", restored], capture_output=True, text=True)
    check("restore", r.returncode == 0, r.stdout + r.stderr)
    con = sqlite3.connect(restored)
    check("restored: integrity_check", con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    n = con.execute("SELECT count(*) FROM pekerja").fetchone()[0]
    check("restored: has the workers", n >= demo_workers + len(acknowledged), f"{n}")
    con.close()
    again = subprocess.run([BIN, "restore", "--from", backup, "--db", restored], capture_output=True, text=True)
    check("restore refuses to overwrite without --force",
          again.returncode != 0 and "--force" in again.stderr, again.stdout + again.stderr)
    again = subprocess.run([BIN, "restore", "--from", backup, "--db", restored, "--force"], capture_output=True,
                           text=True)
    check("restore --force replaces the database", again.returncode == 0, again.stdout + again.stderr)
    again = subprocess.run([BIN, "backup", "--db", db, "--out", backup], capture_output=True, text=True)
    check("backup refuses to overwrite", again.returncode != 0, again.stdout)

    # The audit key (issue 16 item 5) travels beside the backup; a keyed backup without it is refused.
    check("backup wrote the audit key beside the copy", os.path.exists(backup + ".kunci-audit"))
    os.rename(backup + ".kunci-audit", backup + ".kunci-lain")
    other = os.path.join(tmp, "pulih2.db")
    r2 = subprocess.run([BIN, "restore", "--from", backup, "--db", other], capture_output=True, text=True)
    check("restore refuses a keyed backup without its key", r2.returncode != 0 and "kunci audit" in r2.stderr,
          r2.stdout + r2.stderr)
    r3 = subprocess.run([BIN, "restore", "--from", backup, "--db", other, "--kunci-audit", backup + ".kunci-lain"],
                        capture_output=True, text=True)
    check("restore with --kunci-audit puts the key beside the database",
          r3.returncode == 0 and os.path.exists(other + ".kunci-audit"), r3.stdout + r3.stderr)

    # Tampering is detected: edit an audit entry behind the application's back.
    con = sqlite3.connect(restored)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET pelaku = 'penyusup' WHERE id = (SELECT max(id) / 2 FROM audit_log)")
    con.commit()
    con.close()
    v = subprocess.run([BIN, "audit", "verify", "--db", restored], capture_output=True, text=True)
    check("audit verify detects an edited entry", v.returncode != 0 and "diubah" in v.stdout, v.stdout)
    con = sqlite3.connect(restored)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE id = 3")
    con.commit()
    con.close()
    v = subprocess.run([BIN, "audit", "verify", "--db", restored], capture_output=True, text=True)
    check("audit verify detects a deleted entry", v.returncode != 0, v.stdout)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
