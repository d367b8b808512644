import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import type { Permission, Role } from '@/api/types'
import { forgetRegions } from '@/lib/regions'
import { flush, stubFetch } from '@/test/helpers'
import { answeredPct, batchState, errorsByRow, fileNameFrom, filterWorkers, handedPct, previewChanges, previewRows, shortMessage } from './logic'
import { bpjsMessages } from './messages'
import type { BpjsBatchDetail, ResponseResult } from './types'

vi.mock('@/workflow/upload', () => ({ uploadFile: vi.fn(), uploadContentType: () => 'text/csv' }))
const { uploadFile } = await import('@/workflow/upload')
const { default: BpjsBatchesView } = await import('./BpjsBatchesView.vue')
const { default: BpjsBatchView } = await import('./BpjsBatchView.vue')
const { default: CardsView } = await import('./CardsView.vue')
const { default: WorkerCards } = await import('./WorkerCards.vue')

function as(role: string, permissions: Permission[]) {
  session.mode = 'session'
  session.user = { id: 1, aktif: true, kohort: '', username: role, nama: role, role: role as Role, area: '15.71', area_nama: 'Kota Jambi', permissions }
}

async function mountView(component: object, path: string, props: Record<string, unknown> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/bpjs', component: { template: '<div />' } },
    { path: '/bpjs/:id', component: { template: '<div />' } },
    { path: '/kartu', component: { template: '<div />' } },
    { path: '/kartu/:id', component: { template: '<div />' } },
    { path: '/pekerja/:id', component: { template: '<div />' } },
  ] })
  router.push(path)
  await router.isReady()
  const w = mount(component, { props, global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush()
  return w
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.mocked(uploadFile).mockReset()
  clearSession()
  forgetRegions()
  document.body.innerHTML = ''
})

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix]
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}

describe('BPJS texts', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(keys(bpjsMessages.en)).toEqual(keys(bpjsMessages.id))
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join()
    const get = (o: unknown, k: string) => k.split('.').reduce((x, p) => (x as Record<string, unknown>)[p], o) as string
    for (const k of keys(bpjsMessages.id)) expect(ph(get(bpjsMessages.en, k)), k).toBe(ph(get(bpjsMessages.id, k)))
  })
})

describe('logic', () => {
  it('states and shares of a batch', () => {
    expect(batchState({ jumlah: 3, menunggu: 3 })).toBe('dikirim')
    expect(batchState({ jumlah: 3, menunggu: 1 })).toBe('sebagian')
    expect(batchState({ jumlah: 3, menunggu: 0 })).toBe('selesai')
    expect(answeredPct({ jumlah: 4, menunggu: 1 })).toBe(75)
    expect(answeredPct({ jumlah: 0, menunggu: 0 })).toBe(0)
    expect(handedPct({ jumlah: 10, diserahkan: 5 })).toBe(50)
  })
  it('groups the response file\'s problems by row and shortens the messages', () => {
    const r = errorsByRow({ errors: [
      { row: 4, column: 'nik', code: 'nik_tidak_dikenal', message: 'Baris 4, kolom nik: NIK 9999**********99 tidak dikenal di registri' },
      { row: 2, column: 'kpj', code: 'kpj_tidak_valid', message: 'Baris 2, kolom kpj: KPJ harus 11 digit' },
      { row: 4, column: 'kpj', code: 'kpj_wajib', message: 'Baris 4: KPJ wajib' },
    ] })
    expect(r.map((x) => x.row)).toEqual([2, 4])
    expect(r[1].errors).toHaveLength(2)
    expect(shortMessage(r[1].errors[0])).toBe('NIK 9999**********99 tidak dikenal di registri')
    expect(shortMessage(r[1].errors[1])).toBe('KPJ wajib')
  })
  it('filters the batch\'s workers and names downloads', () => {
    const w = (id: number, status: 'dikirim' | 'diterima' | 'ditolak') => ({ pekerja_id: id, nik: '', nama: '', status, kpj: '', tanggal_efektif: '', alasan: '', dijawab: '' })
    expect(filterWorkers([w(1, 'dikirim'), w(2, 'ditolak')], 'ditolak').map((x) => x.pekerja_id)).toEqual([2])
    expect(filterWorkers([w(1, 'dikirim'), w(2, 'ditolak')], 'semua')).toHaveLength(2)
    expect(fileNameFrom('attachment; filename="kartu-3.pdf"', 'x.pdf')).toBe('kartu-3.pdf')
    expect(fileNameFrom(null, 'x.pdf')).toBe('x.pdf')
  })
})

