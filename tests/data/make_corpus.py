#!/usr/bin/env python3
"""Writes the import test corpus: ugly real-world spreadsheets, each with its expected outcome in
expected.json (hand-written below, next to the rows it describes). XLSX files are built with the
standard library's zipfile, the way Excel and LibreOffice lay them out, so no spreadsheet library
is needed. Run from anywhere; it writes next to itself into import/. The outputs are committed.

Every case assumes today = 2025-06-01 and the RTs the test sets up: 15.71.01.1001 (Simpang IV
Sipin) RT 1-10 and 15.71.02.1002 (Pasir Putih) RT 1-5."""
import datetime
import json
import os
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "import")
HEADER = ["nik", "nama", "tanggal_lahir", "jenis_kelamin", "kode_kelurahan", "rt", "alamat", "no_hp", "pekerjaan",
          "penghasilan", "kategori", "nama_ahli_waris", "hubungan_ahli_waris", "nik_ahli_waris"]
expected = {}


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def row(nik, nama, dob, sex, kel="15.71.01.1001", rt="7", alamat="Jl. Sipin No. 1", hp="081234567890",
        job="becak", income="1.500.000", cat="pekerja_rentan", heir="", rel="", heir_nik=""):
    return [nik, nama, dob, sex, kel, rt, alamat, hp, job, income, cat, heir, rel, heir_nik]


def csv_line(fields, sep=","):
    out = []
    for f in fields:
        if any(c in f for c in (sep, '"', "\n", "\r")):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return sep.join(out)


# 1. What Indonesian-locale Excel writes as "CSV UTF-8": BOM, ';', CRLF, headers in another order
# and case, an unknown column, trailing empty columns and rows, a separator and a line break
# inside quoted cells, labels instead of codes, a kelurahan by name, "Rp" amounts, a phone whose
# leading zero Excel dropped.
h = ["Nama", "NIK", "Tanggal Lahir", "Jenis Kelamin", "Kode Kelurahan", "RT", "Alamat", "No HP", "Pekerjaan",
     "Penghasilan", "Kategori", "Nama Ahli Waris", "Hubungan Ahli Waris", "NIK Ahli Waris", "Keterangan", "", ""]
rows = [
    ["Siti Rahmawati", "1571015203900001", "12/03/1990", "P", "Simpang IV Sipin", "007",
     "Jl. Sumatera; Gg. Mawar No. 3", "0812-3456-7801", "Pedagang / Pelaku UMKM", "Rp 1.500.000", "pekerja_rentan",
     "Budi", "suami", "", "janda? bukan", "", ""],
    ["Ahmad Fauzi", "1571010505850002", "1985-05-05", "L", "15.71.01.1001", "7", "Jl. Kapten Pattimura\nRT 07",
     "+62 812 3456 7802", "ojek online", "2.000.000", "PEKERJA_RENTAN", "", "", "", "", "", ""],
    ["Muhammad Rizki", "1571012001950003", "20/01/1995", "l", "Simpang IV Sipin", "007", "", "81234567803",
     "Buruh Harian Lepas", "1500000", "pekerja_rentan", "Siti", "istri", "1571015506960004", "", "", ""],
]
text = "\r\n".join([csv_line(h, ";")] + [csv_line(r, ";") for r in rows] + [";" * 16, ";" * 16, ""])
write("excel_id_semicolon_bom_crlf.csv", b"\xef\xbb\xbf" + text.encode())
expected["excel_id_semicolon_bom_crlf.csv"] = {
    "rows": 3, "created": 3, "updated": 0, "unchanged": 0, "rejected": 0, "duplicates": 0, "errors": [],
    "warnings_include": [[1, "Keterangan", "kolom_tidak_dikenal"], [4, "no_hp", "no_hp_nol_hilang"]]}

# 2. NIKs that Excel turned into numbers, next to NIKs typed with an apostrophe or in groups.
rows = [
    row("1,57102E+15", "Rudi Hartono", "01/01/1980", "L"),
    row("1.57101E+15", "Joko Susilo", "01/01/1980", "L"),
    row("'1571010101800005", "Bambang Irawan", "01/01/1980", "L"),
    row("1571 0102 0280 0006", "Eko Saputra", "02/02/1980", "L"),
]
write("excel_scientific_nik.csv", "\n".join([",".join(HEADER)] + [csv_line(r) for r in rows]).encode() + b"\n")
expected["excel_scientific_nik.csv"] = {
    "rows": 4, "created": 2, "updated": 0, "unchanged": 0, "rejected": 2, "duplicates": 0,
    "errors": [[2, "nik", "nik_tersimpan_sebagai_angka"], [3, "nik", "nik_tersimpan_sebagai_angka"]],
    "warnings_include": []}

