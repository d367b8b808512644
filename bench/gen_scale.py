#!/usr/bin/env python3
"""Generates a synthetic registry for the scale benchmark (issue 8, bench/scale_bench.sh).

  gen_scale.py regions --provinces 11,12,13,14,15,16 --out DIR
      DIR/wilayah.tsv and DIR/rt.tsv (PostgreSQL COPY text format; sqlite3 .import with tabs):
      real province codes, under each one synthetic kabupaten (01..07) and a kota (71; for 15 it
      is Kota Jambi's code 15.71), 10 kecamatan each, 10 kelurahan each (1001..1010), 20 RTs
      each: 6 provinces -> 4,800 kelurahan, 96,000 RTs.
  gen_scale.py workers --provinces ... --rows N --out FILE [--format copy|template] [--seed S]
      N workers spread evenly over those RTs, ids 1..N, in COPY text format with the columns of
      COPY_COLUMNS (status and funder mix below), or as the import template's CSV (DESIGN.md §6)
      for `lindungi import`. Every NIK is valid for its kecamatan, birth date and sex and unique
      by construction: worker i lives in kecamatan i mod K; j = i div K picks the birth date
      (j mod D), the sex and the serial (j div 2D + 1), an injective map, so no set of taken NIKs
      has to be held in memory at 10 M.
Deterministic for a given seed. Streams: memory stays flat whatever N is.
"""
import argparse
import datetime
import random
import sys

PROVINCE_NAMES = {"11": "ACEH", "12": "SUMATERA UTARA", "13": "SUMATERA BARAT", "14": "RIAU", "15": "JAMBI",
                  "16": "SUMATERA SELATAN", "17": "BENGKULU", "18": "LAMPUNG", "19": "KEPULAUAN BANGKA BELITUNG",
                  "21": "KEPULAUAN RIAU", "31": "DKI JAKARTA", "32": "JAWA BARAT", "33": "JAWA TENGAH",
                  "34": "DI YOGYAKARTA", "35": "JAWA TIMUR", "36": "BANTEN"}
KABKOTA = ["01", "02", "03", "04", "05", "06", "07", "71"]
KECAMATAN = 10
KELURAHAN = 10
RTS = 20
COPY_COLUMNS = ("id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan, penghasilan, "
                "kategori, status, sumber_dana, kpj, persetujuan, dibuat, diperbarui, versi, dicatat_oleh")
TEMPLATE_HEADER = ("nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
                   "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris")
MALE = ("Muhammad Ahmad Abdul Agus Budi Hendra Rudi Joko Slamet Bambang Eko Dedi Andi Rizki Fajar Hasan Husin Ilham "
        "Irfan Yusuf Ismail Hamzah Syahrul Zulkifli Arif Taufik Hidayat Firman Wahyu Dodi Heri Iwan Rahmat").split()
FEMALE = ("Siti Nur Dewi Sri Rina Yuni Lina Ani Fitri Aisyah Fatimah Khadijah Maryam Halimah Rahmawati Nurhayati "
          "Ratna Wati Yanti Lestari Susanti Wulan Indah Eka Dian Rini Mega Putri Ayu Novi Desi Lia").split()
SECOND = ("Santoso Saputra Pratama Hidayat Wijaya Kurniawan Setiawan Ramadhan Syahputra Nasution Harahap Siregar "
          "Lubis Rangkuti Daulay Hasibuan Sembiring Ginting Tarigan Batubara Chaniago Piliang Hamzah Yusuf Ibrahim "
          "Ismail Anwar Rahman Hakim Fauzi Maulana Firmansyah Irawan Gunawan Utami Lestari Wahyuni Handayani").split()
OCCUPATIONS = ("ojek_online ojek_pangkalan sopir_angkot becak kusir_delman buruh_harian tukang_bangunan tukang_parkir "
               "pedagang_umkm nelayan petani seniman_budayawan lainnya").split()
# The status mix of a registry some years in: most people recorded are verified or covered.
STATUS_MIX = [("didata", 22), ("diverifikasi", 18), ("ditolak", 3), ("dialokasikan", 12), ("didaftarkan", 7),
              ("aktif", 36), ("ditolak_bpjs", 2)]
FUNDED = {"dialokasikan", "didaftarkan", "aktif"}
FIRST_DOB = datetime.date(1962, 1, 1)
DAYS = (datetime.date(2006, 12, 31) - FIRST_DOB).days + 1


def kelurahan_codes(provinces):
    for p in provinces:
        for kk in KABKOTA:
            for kec in range(1, KECAMATAN + 1):
                for kel in range(1, KELURAHAN + 1):
                    yield p, kk, kec, "%s.%s.%02d.%d" % (p, kk, kec, 1000 + kel)


def funder_of(province):
    return "apbd_prov_" + province


