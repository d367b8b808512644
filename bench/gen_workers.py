#!/usr/bin/env python3
"""Generates import-template CSV files (DESIGN.md §6) for the intake benchmarks.

  gen_workers.py registry --db DEMO.db --rows N --out FILE [--seed S]
      N new, valid workers spread over the RTs of DEMO.db (NIKs unique, not in DEMO.db).
  gen_workers.py batch --db DEMO.db --registry FILE --rows N --variants K --out FILE --truth FILE [--seed S]
      N rows: K "same person, other NIK" variants of people in the registry file (a mistyped or
      transposed NIK digit, or another NIK with a name variant: titles, Muhammad/M./Moh.,
      spelling, spacing; some also moved RT or with a mistyped birth date), the rest new people,
      some of them hard negatives (a sibling born the same day in the same RT, a namesake born
      another day). --truth gets one line per variant: "<row> <original NIK> <kind>".

Names are drawn from common Indonesian given names, so namesakes born on the same day in the
same kelurahan happen as they do in a real city: the precision figure is not flattered.
"""
import argparse
import csv
import random
import sqlite3
import sys

MALE = ("Muhammad Ahmad Abdul Agus Budi Hendra Rudi Joko Slamet Bambang Eko Dedi Andi Rizki Fajar Hasan Husin "
        "Ilham Irfan Yusuf Ismail Hamzah Syahrul Zulkifli Arif Taufik Hidayat Firman Wahyu Dodi Heri Iwan Rahmat "
        "Sutrisno Suparman Supriadi Darmawan Sugianto Nasrul Khairul Saiful Amir Anwar Bahrul Fauzi Ridwan Rusli "
        "Samsul Syamsudin Yudi Zainal Junaidi Marzuki Mulyadi Nurdin Rozali Sahrul Tarmizi Usman Zakaria").split()
FEMALE = ("Siti Nur Dewi Sri Rina Yuni Lina Ani Fitri Aisyah Fatimah Khadijah Maryam Halimah Rahmawati Nurhayati "
          "Ratna Wati Yanti Lestari Susanti Wulan Indah Eka Dian Rini Mega Putri Ayu Novi Desi Lia Maya Nia Tuti "
          "Rosmiati Hasanah Zubaidah Juliana Marlina Nurul Salmah Asmah Rohani Erna Misnawati Suryani Yusnidar "
          "Mardiana Rosmaini Darmiati Kartini Hafsah Jamilah Aminah").split()
SECOND = ("Aminah Santoso Saputra Pratama Hidayat Wijaya Kurniawan Setiawan Ramadhan Syahputra Nasution Harahap "
          "Siregar Lubis Rangkuti Daulay Hasibuan Simatupang Sembiring Ginting Tarigan Batubara Chaniago Piliang "
          "Hamzah Yusuf Ibrahim Ismail Anwar Rahman Hakim Fauzi Maulana Firmansyah Irawan Gunawan Susanto Permana "
          "Utami Lestari Wahyuni Handayani Rahayu Safitri Oktaviani Anggraini Purnamasari Maharani Novitasari "
          "Kusuma Wardani Puspita Sari Putri Yanti Ningsih Astuti").split()
OCCUPATIONS = ("ojek_online ojek_pangkalan sopir_angkot becak kusir_delman buruh_harian tukang_bangunan "
               "tukang_parkir pedagang_umkm nelayan petani seniman_budayawan lainnya").split()
HEADER = ("nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
          "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris")


def rts_of(db):
    con = sqlite3.connect(db)
    rts = [(k, n) for k, n in con.execute("SELECT kode_kelurahan, nomor FROM rt ORDER BY kode")]
    niks = {r[0] for r in con.execute("SELECT nik FROM pekerja")}
    return rts, niks


def nik_for(kec, dob, sex, serial):
    d, m, y = dob
    return "1571%02d%02d%02d%02d%04d" % (kec, d + (40 if sex == "P" else 0), m, y % 100, serial)


def valid_nik(n):
    if len(n) != 16 or not n.isdigit() or n[12:] == "0000":
        return False
    dd, mm = int(n[6:8]), int(n[8:10])
    day = dd - 40 if dd > 40 else dd
    return 1 <= mm <= 12 and (1 <= dd <= 31 or 41 <= dd <= 71) and 1 <= day <= 28 + 3


