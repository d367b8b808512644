import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import { forgetRegions } from '@/lib/regions'
import { flush, stubFetch } from '@/test/helpers'
import WorkerFormView from './WorkerFormView.vue'
import { forgetAll, listDrafts, newDraft, putDraft } from '@/offline/drafts'
import { emptyForm } from '@/workers/workerForm'

const tree = {
  regions: [{ kode: '15', nama: 'Jambi', tingkat: 'provinsi', children: [{ kode: '15.71', nama: 'Kota Jambi', tingkat: 'kota', children: [
    { kode: '15.71.01', nama: 'Telanaipura', tingkat: 'kecamatan', children: [
      { kode: '15.71.01.1001', nama: 'Simpang IV Sipin', tingkat: 'kelurahan', children: [] },
    ] },
  ] }] }],
}
const rts = { kelurahan: 'Simpang IV Sipin', items: [{ kode: '15.71.01.1001.001', nomor: 1, nama_ketua: 'Pak RT' }] }

function setup(post: (body: any) => { status: number; body: unknown }) {
  return stubFetch((url, init) => {
    if (url.pathname === '/api/v1/regions') return { body: tree }
    if (url.pathname === '/api/v1/regions/15.71.01.1001/rts') return { body: rts }
    if (url.pathname === '/api/v1/workers' && init.method === 'POST') return post(JSON.parse(String(init.body)))
    return undefined
  })
}

async function mountForm(path = '/pekerja/baru') {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/pekerja/baru', component: WorkerFormView },
    { path: '/pekerja/:id', component: { template: '<div>detail</div>' } },
    { path: '/rt', component: { template: '<div>rt</div>' } },
  ] })
  router.push(path)
  await router.isReady()
  const w = mount(WorkerFormView, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush()
  return { w, router }
}

afterEach(() => {
  vi.unstubAllGlobals()
  clearSession()
  forgetRegions()
  document.body.innerHTML = ''
})