const batch: BpjsBatchDetail = {
  id: 7, dibuat: '2026-11-22T00:02:07Z', pelaku: 'admin.kota', wilayah: '15.71', jumlah: 2, menunggu: 2, diterima: 0, ditolak: 0, jawaban: [],
  pekerja: [
    { pekerja_id: 11, nik: '1571**********01', nama: 'Ani', status: 'dikirim', kpj: '', tanggal_efektif: '', alasan: '', dijawab: '' },
    { pekerja_id: 12, nik: '1571**********02', nama: 'Budi', status: 'dikirim', kpj: '', tanggal_efektif: '', alasan: '', dijawab: '' },
  ],
}

describe('BpjsBatchesView', () => {
  it('creates a batch of the user\'s area and lists the batches with their counts', async () => {
    as('admin_kota', ['send_bpjs_batches', 'manage_bpjs'])
    let created = false
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/regions') return { body: { regions: [] } }
      if (url.pathname === '/api/v1/bpjs/batches' && init.method === 'POST') {
        created = true
        return { status: 201, body: { ...batch, dilewati: [{ pekerja_id: 9, nama: 'Citra', code: 'belum_diperbaiki', message: 'Data belum diperbaiki' }] } }
      }
      if (url.pathname === '/api/v1/bpjs/batches') return { body: { items: created ? [batch] : [], total: created ? 1 : 0, page: 1, limit: 20 } }
      return undefined
    })
    const w = await mountView(BpjsBatchesView, '/bpjs')
    expect(w.find('[data-testid="batch-daftar"]').text()).toContain('Belum ada batch pendaftaran')
    await w.find('[data-testid="batch-kirim-ulang"]').setValue(true)
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({ wilayah: '15.71', kirim_ulang: true })
    expect(w.find('[data-testid="batch-hasil"]').text()).toContain('Batch #7 dibuat: 2 pekerja dikirim.')
    expect(w.find('[data-testid="batch-dilewati"]').text()).toContain('Citra: Data belum diperbaiki')
    expect(w.find('[data-testid="batch-7"] [data-testid="n-menunggu"]').text()).toBe('2')
    expect(w.find('[data-testid="batch-7"] [data-testid="keadaan"]').text()).toBe('Terkirim')
  })

  it('has no create form for the petugas BPJS', async () => {
    as('petugas_bpjs', ['manage_bpjs'])
    stubFetch((url) => (url.pathname === '/api/v1/bpjs/batches' ? { body: { items: [batch], total: 1, page: 1, limit: 20 } } : undefined))
    const w = await mountView(BpjsBatchesView, '/bpjs')
    expect(w.find('[data-testid="batch-buat"]').exists()).toBe(false)
    expect(w.find('[data-testid="batch-7"]').exists()).toBe(true)
  })
})

