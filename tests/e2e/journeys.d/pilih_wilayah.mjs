// Issue 17 item 9: a new account's area is picked by name (kecamatan › kelurahan › RT) from the
// admin's own area, not typed as a code; the account is made with the code the names stand for.
export default (journeys, h) => {
  journeys.push(['pilih_wilayah: akun baru, wilayah dipilih dengan nama sampai RT (1366 px)', async () => {
    const { BASE, assert, equal, freshPage, login, shot, text, apiGet } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    await page.goto(`${BASE}/pengguna`)
    await page.waitForSelector('[data-testid="u-area-kecamatan"] option:nth-child(2)', { state: 'attached' })
    // the admin's own kab/kota only, named; its kecamatan by name, as the region API has them
    assert((await text(page, '[data-testid="u-area-kota"]')).includes('Kota Jambi'), 'kab/kota admin disebut')
    const tree = (await apiGet(page, '/regions')).body.regions
    const kotaOf = (nodes) => nodes.flatMap((n) => (n.tingkat === 'kota' ? [n] : kotaOf(n.children ?? [])))
    const kota = kotaOf(tree)
    equal(kota.map((k) => k.kode).join(','), '15.71', 'pohon wilayah admin hanya Kota Jambi')
    const kecNames = (await page.locator('[data-testid="u-area-kecamatan"] option').allTextContents()).slice(1)
    equal(kecNames.join('|'), kota[0].children.map((k) => k.nama).join('|'), 'kecamatan = API')
    assert(!kecNames.some((n) => /Sungai Penuh/.test(n)), 'tidak ada kecamatan kab/kota lain')
    // operator kelurahan: stops at the kelurahan
    await page.selectOption('[data-testid="u-role"]', 'operator_kelurahan')
    equal(await page.locator('[data-testid="u-area-rt"]').count(), 0, 'operator kelurahan tanpa pilihan RT')
    // ketua RT: kecamatan › kelurahan › RT, with the RTs of the kelurahan from the API
    await page.selectOption('[data-testid="u-role"]', 'ketua_rt')
    const kec = kota[0].children.find((k) => k.kode === '15.71.01')
    const kel = kec.children.find((k) => k.kode === '15.71.01.1001')
    await page.selectOption('[data-testid="u-area-kecamatan"]', kec.kode)
    await page.selectOption('[data-testid="u-area-kelurahan"]', kel.kode)
    const rts = (await apiGet(page, `/regions/${kel.kode}/rts`)).body.items
    await page.waitForSelector(`[data-testid="u-area-rt"] option[value="${rts[1].kode}"]`, { state: 'attached' })
    equal(await page.locator('[data-testid="u-area-rt"] option').count(), rts.length + 1, 'RT = API')
    await page.selectOption('[data-testid="u-area-rt"]', rts[1].kode)
    const shown = await text(page, '[data-testid="u-area-kode"]')
    assert(shown.includes(`${kec.nama} › ${kel.nama} › RT ${String(rts[1].nomor).padStart(3, "0")}`) && shown.includes(rts[1].kode), `pilihan tampil dengan nama: ${shown}`)
    await shot(page, 'pilih-wilayah-01-rt-1366')
    const username = `rt.pilih.${Date.now() % 100000}`
    await page.fill('[data-testid="u-username"]', username)
    await page.fill('[data-testid="u-nama"]', 'Ketua RT Dipilih')
    await page.fill('[data-testid="u-password"]', 'kata-sandi-uji-panjang')
    await page.click('[data-testid="u-simpan"]')
    await page.waitForSelector(`[data-testid="daftar-pengguna"] li[data-username="${username}"]`)
    const made = (await apiGet(page, '/users')).body.items.find((u) => u.username === username)
    equal(made.area, rts[1].kode, 'akun dibuat dengan kode RT yang dipilih')
    equal(made.role, 'ketua_rt', 'peran')
    // the picker starts again for the next account, the kab/kota kept
    equal(await page.inputValue('[data-testid="u-area-kecamatan"]'), '', 'pemilih kosong lagi')
    await shot(page, 'pilih-wilayah-02-tersimpan-1366')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
