// Issue 21 items 1, 2 and 6: an RT head records workers with no signal at 360 px. The app is
// installable (its manifest and icons are served) and its shell comes from the service worker;
// with the network cut (context.setOffline) two workers with heirs are kept on the phone, a reload
// offline still opens the app with both waiting, and when the signal returns both are sent, each
// once (the server has exactly those two more). A record the server refuses shows its reason on
// the phone's list, opens in the form with the reason under its field, and once corrected is sent.
// "Never twice" end to end: each draft is sent with its id as the Idempotency-Key, and a send whose
// answer is lost after the server wrote the worker (the connection drops on the way back) is sent
// again by the phone with the same key and answered from the server's idempotency record
// (`Idempotent-Replayed: true`): one worker, the draft terkirim.
const RT = '15.71.01.1001.001'

export default (journeys, h) => {
  const { BASE, assert, equal, freshPage, login, apiGet, nikFor, guideShot } = h
  const serial = () => String(5000 + Math.floor(Math.random() * 4000)).padStart(4, '0')

  async function fill(page, w) {
    await page.waitForSelector('[data-testid="simpan"]')
    await page.fill('#nik', w.nik)
    await page.fill('#nama', w.nama)
    await page.locator('#tanggal_lahir').pressSequentially(w.lahir)
    await page.click(w.sex === 'P' ? 'text=Perempuan' : 'text=Laki-laki')
    await page.selectOption('#pekerjaan', 'pedagang_umkm')
    await page.fill('#penghasilan', '1200000')
    if (w.hp) await page.fill('#no_hp', w.hp)
    await page.click('[data-testid="tambah-ahli-waris"]')
    await page.fill('#aw-nama-0', w.waris)
    await page.selectOption('#aw-hub-0', w.sex === 'P' ? 'suami' : 'istri')
    await page.check('#persetujuan')
  }

  journeys.push(['ketua RT tanpa sinyal (360 px): aplikasi terpasang, dua pekerja dicatat luring, muat ulang luring, terkirim sekali saat sinyal kembali; draf ditolak diperbaiki lalu dikirim', async () => {
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 800 })
    const sent = [] // every POST /workers leaving the page, with its Idempotency-Key
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/workers') sent.push({ key: r.headers()['idempotency-key'], nik: JSON.parse(r.postData() ?? '{}').nik })
    })

    // installable: the manifest and its icons as the browser reads them
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href')
      const r = await fetch(href)
      return { href, type: r.headers.get('content-type'), body: await r.json() }
    })
    equal(manifest.href, '/manifest.webmanifest', 'tautan manifest')
    equal(manifest.type, 'application/manifest+json', 'jenis manifest')
    equal(manifest.body.display, 'standalone', 'tampil seperti aplikasi')
    for (const icon of manifest.body.icons) {
      const r = await page.request.get(`${BASE}${icon.src}`)
      equal(r.status(), 200, `ikon ${icon.src}`)
      equal(r.headers()['content-type'], icon.type, `jenis ikon ${icon.src}`)
    }
    assert(manifest.body.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'), 'ikon maskable 512 px')

    await login(page, 'ketua.rt')
    await page.waitForURL(/\/rt$/)
    // the service worker is active, controls the page and has kept the app's files
    await page.evaluate(() => navigator.serviceWorker.ready)
    for (let i = 0; i < 50 && !(await page.evaluate(() => !!navigator.serviceWorker.controller)); i++) await page.waitForTimeout(100)
    assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'service worker mengendalikan halaman')
    const swType = (await page.request.get(`${BASE}/sw.js`)).headers()
    assert(swType['content-type'].startsWith('text/javascript') && swType['cache-control'] === 'no-cache', `sw.js: ${swType['content-type']}, ${swType['cache-control']}`)
    const kept = await page.evaluate(async () => {
      const names = await caches.keys()
      const urls = []
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname)
      return { names, urls }
    })
    assert(kept.urls.includes('/index.html') && kept.urls.some((u) => /^\/assets\/index-.*\.js$/.test(u)), 'kerangka aplikasi tersimpan')
    assert(kept.urls.every((u) => !u.startsWith('/api/') || u === '/api/v1/regions'), `tidak ada jawaban API berisi data orang di cache: ${kept.urls.filter((u) => u.startsWith('/api/')).join(', ')}`)

    const before = (await apiGet(page, `/workers?wilayah=${RT}&limit=1`)).body.total
    const a = { nik: nikFor('1986-04-12', 'L', serial()), nama: 'Rudi Luring', lahir: '12041986', sex: 'L', waris: 'Sari Luring' }
    const b = { nik: nikFor('1991-09-03', 'P', serial()), nama: 'Wati Luring', lahir: '03091991', sex: 'P', waris: 'Joko Luring' }

    // no signal: two workers with their heirs, kept on the phone
    await h.browser.setOffline(true)
    try {
      for (const [i, w] of [a, b].entries()) {
        await page.click('[data-testid="rt-tambah"]')
        await fill(page, w)
        await page.click('[data-testid="simpan"]')
        await page.waitForURL(/\/rt\?simpan=luring$/)
        await page.locator('[data-testid="draf-disimpan"]').filter({ hasText: w.nama }).waitFor()
        equal(await page.locator('[data-testid="draf-menunggu"]').count(), i + 1, `${i + 1} data menunggu`)
      }
      equal(sent.length, 0, 'tanpa sinyal tidak ada yang terkirim')
      // a reload with no signal: the app opens from the phone, the two records are still there
      await page.reload()
      await page.waitForSelector('[data-testid="antrean-luring"]')
      equal(await page.locator('[data-testid="draf-menunggu"]').count(), 2, 'setelah muat ulang tanpa sinyal: 2 data menunggu')
      const states = await page.locator('[data-testid="draf-status"]').allInnerTexts()
      equal(states.join(', '), 'Menunggu dikirim, Menunggu dikirim', 'status per data')
      await h.fits(page, 'antrean luring')
      await guideShot(page, 'rt-luring-antrean')
    } finally {
      await h.browser.setOffline(false)
    }

    // the signal returns: both are sent on their own, each once, each with its own key
    await page.locator('[data-testid="draf-terkirim"]').nth(1).waitFor({ timeout: 30000 })
    equal(await page.locator('[data-testid="draf-terkirim"]').count(), 2, 'dua terkirim')
    equal(sent.length, 2, 'dua pengiriman')
    assert(sent.every((s) => /^[0-9a-f-]{36}$/.test(s.key)) && sent[0].key !== sent[1].key, `Idempotency-Key per data: ${sent.map((s) => s.key).join(', ')}`)
    equal(sent.map((s) => s.nik).sort().join(','), [a.nik, b.nik].sort().join(','), 'yang terkirim adalah kedua data itu')
    equal((await apiGet(page, `/workers?wilayah=${RT}&limit=1`)).body.total, before + 2, 'server punya tepat dua pekerja baru')
    await page.locator('[data-testid="rt-jumlah"]').filter({ hasText: new RegExp(`^\\s*${h.id(before + 2)}\\s*$`) }).waitFor()
    for (const w of [a, b]) {
      const found = (await apiGet(page, `/workers?q=${w.nik}`)).body
      equal(found.total, 1, `${w.nama} tersimpan sekali`)
      const full = (await apiGet(page, `/workers/${found.items[0].id}`)).body
      equal(full.ahli_waris.map((x) => x.nama).join(), w.waris, `ahli waris ${w.nama}`)
    }
    // "Kirim sekarang" and a later reload send nothing more
    await page.reload()
    await page.waitForSelector('[data-testid="antrean-luring"]')
    equal(await page.locator('[data-testid="kirim-draf"]').count(), 0, 'tidak ada lagi yang menunggu')
    equal(sent.length, 2, 'tidak dikirim dua kali')
    await page.click('[data-testid="sembunyikan-terkirim"]')
    await page.locator('[data-testid="antrean-luring"]').waitFor({ state: 'detached' })

    // a send whose answer is lost: the server records the worker, then the connection drops before
    // its answer reaches the phone (the route below lets the request through and cuts the answer)
    const e = { nik: nikFor('1983-06-30', 'P', serial()), nama: 'Sinta Jawaban Hilang', lahir: '30061983', sex: 'P', waris: 'Budi Jawaban' }
    const answers = [] // what the phone received for POST /workers
    const onAnswer = (r) => {
      if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/workers') answers.push({ status: r.status(), replayed: r.headers()['idempotent-replayed'] ?? '' })
    }
    let lost = null
    const loseFirstAnswer = async (route) => {
      const req = route.request()
      if (req.method() !== 'POST' || lost) return route.fallback()
      const first = await route.fetch() // the server writes the worker and keeps its answer under the key
      lost = { status: first.status(), key: req.headers()['idempotency-key'] }
      await route.abort('connectionreset') // ...which never reaches the phone
    }
    page.on('response', onAnswer)
    await h.browser.route('**/api/v1/workers', loseFirstAnswer)
    try {
      await page.click('[data-testid="rt-tambah"]')
      await fill(page, e)
      await page.click('[data-testid="simpan"]')
      // no answer: kept on the phone, and sent again from the RT home with the same key
      await page.waitForURL(/\/rt\?simpan=/)
      await page.locator('[data-testid="draf-terkirim"]').filter({ hasText: e.nama }).waitFor({ timeout: 30000 })
    } finally {
      await h.browser.unroute('**/api/v1/workers', loseFirstAnswer)
      page.off('response', onAnswer)
    }
    equal(lost?.status, 201, 'pengiriman pertama dicatat server, jawabannya hilang di jalan')
    const twice = sent.filter((s) => s.nik === e.nik)
    equal(twice.length, 2, 'ponsel mengirim lagi')
    equal(twice[1].key, twice[0].key, 'dengan kunci yang sama')
    equal(twice[0].key, lost.key, 'kunci pengiriman yang jawabannya hilang')
    equal(JSON.stringify(answers), JSON.stringify([{ status: 201, replayed: 'true' }]), 'dijawab dari catatan idempotensi server (Idempotent-Replayed: true)')
    equal((await apiGet(page, `/workers?q=${e.nik}`)).body.total, 1, 'pekerja tersimpan sekali')
    await page.click('[data-testid="sembunyikan-terkirim"]')
    await page.locator('[data-testid="antrean-luring"]').waitFor({ state: 'detached' })

    // a record the server refuses: its reason on the list, then in the form under its field
    const c = { nik: nikFor('1979-01-25', 'L', serial()), nama: 'Anton Ditolak', lahir: '25011979', sex: 'L', waris: 'Ina Ditolak', hp: '12345' }
    await h.browser.setOffline(true)
    try {
      await page.click('[data-testid="rt-tambah"]')
      await fill(page, c)
      await page.click('[data-testid="simpan"]')
      await page.waitForURL(/\/rt\?simpan=luring$/)
    } finally {
      await h.browser.setOffline(false)
    }
    await page.waitForSelector('[data-testid="draf-perlu_diperbaiki"]', { timeout: 30000 })
    const reason = await page.locator('[data-testid="draf-perlu_diperbaiki"] [data-testid="draf-alasan"]').innerText()
    assert(reason.includes('Nomor HP harus nomor seluler Indonesia'), `alasan dari server: ${reason}`)
    equal(await page.locator('[data-testid="draf-perlu_diperbaiki"] [data-testid="draf-status"]').innerText(), 'Perlu diperbaiki', 'status ditolak')
    await page.locator('[data-testid="antrean-luring"]').scrollIntoViewIfNeeded()
    await guideShot(page, 'rt-luring-perlu-diperbaiki', { viewport: true })
    equal((await apiGet(page, `/workers?q=${c.nik}`)).body.total, 0, 'yang ditolak tidak tersimpan')
    await page.click('[data-testid="draf-perbaiki"]')
    await page.waitForURL(/\/pekerja\/baru\?draf=/)
    await page.waitForSelector('#no_hp-galat')
    assert((await page.locator('#no_hp-galat').innerText()).includes('Nomor HP harus nomor seluler Indonesia'), 'galat di bawah kolom nomor HP')
    equal(await page.inputValue('#nama'), c.nama, 'isian draf terbuka lagi')
    equal(await page.inputValue('#aw-nama-0'), c.waris, 'ahli waris draf terbuka lagi')
    await page.fill('#no_hp', '081234567890')
    await page.click('[data-testid="simpan"]')
    await page.waitForSelector('[data-testid="tersimpan"]')
    const saved = (await apiGet(page, `/workers?q=${c.nik}`)).body
    equal(saved.total, 1, 'yang diperbaiki tersimpan sekali')
    const keys = sent.filter((s) => s.nik === c.nik).map((s) => s.key)
    equal(keys.length, 2, 'dikirim dua kali: ditolak, lalu yang diperbaiki')
    assert(keys[0] !== keys[1], 'yang diperbaiki dikirim dengan kunci baru (yang pertama ditolak, tidak membuat apa pun)')
    await page.goto(`${BASE}/rt`)
    await page.waitForSelector('[data-testid="rt-jumlah"]')
    equal(await page.locator('[data-testid="draf-perlu_diperbaiki"]').count(), 0, 'draf yang ditolak tidak lagi di daftar')
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])

  journeys.push(['keluar menghapus data luring ketua RT dari ponsel (setelah bertanya bila ada yang belum terkirim); keluar tanpa sinyal diakhiri saat sinyal kembali', async () => {
    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 800 })
    await login(page, 'ketua.rt')
    await page.waitForURL(/\/rt$/)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await h.browser.setOffline(true)
    // a record the server will refuse (the phone number): it stays on the phone, not yet on the server
    const w = { nik: nikFor('1988-02-14', 'L', serial()), nama: 'Dodi Keluar', lahir: '14021988', sex: 'L', waris: 'Tini Keluar', hp: '999' }
    try {
      await page.click('[data-testid="rt-tambah"]')
      await fill(page, w)
      await page.click('[data-testid="simpan"]')
      await page.waitForSelector('[data-testid="draf-menunggu"]')
    } finally {
      await h.browser.setOffline(false)
    }
    await page.waitForSelector('[data-testid="draf-perlu_diperbaiki"]', { timeout: 30000 })
    // the first answer is "Batal": nothing is deleted, the user stays (asked before anything is sent)
    const questions = []
    page.once('dialog', (d) => { questions.push(d.message()); d.dismiss() })
    await page.click('[data-testid="keluar"]')
    await page.waitForTimeout(300)
    assert(questions[0]?.includes('1 data pekerja belum tersimpan di server'), `pertanyaan sebelum keluar: ${questions[0]}`)
    equal(await page.locator('[data-testid="draf-perlu_diperbaiki"]').count(), 1, 'batal keluar: data tetap')
    page.once('dialog', (d) => d.accept())
    await page.click('[data-testid="keluar"]')
    await page.waitForURL(/\/masuk/)
    const left = await page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      remembered: localStorage.getItem('lindungi.pengguna-luring'),
    }))
    assert(!left.dbs.includes('lindungi-luring'), `basis data draf terhapus: ${left.dbs.join(', ')}`)
    assert(left.caches.every((n) => n.startsWith('workbox-precache')), `hanya berkas aplikasi yang tersisa di cache: ${left.caches.join(', ')}`)
    equal(left.remembered, null, 'pengguna tidak lagi diingat')
    equal((await apiGet(page, `/workers?q=${w.nik}`)).status, 401, 'tidak ada sesi')

    // a logout with no signal cannot reach the server: the session is ended at the next start with one
    await login(page, 'ketua.rt')
    await page.waitForURL(/\/rt$/)
    await h.browser.setOffline(true)
    try {
      await page.click('[data-testid="keluar"]')
      await page.waitForURL(/\/masuk/)
    } finally {
      await h.browser.setOffline(false)
    }
    equal((await apiGet(page, '/auth/me')).status, 200, 'tanpa sinyal sesi di server belum berakhir')
    await page.goto(`${BASE}/rt`)
    await page.waitForURL(/\/masuk/)
    await page.waitForSelector('[data-testid="login-submit"]')
    equal((await apiGet(page, '/auth/me')).status, 401, 'sesi diakhiri saat aplikasi dibuka lagi dengan sinyal')
    await page.close()
  }])

  journeys.push(['ketua RT tanpa sinyal: NIK yang sementara itu didaftarkan RT lain tampil sebagai konflik, tidak digabung (360 px)', async () => {
    // a worker of another RT of the same kelurahan, read by the city admin (full NIK, audited)
    const admin = await freshPage()
    await login(admin, 'admin.kota')
    const other = (await apiGet(admin, '/workers?wilayah=15.71.01.1001.002&limit=1')).body.items[0]
    assert(other, 'RT 002 punya pekerja')
    const full = (await apiGet(admin, `/workers/${other.id}?nik=lengkap`)).body
    await admin.close()

    const page = await freshPage()
    await page.setViewportSize({ width: 360, height: 800 })
    await login(page, 'ketua.rt')
    await page.waitForURL(/\/rt$/)
    await page.evaluate(() => navigator.serviceWorker.ready)
    const before = (await apiGet(page, `/workers?wilayah=${RT}&limit=1`)).body.total
    const [y, m, d] = full.tanggal_lahir.split('-')
    await h.browser.setOffline(true)
    try {
      await page.click('[data-testid="rt-tambah"]')
      await fill(page, { nik: full.nik, nama: 'Pekerja Sama NIK', lahir: `${d}${m}${y}`, sex: full.jenis_kelamin, waris: 'Ahli Waris Konflik' })
      await page.click('[data-testid="simpan"]')
      await page.waitForURL(/\/rt\?simpan=luring$/)
    } finally {
      await h.browser.setOffline(false)
    }
    const item = page.locator('[data-testid="draf-konflik"]')
    await item.waitFor({ timeout: 30000 })
    equal(await item.locator('[data-testid="draf-status"]').innerText(), 'Konflik', 'status konflik')
    const why = await item.locator('[data-testid="draf-alasan"]').innerText()
    assert(why.includes('sudah terdaftar di luar wilayah Anda') && why.includes('tidak digabung otomatis'), `alasan konflik: ${why}`)
    // the server's 409 names the other record's kelurahan (`nama_kelurahan`), and nothing of the person
    const kelurahan = await item.locator('[data-testid="draf-kelurahan-lain"]').innerText()
    equal(kelurahan, 'NIK ini sudah terdaftar di Kelurahan Simpang IV Sipin.', 'kelurahan data lain')
    assert(!why.includes(full.nama) && !why.includes(full.nik), `tanpa nama atau NIK orang itu: ${why}`)
    equal((await apiGet(page, `/workers?wilayah=${RT}&limit=1`)).body.total, before, 'tidak ada pekerja baru')
    await page.click('[data-testid="draf-hapus"]')
    await page.click('[data-testid="draf-hapus-ya"]')
    await page.locator('[data-testid="antrean-luring"]').waitFor({ state: 'detached' })
    assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
    await page.close()
  }])
}