describe('WorkerFormView', () => {
  it('shows each 422 error next to its field, heirs in the heirs section', async () => {
    const { calls } = setup(() => ({ status: 422, body: { error: { code: 'x', message: 'x', field: 'nik', errors: [
      { field: 'nik', code: 'nik_panjang', message: 'NIK harus 16 digit, bukan 5 digit' },
      { field: 'penghasilan', code: 'penghasilan_melebihi_batas', message: 'Penghasilan melebihi batas' },
      { field: 'nama_ahli_waris', code: 'wajib_diisi', message: 'Nama ahli waris wajib diisi' },
    ] } } }))
    const { w } = await mountForm()
    await w.find('#nik').setValue('12345')
    await w.find('#nama').setValue('Budi Santoso')
    await w.find('#tanggal_lahir').setValue('17081985')
    expect((w.find('#tanggal_lahir').element as HTMLInputElement).value).toBe('17/08/1985')
    await w.find('#penghasilan').setValue('9.000.000')
    await w.find('[data-testid="tambah-ahli-waris"]').trigger('click')
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ nik: '12345', nama: 'Budi Santoso', tanggal_lahir: '1985-08-17', penghasilan: 9000000, kategori: 'pekerja_rentan' })
    expect(w.find('[data-testid="galat-nik"]').text()).toContain('NIK harus 16 digit')
    expect(w.find('#nik').attributes('aria-invalid')).toBe('true')
    expect(w.find('[data-testid="galat-penghasilan"]').text()).toContain('melebihi batas')
    expect(w.find('[data-testid="galat-nama_ahli_waris"]').text()).toContain('Nama ahli waris wajib diisi')
    expect(w.find('[data-testid="ringkasan-galat"]').text()).toContain('3')
    expect(w.find('#nama').attributes('aria-invalid')).toBe('false')
  })

  it('refuses an impossible date before asking the server', async () => {
    const { calls } = setup(() => ({ status: 201, body: { id: 9 } }))
    const { w } = await mountForm()
    await w.find('#tanggal_lahir').setValue('31/02/1990')
    await w.find('form').trigger('submit')
    await flush()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    expect(w.find('[data-testid="galat-tanggal_lahir"]').exists()).toBe(true)
  })

  it('locks the area of a ketua RT to their RT and goes to the new record once saved', async () => {
    session.user = { id: 1, aktif: true, kohort: '', username: 'ketua.rt', nama: 'Pak RT', role: 'ketua_rt', area: '15.71.01.1001.001', area_nama: 'RT 001', permissions: ['record_workers'] }
    session.mode = 'session'
    const { calls } = setup(() => ({ status: 201, body: { id: 42 } }))
    const { w, router } = await mountForm()
    expect((w.find('#kode_kelurahan').element as HTMLSelectElement).value).toBe('15.71.01.1001')
    expect(w.find('#kode_kelurahan').attributes('disabled')).toBeDefined()
    expect((w.find('#rt').element as HTMLSelectElement).value).toBe('1')
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ kode_kelurahan: '15.71.01.1001', rt: 1 })
    expect(router.currentRoute.value.fullPath).toBe('/pekerja/42?baru=1')
  })

  it('carries a heir\'s birth date, and says beside the button that nothing was saved when offline', async () => {
    let offline = true
    const { calls } = setup(() => {
      if (offline) throw new TypeError('Failed to fetch')
      return { status: 201, body: { id: 5 } }
    })
    const { w, router } = await mountForm()
    await w.find('[data-testid="tambah-ahli-waris"]').trigger('click')
    await w.find('#aw-nama-0').setValue('Rudi')
    await w.find('#aw-hub-0').setValue('anak')
    await w.find('#aw-lahir-0').setValue('05022015')
    await w.find('form').trigger('submit')
    await flush()
    const outcome = w.find('.aksi-bawah [data-testid="hasil-simpan"]')
    expect(outcome.text()).toBe('Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.')
    expect(router.currentRoute.value.fullPath).toBe('/pekerja/baru')
    offline = false
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.filter((c) => c.method === 'POST').pop()!
    expect((post.body as any).ahli_waris).toEqual([{ nama: 'Rudi', hubungan: 'anak', nik: '', tanggal_lahir: '2015-02-05' }])
    expect(router.currentRoute.value.fullPath).toBe('/pekerja/5?baru=1')
  })

  describe('a ketua RT without a signal (issue 21)', () => {
    const ketua = () => {
      session.user = { id: 1, aktif: true, kohort: '', username: 'ketua.rt', nama: 'Pak RT', role: 'ketua_rt', area: '15.71.01.1001.001', area_nama: 'RT 001', permissions: ['record_workers'] }
      session.mode = 'session'
    }
    async function fillMinimal(w: Awaited<ReturnType<typeof mountForm>>['w']) {
      await w.find('#nik').setValue('1571011708850001')
      await w.find('#nama').setValue('Budi Luring')
      await w.find('[data-testid="tambah-ahli-waris"]').trigger('click')
      await w.find('#aw-nama-0').setValue('Sri')
      await w.find('#aw-hub-0').setValue('istri')
    }
    afterEach(async () => {
      vi.restoreAllMocks()
      await forgetAll()
    })

    it('keeps the worker and heirs on the phone, sends nothing, and opens the RT home with the queue', async () => {
      ketua()
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
      const { calls } = setup(() => ({ status: 201, body: { id: 1 } }))
      const { w, router } = await mountForm()
      await fillMinimal(w)
      await w.find('form').trigger('submit')
      await flush()
      expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
      expect(router.currentRoute.value.fullPath).toBe('/rt?simpan=luring')
      const [d] = await listDrafts('ketua.rt')
      expect(d).toMatchObject({ state: 'menunggu', nama: 'Budi Luring', tries: 0 })
      expect(d.form).toMatchObject({ nik: '1571011708850001', kode_kelurahan: '15.71.01.1001', rt: '1', ahli_waris: [{ nama: 'Sri', hubungan: 'istri' }] })
    })

    it('a save that got no answer is kept under the key it was sent with', async () => {
      ketua()
      const { calls } = setup(() => {
        throw new TypeError('Failed to fetch')
      })
      const { w, router } = await mountForm()
      await fillMinimal(w)
      await w.find('form').trigger('submit')
      await flush()
      const post = calls.find((c) => c.method === 'POST')!
      const [d] = await listDrafts('ketua.rt')
      expect(post.headers['Idempotency-Key']).toBe(d.id)
      expect(d).toMatchObject({ state: 'menunggu', tries: 1 })
      expect(router.currentRoute.value.fullPath).toBe('/rt?simpan=luring')
    })

    it('an earlier send with the same key still being written (409 idempotensi_diproses): kept waiting, not a refusal', async () => {
      ketua()
      setup(() => ({ status: 409, body: { error: { code: 'idempotensi_diproses', field: '', message: 'Data dengan kunci pengiriman ini sedang diproses; kirim ulang beberapa saat lagi' } } }))
      const { w, router } = await mountForm()
      await fillMinimal(w)
      await w.find('form').trigger('submit')
      await flush()
      const [d] = await listDrafts('ketua.rt')
      expect(d).toMatchObject({ state: 'menunggu', tries: 1 })
      expect(d.form).not.toBeNull()
      expect(router.currentRoute.value.fullPath).toBe('/rt?simpan=tertunda')
    })

    it('saved, but the server lost its answer in a crash (409 idempotensi_tanpa_jawaban): terkirim with the server’s note', async () => {
      ketua()
      const note = 'Data dengan kunci pengiriman ini sudah tersimpan, tetapi jawabannya tidak tercatat karena server berhenti; muat ulang data untuk melihat hasilnya'
      setup(() => ({ status: 409, body: { error: { code: 'idempotensi_tanpa_jawaban', field: '', message: note } } }))
      const { w, router } = await mountForm()
      await fillMinimal(w)
      await w.find('form').trigger('submit')
      await flush()
      const [d] = await listDrafts('ketua.rt')
      expect(d).toMatchObject({ state: 'terkirim', form: null, message: note })
      expect(router.currentRoute.value.fullPath).toBe('/rt')
    })

    it('opens a refused draft with the server’s errors under their fields; the correction goes with a new key', async () => {
      ketua()
      const form = { ...emptyForm(), nik: '1571011708850001', nama: 'Budi', kode_kelurahan: '15.71.01.1001', kecamatan: '15.71.01', rt: '1', no_hp: '12' }
      const refused = { ...newDraft('ketua.rt', form), state: 'perlu_diperbaiki' as const, message: 'Data belum benar', tries: 1,
        errors: [{ field: 'no_hp', code: 'no_hp_tidak_valid', message: 'Nomor HP harus nomor seluler Indonesia 10-13 digit' }] }
      await putDraft(refused)
      const { calls } = setup(() => ({ status: 201, body: { id: 77 } }))
      const { w, router } = await mountForm(`/pekerja/baru?draf=${refused.id}`)
      await flush()
      expect(w.find('h1').text()).toBe('Perbaiki data yang belum terkirim')
      expect((w.find('#nama').element as HTMLInputElement).value).toBe('Budi')
      expect(w.find('#no_hp-galat').text()).toContain('Nomor HP harus nomor seluler Indonesia')
      await w.find('#no_hp').setValue('081234567890')
      await w.find('form').trigger('submit')
      await flush()
      const post = calls.find((c) => c.method === 'POST')!
      expect(post.body).toMatchObject({ nama: 'Budi', no_hp: '081234567890' })
      expect(post.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/)
      expect(post.headers['Idempotency-Key']).not.toBe(refused.id)
      expect(router.currentRoute.value.fullPath).toBe('/pekerja/77?baru=1')
      const after = await listDrafts('ketua.rt')
      expect(after).toHaveLength(1)
      expect(after[0]).toMatchObject({ state: 'terkirim', workerId: 77, form: null, id: post.headers['Idempotency-Key'] })
    })
  })
})