describe('previewRows / previewChanges (issue 17 item 9)', () => {
  const r = {
    accepted: 1, rejected: 0,
    errors: [
      { row: 3, column: 'kpj', code: 'kpj_tidak_valid', message: 'Baris 3, kolom kpj: KPJ harus 11 digit' },
      { row: 3, column: 'tanggal_efektif', code: 'tanggal_tidak_valid', message: 'Baris 3, kolom tanggal_efektif: tanggal tidak valid' },
    ],
    baris: [
      { row: 2, pekerja_id: 1, nama: 'A', nik: '1571**********01', hasil: 'diterima' as const, kpj: '25012345678', tanggal_efektif: '2026-02-01', alasan: '' },
      { row: 3, pekerja_id: 2, nama: 'B', nik: '1571**********02', hasil: 'galat' as const, kpj: '', tanggal_efektif: '', alasan: '' },
    ],
  }
  it('joins each row with its problems, in file order', () => {
    const rows = previewRows(r)
    expect(rows.map((x) => [x.row, x.errors.length])).toEqual([[2, 0], [3, 2]])
    expect(rows[1].errors[0].column).toBe('kpj')
  })
  it('keeps only the refused rows when asked', () => {
    expect(previewRows(r, true).map((x) => x.row)).toEqual([3])
  })
  it('tells whether applying would change anything', () => {
    expect(previewChanges(r)).toBe(true)
    expect(previewChanges({ accepted: 0, rejected: 0 })).toBe(false)
    expect(previewChanges({ accepted: 0, rejected: 2 })).toBe(true)
  })
  it('copes with an older server that sends no rows', () => {
    expect(previewRows({ errors: [] })).toEqual([])
  })
})

