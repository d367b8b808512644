#!/usr/bin/env python3
"""The CLI contract of DESIGN.md §5, checked against the built binary: JSON shapes and the
worked examples of RULES.md §7. Usage: contract_test.py path/to/lindungi"""
import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

BIN = sys.argv[1]
passed = failed = 0


def wib_today():
    """Today as the program sees it (issue 15): LINDUNGI_TODAY when the date matrix sets it, else
    the date in Kota Jambi (WIB, UTC+7), which is not the machine's UTC date after 17:00."""
    fixed = os.environ.get("LINDUNGI_TODAY")
    if fixed:
        return datetime.date.fromisoformat(fixed)
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()


TODAY = wib_today()
# The school year (tahun ajaran) runs from July: 2026-03-23 is in 2025/2026.
SCHOOL_YEAR = TODAY.year if TODAY.month >= 7 else TODAY.year - 1


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
    # Claims (issue 5): the disability table and the transport caps.
    d = json.loads(run("benefit", "jkk-disability", "--income", "1000000", "--part", "lengan_kanan_bahu", "--json"))
    assert d["total"] == 32000000 and "Lengan kanan" in d["lines"][0]["label"], d
    d = json.loads(run("benefit", "transport", "--mode", "laut", "--cost", "3000000", "--json"))
    assert d["total"] == 2000000 and d["lines"][0]["basis"], d


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "demo.db")

    def demo_and_report():
        summary = json.loads(run("demo", "--db", db, "--provinsi", "--json"))
        assert summary["pekerja_rentan"] == 15000 and summary["rts"] == 1650, summary
        assert summary["kabkota_lain"][0]["kode"] == "15.72" and summary["kabkota_lain"][0]["workers"] == 48, summary
        # The program hashes passwords at argon2id's interactive cost (64 MiB, 2 passes); only the
        # C++ test programs lower it (AuthService::use_minimum_hash_cost_for_tests).
        with sqlite3.connect(db) as con:
            hashes = [h for (h,) in con.execute("SELECT hash_sandi FROM pengguna")]
        assert hashes and all(h.startswith("$argon2id$v=19$m=65536,t=2,") for h in hashes), hashes[:2]
        # Many areas in one deployment (issue 8 item 3): the deployment is the province; Kota
        # Jambi's figures are those within 15.71.
        d = json.loads(run("report", "coverage", "--db", db, "--level", "kecamatan", "--wilayah", "15.71", "--json"))
        assert d["level"] == "kecamatan" and len(d["rows"]) == 11, d
        for row in d["rows"] + [d["total"]]:
            for k in ("kode", "nama", "workers", "verified", "covered", "potential", "coverage_pct"):
                assert k in row, (k, row)
        t = d["total"]
        assert t["workers"] == 15000 + 1316 + 1650, t
        assert t["potential"] == 228000, t
        assert t["workers"] == sum(r["workers"] for r in d["rows"])
        kel = json.loads(run("report", "coverage", "--db", db, "--level", "kelurahan", "--wilayah", "15.71", "--json"))
        assert len(kel["rows"]) == 68, len(kel["rows"])
        rt = json.loads(run("report", "coverage", "--db", db, "--level", "rt", "--wilayah", "15.71", "--json"))
        assert len(rt["rows"]) == 1650, len(rt["rows"])
        assert rt["total"]["covered"] == t["covered"]

    # Many areas in one deployment (issue 8 item 3): the province's kab/kota, Sungai Penuh's
    # demo, the code list of another province (good file, bad rows) and an RT in Kerinci.
    def province_contract():
        summary_sp = json.loads(run("report", "coverage", "--db", db, "--level", "kabkota", "--wilayah", "15", "--json"))
        rows = {r["kode"]: r for r in summary_sp["rows"]}
        assert len(rows) == 11 and rows["15.71"]["potential"] == 228000, summary_sp["rows"][:2]
        assert rows["15.72"]["workers"] == 48 and rows["15.72"]["coverage_pct"] is not None, rows["15.72"]
        # both demo cities have an (estimated) potential workforce: the province's headline is known
        assert summary_sp["total"]["coverage_pct"] is not None, summary_sp["total"]
        d = json.loads(run("wilayah", "daftar", "--db", db, "--json"))
        assert d["items"][0]["kode"] == "15" and d["items"][0]["kabkota"] == 11, d
        assert d["items"][0]["kecamatan"] == 144 and d["items"][0]["kelurahan"] == 1585, d
        good = os.path.join(tmp, "sumsel.csv")
        with open(good, "w", encoding="utf-8") as f:
            f.write("kode,nama\n16,Sumatera Selatan\n16.71,Kota Palembang\n16.71.01,Ilir Barat II\n"
                    "16.71.01.1001,Demang Lebar Daun\n")
        r = json.loads(run("wilayah", "muat", "--db", db, "--file", good, "--dry-run", "--json"))
        assert r["baru"] == 4 and r["dry_run"] is True, r
        r = json.loads(run("wilayah", "muat", "--db", db, "--file", good, "--json"))
        assert r["baru"] == 4 and r["per_tingkat"]["kelurahan"] == 1, r
        r = json.loads(run("wilayah", "muat", "--db", db, "--file", good, "--json"))
        assert r["baru"] == 0 and r["sudah_ada"] == 4, r
        bad = os.path.join(tmp, "rusak.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("kode,nama\n17,Bengkulu\n17.71.01,Gading Cempaka\n17.7x,Rusak\n16.71,Kota Lain\n")
        e = json.loads(run("wilayah", "muat", "--db", db, "--file", bad, "--json", expect_code=1))
        codes = [x["code"] for x in e["error"]["errors"]]
        assert codes == ["induk_tidak_ada", "kode_tidak_valid", "nama_berbeda"], e
        assert "Baris 3" in e["error"]["errors"][0]["message"], e
        d = json.loads(run("wilayah", "daftar", "--db", db, "--json"))
        assert [i["kode"] for i in d["items"]] == ["15", "16"], d  # Bengkulu not loaded
        rt = json.loads(run("wilayah", "rt", "--db", db, "--kelurahan", "15.01.01.2001", "--nomor", "1",
                            "--ketua", "Pak Datuk", "--json"))
        assert rt["kode"] == "15.01.01.2001.001", rt
        e = json.loads(run("wilayah", "rt", "--db", db, "--kelurahan", "15.01.01.2001", "--nomor", "1", "--json",
                           expect_code=1))
        assert e["error"]["code"] == "rt_sudah_ada", e
        n = json.loads(run("nik", "1501011708850001", "--json"))
        assert n["valid"] is True and n["nama_wilayah"] == "Gunung Raya, Kabupaten Kerinci", n

    def demo_twice_refused():
        d = json.loads(run("demo", "--db", db, "--json", expect_code=1))
        assert d["error"]["code"], d

    def reset_otp_by_name():
        out = run("user", "reset-otp", "--db", db, "admin.kota")
        assert "admin.kota direset" in out, out
        p = subprocess.run([BIN, "user", "reset-otp", "--db", db, "tidak.ada"], capture_output=True, text=True, timeout=120)
        assert p.returncode != 0 and "Pengguna 'tidak.ada' tidak ditemukan" in p.stderr, (p.returncode, p.stderr)

    def help_lists_subcommands():
        out = run("--help")
        for sub in ("serve", "demo", "nik", "premium", "jakon", "benefit", "report", "import", "template"):
            assert sub in out, sub

    def import_contract():
        import sqlite3
        con = sqlite3.connect(db)
        kel, rt = con.execute("SELECT kode_kelurahan, nomor FROM rt ORDER BY kode LIMIT 1").fetchone()
        workers_before = con.execute("SELECT count(*) FROM pekerja").fetchone()[0]
        niks = ["1571015708859991", "1571011708859992"]
        assert not con.execute("SELECT 1 FROM pekerja WHERE nik IN (?, ?)", niks).fetchone()
        path = os.path.join(tmp, "rt.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("NIK;Nama;Tanggal Lahir;Jenis Kelamin;Kode Kelurahan;RT;Pekerjaan;Penghasilan;Kategori\r\n")
            f.write(f"{niks[0]};Siti Kontrak;17/08/1985;P;{kel};{rt};pedagang_umkm;1.500.000;pekerja_rentan\r\n")
            f.write(f"{niks[1]};Budi Kontrak;17/08/1985;L;{kel};{rt};becak;Rp 900.000;pekerja_rentan\r\n")
            f.write(f"157101570885999;NIK Pendek;17/08/1985;P;{kel};{rt};becak;900000;pekerja_rentan\r\n")
        keys = ("rows", "created", "updated", "unchanged", "accepted", "rejected", "duplicates", "errors")
        dry = json.loads(run("import", "--db", db, "--file", path, "--dry-run", "--json"))
        for k in keys:
            assert k in dry, (k, dry)
        assert (dry["rows"], dry["created"], dry["rejected"], dry["accepted"]) == (3, 2, 1, 2), dry
        e = dry["errors"][0]
        assert set(e) >= {"row", "column", "code", "message"} and e["row"] == 4 and e["column"] == "nik", e
        assert con.execute("SELECT count(*) FROM pekerja").fetchone()[0] == workers_before, "dry run wrote"
        done = json.loads(run("import", "--db", db, "--file", path, "--json"))
        assert (done["created"], done["rejected"], done["saved"]) == (2, 1, True), done
        con2 = sqlite3.connect(db)
        assert con2.execute("SELECT count(*) FROM pekerja").fetchone()[0] == workers_before + 2
        again = json.loads(run("import", "--db", db, "--file", path, "--json"))
        assert (again["created"], again["updated"], again["unchanged"], again["saved"]) == (0, 0, 2, False), again
        assert con2.execute("SELECT count(*) FROM pekerja").fetchone()[0] == workers_before + 2

    def import_unreadable():
        junk = os.path.join(tmp, "junk.xlsx")
        with open(junk, "wb") as f:
            f.write(b"PK\x03\x04 not a workbook")
        d = json.loads(run("import", "--db", db, "--file", junk, "--json", expect_code=1))
        assert d["error"]["code"] == "xlsx_tidak_terbaca", d
        d = json.loads(run("import", "--db", db, "--file", os.path.join(tmp, "missing.csv"), "--json", expect_code=1))
        assert d["error"]["code"] == "berkas_tidak_ada", d

    def template_files():
        for fmt in ("csv", "xlsx"):
            out = os.path.join(tmp, "templat." + fmt)
            run("template", "--format", fmt, "--out", out)
            data = open(out, "rb").read()
            if fmt == "csv":
                assert data.startswith(b"\xef\xbb\xbfnik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,"), data[:80]
            else:
                assert data[:4] == b"PK\x03\x04", data[:4]

    # Claims (issue 5): the report and the scholarship list on the demo, whose four cases (made
    # through the claims workflow in the last 75 days: one paid with a scholarship, one submitted,
    # one draft, one approved) fall in the last year whatever today is (issue 15).
    def claims_report():
        dari = (TODAY - datetime.timedelta(days=365)).isoformat()
        sampai = TODAY.isoformat()
        d = json.loads(run("claims", "report", "--db", db, "--dari", dari, "--sampai", sampai, "--json"))
        assert d["dari"] == dari and d["rows"], d
        t = d["total"]
        assert (t["dibuka"], t["dibayar"], t["tertunda"], t["ditolak"]) == (4, 1, 3, 0), t
        assert t["jumlah_dibayar"] > 0 and t["beasiswa_dibayar"] > 0, t
        for k in ("dibuka", "dibayar", "tertunda", "ditolak", "jumlah_dibayar", "beasiswa_dibayar"):
            assert sum(r[k] for r in d["rows"]) == t[k], (k, d)
        # The paid case's first child has this school year's scholarship; a brother or sister is due.
        due = json.loads(run("claims", "scholarships-due", "--db", db, "--json"))
        assert due["tahun_ajaran"] == f"{SCHOOL_YEAR}/{SCHOOL_YEAR + 1}" and due["total"] >= 1, due
        assert all(i["status"] == "menunggu_bukti_sekolah" for i in due["items"]), due
        before = json.loads(run("claims", "scholarships-due", "--db", db, "--tahun", str(SCHOOL_YEAR - 2), "--json"))
        assert before["total"] == 0, before
        bad = json.loads(run("claims", "report", "--db", db, "--dari", "kemarin", "--json", expect_code=1))
        assert bad["error"]["field"] == "dari", bad

    check("nik: a woman born 17/08/1985", nik_woman)
    check("nik: day 32 is an error", nik_invalid)
    check("premium: 20 workers x 12 months = Rp4.032.000", premium_rt)
    check("premium: with JHT Rp36.800 a month", premium_jht)
    check("premium: unreadable income is a clear error", premium_bad)
    check("jakon: RULES.md §6.4 examples", jakon_examples)
    check("benefit: RULES.md §7 oracles", benefits)
    check("demo + report coverage at every level", demo_and_report)
    check("demo refuses a non-empty database", demo_twice_refused)
    check("user reset-otp: by name, an unknown name is a clear error", reset_otp_by_name)
    check("--help lists the subcommands", help_lists_subcommands)
    check("import: dry run, commit, idempotent re-import (DESIGN.md §5 keys)", import_contract)
    check("import: an unreadable file is a non-zero exit with a clear error", import_unreadable)
    check("template: CSV and XLSX", template_files)
    check("claims: report and scholarships due (issue 5)", claims_report)

    # Jakon (issue 9): the demo's construction projects and their compliance report.
    def jakon_compliance():
        d = json.loads(run("proyek", "compliance", "--db", db, "--json"))
        t = d["total"]
        assert t["proyek"] == 36, t
        assert t["terlambat"] > 0 and t["mulai_tanpa_perlindungan"] > 0 and t["patuh"] > 0, t
        assert t["proyek"] == sum(r["proyek"] for r in d["per_kelurahan"]) == sum(r["proyek"] for r in d["per_rt"])
        assert len(d["bermasalah"]) == t["proyek"] - t["patuh"], d["bermasalah"][:1]
        for p in d["bermasalah"]:
            assert p["kepatuhan"]["patuh"] is False, p
        out = os.path.join(tmp, "kepatuhan.xlsx")
        run("proyek", "compliance", "--db", db, "--xlsx", out)
        assert open(out, "rb").read()[:4] == b"PK\x03\x04"
        late = json.loads(run("proyek", "list", "--db", db, "--kepatuhan", "terlambat", "--json"))
        assert late["total"] == t["terlambat"] and all(p["kepatuhan"]["terlambat"] for p in late["items"]), late["total"]
        d = json.loads(run("proyek", "list", "--db", db, "--kepatuhan", "entah", "--json", expect_code=1))
        assert d["error"]["field"] == "kepatuhan", d

    check("proyek compliance: demo projects per RT and kelurahan, JSON and XLSX", jakon_compliance)

    # BPJS registration and member cards (issue 4 items 4-5).
    def bpjs_registration_and_cards():
        import sqlite3
        con = sqlite3.connect(db)
        wid, nik = con.execute("SELECT id, nik FROM pekerja WHERE status = 'diverifikasi' ORDER BY id LIMIT 1").fetchone()
        con.execute("INSERT OR IGNORE INTO sumber_dana (kode, nama, jenis, wilayah) "
                    "VALUES ('apbd_kota', 'APBD Kota Jambi', 'apbd_kota', '15.71')")
        funder = "apbd_kota"
        con.execute("UPDATE pekerja SET status = 'dialokasikan', sumber_dana = ? WHERE id = ?", (funder, wid))
        con.execute("INSERT INTO alokasi (pekerja_id, sumber_dana, bulan, tahun, iuran, dibuat) "
                    "VALUES (?, ?, '2099-12', 2099, 16800, '2026-01-01')", (wid, funder))
        con.commit()
        out_csv = os.path.join(tmp, "daftar.csv")
        b = json.loads(run("bpjs", "batch", "--db", db, "--id", str(wid), "--out-csv", out_csv, "--json"))
        assert b["jumlah"] == 1 and b["dilewati"] == [], b
        sent = open(out_csv, encoding="utf-8-sig").read().splitlines()
        assert sent[0].startswith("no,id_pendaftaran,referensi,nik,nama,"), sent[0]
        assert nik in sent[1], sent[1]
        answer = os.path.join(tmp, "jawaban.csv")
        with open(answer, "w", encoding="utf-8") as f:
            f.write(f"nik;kpj;tanggal_efektif;status\n{nik};99912345678;01/02/2026;diterima\n")
        r = json.loads(run("bpjs", "response", "--db", db, "--batch", str(b["id"]), "--file", answer, "--json"))
        assert r["accepted"] == 1 and r["saved"] is True and r["errors"] == [], r
        again = json.loads(run("bpjs", "response", "--db", db, "--batch", str(b["id"]), "--file", answer, "--json"))
        assert again["saved"] is False and again["unchanged"] == 1, again
        hist = json.loads(run("bpjs", "batches", "--db", db, "--json"))
        assert hist["items"][0]["diterima"] == 1, hist
        c = json.loads(run("cards", "request", "--db", db, "--pendaftaran", str(b["id"]), "--json"))
        assert c["accepted"] == 1, c
        pdf = os.path.join(tmp, "kartu.pdf")
        p = json.loads(run("cards", "print", "--db", db, "--batch", str(c["batch"]["id"]), "--out", pdf,
                           "--public-url", "https://lindungi.example.go.id", "--json"))
        assert p["cards"] == 1 and p["newly_printed"] == 1 and open(pdf, "rb").read(5) == b"%PDF-", p
        h = json.loads(run("cards", "handover", "--db", db, "--batch", str(c["batch"]["id"]), "--json"))
        assert h["diserahkan"] == 1, h
        bad = json.loads(run("bpjs", "response", "--db", db, "--batch", "999999", "--file", answer, "--json",
                             expect_code=1))
        assert bad["error"]["code"] == "pendaftaran_tidak_ada", bad

    check("bpjs batch -> response (idempotent) -> cards request, print, handover", bpjs_registration_and_cards)

    # Billing (issue 4): the RT fund calculator, "covered on date D?", arrears, the billing run.
    def billing_contract():
        d = json.loads(run("dana-rt", "--workers", "20", "--months", "12", "--json"))
        assert d["kalkulator"]["total"] == 4032000 and d["kalkulator"]["total_teks"] == "Rp4.032.000", d
        assert d["dana_tahunan"] == 100000000, d
        con = sqlite3.connect(db)
        nik, rt = con.execute("SELECT p.nik, a.sumber_dana FROM pekerja p JOIN alokasi a ON a.pekerja_id = p.id "
                              "WHERE a.sumber_dana LIKE 'dana_kampung_bahagia:%' AND a.bulan LIKE '%-01' AND a.dibayar = a.iuran "
                              "ORDER BY p.id LIMIT 1").fetchone()
        year = con.execute("SELECT min(tahun) FROM alokasi").fetchone()[0]
        con.close()
        c = json.loads(run("covered", "--db", db, "--nik", nik, "--date", f"{year}-01-20", "--json"))
        assert c["status"] == "terlindungi" and c["terlindungi"] is True and c["alasan"], c
        c = json.loads(run("covered", "--db", db, "--nik", nik, "--date", f"{year - 1}-06-01", "--json"))
        assert c["status"] == "tidak_terlindungi" and c["alasan"], c
        e = json.loads(run("covered", "--db", db, "--nik", "1571011708859999", "--date", "2026-01-20", "--json",
                           expect_code=1))
        assert e["error"]["code"] == "pekerja_tidak_ada", e
        e = json.loads(run("covered", "--db", db, "--nik", nik, "--date", "20/01/2026", "--json", expect_code=1))
        assert e["error"]["field"] == "date", e
        r = json.loads(run("dana-rt", "--db", db, "--rt", rt.split(":")[1], "--tahun", str(year), "--json"))
        assert r["pekerja_didanai"] >= 1 and r["dana_tahunan"] == 100000000, r
        assert r["sisa"] == r["dana_tahunan"] - r["iuran_tahun_ini"], r
        a = json.loads(run("arrears", "--db", db, "--tahun", str(year), "--json"))
        assert {"rts", "items", "tunggakan", "berakhir"} <= a.keys(), a.keys()

    check("billing: dana-rt, covered, arrears (RULES.md §7 Rp4.032.000)", billing_contract)
    # Holidays as data (issue 15): the shipped decrees, kept with the CLI, used by every deadline.
    def holidays_contract():
        y = json.loads(run("libur", "--db", db, "--tahun", "2026", "--json"))
        assert y["lengkap"] is True and y["total"] == 25 and "1497" in y["dasar"], y
        idul_fitri = [h for h in y["items"] if h["tanggal"] == "2026-03-21"]
        assert idul_fitri and idul_fitri[0]["jenis"] == "libur_nasional", y["items"][:8]
        assert all(h["jenis_label"] in ("Libur nasional", "Cuti bersama") for h in y["items"])
        y27 = json.loads(run("libur", "--db", db, "--tahun", "2027", "--json"))
        assert y27["lengkap"] is False and y27["total"] == 5, y27
        # An Islamic date the 2027 decree fixes, entered and taken back, each with its basis.
        added = json.loads(run("libur", "tambah", "--db", db, "--tanggal", "2027-03-10", "--nama",
                               "Idul Fitri 1448 H", "--dasar", "SKB 2027 (uji kontrak)", "--json"))
        assert added["tanggal"] == "2027-03-10" and added["jenis"] == "libur_nasional", added
        assert json.loads(run("libur", "--db", db, "--tahun", "2027", "--json"))["total"] == 6
        bad = json.loads(run("libur", "tambah", "--db", db, "--tanggal", "2027-03-11", "--nama", "x",
                             "--dasar", "", "--json", expect_code=1))
        assert bad["error"]["field"] == "dasar", bad
        run("libur", "hapus", "--db", db, "--tanggal", "2027-03-10", "--dasar", "uji kontrak selesai", "--json")
        assert json.loads(run("libur", "--db", db, "--tahun", "2027", "--json"))["total"] == 5
        con = sqlite3.connect(db)
        acts = [r[0] for r in con.execute("SELECT aksi FROM audit_log WHERE entitas = 'libur' ORDER BY id")]
        con.close()
        assert acts[-2:] == ["tambah_hari_libur", "hapus_hari_libur"], acts
        # A year the program's today reaches without a decree is a warning, never silence.
        y_now = json.loads(run("libur", "--db", db, "--json"))
        assert y_now["tahun"] == TODAY.year, y_now
        if TODAY.year >= 2028 or (TODAY.year == 2026 and TODAY.month >= 10) or TODAY.year == 2027:
            assert y_now["peringatan"], y_now

    check("libur: shipped decrees, tambah and hapus audited, warnings (issue 15)", holidays_contract)

    # Programme rules per kab/kota (issue 22 item 4): the demo's two kab/kota differ; a row from a
    # date to come is set, read back on that date, audited; a bad one is refused by its field.
    def rules_contract():
        j = json.loads(run("aturan", "--db", db, "--wilayah", "15.71.01.1001", "--json"))
        assert j["wilayah"] == "15.71" and j["berlaku"]["batas_penghasilan"] == 6000000, j
        assert j["berlaku"]["prioritas_dana"][0] == "apbd_provinsi" and j["berlaku"]["dana_rt"] is True, j
        sp = json.loads(run("aturan", "--db", db, "--wilayah", "15.72", "--json"))
        assert sp["berlaku"]["batas_penghasilan"] == 3000000 and sp["berlaku"]["dana_rt"] is False, sp
        nxt = f"{TODAY.year + 2}-01-01"
        args = ["aturan", "tetapkan", "--db", db, "--wilayah", "15.72", "--berlaku-mulai", nxt, "--usia-min", "18",
                "--usia-maks", "62", "--batas-penghasilan", "3750000", "--tanpa-dana-rt", "--prioritas",
                "apbd_kota,apbd_provinsi", "--dasar", "Perwal uji kontrak", "--json"]
        row = json.loads(run(*args))
        assert row["berlaku_mulai"] == nxt and row["usia_maks"] == 62 and row["diubah_oleh"] == "cli", row
        assert row["prioritas_dana_label"] == ["APBD Kota/Kabupaten", "APBD Provinsi"], row
        then = json.loads(run("aturan", "--db", db, "--wilayah", "15.72", "--tanggal", nxt, "--json"))
        assert then["berlaku"]["batas_penghasilan"] == 3750000, then
        bad = list(args)
        bad[bad.index("62")] = "17"
        e = json.loads(run(*bad, expect_code=1))
        assert e["error"]["field"] == "usia_maks", e
        con = sqlite3.connect(db)
        acts = [r[0] for r in con.execute(
            "SELECT aksi FROM audit_log WHERE entitas = 'aturan_program' AND entitas_id = ?", (f"15.72/{nxt}",))]
        con.close()
        assert acts == ["buat"], acts

    check("aturan: per kab/kota, tetapkan from a date, audited (issue 22 item 4)", rules_contract)

    # One clock (issue 15): LINDUNGI_TODAY moves every command's today; a bad one stops them; a
    # production server refuses it.
    def one_clock():
        env = dict(os.environ, LINDUNGI_TODAY="2028-02-29")
        p = subprocess.run([BIN, "libur", "--db", db, "--json"], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 0 and json.loads(p.stdout)["tahun"] == 2028, p.stdout[:300]
        assert json.loads(p.stdout)["peringatan"][0]["tahun"] == 2028, p.stdout[:500]
        env["LINDUNGI_TODAY"] = "29/02/2028"
        p = subprocess.run([BIN, "nik", "1571015708850003", "--json"], capture_output=True, text=True, env=env)
        assert p.returncode == 2 and "LINDUNGI_TODAY" in p.stderr, (p.returncode, p.stderr)
        env["LINDUNGI_TODAY"] = "2026-01-01"
        p = subprocess.run([BIN, "serve", "--db", os.path.join(tmp, "prod.db"), "--port", "1", "--produksi"],
                           capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 1 and "produksi" in p.stderr and "LINDUNGI_TODAY" in p.stderr, (p.returncode, p.stderr)
        assert not os.path.exists(os.path.join(tmp, "prod.db")), "refused before opening the database"

    check("one clock: LINDUNGI_TODAY everywhere, refused in production (issue 15)", one_clock)

    # Issue 19 item 2: serve --config FILE; an unknown key and a production config with the demo
    # flag or the test clock are refused before the database is opened.
    def config_file():
        conf = os.path.join(tmp, "salah.conf")
        with open(conf, "w") as f:
            f.write("db = %s\nprot = 80\n" % os.path.join(tmp, "conf.db"))
        p = subprocess.run([BIN, "serve", "--config", conf], capture_output=True, text=True, timeout=60)
        assert p.returncode == 2 and "kunci tidak dikenal 'prot'" in p.stderr, (p.returncode, p.stderr)
        with open(conf, "w") as f:
            f.write("db = %s\nport = 1\nproduction = true\ndemo = true\n" % os.path.join(tmp, "conf.db"))
        env = {k: v for k, v in os.environ.items() if k != "LINDUNGI_TODAY"}
        p = subprocess.run([BIN, "serve", "--config", conf], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 1 and "demo" in p.stderr, (p.returncode, p.stderr)
        p = subprocess.run([BIN, "serve", "--config", conf], capture_output=True, text=True, timeout=60,
                           env=dict(env, LINDUNGI_TODAY="2026-01-01"))
        assert p.returncode == 1 and "LINDUNGI_TODAY" in p.stderr, (p.returncode, p.stderr)
        assert not os.path.exists(os.path.join(tmp, "conf.db")), "refused before opening the database"

    check("serve --config: unknown key, demo and test clock refused in production (issue 19)", config_file)

    # Issue 19 item 2: `config check` says what is wrong, in Indonesian, and exits non-zero; the
    # database password comes from a file (0600/0640), never from --db in production.
    def config_check():
        env = {k: v for k, v in os.environ.items() if k != "LINDUNGI_TODAY"}

        def check_conf(text, env=env):
            conf = os.path.join(tmp, "periksa.conf")
            with open(conf, "w") as f:
                f.write(text)
            return subprocess.run([BIN, "config", "check", "--config", conf], capture_output=True, text=True,
                                  env=env, timeout=60)

        good_db = os.path.join(tmp, "periksa.db")
        p = check_conf("# komentar\ndb = %s\nport = 8080\nproduction = true\nbackup-keep = 7\n" % good_db)
        assert p.returncode == 0 and "Konfigurasi baik" in p.stdout, (p.returncode, p.stdout, p.stderr)
        assert not os.path.exists(good_db), "config check creates nothing"
        p = subprocess.run([BIN, "config", "check", "--config", os.path.join(tmp, "tidak-ada.conf")],
                           capture_output=True, text=True, timeout=60)
        assert p.returncode == 1 and "tidak dapat dibaca" in p.stdout, (p.returncode, p.stdout)
        pw = os.path.join(tmp, "db-password")
        with open(pw, "w") as f:
            f.write("rahasia\n")
        os.chmod(pw, 0o644)
        not_a_db = os.path.join(tmp, "bukan.db")
        with open(not_a_db, "w") as f:
            f.write("ini bukan database\n")
        p = check_conf("db = %s\nprot = 80\nport = delapan\nproduction = true\ndemo = true\n" % not_a_db,
                       env=dict(env, LINDUNGI_TODAY="2026-01-01"))
        out = p.stdout
        assert p.returncode == 1 and "bermasalah" in out, (p.returncode, out)
        assert "baris 2: kunci tidak dikenal 'prot'" in out, out
        assert "baris 3: port harus bilangan bulat" in out, out
        assert "baris 5:" in out and "data demo" in out, out
        assert "LINDUNGI_TODAY=2026-01-01" in out, out
        assert "baris 1:" in out and "tidak dapat dibuka sebagai database SQLite" in out, out
        url = "postgresql://lindungi:rahasia@127.0.0.1:1/lindungi"
        p = check_conf("db = %s\nproduction = true\n" % url)
        assert p.returncode == 1 and "kata sandi database di db" in p.stdout, p.stdout
        assert "rahasia" not in p.stdout + p.stderr, "the password is never printed"
        p = check_conf("db = postgresql://lindungi@127.0.0.1:1/lindungi\ndb_password_file = %s\n" % pw)
        assert p.returncode == 1 and "baris 2:" in p.stdout and "terlalu longgar (0644)" in p.stdout, p.stdout
        os.chmod(pw, 0o640)
        p = check_conf("db = postgresql://lindungi@127.0.0.1:1/lindungi\ndb-password-file = %s\n" % pw)
        assert p.returncode == 1 and "tidak dapat terhubung ke database PostgreSQL" in p.stdout, p.stdout
        assert "rahasia" not in p.stdout + p.stderr, "the password is never printed"
        # serve: a password in --db is refused in production, before anything is opened.
        p = subprocess.run([BIN, "serve", "--db", url, "--port", "1", "--production"], capture_output=True,
                           text=True, env=env, timeout=60)
        assert p.returncode == 1 and "kata sandi database di --db" in p.stderr, (p.returncode, p.stderr)
        os.chmod(pw, 0o666)
        p = subprocess.run([BIN, "serve", "--db", "postgresql://lindungi@127.0.0.1:1/lindungi", "--port", "1",
                            "--db-password-file", pw], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 1 and "terlalu longgar" in p.stderr, (p.returncode, p.stderr)

    check("config check: what is wrong, in Indonesian; password files (issue 19)", config_check)

    # Second factor (issue 16 item 8): the demo's accounts log in without one, so a production
    # server refuses to start while they are active; `user reset-otp` resets one account's factor.
    def second_factor():
        env = {k: v for k, v in os.environ.items() if k != "LINDUNGI_TODAY"}
        p = subprocess.run([BIN, "serve", "--db", db, "--port", "1", "--produksi"],
                           capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 1 and "akun demo" in p.stderr and "admin.kota" in p.stderr, (p.returncode, p.stderr)
        out = run("user", "reset-otp", "--db", db, "auditor")
        assert "auditor" in out and "direset" in out, out
        p = subprocess.run([BIN, "user", "reset-otp", "--db", db, "tidak.ada"], capture_output=True, text=True, timeout=60)
        assert p.returncode != 0 and "tidak ditemukan" in p.stderr, (p.returncode, p.stderr)

    check("second factor: production refuses demo accounts, user reset-otp (issue 16 item 8)", second_factor)

    # Many areas in one deployment (issue 8 item 3): last, as it adds an RT in Kerinci and regions.
    check("province: kab/kota report, code list, RT in Kerinci (issue 8 item 3)", province_contract)

    # Reports as PDF (issue 6): --pdf FILE (and --xlsx FILE) next to --json on every report command.
    def report_files():
        import shutil
        pdftotext = shutil.which("pdftotext")

        def pdf_text(path):
            data = open(path, "rb").read()
            assert data[:5] == b"%PDF-", data[:8]
            if not pdftotext:
                return None
            return subprocess.run([pdftotext, "-layout", path, "-"], capture_output=True, text=True).stdout

        cov_pdf, cov_xlsx = os.path.join(tmp, "cakupan.pdf"), os.path.join(tmp, "cakupan.xlsx")
        d = json.loads(run("report", "coverage", "--db", db, "--level", "kecamatan", "--wilayah", "15.71",
                           "--json", "--pdf", cov_pdf, "--xlsx", cov_xlsx))
        assert open(cov_xlsx, "rb").read()[:4] == b"PK\x03\x04"
        text = pdf_text(cov_pdf)
        if text is not None:
            assert "Capaian cakupan semesta per kecamatan" in text and "Telanaipura" in text, text[:500]
            total = f"{d['total']['potential']:,}".replace(",", ".")
            assert total in text, (total, text[:800])  # 228.000: counts with dots
            assert "Halaman 1 dari 1" in text, text[-300:]
        out = os.path.join(tmp, "kepatuhan.pdf")
        c = json.loads(run("proyek", "compliance", "--db", db, "--pdf", out, "--json"))
        text = pdf_text(out)
        if text is not None:
            assert "Proyek Bermasalah" in text and "Rp" in text, text[:500]
            assert f"Halaman 1 dari" in text
        assert c["total"]["proyek"] == 36, c["total"]
        out = os.path.join(tmp, "klaim.pdf")
        run("claims", "report", "--db", db, "--dari", "2026-01-01", "--sampai", "2026-12-31", "--pdf", out)
        text = pdf_text(out)
        if text is not None:
            assert "Periode: 01/01/2026 s.d. 31/12/2026" in text, text[:500]
        out = os.path.join(tmp, "tunggakan.pdf")
        run("arrears", "--db", db, "--pdf", out, "--json")
        assert open(out, "rb").read(5) == b"%PDF-"
        bad = json.loads(run("report", "coverage", "--db", db, "--pdf", os.path.join(tmp, "tidak", "ada.pdf"),
                             "--json", expect_code=1))
        assert bad["error"]["code"] == "berkas_tidak_dapat_ditulis" and bad["error"]["field"] == "pdf", bad

    check("reports as PDF and XLSX files from the CLI (issue 6)", report_files)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
