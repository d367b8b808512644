#!/usr/bin/env python3
"""Backups that restore (issue 19 item 5): `lindungi backup` of the demo (database and claim
files) into one archive with a manifest of checksums, `lindungi restore` into a new place, and a
comparison of every table's rows and a claim file's bytes. A damaged archive (a changed claim
file, a member the manifest does not list, a changed row count) is refused before anything is
written; retention keeps the newest N daily archives; `backup --config` reads the server's
configuration file. With LINDUNGI_TEST_PG (scripts/with-postgres.sh) the same round trip runs on
PostgreSQL through pg_dump/pg_restore, the password read from a file.
Usage: backup_test.py path/to/lindungi [sqlite|pg]"""
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse

BIN = os.path.abspath(sys.argv[1])
MODE = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def run(*args, cwd=None, env=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def table_counts(db):
    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    counts = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    con.close()
    return counts


def files_under(folder):
    out = {}
    for root, _, names in os.walk(folder):
        for n in names:
            p = os.path.join(root, n)
            out[os.path.relpath(p, folder)] = open(p, "rb").read()
    return out


def rewrite_archive(src, dst, change):
    """Copies the archive, letting `change(name, bytes)` return new bytes, or None to drop a member;
    change.extra (name -> bytes) adds members."""
    with tarfile.open(src, "r:gz") as tin, tarfile.open(dst, "w:gz") as tout:
        for m in tin.getmembers():
            data = tin.extractfile(m).read() if m.isfile() else None
            if data is not None:
                data = change(m.name, data)
                if data is None:
                    continue
                m.size = len(data)
                tout.addfile(m, io.BytesIO(data))
            else:
                tout.addfile(m)
        for name, data in getattr(change, "extra", {}).items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tout.addfile(info, io.BytesIO(data))
    shutil.copy(src + ".kunci-audit", dst + ".kunci-audit")


def sqlite_round_trip(tmp):
    src = os.path.join(tmp, "asal")
    os.makedirs(src)
    db = os.path.join(src, "lindungi.db")
    d = run("demo", "--db", db, "--json")
    check("demo written", d.returncode == 0, d.stderr)
    claim_files = files_under(os.path.join(src, "berkas"))
    check("the demo has claim files", len(claim_files) > 0, claim_files.keys())

    archive = os.path.join(tmp, "cadangan.tar.gz")
    b = run("backup", "--db", db, "--out", archive, "--json")
    check("backup", b.returncode == 0, b.stdout + b.stderr)
    summary = json.loads(b.stdout)
    source_counts = table_counts(db)
    check("backup: every table counted", summary["jumlah_baris"] == source_counts,
          (summary["jumlah_baris"], source_counts))
    check("backup: every claim file", summary["berkas_klaim"] == len(claim_files), summary)
    check("backup: the key beside the archive, 0600", oct(os.stat(archive + ".kunci-audit").st_mode & 0o777) == "0o600")
    with tarfile.open(archive, "r:gz") as t:
        names = t.getnames()
        manifest = json.load(t.extractfile("manifest.json"))
    check("archive: manifest, database and claim files", "manifest.json" in names and "database.sqlite" in names
          and all("berkas/" + f in names for f in claim_files), names[:5])
    check("archive: the key is not inside", not any("kunci" in n for n in names), names)
    check("manifest: format, version, backend", manifest["format"] == "lindungi-cadangan"
          and manifest["versi_lindungi"] and manifest["backend"] == "sqlite", manifest.keys())
    one = sorted(claim_files)[0]
    listed = {m["nama"]: m for m in manifest["anggota"]}
    check("manifest: a claim file's SHA-256", listed["berkas/" + one]["sha256"]
          == hashlib.sha256(claim_files[one]).hexdigest(), listed.get("berkas/" + one))

    # Restore into a new place and compare.
    new = os.path.join(tmp, "baru")
    new_db = os.path.join(new, "lindungi.db")
    r = run("restore", "--from", archive, "--db", new_db)
    check("restore", r.returncode == 0 and "manifes cocok" in r.stdout, r.stdout + r.stderr)
    check("restored: every table's rows", table_counts(new_db) == source_counts,
          (table_counts(new_db), source_counts))
    restored_files = files_under(os.path.join(new, "berkas"))
    check("restored: the claim files", sorted(restored_files) == sorted(claim_files))
    check("restored: a claim file's bytes", restored_files.get(one) == claim_files[one])
    v = run("audit", "verify", "--db", new_db)
    check("restored: the audit chain verifies with the key restored beside it", v.returncode == 0, v.stdout + v.stderr)
    con = sqlite3.connect(new_db)
    check("restored: integrity_check", con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    con.close()

    again = run("restore", "--from", archive, "--db", new_db)
    check("restore refuses an existing database without --force",
          again.returncode != 0 and "--force" in again.stderr, again.stderr)
    # Claim files are added to a folder that has files already (a restore beside the live database
    # shares its folder); one of the same name with other bytes is replaced only with --force.
    other_db = os.path.join(tmp, "lain", "lindungi.db")
    other_files = os.path.join(tmp, "lain-berkas")
    os.makedirs(os.path.dirname(os.path.join(other_files, one)))
    with open(os.path.join(other_files, one), "wb") as f:
        f.write(b"isi lain")
    with open(os.path.join(other_files, "milik-lain.pdf"), "wb") as f:
        f.write(b"%PDF bukan dari cadangan")
    again = run("restore", "--from", archive, "--db", other_db, "--files", other_files)
    check("restore refuses a claim file of other bytes without --force",
          again.returncode != 0 and "isi berbeda" in again.stderr and not os.path.exists(other_db)
          and open(os.path.join(other_files, one), "rb").read() == b"isi lain", again.stderr)
    again = run("restore", "--from", archive, "--db", other_db, "--files", other_files, "--force")
    after = files_under(other_files)
    check("restore --force replaces it, adds the rest and deletes nothing", again.returncode == 0
          and after.get(one) == claim_files[one] and "milik-lain.pdf" in after
          and all(after.get(k) == v for k, v in claim_files.items()), again.stderr)
    # The replaced database's audit queue (reads audited while its writer was busy) is moved aside,
    # not folded into the restored chain.
    with open(new_db + ".antrian-audit", "w") as f:
        f.write("antrean database lama")
    again = run("restore", "--from", archive, "--db", new_db, "--force")
    check("restore --force replaces the database", again.returncode == 0
          and files_under(os.path.join(new, "berkas")) == claim_files, again.stderr)
    aside = [n for n in os.listdir(new) if n.startswith("lindungi.db.antrian-audit.sebelum-pulih-")]
    check("restore moves the replaced database's audit queue aside", not os.path.exists(new_db + ".antrian-audit")
          and len(aside) == 1, os.listdir(new))
    same_folder = os.path.join(src, "pulih.db")
    again = run("restore", "--from", archive, "--db", same_folder)
    check("restore beside the source database keeps the shared claim folder as it is",
          again.returncode == 0 and files_under(os.path.join(src, "berkas")) == claim_files, again.stderr)

    # Damaged archives are refused, and nothing is written.
    def refused(name, change, words):
        bad = os.path.join(tmp, name + ".tar.gz")
        rewrite_archive(archive, bad, change)
        target = os.path.join(tmp, "tolak-" + name, "lindungi.db")
        p = run("restore", "--from", bad, "--db", target)
        check(f"damaged archive refused: {name}", p.returncode != 0 and words in p.stderr, p.stdout + p.stderr)
        check(f"damaged archive: nothing written ({name})", not os.path.exists(target)
              and not os.path.exists(os.path.join(tmp, "tolak-" + name, "berkas"))
              and os.listdir(os.path.dirname(target)) == [],
              os.listdir(os.path.dirname(target)) if os.path.isdir(os.path.dirname(target)) else "")

    refused("berkas-diubah", lambda n, b: (b"X" + b[1:]) if n == "berkas/" + one else b, "SHA-256")
    extra = lambda n, b: b  # noqa: E731
    extra.extra = {"berkas/sisipan.pdf": b"%PDF-1.4 bukan dari cadangan"}
    refused("anggota-lebih", extra, "tidak tercatat di manifes")
    refused("anggota-hilang", lambda n, b: None if n == "berkas/" + one else b, "tidak ada di dalam arsip")

    def lie_about_rows(n, b):
        if n != "manifest.json":
            return b
        m = json.loads(b)
        m["jumlah_baris"]["pekerja"] += 1
        return json.dumps(m).encode()
    refused("baris-berbeda", lie_about_rows, "pekerja")

    # A plain SQLite copy made by an older release still restores.
    plain = os.path.join(tmp, "lama.db")
    with sqlite3.connect(db) as s, sqlite3.connect(plain) as t:
        s.backup(t)
    shutil.copy(archive + ".kunci-audit", plain + ".kunci-audit")
    p = run("restore", "--from", plain, "--db", os.path.join(tmp, "dari-lama", "lindungi.db"))
    check("a plain SQLite copy from an older release restores", p.returncode == 0, p.stdout + p.stderr)

    # Retention: the newest N daily archives stay, with their keys; other files are left alone.
    daily = os.path.join(tmp, "harian")
    os.makedirs(daily)
    for old in ("lindungi-20200101-023000.tar.gz", "lindungi-20200102-023000.tar.gz"):
        shutil.copy(archive, os.path.join(daily, old))
        shutil.copy(archive + ".kunci-audit", os.path.join(daily, old + ".kunci-audit"))
    open(os.path.join(daily, "catatan.txt"), "w").write("bukan cadangan")
    conf = os.path.join(tmp, "lindungi.conf")
    with open(conf, "w") as f:
        f.write(f"db = {db}\nport = 8080\nproduction = false\nbackup_dir = {daily}\nbackup-keep = 2\n")
    p = run("backup", "--config", conf, "--json")
    check("backup --config: a dated archive in backup-dir", p.returncode == 0, p.stdout + p.stderr)
    left = sorted(os.listdir(daily))
    dated = [n for n in left if n.endswith(".tar.gz") and not n.startswith("lindungi-2020")]
    check("retention: the newest 2 archives and their keys stay, the rest are pruned",
          len(dated) == 1 and "lindungi-20200102-023000.tar.gz" in left and "lindungi-20200101-023000.tar.gz" not in left
          and "lindungi-20200101-023000.tar.gz.kunci-audit" not in left and "catatan.txt" in left, left)
    if p.returncode == 0:
        check("retention: reported", json.loads(p.stdout)["dipangkas"] == ["lindungi-20200101-023000.tar.gz"], p.stdout)
    with open(conf, "a") as f:
        f.write("simpan = 3\n")
    p = run("backup", "--config", conf)
    check("backup --config refuses an unknown key with its line", p.returncode == 2
          and "baris 6" in p.stderr and "'simpan'" in p.stderr, p.stderr)


def pg_round_trip(tmp, url_with_password):
    u = urllib.parse.urlsplit(url_with_password)
    password = urllib.parse.unquote(u.password or "")
    base = f"{u.scheme}://{u.username}@{u.hostname}:{u.port}"
    pwfile = os.path.join(tmp, "db-password")
    with open(pwfile, "w") as f:
        f.write(password + "\n")
    os.chmod(pwfile, 0o600)
    suffix = str(os.getpid())
    src_db, dst_db = f"cadangan_asal_{suffix}", f"cadangan_tujuan_{suffix}"
    env = dict(os.environ, PGPASSWORD=password)
    for name in (src_db, dst_db):
        subprocess.run(["psql", url_with_password, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c",
                        f"CREATE DATABASE {name}"], check=True, capture_output=True)
    try:
        src_url, dst_url = f"{base}/{src_db}", f"{base}/{dst_db}"
        src_dir, dst_dir = os.path.join(tmp, "pg-asal"), os.path.join(tmp, "pg-tujuan")
        os.makedirs(src_dir)
        os.makedirs(dst_dir)
        d = run("demo", "--db", src_url, cwd=src_dir, env=env)  # libpq's PGPASSWORD for the demo only
        check("pg: demo written", d.returncode == 0, d.stderr)
        claim_files = files_under(os.path.join(src_dir, "var", "berkas"))
        check("pg: the demo has claim files", len(claim_files) > 0)
        archive = os.path.join(tmp, "pg.tar.gz")
        b = run("backup", "--db", src_url, "--db-password-file", pwfile, "--out", archive, "--json", cwd=src_dir)
        check("pg: backup with pg_dump, the password from a file", b.returncode == 0, b.stdout + b.stderr)
        with tarfile.open(archive, "r:gz") as t:
            names = t.getnames()
        check("pg: archive holds the dump", "database.pgdump" in names, names[:4])
        r = run("restore", "--from", archive, "--db", dst_url, "--db-password-file", pwfile, cwd=dst_dir)
        check("pg: restore into an empty database", r.returncode == 0 and "manifes cocok" in r.stdout,
              r.stdout + r.stderr)
        restored_files = files_under(os.path.join(dst_dir, "var", "berkas"))
        one = sorted(claim_files)[0]
        check("pg: restored claim file's bytes", restored_files.get(one) == claim_files[one])
        counts = []
        for url in (src_url, dst_url):
            q = subprocess.run(["psql", url, "-At", "-c", "SELECT count(*) FROM pekerja"], capture_output=True,
                               text=True, env=env)
            counts.append(q.stdout.strip())
        check("pg: the same workers", counts[0] == counts[1] and counts[0] not in ("", "0"), counts)
        v = run("audit", "verify", "--db", dst_url, cwd=dst_dir, env=env)
        check("pg: restored audit chain verifies", v.returncode == 0, v.stdout + v.stderr)
        again = run("restore", "--from", archive, "--db", dst_url, "--db-password-file", pwfile, cwd=dst_dir)
        check("pg: restore refuses a database with tables without --force", again.returncode != 0
              and "--force" in again.stderr, again.stderr)
    finally:
        for name in (src_db, dst_db):
            subprocess.run(["psql", url_with_password, "-q", "-c", f"DROP DATABASE IF EXISTS {name}"],
                           capture_output=True)


with tempfile.TemporaryDirectory() as tmp:
    if MODE == "pg":
        url = os.environ.get("LINDUNGI_TEST_PG")
        if not url:
            print("LINDUNGI_TEST_PG tidak diisi: jalankan lewat scripts/with-postgres.sh")
            sys.exit(1)
        pg_round_trip(tmp, url)
    else:
        sqlite_round_trip(tmp)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed == 0 else 0)
