// Issue 22 item 2: the budget planner. From the funnel the city admin opens the plan of Kota Jambi
// for next year at 100 % of the potential: the total and every funder's line are the API's, the
// lines add up to the total, the path to the target is drawn, a scenario (the province's budget
// raised, fishers moved to it) is computed by the server without writing anything, the plan
// downloads as XLSX; then the same screen on a phone (360 px) fits its width.
export default (journeys, h) => {
  journeys.push(['rencana: rencana anggaran menuju 100% sama dengan API, skenario tanpa menulis, XLSX (1366 dan 360 px)', async () => {
    const { BASE, assert, equal, freshPage, login, shot, text, apiGet, id, rupiah, downloaded, fits } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    await page.goto(`${BASE}/corong`)
    // The funnel opens on the vulnerable workers alone (seed 001 counts them apart; on the demo as
    // written, 15.000 on record and 3.000 active: DemoAnyDate pins those, the journeys before this
    // one record a few more), its figures the API's for that category.
    await page.waitForSelector('[data-testid="corong"] li[data-tahap="aktif"]')
    const funnel = (await apiGet(page, '/reports/funnel?kategori=pekerja_rentan')).body
    const step = (kode) => funnel.wilayah.tahapan.find((s) => s.kode === kode).jumlah
    assert(step('terdata') >= 15000 && step('terdata') < 15100, `pekerja rentan terdata ${step('terdata')}`)
    equal(await text(page, '[data-testid="corong"] li[data-tahap="terdata"] [data-col="jumlah"]'), id(step('terdata')), 'corong: terdata')
    equal(await text(page, '[data-testid="corong"] li[data-tahap="aktif"] [data-col="jumlah"]'), id(step('aktif')), 'corong: aktif')
    await page.click('[data-testid="corong-rencana"]')
    await page.waitForURL(/\/rencana/)
    await page.waitForSelector('[data-testid="rencana-total"]')
    const plan = (await apiGet(page, '/reports/rencana?target=100')).body
    equal(await text(page, '[data-testid="rencana-total"]'), rupiah(plan.total_iuran), 'total iuran sama dengan API')
    equal(plan.per_sumber_dana.reduce((s, l) => s + l.iuran, 0), plan.total_iuran, 'jumlah per sumber dana = total')
    for (const l of plan.per_sumber_dana) equal(l.bulanan.reduce((s, m) => s + m, 0), l.iuran, `bulanan ${l.nama}`)
    // The RT funds (one per RT) in one row that opens to their lines; the other funders by name.
    const rows = page.locator('[data-testid="rencana-sumber"] tbody tr')
    const rtFunds = plan.per_sumber_dana.filter((l) => l.jenis === 'dana_kampung_bahagia')
    const others = plan.per_sumber_dana.filter((l) => l.jenis !== 'dana_kampung_bahagia')
    assert(rtFunds.length > 1, `dana RT dalam rencana: ${rtFunds.length}`)
    equal(await rows.count(), others.length + 1, 'baris per sumber dana, dana RT satu baris')
    const names = (await rows.locator('td:first-child').allTextContents()).map((n) => n.trim())
    for (const l of others) assert(names.includes(l.nama), `baris ${l.nama}`)
    const rtRow = page.locator('[data-testid="rencana-sumber"] tbody tr[data-sumber="dana_kampung_bahagia"]')
    equal(await rtRow.locator('td[data-col="iuran"]').textContent(), rupiah(rtFunds.reduce((s, l) => s + l.iuran, 0)), 'jumlah dana RT')
    await page.click('[data-testid="rencana-rt-rincian"]')
    equal(await rows.count(), others.length + 1 + rtFunds.length, 'rincian per RT dibuka')
    await page.click('[data-testid="rencana-rt-rincian"]')
    // The ranking: the first RTs, every one on demand, each named in words.
    const ranked = page.locator('details.rt')
    if (plan.peringkat_rt.length > 20) {
      equal(await ranked.count(), 20, '20 RT pertama')
      await page.click('[data-testid="rencana-rt-semua"]')
    }
    equal(await ranked.count(), plan.peringkat_rt.length, 'semua RT peringkat')
    assert(!(await ranked.first().locator('summary').textContent()).includes(plan.peringkat_rt[0].kode_rt), 'RT dengan nama, bukan kode')
    assert(!(await text(page, '[data-testid="rencana-sumber"]')).match(/apbd_|dana_kampung_bahagia/), 'tidak ada kode di layar')
    equal(plan.per_bulan[11].cakupan, 100, 'cakupan Desember mencapai target')
    await page.waitForSelector('[data-testid="rencana-grafik"] canvas')
    await shot(page, 'rencana-01-kota-jambi-1366')

    // a scenario: the province's budget raised, fishers moved to its cohort; the same total
    const funders = (await apiGet(page, '/funders')).body.total
    const province = plan.per_sumber_dana.find((l) => l.jenis === 'apbd_provinsi')
    assert(province, 'Pro Jambi Tangguh ada dalam rencana')
    await page.click('[data-testid="rencana-skenario"] summary')
    await page.selectOption('[data-testid="rencana-naik-sumber"]', province.sumber_dana)
    await page.fill('[data-testid="rencana-naik-jumlah"]', '500000000')
    await page.check('[data-testid="rencana-provinsi-nelayan"]')
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/reports/rencana') && r.url().includes('pindah_provinsi=nelayan')),
      page.click('[data-testid="rencana-hitung"]'),
    ])
    const scenario = await answer.json()
    equal(scenario.skenario.pindah_provinsi.join(','), 'nelayan', 'skenario dikirim')
    const after = scenario.per_sumber_dana.find((l) => l.sumber_dana === province.sumber_dana)
    equal(after.anggaran, province.anggaran + 500000000, 'anggaran provinsi dinaikkan dalam perhitungan')
    assert(after.pekerja >= province.pekerja, 'provinsi membiayai paling sedikit sebanyak sebelumnya')
    equal(scenario.total_iuran, plan.total_iuran, 'pekerja dan bulannya sama, pembayarnya lain')
    await page.waitForSelector(`text=${rupiah(after.anggaran)}`)
    equal((await apiGet(page, '/funders')).body.total, funders, 'skenario tidak menulis sumber dana')
    const file = await downloaded(page, '[data-testid="rencana-unduh-xlsx"]')
    assert(file.name.endsWith('.xlsx') && file.head === 'PK', `unduhan XLSX: ${file.name}`)
    await shot(page, 'rencana-02-skenario-1366')

    // on a phone
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${BASE}/rencana`)
    await page.waitForSelector('[data-testid="rencana-total"]')
    await page.waitForSelector('[data-testid="rencana-grafik"] canvas')
    await fits(page, 'rencana di ponsel')
    await shot(page, 'rencana-03-ponsel-360')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
