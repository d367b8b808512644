import { execFileSync } from 'node:child_process'

// Issue 17 item 10: the server answers in the language chosen on screen. With English chosen, the
// server's own reason for a refusal (an API 403), a 404 and a field problem are English; back in
// Indonesian they are Indonesian again. The browser itself asks for id-ID: only the app's choice
// counts. Files too: a report downloaded with English chosen is English (title, headers, the
// PDF's own words), at the desk's 1366 px.
export default (journeys, h) => {
  journeys.push(['bahasa server: alasan penolakan, galat dan masalah kolom dari server dalam bahasa yang dipilih (360 px)', async () => {
    const { BASE, assert, freshPage, login, shot, text } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${BASE}/masuk`)
    await page.click('[data-testid="ganti-bahasa"]')
    await page.waitForSelector('text=Log in to Lindungi')
    await login(page, 'operator.kelurahan')
    // the API's 403 on a page's first load: its reason, written by the server, in English
    await page.goto(`${BASE}/pekerja?wilayah=15.72`)
    await page.waitForSelector('[data-testid="terlarang-alasan"]')
    const reason = await text(page, '[data-testid="terlarang-alasan"]')
    assert(reason.includes('is outside the area you may access'), `alasan server dalam bahasa Inggris: ${reason}`)
    assert(!reason.includes('kewenangan'), `tidak ada bahasa Indonesia: ${reason}`)
    await shot(page, 'bahasa-01-alasan-en-360')
    // the app's own calls ask for English whatever the browser prefers
    const asked = await page.evaluate(async () => {
      const r = await fetch('/api/v1/workers/999999999', { headers: { 'Accept-Language': 'en' } })
      return { lang: r.headers.get('Content-Language'), body: await r.json() }
    })
    assert(asked.lang === 'en' && asked.body.error.message === 'Worker with id 999999999 was not found',
      `404 dalam bahasa Inggris: ${JSON.stringify(asked)}`)
    // back to Indonesian: the same refusal in Indonesian
    await page.goto(`${BASE}/dasbor`)
    await page.click('[data-testid="ganti-bahasa"]')
    await page.goto(`${BASE}/pekerja?wilayah=15.72`)
    await page.waitForSelector('[data-testid="terlarang-alasan"]')
    const alasan = await text(page, '[data-testid="terlarang-alasan"]')
    assert(alasan.includes('di luar kewenangan'), `alasan server dalam bahasa Indonesia: ${alasan}`)
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()

    // a field problem only the server knows (the programme's income limit), under its field
    const rt = await freshPage()
    await rt.setViewportSize({ width: 360, height: 740 })
    await rt.goto(`${BASE}/masuk`)
    await rt.click('[data-testid="ganti-bahasa"]')
    await rt.waitForSelector('text=Log in to Lindungi')
    await login(rt, 'ketua.rt')
    await rt.goto(`${BASE}/pekerja/baru`)
    await rt.waitForSelector('#nik')
    await rt.fill('#nik', '1571010112940077')
    await rt.locator('#tanggal_lahir').pressSequentially('01121994')
    await rt.click('text=Male')
    await rt.fill('#nama', 'Rudi Hartono')
    await rt.selectOption('#pekerjaan', 'becak')
    await rt.fill('#penghasilan', '99.000.000')
    await rt.check('#persetujuan')
    await rt.click('[data-testid="simpan"]')
    await rt.waitForSelector('[data-testid="galat-penghasilan"]')
    const problem = await text(rt, '[data-testid="galat-penghasilan"]')
    assert(problem.includes('is above the programme limit of'), `masalah kolom dari server dalam bahasa Inggris: ${problem}`)
    await shot(rt, 'bahasa-02-kolom-en-360')
    // amounts and dates as English readers write them (docs/WEB.md "Numbers and dates"): the RT
    // fund in Rp4,032,000 notation, a worker's income and birth date with the month's name
    await rt.goto(`${BASE}/rt`)
    await rt.waitForSelector('[data-testid="dana-tahunan"]')
    const fund = (await h.apiGet(rt, `/rts/${(await h.apiGet(rt, '/auth/me')).body.user.area}/dana`)).body
    h.equal(await text(rt, '[data-testid="dana-tahunan"]'), `Rp${fund.dana_tahunan.toLocaleString('en-US')}`, 'dana RT dalam notasi Inggris')
    const worker = (await h.apiGet(rt, '/workers?limit=1')).body.items[0]
    await rt.goto(`${BASE}/pekerja/${worker.id}`)
    await rt.waitForSelector('[data-testid="penghasilan"]')
    const full = (await h.apiGet(rt, `/workers/${worker.id}`)).body
    h.equal(await text(rt, '[data-testid="penghasilan"]'), `Rp${full.penghasilan.toLocaleString('en-US')}`, 'penghasilan dalam notasi Inggris')
    const [y, m, d] = full.tanggal_lahir.split('-').map(Number)
    const born = `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`
    assert((await rt.locator('main').innerText()).includes(born), `tanggal lahir ${born} dalam bahasa Inggris`)
    assert(rt.errors.length === 0, `galat JavaScript: ${rt.errors.join('; ')}`)
    await rt.close()
  }])

  journeys.push(['bahasa server: laporan XLSX dan PDF dalam bahasa yang dipilih (1366 px)', async () => {
    const { BASE, assert, freshPage, login, shot } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 800 })
    await page.goto(`${BASE}/masuk`)
    await page.click('[data-testid="ganti-bahasa"]')
    await page.waitForSelector('text=Log in to Lindungi')
    await login(page, 'admin.kota')
    await page.goto(`${BASE}/laporan?r=arrears`)
    await page.waitForSelector('[data-testid="lap-unduh-arrears-pdf"]')
    const save = async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
      return download.path()
    }
    const pdf = execFileSync('pdftotext', ['-layout', await save('[data-testid="lap-unduh-arrears-pdf"]'), '-'], { encoding: 'utf8' })
    for (const want of ['Contribution arrears per RT', 'Area: ', 'Months in arrears', 'Printed ', 'Page 1 of '])
      assert(pdf.includes(want), `PDF dalam bahasa Inggris memuat "${want}":\n${pdf.slice(0, 600)}`)
    for (const word of ['Tunggakan iuran', 'Wilayah:', 'Dicetak', 'Halaman'])
      assert(!pdf.includes(word), `PDF tanpa "${word}":\n${pdf.slice(0, 600)}`)
    const sheet = execFileSync('unzip', ['-p', await save('[data-testid="lap-unduh-arrears-xlsx"]'), 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' })
    assert(sheet.includes('Months in arrears') && !sheet.includes('Bulan tunggakan'), 'XLSX: kepala kolom dalam bahasa Inggris')
    await shot(page, 'bahasa-03-laporan-en-1366')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
