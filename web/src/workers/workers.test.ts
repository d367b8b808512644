import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@/api/client'
import type { Worker } from '@/api/types'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import SaveOutcome from '@/components/SaveOutcome.vue'
import { forgetRegions } from '@/lib/regions'
import { failedSave } from '@/lib/saveOutcome'
import { flush, stubFetch } from '@/test/helpers'
import { workerMessages } from './messages'
import WorkerEditView from './WorkerEditView.vue'
import { emptyForm, formFromWorker, localErrors, sortSaveError, workerPayload } from './workerForm'

const t = i18n.global.t as (k: string, n?: Record<string, unknown>) => string

const saved: Worker = {
  id: 7, nik: '1571011708850001', nama: 'Budi Santoso', jenis_kelamin: 'L', kode_kelurahan: '15.71.01.1001', kelurahan: 'Simpang IV Sipin',
  rt: 1, kode_rt: '15.71.01.1001.001', pekerjaan: 'becak', pekerjaan_label: 'Tukang becak', kategori: 'pekerja_rentan', status: 'ditolak',
  status_label: 'Ditolak', sumber_dana: '', kecamatan: 'Telanaipura', tanggal_lahir: '1985-08-17', alamat: 'Jl. Sipin 1', no_hp: '0812',
  penghasilan: 4500000, penghasilan_teks: 'Rp4.500.000', kategori_label: 'Pekerja rentan', kpj: '',
  alasan: 'Penghasilan di atas batas program setelah kunjungan rumah', persetujuan: true, setuju_pesan: false,
  ahli_waris: [{ id: 3, nama: 'Siti Aminah', hubungan: 'istri', hubungan_label: 'Istri', nik: '', tanggal_lahir: null }, { id: 4, nama: 'Rudi', hubungan: 'anak', hubungan_label: 'Anak', nik: '', tanggal_lahir: '2015-02-05' }],
  dibuat: '2026-11-01T03:00:00Z', diperbarui: '2026-11-02T03:00:00Z', versi: 3, peringatan: [],
}

describe('worker form logic (shared by add and edit)', () => {
  it('fills the form from a saved worker and sends it back unchanged, heirs with their birth dates', () => {
    const form = formFromWorker(saved)
    expect(form).toMatchObject({ tanggal_lahir: '17/08/1985', kecamatan: '15.71.01', rt: '1', penghasilan: '4.500.000' })
    expect(form.ahli_waris.map((h) => h.tanggal_lahir)).toEqual(['', '05/02/2015'])
    const body = workerPayload(form)
    expect(body).toMatchObject({ nik: saved.nik, tanggal_lahir: '1985-08-17', rt: 1, penghasilan: 4500000, kode_kelurahan: '15.71.01.1001' })
    expect(body.ahli_waris).toEqual([
      { nama: 'Siti Aminah', hubungan: 'istri', nik: '', tanggal_lahir: null },
      { nama: 'Rudi', hubungan: 'anak', nik: '', tanggal_lahir: '2015-02-05' },
    ])
  })

  it('refuses an impossible heir birth date locally, naming the heir', () => {
    const form = emptyForm()
    form.ahli_waris.push({ nama: 'A', hubungan: 'anak', nik: '', tanggal_lahir: '31/02/2015' })
    form.ahli_waris.push({ nama: 'B', hubungan: 'anak', nik: '', tanggal_lahir: '01/02/2015' })
    const e = localErrors(form, { invalidDate: 'x', invalidHeirDate: (n) => `heir ${n}` })
    expect(e).toEqual({ ahli_waris: ['heir 1'] })
    expect(localErrors(emptyForm(), { invalidDate: 'x', invalidHeirDate: () => 'y' })).toEqual({})
  })

  it('sorts a refusal: known fields next to the field, the rest for beside the button', () => {
    const e = new ApiError(422, 'validasi', 'x', 'nik', [
      { field: 'nik', code: 'nik_panjang', message: 'NIK harus 16 digit' },
      { field: 'kode_proyek', code: 'x', message: 'Proyek tidak ada' },
    ])
    expect(sortSaveError(e)).toEqual({ errors: { nik: ['NIK harus 16 digit'] }, stray: ['Proyek tidak ada'] })
    expect(sortSaveError(new ApiError(409, 'perubahan_menunggu', 'Masih menunggu', 'pekerja'))).toEqual({ errors: {}, stray: [] })
  })

  it('says in plain Indonesian that nothing was saved when the network is down', () => {
    expect(failedSave(new ApiError(0, 'jaringan', 'x'), t)).toEqual({ kind: 'offline', message: 'Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.' })
    expect(failedSave(new ApiError(0, 'waktu_habis', 'x'), t).message).toContain('mungkin belum tersimpan')
    expect(failedSave(new ApiError(409, 'versi_berubah', 'x'), t).message).toContain('diubah orang lain')
    expect(failedSave(new ApiError(409, 'perubahan_menunggu', 'Perubahan lain masih menunggu'), t)).toMatchObject({ kind: 'error', message: 'Perubahan lain masih menunggu' })
  })

  it('has the same keys and placeholders in both languages, and no vue-i18n syntax', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
    const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
    const { id, en } = workerMessages
    expect(keys(en).sort()).toEqual(keys(id).sort())
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      expect(names(get(en, k)), k).toBe(names(get(id, k)))
      expect(get(id, k) + get(en, k), k).not.toMatch(/[|@]/)
    }
  })
})

