// Issue 17 item 6: the funding page summarises the funders: the RT funds (one per RT, 67 in the
// demo) are no longer cards named by code but grouped by kelurahan with names, collapsible, each
// with the kelurahan's total; the allocation form's funder list names an RT fund by RT and
// kelurahan. The city admin at 1366 px.
export default (journeys, h) => {
  journeys.push(['dana_rt: dana RT dikelompokkan per kelurahan dengan nama dan jumlahnya (1366 px)', async () => {
    const { BASE, assert, equal, freshPage, login, shot, text, apiGet, rupiah, id } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    await page.goto(`${BASE}/pendanaan`)
    await page.waitForSelector('[data-testid="dana-rt"] summary')
    const tahun = Number(await page.inputValue('[data-testid="tahun"]'))
    const funders = (await apiGet(page, '/funders?limit=500')).body.items
    const budget = (await apiGet(page, `/reports/budget?tahun=${tahun}`)).body.rows
    const rtFunds = funders.filter((f) => f.jenis === 'dana_kampung_bahagia' && /^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{3}$/.test(f.wilayah))
    assert(rtFunds.length > 10, `dana RT demo: ${rtFunds.length}`)
    // no RT fund is a card of its own any more; the other funders still are
    equal(await page.locator('[data-testid="anggaran"] [data-kode^="dana_kampung_bahagia"]').count(), 0, 'dana RT bukan kartu')
    const others = funders.filter((f) => !rtFunds.includes(f))
    equal(await page.locator('[data-testid="anggaran"] > section').count(), others.length, 'kartu sumber dana lain')
    // one group per kelurahan, named as the region tree names it
    const byKel = new Map()
    for (const f of rtFunds) byKel.set(f.wilayah.slice(0, 13), [...(byKel.get(f.wilayah.slice(0, 13)) ?? []), f])
    equal(await page.locator('[data-testid="dana-rt"] li[data-kelurahan]').count(), byKel.size, 'kelompok per kelurahan')
    const summary = await text(page, '[data-testid="dana-rt-ringkas"]')
    assert(summary.startsWith(`${id(rtFunds.length)} dana RT di ${id(byKel.size)} kelurahan`), `ringkasan dana RT: ${summary}`)
    const tree = (await apiGet(page, '/regions')).body.regions
    const nameOf = (nodes, kode) => { for (const n of nodes) { if (n.kode === kode) return n.nama; const x = nameOf(n.children ?? [], kode); if (x) return x } return null }
    const [kel, list] = [...byKel.entries()].sort((a, b) => b[1].length - a[1].length)[0]
    const group = page.locator(`[data-testid="dana-rt"] li[data-kelurahan="${kel}"]`)
    assert((await text(page, `[data-testid="dana-rt-${kel}"]`)).includes(nameOf(tree, kel)), 'kelurahan disebut dengan nama')
    assert(!(await text(page, '[data-testid="dana-rt"]')).includes('15.71.'), 'tidak ada kode wilayah di ringkasan')
    // collapsed until opened; opened it lists its RTs and its total equals the sum of the API's rows
    assert(!(await group.locator('table').isVisible()), 'kelompok tertutup')
    await page.click(`[data-testid="dana-rt-${kel}"]`)
    await group.locator('table').waitFor()
    equal(await group.locator('tbody tr').count(), list.length, 'RT dalam kelurahan')
    const rowsOf = list.map((f) => budget.find((b) => b.sumber_dana === f.kode)).filter(Boolean)
    const sum = (k) => rowsOf.reduce((s, r) => s + r[k], 0)
    equal(await text(page, `[data-testid="dana-rt"] li[data-kelurahan="${kel}"] tfoot [data-col="pagu"]`), rupiah(sum('pagu')), 'pagu kelurahan = jumlah baris API')
    equal(await text(page, `[data-testid="dana-rt"] li[data-kelurahan="${kel}"] tfoot [data-col="terpakai"]`), rupiah(sum('terpakai')), 'terpakai kelurahan')
    equal(await text(page, `[data-testid="dana-rt"] li[data-kelurahan="${kel}"] tfoot [data-col="pekerja"]`), id(sum('pekerja')), 'pekerja kelurahan')
    for (const f of list) {
      const b = budget.find((x) => x.sumber_dana === f.kode)
      if (b && b.pagu > 0) equal(await text(page, `[data-testid="dana-rt"] tr[data-kode="${f.kode}"] [data-col="terpakai"]`), rupiah(b.terpakai), `terpakai RT ${f.wilayah}`)
    }
    await shot(page, 'dana-rt-01-kelurahan-terbuka-1366')
    await page.click('[data-testid="dana-rt-buka-semua"]')
    equal(await page.locator('[data-testid="dana-rt"] details[open]').count(), byKel.size, 'buka semua')
    await page.click('[data-testid="dana-rt-tutup-semua"]')
    equal(await page.locator('[data-testid="dana-rt"] details[open]').count(), 0, 'tutup semua')
    // the allocation form names an RT fund by RT and kelurahan, not by code
    const option = await page.locator(`[data-testid="alokasi-sumber"] option[value="${list[0].kode}"]`).textContent()
    equal(option.trim(), `Dana Kampung Bahagia RT ${list[0].wilayah.slice(-3)} ${nameOf(tree, kel)}`, 'nama dana RT di formulir')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