# 3. One problem per row, each named by row, column and code.
rows = [
    row("15710112345", "Nik Pendek", "01/01/1990", "L"),                          # 2
    row("1571013203900007", "Tanggal Tiga Puluh Dua", "01/03/1990", "L"),         # 3
    row("1571010101900008", "Lahir Beda Sehari", "02/01/1990", "L"),              # 4 warning only
    row("1571010101120009", "Terlalu Muda", "01/01/2012", "L"),                   # 5
    row("1571010101500010", "Terlalu Tua", "01/01/1950", "L"),                    # 6
    row("1571010101900011", "Penghasilan Tinggi", "01/01/1990", "L", income="7.000.000"),  # 7
    row("1571010101900012", "Pekerjaan Aneh", "01/01/1990", "L", job="astronot"),  # 8
    row("1571010101900013", "Kategori Aneh", "01/01/1990", "L", cat="pns"),       # 9
    row("1571010101900014", "Kelurahan Aneh", "01/01/1990", "L", kel="Atlantis"),  # 10
    row("1571010101900015", "RT Tidak Ada", "01/01/1990", "L", rt="99"),          # 11
    row("1571010101900016", "HP Salah", "01/01/1990", "L", hp="12345"),          # 12
    row("1571010101900017", "Ahli Waris Tetangga", "01/01/1990", "L", heir="Pak Amat", rel="tetangga"),  # 13
    row("1571010101900018", "NIK Waris Salah", "01/01/1990", "L", heir="Ani", rel="istri", heir_nik="123"),  # 14
    row("1571010101900008", "Baris Ganda", "02/01/1990", "L"),                    # 15 same NIK as row 4
    row("1571010101900019", "Tanggal Mustahil", "31/02/1990", "L"),               # 16
    row("1571010101900020", "Kelamin X", "01/01/1990", "X"),                      # 17
    row("1571010101900021", "Penghasilan Huruf", "01/01/1990", "L", income="satu juta"),  # 18
    row("1571010101900022", "", "01/01/1990", "L"),                               # 19
    row("1571010101900023", "Kelamin Beda", "01/01/1990", "P"),                   # 20 warning only
]
write("every_check.csv", "\n".join([",".join(HEADER)] + [csv_line(r) for r in rows]).encode() + b"\n")
expected["every_check.csv"] = {
    "rows": 19, "created": 2, "updated": 0, "unchanged": 0, "rejected": 17, "duplicates": 1,
    "errors": [[2, "nik", "nik_panjang"], [3, "nik", "nik_tanggal"], [5, "tanggal_lahir", "usia_terlalu_muda"],
               [6, "tanggal_lahir", "usia_melebihi_batas"], [7, "penghasilan", "penghasilan_melebihi_batas"],
               [8, "pekerjaan", "pekerjaan_tidak_dikenal"], [9, "kategori", "kategori_tidak_dikenal"],
               [10, "kode_kelurahan", "kelurahan_tidak_dikenal"], [11, "rt", "rt_tidak_ada"],
               [12, "no_hp", "no_hp_tidak_valid"], [13, "hubungan_ahli_waris", "hubungan_tidak_dikenal"],
               [14, "nik_ahli_waris", "nik_panjang"], [15, "nik", "nik_ganda_dalam_berkas"],
               [16, "tanggal_lahir", "tanggal_tidak_valid"], [17, "jenis_kelamin", "jenis_kelamin_tidak_valid"],
               [18, "penghasilan", "penghasilan_tidak_valid"], [19, "nama", "wajib_diisi"]],
    "warnings_include": [[4, "tanggal_lahir", "nik_tanggal_lahir_beda"], [20, "jenis_kelamin", "nik_jenis_kelamin_beda"]]}

# 4. "CSV (Comma delimited)" from Excel on Windows: Windows-1252, a title above the table.
lines = ["DATA PEKERJA RENTAN RT 003,,,", "Kelurahan Simpang IV Sipin,,,", ",,,", ",".join(HEADER),
         csv_line(row("1571011203880024", "José Pereira", "12/03/1988", "L", rt="3")),
         csv_line(row("1571015709920025", "Nur Aini", "17/09/1992", "P", rt="3"))]