def regions(provinces, out):
    with open(out + "/wilayah.tsv", "w") as w, open(out + "/rt.tsv", "w") as r:
        for p in provinces:
            w.write("%s\tprovinsi\t%s\t\\N\n" % (p, PROVINCE_NAMES.get(p, "PROVINSI " + p)))
            for kk in KABKOTA:
                kind = "KOTA" if kk.startswith("7") else "KABUPATEN"
                w.write("%s.%s\tkota\t%s SINTETIS %s.%s\t%s\n" % (p, kk, kind, p, kk, p))
                for kec in range(1, KECAMATAN + 1):
                    kode_kec = "%s.%s.%02d" % (p, kk, kec)
                    w.write("%s\tkecamatan\tKECAMATAN %s\t%s.%s\n" % (kode_kec, kode_kec, p, kk))
                    for kel in range(1, KELURAHAN + 1):
                        kode = "%s.%d" % (kode_kec, 1000 + kel)
                        w.write("%s\tkelurahan\tKELURAHAN %s\t%s\n" % (kode, kode, kode_kec))
                        for n in range(1, RTS + 1):
                            r.write("%s.%03d\t%s\t%d\n" % (kode, n, kode, n))


def workers(provinces, rows, out, fmt, seed):
    rnd = random.Random(seed)
    kels = list(kelurahan_codes(provinces))
    kecs = sorted({(p, kk, kec) for p, kk, kec, _ in kels})
    kels_of = {}
    for p, kk, kec, kode in kels:
        kels_of.setdefault((p, kk, kec), []).append(kode)
    k = len(kecs)
    statuses = [s for s, w in STATUS_MIX for _ in range(w)]
    # Pools drawn by index: random.choice per field per row would dominate the run time.
    names = []
    for i in range(4096):
        first = rnd.choice(MALE if i % 2 == 0 else FEMALE)
        names.append(first + " " + rnd.choice(SECOND) + ("" if i % 5 else " " + rnd.choice(SECOND)))
    dates = [FIRST_DOB + datetime.timedelta(days=d) for d in range(DAYS)]
    iso = [d.isoformat() for d in dates]
    dmy = ["%02d/%02d/%d" % (d.day, d.month, d.year) for d in dates]
    nik_date = [("%02d%02d%02d" % (d.day, d.month, d.year % 100), "%02d%02d%02d" % (d.day + 40, d.month, d.year % 100))
                for d in dates]
    now = "2026-01-01T00:00:00Z"
    rand = rnd.random
    f = open(out, "w", buffering=1 << 20)
    if fmt == "template":
        f.write(TEMPLATE_HEADER + "\n")
    for i in range(rows):
        p, kk, kec = kecs[i % k]
        j = i // k
        day = (j * 7919) % DAYS  # a stride coprime with DAYS: a permutation of the days, not a ramp
        sex_p = (j // DAYS) % 2 == 1
        serial = j // (2 * DAYS) + 1
        nik = "%s%s%02d%s%04d" % (p, kk, kec, nik_date[day][1 if sex_p else 0], serial)
        kode_kel = kels_of[(p, kk, kec)][(j + i) % KELURAHAN]
        rt = 1 + (i * 31 + j) % RTS
        nama = names[2 * ((i * 40503) % 2048) + (1 if sex_p else 0)]
        hp = "08%d%08d" % (11 + i % 89, (i * 2654435761) % 100000000)
        job = OCCUPATIONS[i % len(OCCUPATIONS)]
        income = 500000 + (i * 48271 % 100) * 50000
        if fmt == "template":
            f.write("%s,%s,%s,%s,%s,%d,Jl. Sintetis No. %d,%s,%s,%s,pekerja_rentan,,,\n" %
                    (nik, nama, dmy[day], "P" if sex_p else "L", kode_kel, rt, 1 + i % 200, hp, job,
                     "{:,}".format(income).replace(",", ".")))
            continue
        status = statuses[int(rand() * 100)]
        funder = funder_of(p) if status in FUNDED else ""
        kpj = "%011d" % (i + 1) if status == "aktif" else ""
        f.write("%d\t%s\t%s\t%s\t%s\t%s\t%d\tJl. Sintetis No. %d\t%s\t%s\t%d\tpekerja_rentan\t%s\t%s\t%s\tt\t%s\t%s\t1"
                "\tgen_scale\n" % (i + 1, nik, nama, iso[day], "P" if sex_p else "L", kode_kel, rt, 1 + i % 200, hp,
                                   job, income, status, funder, kpj, now, now))
    f.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["regions", "workers"])
    ap.add_argument("--provinces", default="11,12,13,14,15,16")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["copy", "template"], default="copy")
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    provinces = [p.strip() for p in a.provinces.split(",") if p.strip()]
    if any(p not in PROVINCE_NAMES for p in provinces):
        sys.exit("gen_scale.py: unknown province code in --provinces")
    if a.mode == "regions":
        regions(provinces, a.out)
    else:
        kecs = len(provinces) * len(KABKOTA) * KECAMATAN
        if a.rows > kecs * 2 * DAYS * 9999:
            sys.exit("gen_scale.py: more rows than unique NIKs")
        workers(provinces, a.rows, a.out, a.format, a.seed)


if __name__ == "__main__":
    main()
