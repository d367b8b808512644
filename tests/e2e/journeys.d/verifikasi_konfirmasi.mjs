// Issue 17 item 9: verifying is confirmed before anything is sent. "Batal" sends nothing (no request
// leaves the browser, the worker stays in the queue); "Ya, verifikasi" sends exactly one decision.
export default (journeys, h) => {
  journeys.push(['verifikasi_konfirmasi: verifikasi dikonfirmasi dulu; Batal tidak mengirim apa pun (1366 px)', async () => {
    const { BASE, assert, equal, freshPage, login, shot, guideShot, text, apiGet, waitText } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'operator.kelurahan')
    const posts = []
    page.on('request', (r) => { if (r.method() !== 'GET') posts.push(r.url()) })
    await page.goto(`${BASE}/verifikasi`)
    await page.waitForSelector('[data-testid="antrean"]')
    const queue = (await apiGet(page, '/workers?status=didata&sort=dibuat&limit=25')).body
    assert(queue.items.length >= 3, `antrean berisi ${queue.items.length} pekerja, perlu 3`)
    const [w, x, y] = queue.items
    // one worker: the question names them; Batal sends nothing
    const before = posts.length
    await page.click(`[data-testid="verif-${w.id}"]`)
    await page.waitForSelector(`[data-testid="konfirmasi-${w.id}"]`)
    assert((await text(page, `[data-testid="konfirmasi-${w.id}"]`)).includes(`Verifikasi ${w.nama}?`), 'konfirmasi menyebut nama pekerja')
    await shot(page, 'verifikasi-konfirmasi-01-satu-1366')
    await guideShot(page, 'kel-01-antrean', { viewport: true })
    await page.click(`[data-testid="batal-verif-${w.id}"]`)
    await page.waitForSelector(`[data-testid="konfirmasi-${w.id}"]`, { state: 'detached' })
    await page.waitForTimeout(1500)
    equal(posts.length, before, 'Batal tidak mengirim permintaan')
    equal((await apiGet(page, `/workers/${w.id}`)).body.status, 'didata', 'pekerja tetap didata setelah Batal')
    // the selected ones: the question names them and counts them; Batal sends nothing
    await page.check(`[data-testid="pilih-${x.id}"]`)
    await page.check(`[data-testid="pilih-${y.id}"]`)
    await page.click('[data-testid="verif-terpilih"]')
    await page.waitForSelector('[data-testid="konfirmasi-massal"]')
    const bulk = await text(page, '[data-testid="konfirmasi-massal"]')
    assert(bulk.includes('Verifikasi 2 pekerja') && bulk.includes(x.nama) && bulk.includes(y.nama), `konfirmasi massal menyebut keduanya: ${bulk}`)
    await shot(page, 'verifikasi-konfirmasi-02-massal-1366')
    await page.click('[data-testid="batal-verif-terpilih"]')
    await page.waitForTimeout(1000)
    equal(posts.length, before, 'Batal massal tidak mengirim permintaan')
    for (const v of [x, y]) equal((await apiGet(page, `/workers/${v.id}`)).body.status, 'didata', `${v.nama} tetap didata`)
    // confirmed: exactly one decision is sent and the worker is verified
    await page.click(`[data-testid="verif-${w.id}"]`)
    await page.click(`[data-testid="yakin-verif-${w.id}"]`)
    await waitText(page, `[data-testid="hasil-${w.id}"]`, 'Diverifikasi')
    equal(posts.filter((u) => u.includes(`/workers/${w.id}/verify`)).length, 1, 'satu keputusan terkirim')
    equal(posts.length, before + 1, 'tidak ada permintaan lain')
    equal((await apiGet(page, `/workers/${w.id}`)).body.status, 'diverifikasi', 'pekerja diverifikasi')
    await shot(page, 'verifikasi-konfirmasi-03-terkirim-1366')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