describe('SaveOutcome', () => {
  it('is a live region that announces errors at once and says which outcome it is', async () => {
    const w = mount(SaveOutcome, { props: { outcome: null }, global: { plugins: [i18n] } })
    expect(w.find('.hasil-simpan').attributes('aria-live')).toBe('polite')
    expect(w.find('[data-testid="hasil-simpan"]').exists()).toBe(false)
    await w.setProps({ outcome: { kind: 'offline', message: 'Tidak tersambung' } })
    expect(w.find('.hasil-simpan').attributes('aria-live')).toBe('assertive')
    expect(w.find('[data-testid="hasil-simpan"]').attributes('role')).toBe('alert')
    expect(w.find('[data-testid="hasil-simpan"]').attributes('data-kind')).toBe('offline')
    await w.setProps({ outcome: { kind: 'pending', message: 'Menunggu' } })
    expect(w.find('[data-testid="hasil-simpan"]').attributes('role')).toBe('status')
  })
})

const tree = {
  regions: [{ kode: '15', nama: 'Jambi', tingkat: 'provinsi', children: [{ kode: '15.71', nama: 'Kota Jambi', tingkat: 'kota', children: [
    { kode: '15.71.01', nama: 'Telanaipura', tingkat: 'kecamatan', children: [{ kode: '15.71.01.1001', nama: 'Simpang IV Sipin', tingkat: 'kelurahan', children: [] }] },
  ] }] }],
}
const rts = { kelurahan: 'Simpang IV Sipin', items: [{ kode: '15.71.01.1001.001', nomor: 1, nama_ketua: 'Pak RT' }] }

type Reply = { status?: number; body?: unknown } | Error
function setup(worker: Worker, put: (body: any) => Reply, resubmit: (body: any) => Reply = () => ({ body: { ...worker, status: 'didata', versi: worker.versi + 2 } })) {
  const reply = (r: Reply) => {
    if (r instanceof Error) throw r
    return r
  }
  return stubFetch((url, init) => {
    if (url.pathname === '/api/v1/regions') return { body: tree }
    if (url.pathname === '/api/v1/regions/15.71.01.1001/rts') return { body: rts }
    if (url.pathname === '/api/v1/worker-changes') return { body: { items: [], limit: 50, page: 1, total: 0 } }
    if (url.pathname === `/api/v1/workers/${worker.id}` && init.method === 'PUT') return reply(put(JSON.parse(String(init.body))))
    if (url.pathname === `/api/v1/workers/${worker.id}/resubmit`) return reply(resubmit(JSON.parse(String(init.body))))
    if (url.pathname === `/api/v1/workers/${worker.id}`) return { body: worker }
    return undefined
  })
}

