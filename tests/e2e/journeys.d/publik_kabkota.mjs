import { recordUsable } from '../timing.mjs'

// Issue 17 item 8: the public page names the place, lets a citizen choose the kab/kota (the demo
// serves Kota Jambi and Kota Sungai Penuh), and shows the headline, the per-kecamatan bars and the
// map of the chosen one only (no kecamatan of another kab/kota), with the colour scale's legend
// and the date of the figures. On a phone (360 px), without login.
export default (journeys, h) => {
  journeys.push(['publik_kabkota: warga memilih kab/kota; judul, batang, peta hanya kab/kota itu (360 px)', async () => {
    const { BASE, assert, equal, freshPage, shot, text, apiGet, id, percent, TODAY_DMY } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    const calls = []
    page.on('request', (r) => { if (r.url().includes('/api/')) calls.push(new URL(r.url()).pathname) })
    const started = Date.now()
    await page.goto(`${BASE}/publik`)
    await page.waitForSelector('[data-testid="publik-coverage"]')
    const usable = Date.now() - started
    const served = (await apiGet(page, '/public/coverage?level=kota')).body.rows
    equal(served.map((r) => r.nama).join(', '), 'Kota Jambi, Kota Sungai Penuh', 'kab/kota yang dilayani demo')
    equal((await page.locator('[data-testid="publik-kabkota"] option').allTextContents()).join(', '), 'Kota Jambi, Kota Sungai Penuh', 'pilihan kab/kota')
    equal(await text(page, '[data-testid="publik-judul"]'), 'Cakupan perlindungan pekerja rentan di Kota Jambi', 'judul menyebut tempat')
    equal(await text(page, '[data-testid="publik-tanggal"]'), `Data per ${TODAY_DMY}`, 'angka bertanggal')
    const kj = (await apiGet(page, '/public/coverage?level=kecamatan&wilayah=15.71')).body
    equal(await text(page, '[data-testid="publik-coverage"]'), percent(kj.total.coverage_pct), 'cakupan Kota Jambi')
    equal(await text(page, '[data-testid="publik-covered"]'), id(kj.total.covered), 'terlindungi Kota Jambi')
    // the table behind the bars: Kota Jambi's 11 kecamatan, none of Sungai Penuh's
    const kecRows = page.locator('[data-testid="tabel-kecamatan"] tbody tr')
    equal(await kecRows.count(), kj.rows.length, 'kecamatan Kota Jambi')
    equal(kj.rows.length, 11, '11 kecamatan Kota Jambi')
    for (const kode of await kecRows.evaluateAll((rows) => rows.map((r) => r.dataset.kode))) assert(kode.startsWith('15.71.'), `kecamatan lain tercampur: ${kode}`)
    await page.waitForSelector('[data-testid="peta"] canvas')
    equal(await page.locator('[data-testid="legenda"] li').count(), 5, 'legenda skala 0–100%')
    equal((await page.locator('[data-testid="legenda"] li').allTextContents()).join(' '), '0–20% 20–40% 40–60% 60–80% 80–100%', 'kelas legenda')
    const wide = await page.evaluate(() => document.documentElement.scrollWidth)
    assert(wide <= 360, `lebar halaman ${wide} px > 360 px`)
    await shot(page, 'publik-kabkota-01-kota-jambi-360')

    // the citizen chooses Kota Sungai Penuh: its own name, figures and kecamatan; no map ships for it
    await page.selectOption('[data-testid="publik-kabkota"]', '15.72')
    await page.waitForSelector('text=Cakupan perlindungan pekerja rentan di Kota Sungai Penuh')
    await page.waitForURL(/wilayah=15\.72/)
    const sp = (await apiGet(page, '/public/coverage?level=kecamatan&wilayah=15.72')).body
    const expected = sp.total.coverage_pct === null ? 'Belum ada data' : percent(sp.total.coverage_pct)
    equal(await text(page, '[data-testid="publik-coverage"]'), expected, 'cakupan Sungai Penuh (tidak diketahui ditulis begitu)')
    await page.waitForSelector('[data-testid="tabel-kecamatan"] tbody tr[data-kode^="15.72."]', { state: 'attached' })
    for (const kode of await kecRows.evaluateAll((rows) => rows.map((r) => r.dataset.kode))) assert(kode.startsWith('15.72.'), `kecamatan lain tercampur: ${kode}`)
    equal(await kecRows.count(), sp.rows.length, 'kecamatan Sungai Penuh')
    assert((await text(page, '[data-testid="peta-tidak-ada"]')).includes('Kota Sungai Penuh'), 'peta belum tersedia disebut')
    equal(await page.locator('[data-testid="legenda"] li').count(), 5, 'legenda tetap ada tanpa peta')
    await shot(page, 'publik-kabkota-02-sungai-penuh-360')
    // the address keeps the choice: reloading shows Sungai Penuh again
    await page.reload()
    await page.waitForSelector('text=Cakupan perlindungan pekerja rentan di Kota Sungai Penuh')
    const allowed = ['/api/v1/health', '/api/v1/auth/me', '/api/v1/public/coverage', '/api/v1/public/audit-head']
    assert(calls.every((p) => allowed.includes(p)), `panggilan API publik: ${calls.join(', ')}`)
    recordUsable('360 px, tanpa pembatasan', 'Halaman publik', usable) // written down, not asserted (tests/e2e/timing.mjs)
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
