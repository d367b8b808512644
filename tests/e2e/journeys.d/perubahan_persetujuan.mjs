// Issue 16 item 4 and issue 19 item 9: an RT head changes the income of a verified worker on a
// 360 px phone; the change waits, unapplied, for a second person; the kelurahan operator, at 1366 px,
// approves it in the verification screen, and it applies. The operator also rejects a worker with a
// reason at 1366 px. The screenshots are the guide's (docs/id/PANDUAN-RT-KELURAHAN.md).
const RT = '15.71.01.1001.001'

export default (journeys, h) => {
  const { apiWrite, BASE, assert, equal, freshPage, login, apiGet, guideShot, text, waitText } = h

  journeys.push(['perubahan data terverifikasi: ketua RT mengubah penghasilan (360 px), menunggu persetujuan, operator kelurahan menyetujui (1366 px); penolakan dengan alasan', async () => {
    // 1. A verified worker of the RT without a change waiting: one of the demo's, or one the
    //    kelurahan operator verifies now (a worker the RT head recorded: the operator is the checker).
    let page = await freshPage()
    await login(page, 'operator.kelurahan')
    const waiting = new Set((await apiGet(page, '/worker-changes?status=menunggu')).body.items.map((c) => c.pekerja_id))
    let target = (await apiGet(page, `/workers?wilayah=${RT}&status=diverifikasi&limit=100`)).body.items.find((w) => !waiting.has(w.id))
    if (!target) {
      const open = (await apiGet(page, `/workers?wilayah=${RT}&status=didata&limit=100`)).body.items
      for (const w of open) {
        const d = (await apiGet(page, `/workers/${w.id}`)).body
        const r = await apiWrite(page, 'POST', `/workers/${d.id}/verify`, { alasan: '', versi: d.versi, alasan_abaikan_peringatan: '' })
        if (r.status === 200) { target = r.body; break }
      }
    }
    assert(target, `RT ${RT} punya pekerja terverifikasi untuk diubah`)
    const before = (await apiGet(page, `/workers/${target.id}`)).body
    await page.close()
    const income = before.penghasilan === 1750000 ? 1850000 : 1750000

    // 2. The RT head changes the income: the answer says it waits for approval and is not applied.
    page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await login(page, 'ketua.rt')
    await page.goto(`${BASE}/pekerja/${target.id}/ubah`)
    await page.waitForSelector('#penghasilan')
    await page.waitForSelector('[data-testid="catatan-periksa-ulang"]')
    await page.fill('#penghasilan', String(income))
    await page.click('[data-testid="simpan"]')
    await page.waitForSelector('[data-testid="hasil-simpan"][data-kind="pending"]')
    assert((await text(page, '[data-testid="hasil-simpan"]')).includes('belum berlaku sampai disetujui'), 'pesan: menunggu persetujuan')
    await guideShot(page, 'rt-09-menunggu-persetujuan', { viewport: true })
    equal((await apiGet(page, `/workers/${target.id}`)).body.penghasilan, before.penghasilan, 'penghasilan belum berubah sebelum disetujui')
    // the record says so too
    await page.goto(`${BASE}/pekerja/${target.id}`)
    await page.waitForSelector('[data-testid="status-pekerja"]')
    await page.close()

    // 3. The kelurahan operator, on an office screen, finds the change and approves it.
    page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'operator.kelurahan')
    await page.goto(`${BASE}/verifikasi`)
    const changes = (await apiGet(page, `/worker-changes?status=menunggu&pekerja_id=${target.id}`)).body.items
    equal(changes.length, 1, 'satu perubahan menunggu')
    const change = changes[0]
    equal(change.diajukan_oleh, 'ketua.rt', 'diajukan oleh ketua RT')
    const card = page.locator(`[data-testid="perubahan-${change.id}"]`)
    await card.waitFor()
    assert((await card.innerText()).includes(before.nama), 'nama pekerja di perubahan')
    await card.scrollIntoViewIfNeeded()
    await guideShot(page, 'kel-05-perubahan-menunggu', { element: '[data-testid="perubahan-tertunda"]' })
    // without a signal the decision says so under its buttons (issue 17 item 3)
    await h.offlineSave(page, 'setujui perubahan', `[data-testid="setujui-${change.id}"]`, `[data-testid="perubahan-hasil-${change.id}"]`)
    await page.click(`[data-testid="setujui-${change.id}"]`)
    await card.locator('.pesan.sukses').waitFor()
    equal((await apiGet(page, `/workers/${target.id}`)).body.penghasilan, income, 'penghasilan berlaku setelah disetujui')
    equal((await apiGet(page, `/worker-changes?status=semua&pekerja_id=${target.id}`)).body.items[0].status, 'disetujui', 'perubahan disetujui')

    // 4. A rejection at 1366 px: the reason is asked for, then kept.
    const queue = (await apiGet(page, '/workers?status=didata&sort=dibuat&limit=25')).body.items
    const other = queue[queue.length - 1]
    assert(other, 'antrean verifikasi tidak kosong')
    await page.goto(`${BASE}/verifikasi?q=${encodeURIComponent(other.nama)}`)
    await page.waitForSelector(`[data-testid="antrean"] li[data-id="${other.id}"]`)
    await page.click(`[data-testid="tolak-${other.id}"]`)
    const why = 'Tidak tinggal di RT ini lagi (dicek ke rumahnya)'
    await page.fill(`[data-testid="alasan-${other.id}"]`, why)
    await guideShot(page, 'kel-04-tolak-alasan', { element: `[data-testid="antrean"] li[data-id="${other.id}"]` })
    await page.click(`[data-testid="kirim-tolak-${other.id}"]`)
    await waitText(page, `[data-testid="hasil-${other.id}"]`, 'Ditolak')
    const history = (await apiGet(page, `/workers/${other.id}/verifications`)).body.items
    equal(history[history.length - 1].alasan, why, 'alasan penolakan tersimpan')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
