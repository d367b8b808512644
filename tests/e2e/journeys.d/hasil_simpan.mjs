// Issue 17 item 3: every save shows its outcome next to the button that caused it, offline too.
// One journey walks the save buttons below with the network cut (context.setOffline) and asserts
// that the "nothing was saved" message is visible and within 200 px below (or beside) its button.
// Covered here (staff, 1366 px): funding — new funder (dana-simpan), budget (pagu-simpan); new
// claim event (simpan-kejadian); card batch — print (kartu-cetak), hand over the batch
// (kartu-serahkan-semua) when it has printed cards. Covered elsewhere with the same assertion:
// the worker edit (ubah_pekerja.mjs, 360 px), the holiday form (journeys.mjs, "hari libur").
// Not yet walked offline: claim detail (cover, documents, submit, decision, payment), allocation,
// and the other screens listed in the report of branch h-save.
export default (journeys, h) => {
  const { BASE, assert, equal, freshPage, login, apiGet } = h

  // Clicks `button` with the network cut and checks the outcome `outcome` appears close to it.
  async function offlineSave(page, label, button, outcome) {
    await h.browser.setOffline(true)
    try {
      const b = page.locator(button)
      await b.scrollIntoViewIfNeeded()
      await b.click()
      const m = page.locator(`${outcome}[data-kind="offline"]`)
      await m.waitFor()
      assert(await m.isVisible(), `${label}: pesan terlihat`)
      equal((await m.innerText()).trim().split('\n')[0], 'Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.', `${label}: pesan tanpa sinyal`)
      const bb = await b.boundingBox()
      const mb = await m.boundingBox()
      assert(bb && mb, `${label}: tombol dan pesan terlihat`)
      const gap = mb.y - (bb.y + bb.height)
      assert(gap >= -bb.height && gap <= 200, `${label}: pesan dekat tombol (tombol berakhir di ${Math.round(bb.y + bb.height)} px, pesan mulai ${Math.round(mb.y)} px)`)
    } finally {
      await h.browser.setOffline(false)
    }
  }

  journeys.push(['hasil simpan tanpa sinyal (1366 px): pesan di samping tombol untuk pendanaan, anggaran, kejadian klaim, kartu BPJS', async () => {
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    const covered = []

    // funding: a new funder, and a budget
    await page.goto(`${BASE}/pendanaan`)
    await page.waitForSelector('[data-testid="pagu-simpan"]')
    if (!(await page.locator('[data-testid="dana-kode"]').isVisible())) await page.click('[data-testid="buka-tambah-dana"]')
    await page.fill('[data-testid="dana-kode"]', 'uji_tanpa_sinyal')
    await page.fill('[data-testid="dana-nama"]', 'Dana uji tanpa sinyal')
    await offlineSave(page, 'tambah sumber dana', '[data-testid="dana-simpan"]', '[data-testid="dana-pesan"]')
    covered.push('dana-simpan')
    await page.fill('[data-testid="pagu-nilai"]', '1.000.000')
    await offlineSave(page, 'simpan pagu', '[data-testid="pagu-simpan"]', '[data-testid="pagu-pesan"]')
    covered.push('pagu-simpan')
    const funders = (await apiGet(page, '/funders')).body.items
    assert(!funders.some((f) => f.kode === 'uji_tanpa_sinyal'), 'tanpa sinyal tidak ada sumber dana baru')

    // a new claim event for a worker
    const worker = (await apiGet(page, '/workers?limit=1')).body.items[0]
    await page.goto(`${BASE}/pekerja/${worker.id}/kejadian`)
    await page.waitForSelector('[data-testid="form-kejadian"]')
    await page.fill('#tanggal', h.TODAY_DMY)
    await offlineSave(page, 'catat kejadian', '[data-testid="simpan-kejadian"]', '[data-testid="galat-kejadian"]')
    covered.push('simpan-kejadian')

    // a card batch: print, and hand over
    const batches = (await apiGet(page, '/cards/batches?limit=100')).body.items
    const batch = batches.find((b) => b.diminta + b.dicetak > 0)
    if (batch) {
      await page.goto(`${BASE}/kartu/${batch.id}`)
      await page.waitForSelector('[data-testid="kartu-cetak"]')
      await offlineSave(page, 'cetak kartu', '[data-testid="kartu-cetak"]', '[data-testid="kartu-pesan"]')
      covered.push('kartu-cetak')
      if (batch.dicetak > 0) {
        await offlineSave(page, 'serahkan semua kartu', '[data-testid="kartu-serahkan-semua"]', '[data-testid="kartu-pesan"]')
        covered.push('kartu-serahkan-semua')
      }
    }
    console.log(`    tombol simpan diuji tanpa sinyal: ${covered.join(', ')}`)
    assert(covered.length >= 3, `tombol yang diuji: ${covered.join(', ')}`)
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