describe('BpjsBatchView', () => {
  it('uploads BPJS\'s answer and shows each row\'s problem and each worker\'s result in place', async () => {
    as('petugas_bpjs', ['manage_bpjs'])
    let answered = false
    stubFetch((url) => {
      if (url.pathname === '/api/v1/bpjs/batches/7') {
        if (!answered) return { body: batch }
        return { body: { ...batch, menunggu: 0, diterima: 1, ditolak: 1, pekerja: [
          { ...batch.pekerja[0], status: 'diterima', kpj: '25012345678', tanggal_efektif: '2026-12-01' },
          { ...batch.pekerja[1], status: 'ditolak', alasan: 'Nama tidak sesuai' },
        ] } }
      }
      return undefined
    })
    const result: ResponseResult = { pendaftaran_id: 7, rows: 3, accepted: 1, rejected: 1, unchanged: 0, invalid: 1, saved: true, dry_run: false, baris: [], unknown_columns: [],
      errors: [{ row: 4, column: 'nik', code: 'nik_tidak_dikenal', message: 'Baris 4, kolom nik: NIK 9999**********99 tidak dikenal di registri' }] }
    const baris: ResponseResult['baris'] = [
      { row: 2, pekerja_id: 11, nama: 'Agus', nik: '1571**********01', hasil: 'diterima', kpj: '25012345678', tanggal_efektif: '2026-12-01', alasan: '' },
      { row: 3, pekerja_id: 12, nama: 'Budi', nik: '1571**********02', hasil: 'ditolak', kpj: '', tanggal_efektif: '', alasan: 'Nama tidak sesuai' },
      { row: 4, pekerja_id: null, nama: '', nik: '9999**********99', hasil: 'galat', kpj: '', tanggal_efektif: '', alasan: '' },
    ]
    const file = new File(['nik;kpj\n'], 'jawaban.csv', { type: 'text/csv' })
    // the preview first (issue 17 item 9): nothing written, the batch is not reloaded as answered
    vi.mocked(uploadFile).mockImplementationOnce(async () => ({ ...result, saved: false, dry_run: true, baris }))
    vi.mocked(uploadFile).mockImplementationOnce(async () => { answered = true; return { ...result, baris } })
    const w = await mountView(BpjsBatchView, '/bpjs/7', { id: '7' })
    expect(w.find('[data-testid="unduh-csv"]').attributes('href')).toBe('/api/v1/bpjs/batches/7/file?format=csv')
    expect(w.find('[data-testid="minta-kartu"]').exists()).toBe(false)
    const input = w.find('[data-testid="jawaban-berkas"]')
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await flush()
    expect(vi.mocked(uploadFile).mock.calls[0][0]).toBe('/bpjs/batches/7/response')
    expect(vi.mocked(uploadFile).mock.calls[0][2]?.query).toEqual({ nama_berkas: 'jawaban.csv', dry_run: '1' })
    expect(w.find('[data-testid="jawaban-hasil"]').exists()).toBe(false)
    expect(w.find('[data-testid="pratinjau-ringkas"]').text()).toBe('Jika diterapkan: 1 diterima, 1 ditolak, 0 tidak berubah, 1 baris bermasalah (dilewati).')
    expect(w.find('[data-testid="pratinjau-baris-2"]').text()).toContain('Agus')
    expect(w.find('[data-testid="pratinjau-baris-2"]').text()).toContain('25012345678')
    expect(w.find('[data-testid="pratinjau-baris-2"]').text()).toContain('01/12/2026')
    expect(w.find('[data-testid="pratinjau-baris-3"] [data-testid="hasil"]').text()).toBe('Ditolak')
    expect(w.find('[data-testid="pratinjau-baris-3"]').text()).toContain('Nama tidak sesuai')
    expect(w.find('[data-testid="pratinjau-baris-4"]').text()).toContain('Pekerja tidak dikenal')
    expect(w.find('[data-testid="pratinjau-baris-4"]').text()).toContain('tidak dikenal di registri')
    await w.find('[data-testid="pratinjau-hanya-masalah"]').setValue(true)
    expect(w.findAll('[data-testid="pratinjau-baris"] > li').length).toBe(1)
    expect(w.find('[data-testid="pekerja-11"] [data-testid="kpj"]').exists()).toBe(false)
    // "Terapkan" sends the same file to the applying route
    await w.find('[data-testid="pratinjau-terapkan"]').trigger('click')
    await flush()
    expect(vi.mocked(uploadFile).mock.calls[1][1]).toBe(file)
    expect(vi.mocked(uploadFile).mock.calls[1][2]?.query).toEqual({ nama_berkas: 'jawaban.csv' })
    expect(w.find('[data-testid="pratinjau"]').exists()).toBe(false)
    expect(w.find('[data-testid="jawaban-ringkas"]').text()).toBe('Jawaban disimpan: 1 diterima, 1 ditolak, 0 tidak berubah, 1 baris bermasalah.')
    expect(w.find('[data-testid="jawaban-baris-4"]').text()).toContain('NIK 9999**********99 tidak dikenal di registri')
    expect(w.find('[data-testid="pekerja-11"] [data-testid="kpj"]').text()).toContain('25012345678')
    expect(w.find('[data-testid="pekerja-11"] [data-testid="kpj"]').text()).toContain('01/12/2026')
    expect(w.find('[data-testid="pekerja-12"] [data-testid="alasan"]').text()).toBe('Alasan: Nama tidak sesuai')
    await w.find('[data-testid="saring-ditolak"]').trigger('click')
    expect(w.find('[data-testid="pekerja-11"]').exists()).toBe(false)
  })

  it('cancels a preview without applying anything, and offers no apply when nothing would change', async () => {
    as('petugas_bpjs', ['manage_bpjs'])
    stubFetch((url) => (url.pathname === '/api/v1/bpjs/batches/7' ? { body: batch } : undefined))
    const nothing: ResponseResult = { pendaftaran_id: 7, rows: 2, accepted: 0, rejected: 0, unchanged: 2, invalid: 0, saved: false, unknown_columns: [], errors: [], dry_run: true,
      baris: [{ row: 2, pekerja_id: 11, nama: 'Agus', nik: '1571**********01', hasil: 'tidak_berubah', kpj: '25012345678', tanggal_efektif: '2026-12-01', alasan: '' }] }
    vi.mocked(uploadFile).mockImplementation(async () => nothing)
    const w = await mountView(BpjsBatchView, '/bpjs/7', { id: '7' })
    const input = w.find('[data-testid="jawaban-berkas"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'lagi.csv', { type: 'text/csv' })] })
    await input.trigger('change')
    await flush()
    expect(w.find('[data-testid="pratinjau-ringkas"]').text()).toBe('Tidak ada yang akan berubah: 2 baris sudah pernah diterapkan, 0 bermasalah.')
    expect(w.find('[data-testid="pratinjau-terapkan"]').exists()).toBe(false)
    await w.find('[data-testid="pratinjau-batal"]').trigger('click')
    expect(w.find('[data-testid="pratinjau"]').exists()).toBe(false)
    expect(w.find('[data-testid="pratinjau-batal-pesan"]').exists()).toBe(true)
    expect(vi.mocked(uploadFile).mock.calls.length).toBe(1)
    vi.mocked(uploadFile).mockReset()
  })

  it('requests the cards of the accepted workers', async () => {
    as('admin_kota', ['send_bpjs_batches', 'manage_cards', 'manage_bpjs'])
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/bpjs/batches/7') return { body: { ...batch, diterima: 1, menunggu: 1 } }
      if (url.pathname === '/api/v1/cards' && init.method === 'POST') {
        return { status: 201, body: { batch: { id: 3, jumlah: 1 }, accepted: 1, rejected: 0, items: [] } }
      }
      return undefined
    })
    const w = await mountView(BpjsBatchView, '/bpjs/7', { id: '7' })
    await w.find('[data-testid="kartu-minta"]').trigger('click')
    await flush()
    expect(calls.find((c) => c.path === '/api/v1/cards')?.body).toEqual({ pendaftaran: 7 })
    expect(w.find('[data-testid="kartu-hasil"]').text()).toContain('Batch kartu #3: 1 kartu diminta, 0 ditolak.')
  })
})

