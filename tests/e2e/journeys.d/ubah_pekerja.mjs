// Issue 17 items 1, 3 and 9: the RT head corrects a rejected worker on a 360 px phone and sends it
// back to the verification queue, where the kelurahan operator finds it; edits a heir's birth
// date; saves while offline and reads the outcome beside the button, inside the screen. Then the
// same edit screen at 1366 px.
const RT = '15.71.01.1001.001'

export default (journeys, h) => {
  const { apiWrite, BASE, assert, equal, freshPage, login, apiGet, shot, guideShot, TODAY_YEAR } = h

  journeys.push(['ubah pekerja (ketua RT, 360 px): perbaiki data yang ditolak, ajukan ulang, tanggal lahir ahli waris, simpan tanpa sinyal; layar ubah 1366 px', async () => {
    // 1. A rejected worker of the RT: one of the demo's, or one the kelurahan operator rejects now.
    let page = await freshPage()
    await login(page, 'ketua.rt')
    const rejected = (await apiGet(page, `/workers?wilayah=${RT}&status=ditolak&limit=100`)).body.items
    let target = null
    for (const w of rejected) {
      const d = (await apiGet(page, `/workers/${w.id}`)).body
      if (!d.alasan.startsWith('Duplikat')) { target = d; break } // a duplicate is for the duplicates review
    }
    await page.close()
    if (!target) {
      page = await freshPage()
      await login(page, 'operator.kelurahan')
      const open = (await apiGet(page, `/workers?wilayah=${RT}&status=didata&limit=1`)).body.items
      assert(open.length > 0, 'RT 001 punya pekerja berstatus Didata untuk ditolak')
      const d = (await apiGet(page, `/workers/${open[0].id}`)).body
      const r = await apiWrite(page, 'POST', `/workers/${d.id}/reject`, { alasan: 'Penghasilan di atas Rp6 juta per bulan (hasil verifikasi lapangan)', versi: d.versi })
      equal(r.status, 200, `operator kelurahan menolak ${d.nama}`)
      target = r.body
      await page.close()
    }
    const id = target.id

    // 2. The RT head opens it on a phone, reads why it was rejected, corrects and resubmits.
    page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await login(page, 'ketua.rt')
    await page.goto(`${BASE}/pekerja/${id}`)
    await page.waitForSelector('[data-testid="alasan-tolak"]')
    assert((await h.text(page, '[data-testid="alasan-tolak"]')).includes(target.alasan), 'alasan penolakan tampil di rincian')
    equal(await h.text(page, '[data-testid="ubah-pekerja"]'), 'Perbaiki dan ajukan ulang', 'tombol di rincian pekerja ditolak')
    await page.click('[data-testid="ubah-pekerja"]')
    await page.waitForURL(new RegExp(`/pekerja/${id}/ubah$`))
    await page.waitForSelector('#penghasilan')
    assert((await h.text(page, '[data-testid="alasan-tolak"]')).includes(target.alasan), 'alasan penolakan tampil di layar ubah')
    equal(await page.inputValue('#nama'), target.nama, 'formulir terisi data tersimpan')
    assert(!(await page.inputValue('#nik')).includes('*'), 'NIK lengkap untuk diperbaiki')
    await h.fits(page, 'layar ubah pekerja')
    await shot(page, 'ubah-pekerja-ditolak-360')
    await guideShot(page, 'rt-07-ditolak-perbaiki', { viewport: true })
    await page.fill('#penghasilan', '1.500.000')
    await page.click('[data-testid="ajukan-ulang"]')
    await page.waitForSelector('[data-testid="hasil-simpan"][data-kind="ok"]')
    assert((await h.text(page, '[data-testid="hasil-simpan"]')).includes('diajukan ulang ke antrean verifikasi'), 'pesan: tersimpan dan diajukan ulang')
    const back = (await apiGet(page, `/workers/${id}`)).body
    equal(back.status, 'didata', 'kembali berstatus Didata')
    equal(back.penghasilan, 1500000, 'penghasilan yang diperbaiki tersimpan')
    await shot(page, 'ubah-pekerja-diajukan-ulang-360')
    await guideShot(page, 'rt-08-diajukan-ulang', { viewport: true })

    // 3. A child's birth date (scholarships need it): the first child among the heirs, or a new one.
    await page.goto(`${BASE}/pekerja/${id}/ubah`)
    await page.waitForSelector('#penghasilan')
    const heirs = await page.locator('select[id^="aw-hub-"]').evaluateAll((list) => list.map((s) => s.value))
    let child = heirs.indexOf('anak')
    if (child < 0) {
      child = heirs.length
      await page.click('[data-testid="tambah-ahli-waris"]')
      await page.fill(`#aw-nama-${child}`, 'Anak Uji Beasiswa')
      await page.selectOption(`#aw-hub-${child}`, 'anak')
    }
    const heirYear = TODAY_YEAR - 9
    await page.fill(`#aw-lahir-${child}`, `0502${heirYear}`) // typed on a phone keypad, the slashes come by themselves
    equal(await page.inputValue(`#aw-lahir-${child}`), `05/02/${heirYear}`, 'tanggal lahir ahli waris diketik HHBBTTTT')
    await page.click('[data-testid="simpan"]')
    await page.waitForSelector('[data-testid="hasil-simpan"][data-kind="ok"]')
    assert((await h.text(page, '[data-testid="hasil-simpan"]')).includes('tersimpan'), 'pesan: perubahan tersimpan')
    const withHeir = (await apiGet(page, `/workers/${id}`)).body
    equal(withHeir.ahli_waris[child].tanggal_lahir, `${heirYear}-02-05`, 'tanggal lahir ahli waris tersimpan')

    // 4. No signal: the outcome is beside the button, inside the screen, not 1,400 px above it.
    await page.fill('#alamat', 'Jl. Uji Tanpa Sinyal 5')
    await h.browser.setOffline(true)
    try {
      const button = page.locator('[data-testid="simpan"]')
      await button.click()
      const message = page.locator('[data-testid="hasil-simpan"][data-kind="offline"]')
      await message.waitFor()
      equal((await message.innerText()).trim(), 'Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.', 'pesan tanpa sinyal')
      const b = await button.boundingBox()
      const m = await message.boundingBox()
      const viewport = page.viewportSize()
      assert(m && b, 'tombol dan pesan terlihat')
      assert(m.y >= 0 && m.y + m.height <= viewport.height, `pesan di dalam layar (y ${Math.round(m.y)}–${Math.round(m.y + m.height)} px, layar ${viewport.height} px)`)
      assert(Math.abs(m.y - (b.y + b.height)) <= 48, `pesan tepat di bawah tombol (tombol berakhir di ${Math.round(b.y + b.height)} px, pesan mulai ${Math.round(m.y)} px)`)
      await page.screenshot({ path: `${h.ARTIFACTS}/ubah-pekerja-tanpa-sinyal-360.png` }) // the screen as the RT head sees it
      await guideShot(page, 'rt-10-tanpa-sinyal', { viewport: true })
    } finally {
      await h.browser.setOffline(false)
    }
    equal((await apiGet(page, `/workers/${id}`)).body.alamat, withHeir.alamat, 'tanpa sinyal tidak ada yang tersimpan')

    // 5. The same screen on an office screen.
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${BASE}/pekerja/${id}/ubah`)
    await page.waitForSelector('#penghasilan')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    assert(width <= 1366, `layar ubah 1366 px: lebar ${width} px`)
    assert(await page.locator('[data-testid="simpan"]').isVisible(), 'tombol simpan terlihat di 1366 px')
    await shot(page, 'ubah-pekerja-1366')
    await page.close()

    // 6. The kelurahan operator finds it back in the verification queue, with the buttons to decide.
    page = await freshPage()
    await login(page, 'operator.kelurahan')
    await page.goto(`${BASE}/verifikasi?q=${encodeURIComponent(target.nama)}`)
    await page.waitForSelector(`[data-testid="antrean"] li[data-id="${id}"]`)
    assert(await page.locator(`[data-testid="verif-${id}"]`).isVisible(), 'operator kelurahan dapat memverifikasi data yang diajukan ulang')
    await shot(page, 'ubah-pekerja-kembali-di-antrean')
    await page.close()
  }])
}
