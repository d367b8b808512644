// Issue 17 item 2 (and item 9's duplicate warning while typing): a NIK that contradicts the typed
// birth date is said at once in the form, a NIK already registered in the RT is said before saving
// (within what the lookup may tell an RT head: their own RT), and the kelurahan operator sees the
// flag, the birth date and the sex in the queue; verification is refused until a reason is given,
// then it goes through and the reason is kept. The RT head at 360 px, the operator at 1366 px.
export default (journeys, h) => {
  const { BASE, apiGet, assert, equal, freshPage, login, openMenu, shot, guideShot, text, waitText } = h
  // A man of Telanaipura born 17/08/1985 by his NIK, typed as born 18/08/1985.
  const NIK = `157101170885${String(5000 + Math.floor(Math.random() * 999)).padStart(4, '0')}`
  const NAMA = 'Nik Konsisten Uji'
  let saved = null

  journeys.push(['NIK konsisten: ketua RT melihat peringatan tanggal lahir dan NIK yang sudah terdaftar saat mengetik (360 px)', async () => {
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await login(page, 'ketua.rt')
    // a worker of this RT, whose full NIK the RT head may see (the reveal is audited)
    const some = (await apiGet(page, '/workers?limit=1&sort=dibuat')).body.items[0]
    const full = (await apiGet(page, `/workers/${some.id}?nik=lengkap`)).body
    await page.goto(`${BASE}/pekerja/baru`)
    await page.waitForSelector('#nik')
    await page.fill('#nik', full.nik)
    await page.waitForSelector('[data-testid="nik-ganda"]')
    const dup = await text(page, '[data-testid="nik-ganda"]')
    assert(dup.includes(`NIK ini sudah terdaftar atas nama ${full.nama}, RT ${String(full.rt).padStart(3, '0')}`), `peringatan NIK ganda: ${dup}`)
    assert(await page.locator(`[data-testid="nik-ganda"] a[href="/pekerja/${full.id}"]`).count() === 1, 'tautan ke data yang sudah ada')
    await shot(page, 'nik-01-ganda-360')
    await guideShot(page, 'rt-05-nik-ganda', { viewport: true })

    // another NIK: the duplicate warning goes, the birth date typed contradicts it
    await page.fill('#nik', NIK)
    await page.locator('#tanggal_lahir').pressSequentially('18081985')
    await page.click('text=Laki-laki')
    await page.waitForSelector('[data-testid="nik-peringatan"]')
    const warn = await text(page, '[data-testid="nik-peringatan"]')
    assert(warn.includes('Tanggal lahir 18/08/1985 tidak sesuai dengan NIK (NIK menunjukkan 17/08/1985)'), `peringatan tanggal lahir: ${warn}`)
    assert(!warn.includes('Jenis kelamin'), 'jenis kelamin sesuai NIK: tidak diperingatkan')
    await page.waitForTimeout(800) // the lookup of the new NIK has answered: not registered
    equal(await page.locator('[data-testid="nik-ganda"]').count(), 0, 'NIK baru tidak ditandai ganda')
    // the warning sits right under the fields, on the phone's first screens
    const box = await page.locator('[data-testid="nik-peringatan"]').boundingBox()
    assert(box && box.width <= 360, 'peringatan muat di layar 360 px')
    await shot(page, 'nik-02-peringatan-360')
    await guideShot(page, 'rt-06-peringatan-nik', { viewport: true })

    // a warning does not stop the save; the answer carries it
    await page.fill('#nama', NAMA)
    await page.selectOption('#pekerjaan', 'becak')
    await page.fill('#penghasilan', '900000')
    await page.check('#persetujuan')
    await page.click('[data-testid="simpan"]')
    await page.waitForSelector('[data-testid="tersimpan"]')
    saved = (await apiGet(page, `/workers?q=${NIK}`)).body.items[0]
    equal(saved.peringatan.length, 1, 'peringatan tersimpan bersama data')
    equal(saved.peringatan[0].kolom, 'tanggal_lahir', 'peringatan menyebut tanggal lahir')
    await page.close()
  }])

  journeys.push(['NIK konsisten: operator kelurahan melihat tanda di antrean, verifikasi ditolak lalu diterima dengan alasan (1366 px)', async () => {
    assert(saved, 'pekerja dengan NIK tidak sesuai sudah dicatat oleh perjalanan sebelumnya')
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'operator.kelurahan')
    await openMenu(page, 'nav-verifikasi')
    await page.waitForURL(/\/verifikasi/)
    await page.fill('#v-cari', NAMA)
    const row = `[data-testid="antrean"] li[data-id="${saved.id}"]`
    await page.waitForSelector(`${row} [data-testid="tanda-nik"]`)
    const lahir = await text(page, `${row} [data-testid="lahir-jk"]`)
    assert(lahir.includes('18/08/1985') && lahir.includes('Laki-laki'), `tanggal lahir dan jenis kelamin di antrean: ${lahir}`)
    assert((await text(page, `[data-testid="peringatan-nik-${saved.id}"]`)).includes('NIK menunjukkan 17/08/1985'), 'isi peringatan di antrean')
    await shot(page, 'nik-03-antrean-1366')
    await guideShot(page, 'kel-02-antrean-peringatan-nik', { viewport: true })

    // refused: the server's reason opens the reason form
    await page.click(`[data-testid="verif-${saved.id}"]`)
    await page.click(`[data-testid="yakin-verif-${saved.id}"]`) // confirmed before it is sent (issue 17 item 9)
    await page.waitForSelector(`[data-testid="abaikan-${saved.id}"]`)
    assert((await text(page, `[data-testid="abaikan-galat-${saved.id}"]`)).includes('Tanggal lahir 18/08/1985'), 'alasan penolakan menyebut tanggal lahir')
    equal((await apiGet(page, `/workers/${saved.id}`)).body.status, 'didata', 'belum diverifikasi')
    // too short, then a real reason
    await page.fill(`[data-testid="abaikan-${saved.id}"]`, 'cek')
    await page.click(`[data-testid="kirim-abaikan-${saved.id}"]`)
    await page.waitForSelector(`[data-testid="abaikan-galat-${saved.id}"]:has-text("10 huruf")`)
    const why = 'KTP asli dicocokkan: lahir 18/08/1985, NIK lama belum diperbarui Dukcapil'
    await page.fill(`[data-testid="abaikan-${saved.id}"]`, why)
    await guideShot(page, 'kel-03-alasan-peringatan-nik', { element: row })
    await page.click(`[data-testid="kirim-abaikan-${saved.id}"]`)
    await waitText(page, `[data-testid="hasil-${saved.id}"]`, 'Diverifikasi')
    const history = (await apiGet(page, `/workers/${saved.id}/verifications`)).body.items
    assert(history[history.length - 1].alasan.includes(why), 'alasan mengabaikan peringatan tersimpan bersama keputusan')
    await shot(page, 'nik-04-diverifikasi-1366')
    await page.close()
  }])
}
