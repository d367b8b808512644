// Issue 22 item 4: the programme's rules per kab/kota. Kota Jambi's admin (1366 px) sees the rules
// in force (Perwal 18/2025: Rp6 juta, 15-65 years, Rp100 juta per RT, the province's cohort fund
// first) from the screen of the menu, is refused a past date under its field, sets a row from 1
// January next year with the city before the province, and reads it back with its audit entry.
// Sungai Penuh's admin on a phone (360 px) sets and sees his own, different rules, fitting the screen; an RT
// head reads Kota Jambi's without a form.
export default (journeys, h) => {
  journeys.push(['aturan_program: aturan per kab/kota dibaca, ditetapkan mulai tanggal, diaudit (1366 dan 360 px)', async () => {
    const { BASE, assert, equal, freshPage, login, openMenu, shot, text, apiGet, fits, rupiah, TODAY_DMY, TODAY_YEAR } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    await openMenu(page, 'nav-aturan')
    await page.waitForSelector('[data-testid="aturan-berlaku"]')
    const before = (await apiGet(page, '/aturan?wilayah=15.71')).body
    equal(before.berlaku.batas_penghasilan, 6000000, 'batas Kota Jambi')
    equal(await text(page, '[data-testid="aturan-batas"]'), rupiah(before.berlaku.batas_penghasilan), 'batas di layar')
    equal(await text(page, '[data-testid="aturan-dana-rt"]'), rupiah(100000000), 'dana RT di layar')
    assert((await text(page, '[data-testid="aturan-prioritas"]')).startsWith('APBD Provinsi'), 'provinsi lebih dulu')
    assert(!(await text(page, 'main')).includes('apbd_'), 'tidak ada kode sumber dana di layar')
    const rows = await page.locator('[data-testid="aturan-riwayat"] tbody tr[data-mulai]').count()
    equal(rows, before.riwayat.length, 'baris riwayat')

    // A past date: refused by the server under its own field, nothing saved.
    await page.fill('[data-testid="aturan-mulai"]', '01/01/2020')
    await page.fill('[data-testid="aturan-dasar"]', 'Perwal Kota Jambi uji')
    await page.click('[data-testid="simpan-aturan"]')
    await page.waitForSelector('[data-testid="galat-berlaku_mulai"]')
    assert((await text(page, '[data-testid="galat-berlaku_mulai"]')).includes('sudah lewat'), 'tanggal lalu ditolak')

    // From 1 January next year: a higher ceiling, the city's budget moved above the province's.
    const next = `01/01/${TODAY_YEAR + 1}`
    await page.fill('[data-testid="aturan-mulai"]', next)
    await page.fill('[data-testid="aturan-batas-input"]', '6.500.000')
    await page.click('[data-testid="naik-apbd_kota"]')
    await page.click('[data-testid="naik-apbd_kota"]')
    await page.click('[data-testid="simpan-aturan"]')
    await page.waitForSelector('[data-testid="aturan-pesan"]')
    equal(await text(page, '[data-testid="aturan-pesan"]'), `Aturan berlaku mulai ${next} disimpan`, 'pesan simpan')
    await page.waitForSelector(`[data-testid="aturan-riwayat"] tr[data-mulai="${TODAY_YEAR + 1}-01-01"]`)
    const then = (await apiGet(page, `/aturan?wilayah=15.71&tanggal=${TODAY_YEAR + 1}-01-01`)).body.berlaku
    equal(then.batas_penghasilan, 6500000, 'batas baru berlaku 1 Januari')
    equal(then.prioritas_dana.slice(0, 2).join(','), 'apbd_kota,apbd_provinsi', 'urutan baru')
    const today = (await apiGet(page, '/aturan?wilayah=15.71')).body.berlaku
    equal(today.batas_penghasilan, 6000000, `hari ini (${TODAY_DMY}) tetap aturan lama`)
    const audit = (await apiGet(page, '/audit?entitas=aturan_program')).body
    assert(audit.items.some((e) => e.entitas_id === `15.71/${TODAY_YEAR + 1}-01-01` && e.pelaku === 'admin.kota'), 'diaudit')
    await shot(page, 'aturan-program-01-kota-jambi-1366')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()

    // Sungai Penuh's admin on a phone. The journeys' demo holds Kota Jambi only (the province demo
    // is `demo --provinsi`), so his kab/kota starts on the shipped book, said so on the screen; he
    // sets his own from today (no RT fund, the city first) and the screen shows them at once.
    const phone = await freshPage()
    await phone.setViewportSize({ width: 360, height: 740 })
    await login(phone, 'admin.sungaipenuh')
    await phone.goto(`${BASE}/aturan`)
    await phone.waitForSelector('[data-testid="aturan-berlaku"]')
    const shipped = (await apiGet(phone, '/aturan?wilayah=15.72')).body.berlaku
    equal(shipped.bawaan, true, 'Sungai Penuh mulai dari aturan bawaan')
    await phone.waitForSelector('[data-testid="aturan-bawaan"]')
    await phone.fill('[data-testid="aturan-mulai"]', TODAY_DMY)
    await phone.fill('[data-testid="aturan-usia-min"]', '18')
    await phone.fill('[data-testid="aturan-usia-maks"]', '60')
    await phone.fill('[data-testid="aturan-batas-input"]', '3.000.000')
    await phone.uncheck('[data-testid="aturan-ada-dana-rt"]')
    while (!(await phone.locator('[data-testid="naik-apbd_kota"]').isDisabled())) await phone.click('[data-testid="naik-apbd_kota"]')
    await phone.fill('[data-testid="aturan-dasar"]', 'Data uji: aturan program Kota Sungai Penuh')
    await phone.click('[data-testid="simpan-aturan"]')
    await phone.waitForSelector('[data-testid="aturan-pesan"]')
    equal(await text(phone, '[data-testid="aturan-pesan"]'), `Aturan berlaku mulai ${TODAY_DMY} disimpan`, 'pesan simpan Sungai Penuh')
    await phone.waitForFunction(() => !document.querySelector('[data-testid="aturan-bawaan"]'))
    equal(await text(phone, '[data-testid="aturan-batas"]'), rupiah(3000000), 'batas Sungai Penuh')
    equal(await text(phone, '[data-testid="aturan-dana-rt"]'), 'Tidak ada', 'tanpa dana RT')
    assert((await text(phone, '[data-testid="aturan-prioritas"]')).startsWith('APBD Kota'), 'kota lebih dulu')
    equal(await phone.locator('[data-testid="prioritas-dana_kampung_bahagia"]').isVisible(), false, 'dana RT tidak ditawarkan')
    await fits(phone, 'aturan program 360 px')
    await shot(phone, 'aturan-program-02-sungai-penuh-360')
    // Kota Jambi's rules are not his.
    equal((await apiGet(phone, '/aturan?wilayah=15.71')).status, 403, 'aturan kab/kota lain')
    assert(phone.errors.length === 0, `galat JavaScript: ${phone.errors.join('; ')}`)
    await phone.close()

    // An RT head reads his kab/kota's rules, without the form.
    const rt = await freshPage()
    await rt.setViewportSize({ width: 360, height: 740 })
    await login(rt, 'ketua.rt')
    await rt.goto(`${BASE}/aturan`)
    await rt.waitForSelector('[data-testid="aturan-hanya-baca"]')
    equal(await rt.locator('[data-testid="form-aturan"]').count(), 0, 'tanpa formulir')
    await fits(rt, 'aturan program ketua RT 360 px')
    await rt.close()
  }])
}