async function mountEdit(worker: Worker) {
  session.user = { id: 1, aktif: true, kohort: '', username: 'ketua.rt', nama: 'Pak RT', role: 'ketua_rt', area: '15.71.01.1001.001', area_nama: 'RT 001', permissions: ['record_workers', 'view_full_nik', 'view_workers'] }
  session.mode = 'session'
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/pekerja/:id/ubah', component: WorkerEditView, props: true },
    { path: '/pekerja/:id', component: { template: '<div>detail</div>' } },
  ] })
  router.push(`/pekerja/${worker.id}/ubah`)
  await router.isReady()
  const w = mount(WorkerEditView, { props: { id: String(worker.id) }, global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush(10)
  return w
}

afterEach(() => {
  vi.unstubAllGlobals()
  clearSession()
  forgetRegions()
  document.body.innerHTML = ''
})

describe('WorkerEditView', () => {
  it('shows why a worker was rejected, saves the correction with its version, then resubmits it', async () => {
    const { calls } = setup(saved, (body) => ({ body: { ...saved, ...body, penghasilan: body.penghasilan, versi: 4 } }))
    const w = await mountEdit(saved)
    expect(calls.find((c) => c.method === 'GET' && c.path.startsWith('/api/v1/workers/7'))!.path).toBe('/api/v1/workers/7?nik=lengkap')
    expect(w.find('[data-testid="alasan-tolak"]').text()).toContain('Penghasilan di atas batas')
    expect((w.find('#penghasilan').element as HTMLInputElement).value).toBe('4.500.000')
    expect(w.find('#kode_kelurahan').attributes('disabled')).toBeDefined() // a ketua RT stays in their RT
    await w.find('#penghasilan').setValue('1.500.000')
    await w.find('#aw-lahir-0').setValue('12031990')
    expect((w.find('#aw-lahir-0').element as HTMLInputElement).value).toBe('12/03/1990')
    await w.find('form').trigger('submit')
    await flush(10)
    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ versi: 3, penghasilan: 1500000, nik: saved.nik })
    expect((put.body as any).ahli_waris[0]).toEqual({ nama: 'Siti Aminah', hubungan: 'istri', nik: '', tanggal_lahir: '1990-03-12' })
    const resubmit = calls.find((c) => c.path === '/api/v1/workers/7/resubmit')!
    expect(resubmit.body).toEqual({ versi: 4 })
    const outcome = w.find('.aksi-bawah [data-testid="hasil-simpan"]')
    expect(outcome.text()).toContain('diajukan ulang ke antrean verifikasi')
    expect(outcome.attributes('data-kind')).toBe('ok')
    expect(w.find('[data-testid="ajukan-ulang"]').exists()).toBe(false) // now "didata": a plain save
  })

  it('says a material change of a verified worker waits for a second person', async () => {
    const verified = { ...saved, status: 'diverifikasi', alasan: '' }
    setup(verified, (body) => ({ body: { ...verified, no_hp: body.no_hp, versi: 4, perubahan_tertunda: { id: 9, status: 'menunggu', pesan: 'x' } } }))
    const w = await mountEdit(verified)
    expect(w.find('[data-testid="catatan-periksa-ulang"]').exists()).toBe(true)
    await w.find('[data-testid="tambah-ahli-waris"]').trigger('click')
    await w.find('#aw-nama-2').setValue('Ani')
    await w.find('#aw-hub-2').setValue('anak')
    await w.find('#no_hp').setValue('081299990000')
    await w.find('form').trigger('submit')
    await flush(10)
    const outcome = w.find('.aksi-bawah [data-testid="hasil-simpan"]')
    expect(outcome.attributes('data-kind')).toBe('pending')
    expect(outcome.text()).toContain('disetujui petugas verifikasi lain')
    expect(outcome.text()).toContain('sudah tersimpan')
  })

  it('names the refused field and says it beside the button; a stale version offers a reload', async () => {
    let answer: Reply = { status: 422, body: { error: { code: 'validasi', message: 'x', field: 'penghasilan', errors: [
      { field: 'penghasilan', code: 'penghasilan_melebihi_batas', message: 'Penghasilan Rp4.500.000 melebihi batas program Rp4.032.000 per bulan' },
    ] } } }
    const { calls } = setup(saved, () => answer)
    const w = await mountEdit(saved)
    await w.find('[data-testid="simpan"]').trigger('click')
    await flush(10)
    expect(w.find('[data-testid="galat-penghasilan"]').text()).toContain('melebihi batas program')
    expect(w.find('.aksi-bawah [data-testid="hasil-simpan"]').text()).toContain('Periksa 1 kolom')
    expect(calls.some((c) => c.path.endsWith('/resubmit'))).toBe(false)

    answer = { status: 409, body: { error: { code: 'versi_berubah', message: 'Data pekerja telah diubah orang lain', field: 'versi' } } }
    await w.find('[data-testid="simpan"]').trigger('click')
    await flush(10)
    expect(w.find('.aksi-bawah [data-testid="hasil-simpan"]').text()).toContain('diubah orang lain sejak Anda membukanya')
    expect(w.find('[data-testid="muat-ulang"]').exists()).toBe(true)

    answer = new TypeError('Failed to fetch')
    await w.find('[data-testid="simpan"]').trigger('click')
    await flush(10)
    const offline = w.find('.aksi-bawah [data-testid="hasil-simpan"]')
    expect(offline.text()).toContain('Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.')
    expect(offline.attributes('data-kind')).toBe('offline')
  })
})
