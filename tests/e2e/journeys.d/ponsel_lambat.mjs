// Issue 17 ("the RT head's journeys also run under a throttled phone profile (1.6 Mbps, 150 ms,
// CPU 4x slower): no page of theirs over 3 s") and issue 21 item 5: the RT head's pages on a cheap
// phone with weak data, each timed from the address to the moment it can be used (its data shown,
// its button there). First with an empty browser cache, then again as on every later day. The
// times are written down (tests/e2e/timing.mjs: waktu-siap.json and the run's last table, and
// docs/PERFORMANCE.md), not asserted; the journey asserts that every page did become usable.
import { recordUsable, timeToUsable } from '../timing.mjs'

const RT = '15.71.01.1001.001'

export default (journeys, h) => {
  const { BASE, PASSWORD, assert, freshPage, apiGet, browser } = h

  journeys.push(['ketua RT di ponsel lambat (1,6 Mbps, 150 ms, CPU 4x): waktu siap setiap halamannya, pertama kali dan sesudahnya', async () => {
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 740 })
    page.usableProfile = 'ponsel lambat, pengamat halaman' // freshPage's watcher, apart from the unthrottled pages
    const cdp = await browser.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    // a first visit is a first visit: no service worker and none of its files from earlier journeys
    // (issue 21: the app's files are kept on the phone after the first visit)
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister()
      for (const name of await caches.keys()) await caches.delete(name)
    })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

    const first = 'ponsel lambat, pertama kali'
    recordUsable(first, 'Masuk', await timeToUsable(page, `${BASE}/masuk`, '[data-testid="login-submit"]'))
    await page.fill('#username', 'ketua.rt')
    await page.fill('#password', PASSWORD)
    let started = Date.now()
    await page.click('[data-testid="login-submit"]')
    await page.waitForSelector('[data-testid="rt-jumlah"]', { timeout: 30000 })
    recordUsable(first, 'Beranda RT, sesudah tombol Masuk', Date.now() - started)

    const listed = (await apiGet(page, `/workers?wilayah=${RT}&limit=1`)).body.items
    assert(listed.length > 0, 'RT 001 punya pekerja')
    const id = listed[0].id
    const pages = [
      ['Beranda RT', '/rt', '[data-testid="rt-jumlah"]'],
      ['Daftar pekerja', '/pekerja', '[data-testid="jumlah"]'],
      ['Tambah pekerja', '/pekerja/baru', '[data-testid="simpan"]'],
      ['Rincian pekerja', `/pekerja/${id}`, '[data-testid="nama-pekerja"]'],
      ['Ubah pekerja', `/pekerja/${id}/ubah`, '[data-testid="simpan"]'],
      ['Unggah spreadsheet', '/impor', '[data-testid="impor-berkas"]'],
      ['Klaim', '/klaim', '[data-testid="jumlah-klaim"]'],
    ]
    for (const [round, label] of [[1, first], [2, 'ponsel lambat, sesudahnya (tersimpan di ponsel)']]) {
      // after the first visit the service worker has kept the app's files (sw/sw.ts)
      if (round === 2) await page.evaluate(() => navigator.serviceWorker.ready)
      for (const [name, path, selector] of pages) {
        if (round === 1 && path === '/rt') continue // measured above, straight after logging in
        recordUsable(label, name, await timeToUsable(page, `${BASE}${path}`, selector))
      }
    }
    // In the app, as an RT head moves: from the home screen to the form, without a reload.
    await page.goto(`${BASE}/rt`)
    await page.waitForSelector('[data-testid="rt-tambah"]', { timeout: 30000 })
    started = Date.now()
    await page.click('[data-testid="rt-tambah"]')
    await page.waitForSelector('[data-testid="simpan"]', { timeout: 30000 })
    recordUsable('ponsel lambat, di dalam aplikasi', 'Beranda RT -> Tambah pekerja', Date.now() - started)
    // With no signal at all (issue 21): the RT home from the phone, ready to record a worker.
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    await h.browser.setOffline(true)
    try {
      recordUsable('ponsel lambat, tanpa sinyal', 'Beranda RT', await timeToUsable(page, `${BASE}/rt`, '[data-testid="rt-tambah"]'))
      recordUsable('ponsel lambat, tanpa sinyal', 'Tambah pekerja', await timeToUsable(page, `${BASE}/pekerja/baru`, '[data-testid="simpan"]'))
    } finally {
      await h.browser.setOffline(false)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    }
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await cdp.detach()
    await page.close()
  }])
}
