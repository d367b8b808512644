// Issue 17 item 10: the server answers in the language chosen on screen. With English chosen, the
// server's own reason for a refusal (an API 403) and its field problems are English; back in
// Indonesian they are Indonesian again. The browser itself asks for id-ID: only the app's choice
// counts.
export default (journeys, h) => {
  journeys.push(['bahasa server: alasan penolakan dan masalah kolom dari server dalam bahasa yang dipilih (360 px)', async () => {
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
  }])
}
