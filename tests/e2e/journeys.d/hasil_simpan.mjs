// Issue 17 item 3: every save shows its outcome next to the button that caused it, offline too.
// This journey walks the save buttons of every screen that writes, with the network cut
// (context.setOffline), at the office width (1366 px) and the phone width (360 px), and asserts
// for each that the "nothing was saved" message is visible and starts within 200 px below (or
// beside) its button (h.offlineSave, journeys.mjs). Nothing reaches the server, so the demo data
// the other journeys read stays as it was. Buttons that need a state only another journey makes
// are walked there with the same helper: the import's save (journeys.mjs, RT head), BPJS's
// "Terapkan" (journeys.mjs, petugas BPJS), a change's approval (perubahan_persetujuan.mjs), the
// worker edit (ubah_pekerja.mjs), the holiday form (journeys.mjs, "hari libur").
// web/src/lib/saveOutcome.scan.test.ts fails when a component that writes has no SaveOutcome.
export default (journeys, h) => {
  const { BASE, assert, freshPage, login, apiGet, offlineSave, TODAY_YEAR } = h

  // One screen's buttons, as the city admin (who may use all of these but BPJS's own screens).
  const adminStops = {
    async funding(page, done) {
      await page.goto(`${BASE}/pendanaan`)
      await page.waitForSelector('[data-testid="pagu-simpan"]')
      if (!(await page.locator('[data-testid="dana-kode"]').isVisible())) await page.click('[data-testid="buka-tambah-dana"]')
      await page.fill('[data-testid="dana-kode"]', 'uji_tanpa_sinyal')
      await page.fill('[data-testid="dana-nama"]', 'Dana uji tanpa sinyal')
      await offlineSave(page, 'tambah sumber dana', '[data-testid="dana-simpan"]', '[data-testid="dana-pesan"]')
      await page.fill('[data-testid="pagu-nilai"]', '1.000.000')
      await offlineSave(page, 'simpan pagu', '[data-testid="pagu-simpan"]', '[data-testid="pagu-pesan"]')
      done.push('dana-simpan', 'pagu-simpan')
      const pick = page.locator('[data-testid^="alokasi-pilih-"]:not([data-testid="alokasi-pilih-semua"])').first()
      if (await pick.count()) {
        await pick.check()
        await offlineSave(page, 'alokasikan', '[data-testid="alokasi-kirim"]', '[data-testid="alokasi-pesan"]')
        done.push('alokasi-kirim')
      }
    },
    async claims(page, done) {
      const worker = (await apiGet(page, '/workers?limit=1')).body.items[0]
      await page.goto(`${BASE}/pekerja/${worker.id}/kejadian`)
      await page.waitForSelector('[data-testid="form-kejadian"]')
      await page.fill('#tanggal', h.TODAY_DMY)
      await offlineSave(page, 'catat kejadian', '[data-testid="simpan-kejadian"]', '[data-testid="galat-kejadian"]')
      done.push('simpan-kejadian')
      const claim = (await apiGet(page, '/claims?status=dokumen_lengkap&limit=1')).body.items?.[0]
      if (claim) {
        await page.goto(`${BASE}/klaim/${claim.id}`)
        await page.waitForSelector('[data-testid="ajukan"]')
        if (await page.locator('[data-testid="ajukan"]').isEnabled()) {
          await offlineSave(page, 'ajukan klaim', '[data-testid="ajukan"]', '[data-testid="hasil-ajukan"]')
          done.push('ajukan')
        }
      }
      await page.goto(`${BASE}/beasiswa`)
      await page.waitForSelector('[data-testid="b-tahun"]')
      const open = page.locator('[data-testid^="beasiswa-buka-"]').first()
      if (await open.count()) {
        const child = (await open.getAttribute('data-testid')).split('-').pop()
        await open.click()
        const proof = page.locator(`#bukti-${child}`)
        if (await proof.count()) await proof.fill('Surat keterangan sekolah (uji tanpa sinyal)')
        await offlineSave(page, 'beasiswa', `[data-testid="beasiswa-simpan-${child}"]`, `[data-testid="beasiswa-hasil-${child}"]`)
        done.push('beasiswa-simpan')
      }
    },
    async cards(page, done) {
      const batches = (await apiGet(page, '/cards/batches?limit=100')).body.items
      const batch = batches.find((b) => b.diminta + b.dicetak > 0)
      if (!batch) return
      await page.goto(`${BASE}/kartu/${batch.id}`)
      await page.waitForSelector('[data-testid="kartu-cetak"]')
      await offlineSave(page, 'cetak kartu', '[data-testid="kartu-cetak"]', '[data-testid="kartu-pesan"]')
      done.push('kartu-cetak')
      if (batch.dicetak > 0) {
        await offlineSave(page, 'serahkan semua kartu', '[data-testid="kartu-serahkan-semua"]', '[data-testid="kartu-pesan"]')
        done.push('kartu-serahkan-semua')
      }
    },
    async billing(page, done) {
      await page.goto(`${BASE}/tagihan`)
      await page.waitForSelector('[data-testid="tg-sumber"] option[value]:not([value=""])', { state: 'attached' })
      const funder = await page.locator('[data-testid="tg-sumber"] option[value]:not([value=""])').first().getAttribute('value')
      await page.selectOption('[data-testid="tg-sumber"]', funder)
      await offlineSave(page, 'buat tagihan', '[data-testid="tg-buat"]', '[data-testid="tg-pesan"]')
      done.push('tg-buat')
      const open = (await apiGet(page, `/invoices?tahun=${TODAY_YEAR}`)).body.items.find((i) => i.status === 'terbit' && i.dibayar === 0)
      assert(open, 'ada tagihan terbit yang belum dibayar')
      await page.goto(`${BASE}/tagihan/${open.id}`)
      await page.waitForSelector('[data-testid="bayar-simpan"]')
      await page.fill('[data-testid="bayar-jumlah"]', '1.000')
      await page.fill('[data-testid="bayar-referensi"]', 'UJI-TANPA-SINYAL')
      await offlineSave(page, 'catat pembayaran', '[data-testid="bayar-simpan"]', '[data-testid="bayar-hasil"]')
      await page.click('[data-testid="batal-buka"]')
      await page.fill('[data-testid="batal-alasan"]', 'Uji tanpa sinyal')
      await offlineSave(page, 'batalkan tagihan', '[data-testid="batal-kirim"]', '[data-testid="batal-hasil"]')
      done.push('bayar-simpan', 'batal-kirim')
      await page.goto(`${BASE}/perpanjangan`)
      await page.waitForSelector('[data-testid="pj-sumber"] option[value]:not([value=""])', { state: 'attached' })
      await page.selectOption('[data-testid="pj-sumber"]', await page.locator('[data-testid="pj-sumber"] option[value]:not([value=""])').first().getAttribute('value'))
      await page.click('[data-testid="pj-lanjut"]')
      // the confirmation closes when the renewal fails: the message is under "Lanjut", which is back
      await offlineSave(page, 'jalankan perpanjangan', '[data-testid="pj-jalankan"]', '[data-testid="pj-ringkas"]', { anchor: '[data-testid="pj-lanjut"]' })
      done.push('pj-jalankan')
    },
    async bpjs(page, done) {
      await page.goto(`${BASE}/bpjs`)
      await page.waitForSelector('[data-testid="batch-kirim"]')
      await offlineSave(page, 'buat batch BPJS', '[data-testid="batch-kirim"]', '[data-testid="batch-hasil"]')
      done.push('batch-kirim')
      const batch = (await apiGet(page, '/bpjs/batches?limit=50')).body.items.find((b) => b.diterima > 0)
      if (batch) {
        await page.goto(`${BASE}/bpjs/${batch.id}`)
        await page.waitForSelector('[data-testid="kartu-minta"]')
        await offlineSave(page, 'minta kartu', '[data-testid="kartu-minta"]', '[data-testid="kartu-hasil"]')
        done.push('kartu-minta')
      }
    },
    async projects(page, done) {
      await page.goto(`${BASE}/proyek/baru`)
      await page.waitForSelector('[data-testid="simpan-proyek"]')
      await page.fill('#nama', 'Proyek uji tanpa sinyal')
      await offlineSave(page, 'simpan proyek', '[data-testid="simpan-proyek"]', '[data-testid="proyek-pesan"]')
      done.push('simpan-proyek')
      // a project's own actions (certificate, start, finish, revoke), on the first projects offering them
      const wanted = [['catat-sertifikat', 'hasil-sertifikat'], ['mulai', 'hasil-mulai'], ['selesai', 'hasil-selesai'], ['cabut', 'hasil-cabut']]
      for (const p of (await apiGet(page, '/projects?limit=20')).body.items ?? []) {
        if (!wanted.length) break
        await page.goto(`${BASE}/proyek/${p.id}`)
        await page.waitForSelector('h1')
        await page.waitForLoadState('networkidle')
        for (const [button, outcome] of [...wanted]) {
          const b = page.locator(`[data-testid="${button}"]`)
          // the revocation folds away under its summary: opened as a person would
          if (button === 'cabut' && (await b.count()) && !(await b.isVisible())) await page.click('details.cabut > summary')
          if (!(await b.isVisible()) || !(await b.isEnabled())) continue
          await offlineSave(page, `proyek: ${button}`, `[data-testid="${button}"]`, `[data-testid="${outcome}"]`)
          done.push(button)
          wanted.splice(wanted.findIndex((w) => w[0] === button), 1)
        }
      }
    },
    async verification(page, done) {
      await page.goto(`${BASE}/verifikasi`)
      const first = page.locator('[data-testid="antrean"] > li').first()
      await first.waitFor()
      const wid = await first.getAttribute('data-id')
      await page.click(`[data-testid="verif-${wid}"]`)
      // the confirmation closes when the decision fails: the message is under the worker's buttons
      await offlineSave(page, 'verifikasi satu', `[data-testid="yakin-verif-${wid}"]`, `[data-testid="galat-${wid}"]`, { anchor: `[data-testid="verif-${wid}"]` })
      await page.check(`[data-testid="pilih-${wid}"]`)
      await page.click('[data-testid="verif-terpilih"]')
      await offlineSave(page, 'verifikasi terpilih', '[data-testid="yakin-verif-terpilih"]', '[data-testid="hasil-massal"]', { anchor: '[data-testid="verif-terpilih"]' })
      done.push('yakin-verif', 'yakin-verif-terpilih')
      await page.goto(`${BASE}/duplikat`)
      await page.waitForSelector('[data-testid="dup-jumlah"]')
      await offlineSave(page, 'pindai duplikat', '[data-testid="pindai-duplikat"]', '[data-testid="hasil-pindai"]')
      done.push('pindai-duplikat')
      await page.goto(`${BASE}/duplikat?status=menunggu`)
      await page.waitForSelector('[data-testid="dup-jumlah"]')
      const pair = page.locator('[data-testid="pasangan"]').filter({ has: page.locator('[data-testid^="pertahankan-"]') }).first()
      if (await pair.count()) {
        const pid = await pair.getAttribute('data-id')
        await offlineSave(page, 'putuskan duplikat', `[data-id="${pid}"] [data-testid^="pertahankan-"]`, `[data-testid="dup-hasil-${pid}"]`)
        done.push('pertahankan')
      }
    },
    async imports(page, done) {
      await page.goto(`${BASE}/impor`)
      await page.waitForSelector('[data-testid="impor-pilih"]')
      const file = { name: 'uji.csv', mimeType: 'text/csv', buffer: Buffer.from('nik,nama\n') }
      await offlineSave(page, 'pilih berkas impor', '[data-testid="impor-pilih"]', '[data-testid="impor-pesan"]',
        { act: () => page.setInputFiles('[data-testid="impor-berkas"]', file) })
      done.push('impor-berkas')
    },
    async users(page, done) {
      await page.goto(`${BASE}/pengguna`)
      await page.waitForSelector('[data-testid="u-simpan"]')
      await page.fill('[data-testid="u-username"]', 'uji.tanpa.sinyal')
      await page.fill('[data-testid="u-nama"]', 'Uji Tanpa Sinyal')
      await page.fill('[data-testid="u-password"]', 'kata-sandi-uji-panjang')
      await offlineSave(page, 'buat akun', '[data-testid="u-simpan"]', '[data-testid="u-hasil"]')
      done.push('u-simpan')
      const other = page.locator('[data-testid^="nonaktifkan-"]').first()
      if (await other.count()) {
        const username = (await other.getAttribute('data-testid')).slice('nonaktifkan-'.length)
        await offlineSave(page, 'nonaktifkan akun', `[data-testid="nonaktifkan-${username}"]`, `[data-testid="u-hasil-${username}"]`)
        done.push('nonaktifkan')
      }
    },
    async otp(page, done) {
      await page.goto(`${BASE}/otp`)
      await page.waitForSelector('[data-testid="otp-mulai"]')
      await offlineSave(page, 'mulai OTP', '[data-testid="otp-mulai"]', '[data-testid="otp-pesan"]')
      done.push('otp-mulai')
    },
  }

  journeys.push(['hasil simpan tanpa sinyal (1366 px dan 360 px): pesan di samping tombol di setiap layar yang menyimpan', async () => {
    const done = []
    for (const [width, height] of [[1366, 768], [360, 800]]) {
      const page = await freshPage()
      await page.setViewportSize({ width, height })
      // a login without a signal says so under its button
      await page.goto(`${BASE}/masuk`)
      await page.fill('#username', 'admin.kota')
      await page.fill('#password', h.PASSWORD)
      await offlineSave(page, 'masuk', '[data-testid="login-submit"]', '[data-testid="login-galat"]',
        { expect: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.' })
      done.push('login-submit')
      await login(page, 'admin.kota')
      for (const stop of Object.values(adminStops)) await stop(page, done)
      assert(page.errors.length === 0, `galat JavaScript: ${page.errors.join('; ')}`)
      await page.close()

      // BPJS's officer: a response file picked without a signal
      const bpjs = await freshPage()
      await bpjs.setViewportSize({ width, height })
      await login(bpjs, 'petugas.bpjs')
      const batch = (await apiGet(bpjs, '/bpjs/batches?limit=1')).body.items[0]
      if (batch) {
        await bpjs.goto(`${BASE}/bpjs/${batch.id}`)
        await bpjs.waitForSelector('[data-testid="jawaban-pilih"]')
        const file = { name: 'jawaban.csv', mimeType: 'text/csv', buffer: Buffer.from('nik;kpj;status\n') }
        await offlineSave(bpjs, 'pilih jawaban BPJS', '[data-testid="jawaban-pilih"]', '[data-testid="jawaban-pesan"]',
          { act: () => bpjs.setInputFiles('[data-testid="jawaban-berkas"]', file) })
        done.push('jawaban-berkas')
      }
      // ... and a claim's cover decision, decision and payment, on the first cases that offer them
      const wanted = [['simpan-cover', 'hasil-cover', 'keputusan pertanggungan'], ['simpan-keputusan', 'hasil-keputusan', 'keputusan klaim'], ['simpan-bayar', 'hasil-bayar', 'pembayaran klaim']]
      for (const c of (await apiGet(bpjs, '/claims?limit=20')).body.items ?? []) {
        if (!wanted.length) break
        await bpjs.goto(`${BASE}/klaim/${c.id}`)
        await bpjs.waitForSelector('[data-testid="klaim-status"]')
        for (const [button, outcome, label] of [...wanted]) {
          if (!(await bpjs.locator(`[data-testid="${button}"]`).first().isVisible())) continue
          if (button === 'simpan-bayar') {
            await bpjs.fill('[data-testid="form-bayar"] #bayar-jumlah', '1.000')
            await bpjs.fill('[data-testid="form-bayar"] #bayar-ref', 'UJI-TANPA-SINYAL')
          }
          await offlineSave(bpjs, label, `[data-testid="${button}"]`, `[data-testid="${outcome}"]`)
          done.push(button)
          wanted.splice(wanted.findIndex((w) => w[0] === button), 1)
        }
      }
      assert(bpjs.errors.length === 0, `galat JavaScript: ${bpjs.errors.join('; ')}`)
      await bpjs.close()

      // the RT head: a new worker saved without a signal is kept on the phone (issue 21): the RT home
      // opens and says so at the top of its list of records on the phone, where the eye lands; the
      // record is removed again before the signal returns, so nothing reaches the server
      const rt = await freshPage()
      await rt.setViewportSize({ width, height })
      await login(rt, 'ketua.rt')
      await rt.goto(`${BASE}/pekerja/baru`)
      await rt.waitForSelector('[data-testid="simpan"]')
      await rt.fill('#nik', h.nikFor('1981-04-12', 'L', '9901'))
      await rt.fill('#nama', 'Uji Tanpa Sinyal')
      await rt.locator('#tanggal_lahir').pressSequentially('12041981')
      await rt.click('text=Laki-laki')
      await rt.selectOption('#pekerjaan', 'tukang_parkir')
      await rt.fill('#penghasilan', '1000000')
      await rt.check('#persetujuan')
      await h.browser.setOffline(true)
      try {
        await rt.click('[data-testid="simpan"]')
        await rt.waitForURL(/\/rt\?simpan=luring$/)
        const kept = rt.locator('[data-testid="draf-disimpan"]')
        await kept.waitFor()
        h.equal((await kept.innerText()).trim(), 'Tidak ada sinyal. Data Uji Tanpa Sinyal disimpan di ponsel ini dan dikirim otomatis saat sinyal kembali.', 'simpan pekerja baru: pesan tanpa sinyal')
        const box = await kept.boundingBox()
        assert(box && box.y >= 0 && box.y + box.height <= height, `simpan pekerja baru: pesan terlihat di layar (mulai ${Math.round(box?.y ?? -1)} px)`)
        await rt.click('[data-testid="draf-hapus"]')
        await rt.click('[data-testid="draf-hapus-ya"]')
        await rt.locator('[data-testid="antrean-luring"]').waitFor({ state: 'detached' })
      } finally {
        await h.browser.setOffline(false)
      }
      done.push('simpan-pekerja')
      assert(rt.errors.length === 0, `galat JavaScript: ${rt.errors.join('; ')}`)
      await rt.close()
    }
    const funders = (await (async () => {
      const page = await freshPage()
      await login(page, 'admin.kota')
      const r = (await apiGet(page, '/funders?limit=500')).body.items
      await page.close()
      return r
    })())
    assert(!funders.some((f) => f.kode === 'uji_tanpa_sinyal'), 'tanpa sinyal tidak ada sumber dana baru')
    const kinds = [...new Set(done)]
    console.log(`    tombol simpan diuji tanpa sinyal: ${done.length} (${kinds.length} jenis): ${kinds.join(', ')}`)
    assert(kinds.length >= 22, `jenis tombol yang diuji: ${kinds.join(', ')}`)
  }])
}