class Gen:
    def __init__(self, seed, rts, taken):
        self.r = random.Random(seed)
        self.rts = rts
        self.taken = set(taken)

    def name(self, sex):
        r = self.r
        first = r.choice(MALE if sex == "L" else FEMALE)
        parts = [first]
        if r.random() < 0.85:
            parts.append(r.choice(SECOND))
        if r.random() < 0.25:
            parts.append(r.choice(SECOND))
        return " ".join(dict.fromkeys(parts))

    def dob(self):
        r = self.r
        return (r.randint(1, 28), r.randint(1, 12), r.randint(1962, 2006))

    def fresh_nik(self, dob, sex):
        while True:
            n = nik_for(self.r.randint(1, 11), dob, sex, self.r.randint(1, 9999))
            if n not in self.taken:
                self.taken.add(n)
                return n

    def person(self, rt=None, dob=None, sex=None):
        r = self.r
        sex = sex or ("L" if r.random() < 0.6 else "P")
        dob = dob or self.dob()
        kel, nomor = rt or r.choice(self.rts)
        return {"nik": self.fresh_nik(dob, sex), "nama": self.name(sex), "dob": dob, "sex": sex, "kel": kel,
                "rt": nomor, "alamat": "Jl. %s No. %d" % (r.choice(SECOND), r.randint(1, 200)),
                "hp": "08%d%08d" % (r.randint(11, 99), r.randint(0, 99999999)), "job": r.choice(OCCUPATIONS),
                "income": r.randrange(500_000, 5_500_000, 50_000),
                "heir": (self.name("P" if sex == "L" else "L"), "istri" if sex == "L" else "suami")
                if r.random() < 0.7 else ("", "")}


def row(p):
    d, m, y = p["dob"]
    income = "{:,}".format(p["income"]).replace(",", ".")
    heir = (p["heir"][0], p["heir"][1], "")
    fields = [p["nik"], p["nama"], "%02d/%02d/%d" % (d, m, y), p["sex"], p["kel"], str(p["rt"]), p["alamat"], p["hp"],
              p["job"], income, "pekerja_rentan", *heir]
    return ",".join('"' + f.replace('"', '""') + '"' if ("," in f or '"' in f) else f for f in fields)


def parse_row(line):
    f = next(csv.reader([line.rstrip("\n")]))
    d, m, y = (int(x) for x in f[2].split("/"))
    return {"nik": f[0], "nama": f[1], "dob": (d, m, y), "sex": f[3], "kel": f[4], "rt": int(f[5]), "alamat": f[6],
            "hp": f[7], "job": f[8], "income": int(f[9].replace(".", "")), "heir": (f[11], f[12])}


TITLES_BEFORE = ["H.", "Hj.", "Drs.", "Ir.", "Hj"]
DEGREES_AFTER = [", S.Pd.", ", S.E.", ", S.H.", ", S.Pd.I", ", A.Md."]


def name_variant(r, name):
    """A way the same person's name is written differently."""
    kind = r.choice(["title", "degree", "muhammad", "case", "spacing", "typo", "drop_last"])
    words = name.split()
    if kind == "title":
        return r.choice(TITLES_BEFORE) + " " + name
    if kind == "degree":
        return name + r.choice(DEGREES_AFTER)
    if kind == "muhammad" and words[0] == "Muhammad":
        return r.choice(["M.", "Moh.", "Muhamad", "Mohammad", "Muh."]) + " " + " ".join(words[1:])
    if kind == "case":
        return name.upper() if r.random() < 0.5 else name.lower()
    if kind == "spacing" and len(words) > 1:
        i = r.randrange(len(words) - 1)
        return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:])
    if kind == "drop_last" and len(words) > 2:
        return " ".join(words[:-1])
    # one letter mistyped (not the first letter of a word)
    w = r.randrange(len(words))
    word = words[w]
    if len(word) > 3:
        i = r.randrange(1, len(word))
        word = word[:i] + r.choice("aiueo") + word[i + 1:]
        words[w] = word
    return " ".join(words)


