import { recordUsable } from '../timing.mjs'

// Issue 17 item 7: an invoice lists the workers and months it bills, so the city can reconcile it
// with BPJS's bill line by line. City staff at 1366 px opens the demo's APBD Kota Jambi invoice
// of this month, sees its workers (name, masked NIK, KPJ, months as "Desember 2026", Rupiah),
// pages through them, finds the total equal to the invoice's, and downloads the XLSX.
export default (journeys, h) => {
  journeys.push(['tagihan rinci: staf kota membuka tagihan, melihat pekerja dan bulannya (1366 px), mengunduh XLSX', async () => {
    const { freshPage, login, apiGet, waitText, text, shot, downloaded, assert, equal, id, rupiah, monthName, BASE } = h
    const page = await freshPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await login(page, 'admin.kota')
    const list = (await apiGet(page, `/invoices?sumber_dana=apbd_kota&tahun=${h.TODAY_YEAR}`)).body.items
    assert(list.length > 0, 'demo memuat tagihan APBD Kota Jambi tahun ini')
    const newest = list[0]
    // from the list of invoices, as staff would
    await page.goto(`${BASE}/tagihan?sumber_dana=apbd_kota&tahun=${h.TODAY_YEAR}`)
    const row = `[data-testid="daftar-tagihan"] tr[data-id="${newest.id}"]`
    await page.waitForSelector(row)
    const started = Date.now()
    await page.locator(`${row} a`).first().click()
    await page.waitForURL(new RegExp(`/tagihan/${newest.id}$`))
    await page.waitForSelector('[data-testid="tg-pekerja"] tbody tr')
    const usable = Date.now() - started
    recordUsable('1366 px, tanpa pembatasan', 'Rincian tagihan, dari daftar tagihan', usable) // not asserted (tests/e2e/timing.mjs)

    // the first page equals the API's: name, masked NIK, KPJ, months by name, amount
    const inv = (await apiGet(page, `/invoices/${newest.id}?offset=0&limit=50`)).body
    const rows = page.locator('[data-testid="tg-pekerja"] tbody tr')
    equal(await rows.count(), inv.pekerja.items.length, 'baris pekerja halaman pertama')
    for (const k of [0, inv.pekerja.items.length - 1]) {
      const w = inv.pekerja.items[k]
      const tr = `[data-testid="tg-pekerja"] tbody tr[data-id="${w.pekerja_id}"]`
      equal(await text(page, `${tr} [data-col="nama"]`), w.nama, `nama baris ${k + 1}`)
      equal(await text(page, `${tr} [data-col="nik"]`), w.nik, `NIK baris ${k + 1}`)
      assert(/^\d{4}\*+\d{2}$/.test(w.nik), `NIK tersamar: ${w.nik}`)
      if (w.kpj) equal(await text(page, `${tr} [data-col="kpj"]`), w.kpj, `KPJ baris ${k + 1}`)
      const months = w.bulan.map((m) => m.bulan)
      const expected = months.length === 1 ? monthName(months[0]) : `${monthName(months[0])} – ${monthName(months[months.length - 1])}`
      equal(await text(page, `${tr} [data-col="bulan"]`), expected, `bulan baris ${k + 1}`)
      equal(await text(page, `${tr} [data-col="jumlah"]`), rupiah(w.jumlah), `iuran baris ${k + 1}`)
    }
    assert(!(await page.locator('[data-testid="tg-pekerja"]').innerText()).match(/\b\d{4}-\d{2}\b/), 'tidak ada bulan berbentuk 2026-12 di layar')
    equal(await text(page, '[data-testid="tg-jumlah-total"]'), rupiah(inv.total), 'total baris = total tagihan')
    // every line of the invoice, page by page through the API, adds up to its total; none of its
    // workers is one BPJS rejected
    let sum = 0
    let seen = 0
    for (let offset = 0; offset < inv.pekerja.total; offset += 1000) {
      const part = (await apiGet(page, `/invoices/${newest.id}?offset=${offset}&limit=1000`)).body.pekerja.items
      for (const w of part) sum += w.jumlah
      seen += part.length
    }
    equal(seen, inv.pekerja.total, 'semua pekerja tagihan terbaca')
    equal(sum, inv.total, 'jumlah semua baris = total tagihan')
    for (const w of inv.pekerja.items.slice(0, 5)) {
      const worker = (await apiGet(page, `/workers/${w.pekerja_id}`)).body
      assert(worker.status !== 'ditolak_bpjs', `${w.nama} ditolak BPJS tetapi ditagih`)
    }
    await shot(page, 'tagihan-rinci-1366')

    // the next page, when there is one
    if (inv.pekerja.total > 50) {
      await page.click('[data-testid="tg-berikutnya"]')
      await waitText(page, '[data-testid="tg-halaman"]', `Pekerja 51–${id(Math.min(100, inv.pekerja.total))} dari ${id(inv.pekerja.total)}`)
      const second = (await apiGet(page, `/invoices/${newest.id}?offset=50&limit=50`)).body.pekerja.items
      equal(await text(page, '[data-testid="tg-pekerja"] tbody tr:first-child [data-col="nama"]'), second[0].nama, 'halaman kedua')
    }

    // the XLSX of the invoice
    const file = await downloaded(page, '[data-testid="tg-unduh-xlsx"]')
    equal(file.name, `tagihan-${inv.nomor}.xlsx`, 'nama berkas XLSX')
    equal(file.head, 'PK', 'berkas XLSX (ZIP)')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
