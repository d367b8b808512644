// Issue 20 item 4: the message screens. The city admin (1366 px) sees the outbox by state, edits a
// template (a preview names an unknown blank before anything is saved; the corrected text is saved
// and audited); on a worker's page (360 px) the messages to them and their heirs, and the consent
// with its opt-out and back. The demo's workers with a phone said yes to messages, and its claims
// and the daily job have written some.
export default (journeys, h) => {
  const { apiGet, BASE, assert, equal, freshPage, login, shot, text } = h
  // A selector's element once it holds `part` (waitText wants the whole text).
  const waitPart = (page, selector, part) => page.locator(selector).filter({ hasText: part }).first().waitFor()

  journeys.push(['pesan: kotak keluar per keadaan, templat dengan pratinjau, pesan dan persetujuan di halaman pekerja', async () => {
    let page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    const all = (await apiGet(page, '/messages?limit=1')).body
    assert(all.total > 0, `demo punya pesan: ${all.total}`)
    await page.goto(`${BASE}/pesan`)
    await page.waitForSelector('[data-testid="daftar-pesan"]')
    assert((await text(page, '[data-testid="tab-semua"]')).includes(String(all.total).replace(/\B(?=(\d{3})+(?!\d))/g, '.')), 'jumlah semua pesan di tab')
    // states in words, never the codes
    const states = await page.locator('[data-testid="status-pesan"]').allTextContents()
    assert(states.length > 0 && states.every((s) => ['dalam antrean', 'terkirim', 'gagal'].includes(s.trim())), `keadaan: ${states.join(', ')}`)
    const body = await text(page, '[data-testid="daftar-pesan"]')
    assert(!/\d{16}/.test(body), 'tidak ada NIK lengkap di kotak keluar')
    await page.click('[data-testid="tab-antre"]')
    await page.waitForSelector('[data-testid="daftar-pesan"], [data-testid="pesan-kosong"]')
    await shot(page, 'pesan-01-kotak-keluar-1366')

    // the templates: a blank the event does not have is named by the preview, then saved corrected
    await page.click('[data-testid="ke-templat"]')
    await page.waitForSelector('[data-testid="templat-kartu_siap"]')
    await page.fill('[data-testid="isi-kartu_siap"]', 'Yth. {nama}, kartu Anda siap di Kantor Kelurahan {kelurahan} pada {tanggal}.')
    await page.click('[data-testid="pratinjau-kartu_siap"]')
    await waitPart(page, '[data-testid="masalah-kartu_siap"]', "Isian 'tanggal' tidak dikenal")
    assert((await text(page, '[data-testid="hasil-pratinjau-kartu_siap"]')).includes('Yth. Siti Aminah'), 'pratinjau dengan contoh data')
    const audits = (await apiGet(page, '/audit?limit=1')).body.total
    await page.fill('[data-testid="isi-kartu_siap"]', 'Yth. {nama}, kartu peserta Anda (KPJ {kpj}) siap diambil di Kantor Kelurahan {kelurahan}.')
    await page.click('[data-testid="simpan-kartu_siap"]')
    await waitPart(page, '[data-testid="templat-hasil"]', 'disimpan')
    equal((await apiGet(page, '/audit?limit=1')).body.total, audits + 1, 'perubahan templat diaudit')
    await shot(page, 'pesan-02-templat-1366')
    await page.close()

    // a worker's page at 360 px: their messages and their consent, stopped and resumed
    page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await login(page, 'admin.kota')
    const m = (await apiGet(page, '/messages?limit=1')).body.items[0]
    await page.goto(`${BASE}/pekerja/${m.pekerja_id}`)
    await page.waitForSelector('[data-testid="pesan-pekerja"] li')
    assert((await text(page, '[data-testid="pesan-pekerja"]')).includes(m.templat_judul), 'pesan pekerja tampil')
    const consent = (await apiGet(page, `/workers/${m.pekerja_id}`)).body.setuju_pesan
    await page.click('[data-testid="ubah-persetujuan-pesan"]')
    await waitPart(page, '[data-testid="persetujuan-hasil"]', consent ? 'tidak akan menerima pesan' : 'akan menerima pesan lagi')
    equal((await apiGet(page, `/workers/${m.pekerja_id}`)).body.setuju_pesan, !consent, 'persetujuan berubah')
    await shot(page, 'pesan-03-pekerja-360')
    await page.click('[data-testid="ubah-persetujuan-pesan"]')
    await waitPart(page, '[data-testid="persetujuan-hasil"]', consent ? 'akan menerima pesan lagi' : 'tidak akan menerima pesan')
    equal((await apiGet(page, `/workers/${m.pekerja_id}`)).body.setuju_pesan, consent, 'persetujuan kembali')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