def nik_typo(r, nik, transpose):
    for _ in range(100):
        n = list(nik)
        if transpose:
            i = r.randrange(15)
            if n[i] == n[i + 1]:
                continue
            n[i], n[i + 1] = n[i + 1], n[i]
        else:
            i = r.randrange(16)
            n[i] = r.choice([c for c in "0123456789" if c != n[i]])
        s = "".join(n)
        if valid_nik(s):
            return s
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["registry", "batch"])
    ap.add_argument("--db", required=True)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--registry")
    ap.add_argument("--variants", type=int, default=0)
    ap.add_argument("--truth")
    a = ap.parse_args()
    rts, taken = rts_of(a.db)

    if a.mode == "registry":
        g = Gen(a.seed, rts, taken)
        with open(a.out, "w", newline="") as f:
            f.write(HEADER + "\n")
            for _ in range(a.rows):
                f.write(row(g.person()) + "\n")
        return

    # batch: variants of registry people plus new people
    reg = []
    with open(a.registry) as f:
        next(f)
        for line in f:
            reg.append(line)
            taken.add(line[:16])
    g = Gen(a.seed + 1000, rts, taken)
    r = g.r
    picks = r.sample(range(len(reg)), a.variants)
    out, truth = [], []
    # The three kinds of issue #3: a mistyped or transposed NIK digit (here also with a move to
    # another RT or kelurahan), and another NIK with the same birth date and a name variant in the
    # same kelurahan.
    kinds = ["nik_typo", "nik_transposed", "nik_typo_moved", "other_nik_name_variant"]
    for idx in picks:
        p = parse_row(reg[idx])
        orig = p["nik"]
        kind = r.choice(kinds)
        q = dict(p)
        if kind in ("nik_typo", "nik_transposed", "nik_typo_moved"):
            n = nik_typo(r, orig, kind == "nik_transposed")
            if n is None or n in g.taken:
                continue
            g.taken.add(n)
            q["nik"] = n
            if r.random() < 0.5:
                q["nama"] = name_variant(r, p["nama"])
            if kind == "nik_typo_moved":
                q["kel"], q["rt"] = r.choice(rts)
        else:
            q["nik"] = g.fresh_nik(p["dob"], p["sex"])
            q["nama"] = name_variant(r, p["nama"])
            if r.random() < 0.3:  # another RT of the same kelurahan
                same_kel = [x for x in rts if x[0] == p["kel"]]
                q["rt"] = r.choice(same_kel)[1]
        out.append(q)
        truth.append((orig, kind))
    # hard negatives: a sibling born the same day in the same RT, a namesake born another day
    negatives = max(0, min(a.rows - len(out), a.variants // 2))
    for _ in range(negatives):
        p = parse_row(reg[r.randrange(len(reg))])
        if r.random() < 0.5:
            # a twin: same day, same RT, the family name, a NIK one serial number away
            q = g.person(rt=(p["kel"], p["rt"]), dob=p["dob"], sex=p["sex"])
            words = p["nama"].split()
            if len(words) > 1:
                q["nama"] = q["nama"].split()[0] + " " + " ".join(words[1:])
            twin = p["nik"][:12] + "%04d" % (int(p["nik"][12:]) % 9999 + 1)
            if twin not in g.taken:
                g.taken.discard(q["nik"])
                g.taken.add(twin)
                q["nik"] = twin
        else:
            q = g.person(rt=(p["kel"], p["rt"]), sex=p["sex"])
            q["nama"] = p["nama"]
        out.append(q)
        truth.append((None, "negative"))
    while len(out) < a.rows:
        out.append(g.person())
        truth.append((None, "new"))
    order = list(range(len(out)))
    r.shuffle(order)
    with open(a.out, "w", newline="") as f, open(a.truth, "w") as t:
        f.write(HEADER + "\n")
        for i, k in enumerate(order):
            f.write(row(out[k]) + "\n")
            orig, kind = truth[k]
            if orig:
                t.write("%d %s %s\n" % (i + 2, orig, kind))


if __name__ == "__main__":
    sys.exit(main())
