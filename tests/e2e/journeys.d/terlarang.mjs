// Issue 17 item 9: a forbidden URL shows a page that says so, not a silent bounce home. The guard's
// refusal (a role without the permission) and the API's 403 on a page's first load (an area outside
// the account's) both show "Tidak diizinkan", distinct from the 404 page.
export default (journeys, h) => {
  journeys.push(['terlarang: halaman yang tidak boleh dibuka peran ini berkata demikian (1366 px dan 360 px)', async () => {
    const { BASE, assert, equal, freshPage, login, shot, text } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'operator.kelurahan')
    // the router's guard: the users screen needs manage_users
    await page.goto(`${BASE}/pengguna`)
    await page.waitForSelector('[data-testid="terlarang"]')
    equal(new URL(page.url()).pathname, '/pengguna', 'alamat yang diminta tetap di bilah alamat')
    equal(await text(page, '[data-testid="terlarang"] h1'), 'Tidak diizinkan', 'judul')
    assert((await text(page, '[data-testid="terlarang"]')).includes('Akun Anda (Operator kelurahan) tidak diizinkan membuka halaman ini'), 'peran disebut dengan kata-kata')
    equal(await page.title(), 'Tidak diizinkan · Lindungi', 'judul tab')
    await shot(page, 'terlarang-01-pengguna-1366')
    // another screen of another permission (manage_funding)
    await page.goto(`${BASE}/pendanaan`)
    await page.waitForSelector('[data-testid="terlarang"]')
    // the API's 403 on a page load: workers of another kab/kota
    await page.goto(`${BASE}/pekerja?wilayah=15.72`)
    await page.waitForSelector('[data-testid="terlarang-alasan"]')
    assert((await text(page, '[data-testid="terlarang-alasan"]')).includes('di luar kewenangan'), 'alasan server tampil')
    await shot(page, 'terlarang-02-api-403-1366')
    // a page that does not exist is the 404 page, not this one
    await page.goto(`${BASE}/halaman-yang-tidak-ada`)
    await page.waitForSelector('text=Halaman tidak ditemukan')
    equal(await page.locator('[data-testid="terlarang"]').count(), 0, '404 bukan halaman terlarang')
    // the link home leads to the role's home, where nothing is refused
    await page.goto(`${BASE}/audit`)
    await page.click('[data-testid="terlarang-beranda"]')
    await page.waitForURL(/\/dasbor$/)
    equal(await page.locator('[data-testid="terlarang"]').count(), 0, 'beranda terbuka')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()

    // the RT head on a phone
    const rt = await freshPage()
    await rt.setViewportSize({ width: 360, height: 740 })
    await login(rt, 'ketua.rt')
    await rt.goto(`${BASE}/verifikasi`)
    await rt.waitForSelector('[data-testid="terlarang"]')
    assert((await text(rt, '[data-testid="terlarang"]')).includes('(Ketua RT)'), 'peran ketua RT disebut')
    const wide = await rt.evaluate(() => document.documentElement.scrollWidth)
    assert(wide <= 360, `lebar halaman ${wide} px > 360 px`)
    await shot(rt, 'terlarang-03-ketua-rt-360')
    await rt.goto(`${BASE}/bpjs`)
    await rt.waitForSelector('[data-testid="terlarang"]')
    await rt.click('[data-testid="terlarang-beranda"]')
    await rt.waitForURL(/\/rt$/)
    await rt.close()
  }])
}