write("windows1252_title_rows.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))
expected["windows1252_title_rows.csv"] = {
    "rows": 2, "created": 2, "updated": 0, "unchanged": 0, "rejected": 0, "duplicates": 0, "errors": [],
    "warnings_include": [[4, "", "judul_bukan_baris_1"], [4, "", "catatan_berkas"]], "names": ["José Pereira"]}

# 5-8. Files that cannot be imported at all: each says why.
write("missing_nik_column.csv", b"Nama,Tgl Lahir,JK\nBudi,01/01/1990,L\n")
expected["missing_nik_column.csv"] = {"unreadable": "kolom_wajib_tidak_ada"}
write("header_only.csv", (",".join(HEADER) + "\r\n\r\n").encode())
expected["header_only.csv"] = {"unreadable": "berkas_tanpa_data"}
write("unterminated_quote.csv", (",".join(HEADER) + '\n1571010101900030,"Budi,01/01/1990\n').encode())
expected["unterminated_quote.csv"] = {"unreadable": "csv_kutip_tidak_ditutup"}
example = ["1571015708850003", "Siti Aminah", "17/08/1985", "P", "15.71.01.1001", "007", "Jl. Sultan Agung No. 12",
           "081234567890", "pedagang_umkm", "1.500.000", "pekerja_rentan", "Budi Santoso", "suami", ""]
write("template_untouched.csv", b"\xef\xbb\xbf" + ("\r\n".join([",".join(HEADER), csv_line(example)]) + "\r\n").encode())
expected["template_untouched.csv"] = {"unreadable": "berkas_tanpa_data"}


# --- XLSX ---------------------------------------------------------------------------------------
def put(z, name, data):
    """A zip entry with a fixed time, so that running this script again changes no byte."""
    info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def serial(d):
    return (d - datetime.date(1899, 12, 30)).days


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/{sheet}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')


def xlsx(name, sheet_name, sheet_file, rows_xml, shared=None, date1904=False, doctype=""):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ' + ns + '>' +
          ('<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>') +
          '<sheets><sheet name="' + sheet_name + '" sheetId="1" r:id="rId7"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/' + sheet_file + '"/></Relationships>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype + '<worksheet ' + ns +
             '><sheetData>' + rows_xml + '</sheetData></worksheet>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        put(z, "[Content_Types].xml", CONTENT_TYPES.replace("{sheet}", sheet_file))
        put(z, "_rels/.rels", ROOT_RELS)
        put(z, "xl/workbook.xml", wb)
        put(z, "xl/_rels/workbook.xml.rels", rels)
        put(z, "xl/worksheets/" + sheet_file, sheet)
        if shared is not None:
            sst = ''.join('<si><t xml:space="preserve">' + s.replace("&", "&amp;").replace("<", "&lt;") + '</t></si>'
                          for s in shared)
            put(z, "xl/sharedStrings.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       'count="%d" uniqueCount="%d">%s</sst>' % (len(shared), len(shared), sst))


def excel_rows(data):
    """Excel's layout: text in shared strings, numbers and dates as numbers (dates with a style)."""
    shared, out = [], []
    for r, cells in data:
        xml = []
        for c, v in enumerate(cells):
            if v is None or v == "":
                continue
            ref = col(c) + str(r)
            if isinstance(v, tuple):  # ("n", "1.5E+15") raw number text
                xml.append('<c r="%s"><v>%s</v></c>' % (ref, v[1]))
            elif isinstance(v, datetime.date):
                xml.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial(v)))
            elif isinstance(v, (int, float)):
                xml.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in shared:
                    shared.append(v)
                xml.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared.index(v)))
        out.append('<row r="%d">%s</row>' % (r, "".join(xml)))
    return "".join(out), shared


# 9. Excel: shared strings, RT and income as numbers, birth dates as serial numbers, a sheet not
# called Sheet1 stored as sheet3.xml, a NIK stored as a number, a phone that lost its 0, an empty
# styled row, and a gap in the row numbers.
data = [
    (1, HEADER),
    (2, ["1571010808870026", "Hendra Gunawan", datetime.date(1987, 8, 8), "L", "15.71.01.1001", 7, "Jl. A", "081234567826",
         "tukang_parkir", 1500000, "pekerja_rentan", "Rina", "istri", ""]),
    (3, [("n", "1.571010101800027E+15"), "Nik Angka", datetime.date(1980, 1, 1), "L", "15.71.01.1001", 7, "", "",
         "becak", 1000000, "pekerja_rentan", "", "", ""]),
    (4, ["1571014404910028", "Dewi Lestari", datetime.date(1991, 4, 4), "P", "Simpang IV Sipin", 7, "", 81234567828,
         "pedagang_umkm", 2500000, "pekerja_rentan", "", "", ""]),
    (5, []),
    (8, ["1571010303930029", "Rahmat Hidayat", datetime.date(1993, 3, 3), "L", "15.71.02.1002", 2, "", "",
         "buruh_harian", 1200000, "pekerja_rentan", "", "", ""]),
]
xml, shared = excel_rows(data)
xml = xml.replace('<row r="5"></row>', '<row r="5" s="2" customFormat="1"><c r="A5" s="2"/><c r="B5" s="2"/></row>')
xlsx("excel_style.xlsx", "Data Pekerja RT 7", "sheet3.xml", xml, shared)
expected["excel_style.xlsx"] = {
    "rows": 4, "created": 3, "updated": 0, "unchanged": 0, "rejected": 1, "duplicates": 0,
    "errors": [[3, "nik", "nik_tersimpan_sebagai_angka"]],
    "warnings_include": [[4, "no_hp", "no_hp_nol_hilang"], [1, "", "catatan_berkas"]]}