describe('CardsView and WorkerCards', () => {
  const stamp = (oleh = '', pada = '') => ({ oleh, pada })
  const card = { id: 5, batch_id: 3, pekerja_id: 11, nama: 'Ani', nik: '1571**********01', kpj: '25012345678', status: 'dicetak' as const,
    diminta: stamp('admin.kota', '2026-11-22T00:02:11Z'), dicetak: stamp('admin.kota', '2026-11-22T00:03:11Z'), diserahkan: stamp() }

  it('hands over one printed card', async () => {
    as('admin_kota', ['manage_cards'])
    let handed = false
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/cards/batches/3') {
        return { body: { id: 3, dibuat: '2026-11-22T00:02:11Z', pelaku: 'admin.kota', wilayah: '15.71', pendaftaran_id: 7, jumlah: 1,
          diminta: 0, dicetak: handed ? 0 : 1, diserahkan: handed ? 1 : 0, kartu: [handed ? { ...card, status: 'diserahkan' } : card] } }
      }
      if (url.pathname === '/api/v1/cards/5/handover' && init.method === 'POST') { handed = true; return { body: { ...card, status: 'diserahkan' } } }
      return undefined
    })
    const w = await mountView(CardsView, '/kartu/3', { id: '3' })
    expect(w.find('[data-testid="n-dicetak"]').text()).toBe('1')
    await w.find('[data-testid="serahkan-5"]').trigger('click')
    await flush()
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/cards/5/handover')).toBe(true)
    expect(w.find('[data-testid="n-diserahkan"]').text()).toBe('1')
    expect(w.find('[data-testid="kartu-5"] [data-testid="status"]').text()).toBe('Diserahkan')
  })

  it('shows a worker\'s cards, or says there is none yet', async () => {
    as('operator_kelurahan', ['view_workers'])
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/workers/11/cards' ? { body: { items: [card], limit: 500, page: 1, total: 1 } } : { body: { items: [] } }))
    const w = await mountView(WorkerCards, '/pekerja/11', { workerId: 11 })
    expect(w.find('[data-testid="kartu-pekerja"]').text()).toContain('Dicetak')
    expect(w.find('[data-testid="kartu-pekerja"]').text()).toContain('Batch kartu #3')
    // every card of the worker in one page: the largest the server allows (issue 21 item 5)
    expect(calls[0].path).toBe('/api/v1/workers/11/cards?limit=500')
    const empty = await mountView(WorkerCards, '/pekerja/12', { workerId: 12 })
    expect(empty.text()).toContain('Belum ada kartu')
  })
})
