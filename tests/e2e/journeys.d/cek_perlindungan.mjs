import { recordUsable } from '../timing.mjs'

// Issue 20 item 1: Cek Perlindungan. A worker (or their family), without logging in, on a 360 px
// phone, goes from the public page to the check, types the NIK and date of birth, and reads their
// cover, who pays, their card and where to collect it, their benefits (the figures are the
// server's, from the rule book: JKK death Rp70 juta at the programme's Rp1 juta bracket, JKM
// Rp42 juta) and what to do after an accident or a death; in English too. A wrong date of birth and
// an unknown NIK look the same. No NIK ever appears in an address the browser asks for.
export default (journeys, h) => {
  journeys.push(['cek_perlindungan: pekerja memeriksa perlindungan, kartu dan haknya dengan NIK dan tanggal lahir (360 px, tanpa login)', async () => {
    const { BASE, assert, equal, freshPage, shot, text, apiGet, apiWrite, login } = h

    // The city's side: an active, funded worker of the demo, whose card is then requested.
    const staff = await freshPage()
    await login(staff, 'admin.kota')
    const active = (await apiGet(staff, '/workers?status=aktif&limit=20')).body.items
    assert(active.length > 0, 'demo punya pekerja aktif')
    // The first whose pair the public check answers (a right pair is not throttled), protected
    // today: the demo's city pays each month on the 8th, and a month billed but not yet due keeps
    // its member protected until the due date (issue 20; core/ledger.cpp protected_until), so an
    // active member of the demo reads "terlindungi" on any day of the month.
    let worker = null
    const seen = []
    for (const a of active.slice(0, 10)) {
      const full = (await apiGet(staff, `/workers/${a.id}?nik=lengkap`)).body
      const asked = await apiWrite(staff, 'POST', '/public/cek', { nik: full.nik, tanggal_lahir: full.tanggal_lahir })
      seen.push(`${a.id}:${asked.status}:${asked.body.status ?? asked.body.error?.code}`)
      if (asked.status === 200 && asked.body.status === 'terlindungi') {
        worker = full
        break
      }
    }
    assert(worker && /^\d{16}$/.test(worker.nik) && worker.tanggal_lahir, `pekerja aktif demo yang terlindungi hari ini: ${seen.join(', ')}`)
    const card = await apiWrite(staff, 'POST', '/cards', { pekerja: [worker.id] })
    equal(card.status, 201, 'kartu diminta')
    await staff.close()

    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    const urls = []
    page.on('request', (r) => urls.push(r.url()))
    await page.goto(`${BASE}/publik`)
    const started = Date.now()
    await page.click('[data-testid="publik-cek-tautan"]')
    await page.waitForURL(/\/cek$/)
    await page.waitForSelector('[data-testid="cek-form"]')
    equal(await text(page, '[data-testid="cek-judul"]'), 'Cek Perlindungan', 'judul halaman')

    // Typed as a person types them: the NIK in groups, the date as digits on the phone keypad.
    const [y, m, d] = worker.tanggal_lahir.split('-')
    await page.fill('#nik', worker.nik.replace(/(\d{4})(?=\d)/g, '$1 '))
    await page.type('#tanggal_lahir', `${d}${m}${y}`)
    equal(await page.inputValue('#tanggal_lahir'), `${d}/${m}/${y}`, 'tanggal diberi garis miring sendiri')
    await page.click('[data-testid="cek-periksa"]')
    await page.waitForSelector('[data-testid="cek-hasil"]')
    recordUsable('360 px, tanpa pembatasan', 'Cek Perlindungan: jawaban', Date.now() - started)

    // What the page shows is the server's answer, word for word.
    const answer = await page.evaluate(async ({ nik, tanggal_lahir }) => {
      const r = await fetch('/api/v1/public/cek', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nik, tanggal_lahir }) })
      return r.json()
    }, { nik: worker.nik, tanggal_lahir: worker.tanggal_lahir })
    equal(await text(page, '[data-testid="cek-inisial"]'), answer.inisial, 'inisial')
    assert(!(await text(page, '[data-testid="cek-hasil"]')).includes(worker.nama), 'nama lengkap tidak tampil')
    equal(await text(page, '[data-testid="cek-status"]'), answer.status_label, 'status')
    equal(answer.status, 'terlindungi', 'pekerja aktif demo terlindungi')
    equal(await text(page, '[data-testid="cek-sampai"]'), answer.terlindungi_sampai.split('-').reverse().join('/'), 'tanggal terlindungi')
    equal(await text(page, '[data-testid="cek-pembiayaan"]'), answer.pembiayaan_label, 'pembiayaan')
    assert(!answer.pembiayaan_label.includes('Rp'), 'jenis pembiayaan, bukan anggaran')
    equal(answer.kartu, 'diminta', 'kartu yang baru diminta')
    equal(await text(page, '[data-testid="cek-kartu"]'), answer.kartu_label, 'kartu')
    assert((await text(page, '[data-testid="cek-tempat"]')).startsWith('Kantor Kelurahan '), 'tempat mengambil kartu')
    const benefits = await text(page, '[data-testid="cek-manfaat"]')
    for (const b of answer.manfaat) assert(benefits.includes(b.teks), `manfaat ${b.kode} tampil`)
    const jkk = answer.manfaat.find((b) => b.kode === 'jkk_meninggal')
    const jkm = answer.manfaat.find((b) => b.kode === 'jkm')
    equal(jkk.jumlah, 70000000, 'JKK meninggal pada dasar Rp1 juta (RULES.md §5.1)')
    equal(jkm.jumlah, 42000000, 'JKM (RULES.md §4.1)')
    assert(benefits.includes('Rp70.000.000') && benefits.includes('Rp42.000.000'), 'angka manfaat tampil')
    await page.click('[data-testid="cek-langkah-meninggal"] summary')
    const death = await text(page, '[data-testid="cek-langkah-meninggal"]')
    assert(death.includes('Akta kematian') && death.includes('Surat keterangan ahli waris'), 'dokumen klaim kematian')
    await page.click('[data-testid="cek-langkah-kecelakaan"] summary')
    assert((await text(page, '[data-testid="cek-langkah-kecelakaan"]')).includes('Laporan kecelakaan kerja'), 'dokumen klaim kecelakaan')
    const wide = await page.evaluate(() => document.documentElement.scrollWidth)
    assert(wide <= 360, `lebar halaman ${wide} px > 360 px`)
    await shot(page, 'cek-perlindungan-01-terlindungi-360')

    // A wrong date of birth and an unknown NIK: the same words, nothing learnt.
    await page.click('[data-testid="cek-lagi"]')
    await page.fill('#nik', worker.nik)
    await page.fill('#tanggal_lahir', `01/01/${Number(y) === 1970 ? 1971 : 1970}`)
    await page.click('[data-testid="cek-periksa"]')
    await page.waitForSelector('[data-testid="cek-tidak-cocok"]')
    const wrong = await text(page, '[data-testid="cek-tidak-cocok"]')
    const unknownNik = worker.nik.slice(0, 12) + (worker.nik.slice(12) === '9999' ? '9998' : '9999')
    await page.fill('#nik', unknownNik)
    await page.fill('#tanggal_lahir', `${d}/${m}/${y}`)
    await page.click('[data-testid="cek-periksa"]')
    await page.waitForSelector('[data-testid="cek-tidak-cocok"]')
    equal(await text(page, '[data-testid="cek-tidak-cocok"]'), wrong, 'tanggal salah = NIK tidak dikenal')
    await shot(page, 'cek-perlindungan-02-tidak-cocok-360')

    // In English, through the app's language switch: the server's sentences follow.
    await page.click('[data-testid="ganti-bahasa"]')
    await page.fill('#nik', worker.nik)
    await page.fill('#tanggal_lahir', `${d}/${m}/${y}`)
    await page.click('[data-testid="cek-periksa"]')
    await page.waitForSelector('[data-testid="cek-hasil"]')
    const english = await page.evaluate(async ({ nik, tanggal_lahir }) => {
      const r = await fetch('/api/v1/public/cek', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' }, body: JSON.stringify({ nik, tanggal_lahir }) })
      return r.json()
    }, { nik: worker.nik, tanggal_lahir: worker.tanggal_lahir })
    equal(await text(page, '[data-testid="cek-status"]'), english.status_label, 'status dalam bahasa Inggris')
    assert(/^(Protected until|Not protected)/.test(english.status_label), `status Inggris: ${english.status_label}`)
    assert((await text(page, '[data-testid="cek-manfaat"]')).includes('the heirs receive Rp42.000.000'), 'manfaat dalam bahasa Inggris')
    await shot(page, 'cek-perlindungan-03-english-360')

    const withNik = urls.filter((u) => u.includes(worker.nik) || u.includes(unknownNik))
    equal(withNik.length, 0, 'tidak ada NIK di alamat mana pun')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