# 10. LibreOffice: inline strings (one in rich-text runs), numbers, a text date, no shared strings.
def inline(r, cells):
    xml = []
    for c, v in enumerate(cells):
        if v is None or v == "":
            continue
        ref = col(c) + str(r)
        if isinstance(v, (int, float)):
            xml.append('<c r="%s" t="n"><v>%s</v></c>' % (ref, v))
        elif isinstance(v, list):
            xml.append('<c r="%s" t="inlineStr"><is>%s</is></c>' % (ref, "".join('<r><t>%s</t></r>' % p for p in v)))
        else:
            xml.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v))
    return '<row r="%d">%s</row>' % (r, "".join(xml))


xml = inline(1, HEADER) + inline(2, ["1571015708850030", ["Siti ", "Khadijah"], "17/08/1985", "P", "15.71.01.1001", 3, "",
                                     "081234567830", "guru_madrasah_takmiliyah", 800000, "petugas_keagamaan", "", "", ""]) + \
    inline(3, ["1571011111750031", "Zainal Abidin", "1975-11-11", "L", "15.71.01.1001", 3, "", "", "pemandi_jenazah",
               700000, "petugas_keagamaan", "", "", ""])
xlsx("libreoffice_inline.xlsx", "Sheet1", "sheet1.xml", xml)
expected["libreoffice_inline.xlsx"] = {
    "rows": 2, "created": 2, "updated": 0, "unchanged": 0, "rejected": 0, "duplicates": 0, "errors": [],
    "warnings_include": [], "names": ["Siti Khadijah"]}

# 11. A workbook in the 1904 date system (Excel for Mac): the serial means another day.
d = datetime.date(1989, 6, 15)
xml = inline(1, HEADER) + '<row r="2">' + inline(2, ["1571011506890032", "Agus Salim"]).split('>', 1)[1].rsplit('</row>', 1)[0] + \
    '<c r="C2"><v>%d</v></c>' % ((d - datetime.date(1904, 1, 1)).days) + \
    inline(2, [None, None, None, "L", "15.71.01.1001", 5, "", "", "petani", 900000, "pekerja_rentan"]).split('>', 1)[1].rsplit('</row>', 1)[0] + '</row>'
xlsx("mac_1904.xlsx", "Lembar1", "sheet1.xml", xml, date1904=True)
expected["mac_1904.xlsx"] = {
    "rows": 1, "created": 1, "updated": 0, "unchanged": 0, "rejected": 0, "duplicates": 0, "errors": [],
    "warnings_include": [], "no_warning_codes": ["nik_tanggal_lahir_beda"]}

# 12. Hostile: an entity declaration (billion laughs style) in the sheet.
bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
xlsx("dtd_entities.xlsx", "Sheet1", "sheet1.xml", inline(1, HEADER) + '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol2;</t></is></c></row>',
     doctype=bomb)
expected["dtd_entities.xlsx"] = {"unreadable": "xlsx_tidak_terbaca"}

# 13. Not what its name says.
write("renamed_csv.xlsx", (",".join(HEADER) + "\n").encode())
expected["renamed_csv.xlsx"] = {"unreadable": "xlsx_rusak"}

# 14. Crafted: a row number given twice (Excel writes rows in order, each once).
xml = inline(1, HEADER) + inline(2, ["1571011506890040", "Satu"]) + inline(2, ["1571011506890041", "Dua"])
xlsx("rows_out_of_order.xlsx", "Sheet1", "sheet1.xml", xml)
expected["rows_out_of_order.xlsx"] = {"unreadable": "xlsx_tidak_terbaca"}

# 15. A zip bomb in miniature: 64 MiB of spaces that deflate to a few dozen KiB (the test reads it
# with a 16 MiB limit).
with zipfile.ZipFile(os.path.join(OUT, "zip_bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    put(z, "[Content_Types].xml", CONTENT_TYPES.replace("{sheet}", "sheet1.xml"))
    put(z, "_rels/.rels", ROOT_RELS)
    put(z, "xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    put(z, "xl/_rels/workbook.xml.rels",
               '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    put(z, "xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + " " * (64 << 20) + "</sheetData></worksheet>")
expected["zip_bomb.xlsx"] = {"unreadable": "berkas_terlalu_besar", "limit_xml_bytes": 16 << 20}

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write("\n")
print("wrote", len(expected), "files to", OUT)
