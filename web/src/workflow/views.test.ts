import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession } from '@/auth'
import { forgetRegions } from '@/lib/regions'
import { flush, stubFetch } from '@/test/helpers'
import type { ImportResult } from '@/api/workflow'

vi.mock('./upload', () => ({ uploadFile: vi.fn(), uploadContentType: () => 'text/csv' }))
const { uploadFile } = await import('./upload')
const { default: ImportView } = await import('./ImportView.vue')
const { default: VerificationView } = await import('./VerificationView.vue')
const { default: FundingView } = await import('./FundingView.vue')
const { default: WorkerLedger } = await import('./WorkerLedger.vue')

const tree = { regions: [] }
const worker = (id: number, nama: string) => ({
  id, nama, nik: '1571**********01', jenis_kelamin: 'L', kode_kelurahan: '15.71.01.1001', kelurahan: 'Simpang IV Sipin', rt: 1,
  kode_rt: '15.71.01.1001.001', pekerjaan: 'becak', pekerjaan_label: 'Penarik Becak', kategori: 'pekerja_rentan', status: 'didata',
  status_label: 'Didata', sumber_dana: '',
})

async function mountView(component: object, path: string, name: string, props: Record<string, unknown> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path, name, component },
    { path: '/pekerja/:id', component: { template: '<div />' } },
    { path: '/duplikat', component: { template: '<div />' } },
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

describe('ImportView', () => {
  const dry: ImportResult = {
    rows: 2, created: 1, updated: 0, unchanged: 0, accepted: 1, rejected: 1, duplicates: 0, flagged: 0, clean: 1, pending_changes: 0, timing_ms: { read_check: 0, dedup: 0, write: 0 },
    errors: [{ row: 3, column: 'nik', code: 'nik_panjang', message: 'Baris 3, kolom nik: NIK harus 16 digit, bukan 15 digit' }],
    warnings: [], import_id: null, dry_run: true, saved: false, message: 'Uji coba', file: 'rt.csv', format: 'csv', unknown_columns: [],
    items: [{ row: 2, action: 'create', nik: '1571**********02', nama: 'Ani', worker_id: null, changed: [], duplicate_of: [], pending: [], pending_change_id: null, peringatan_nik: false }],
  }

  it('checks the file first, shows each row\'s error in place, then saves the good rows', async () => {
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/imports' ? { body: { items: [], total: 0, page: 1, limit: 10 } } : undefined))
    vi.mocked(uploadFile).mockResolvedValueOnce(dry).mockResolvedValueOnce({ ...dry, dry_run: false, saved: true, import_id: 9, message: 'Disimpan (impor #9)' })
    const w = await mountView(ImportView, '/impor', 'impor')
    expect(w.find('[data-testid="riwayat-impor"]').text()).toContain('Belum ada impor')
    const input = w.find('[data-testid="impor-berkas"]')
    const file = new File(['nik,nama\n'], 'rt.csv', { type: 'text/csv' })
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await flush()
    expect(vi.mocked(uploadFile).mock.calls[0][2]?.query).toMatchObject({ dry_run: true, nama_berkas: 'rt.csv' })
    // errors first: the filter starts on the rows with problems
    expect(w.find('[data-testid="baris-3"]').text()).toContain('NIK harus 16 digit, bukan 15 digit')
    expect(w.find('[data-testid="baris-3"] [data-testid="aksi"]').text()).toBe('Ditolak')
    expect(w.find('[data-testid="baris-2"]').exists()).toBe(false)
    await w.find('[data-testid="saring-semua"]').trigger('click')
    expect(w.find('[data-testid="baris-2"] [data-testid="aksi"]').text()).toBe('Baru')
    expect(w.find('[data-testid="impor-simpan"]').text()).toBe('Simpan 1 baris yang benar')
    await w.find('[data-testid="impor-simpan"]').trigger('click')
    await flush()
    expect(vi.mocked(uploadFile).mock.calls[1][2]?.query).toMatchObject({ dry_run: false })
    expect(w.find('[data-testid="impor-hasil"]').text()).toContain('Disimpan (impor #9)')
    // The error report is fetched in the app's language (ReportDownload), in both formats.
    expect(w.find('[data-testid="laporan-baru-9-xlsx"]').exists()).toBe(true)
    expect(w.find('[data-testid="laporan-baru-9-csv"]').exists()).toBe(true)
    expect(calls.filter((c) => c.path.startsWith('/api/v1/imports')).length).toBe(2) // the history again after saving
  })

  it('says why a file cannot be read', async () => {
    stubFetch((url) => (url.pathname === '/api/v1/imports' ? { body: { items: [], total: 0, page: 1, limit: 10 } } : undefined))
    const { ApiError } = await import('@/api/client')
    vi.mocked(uploadFile).mockRejectedValueOnce(new ApiError(400, 'tanpa_kepala', 'Berkas tidak memiliki kolom nik dan nama'))
    const w = await mountView(ImportView, '/impor', 'impor')
    const input = w.find('[data-testid="impor-berkas"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'x.csv')] })
    await input.trigger('change')
    await flush()
    expect(w.find('[role="alert"]').text()).toContain('Berkas tidak memiliki kolom nik dan nama')
    expect(w.find('[data-testid="impor-uji"]').exists()).toBe(false)
  })
})

describe('VerificationView', () => {
  it('decides the selected workers at once and shows each refusal under its worker', async () => {
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/regions') return { body: tree }
      if (url.pathname === '/api/v1/workers') return { body: { items: [worker(1, 'Ani'), worker(2, 'Budi')], total: 2, page: 1, limit: 25 } }
      if (url.pathname === '/api/v1/duplicates') return { body: { items: [{ id: 5, pekerja: [worker(2, 'Budi'), worker(9, 'Budi B')] }], total: 1 } }
      if (url.pathname === '/api/v1/bpjs/active-members/matches') return { status: 403, body: { error: { code: 'x', message: 'x' } } }
      if (url.pathname === '/api/v1/verifications' && init.method === 'POST') return { body: { ok: 1, failed: 1, results: [
        { pekerja_id: 1, ok: true, status: 'diverifikasi' },
        { pekerja_id: 2, ok: false, status: 'didata', error: { code: 'duplikat_belum_diputuskan', message: 'Ada dugaan duplikat untuk Budi' } },
      ] } }
      return undefined
    })
    const w = await mountView(VerificationView, '/verifikasi', 'verifikasi')
    expect(calls.find((c) => c.path.startsWith('/api/v1/workers'))?.path).toContain('status=didata')
    expect(w.find('[data-testid="antrean-jumlah"]').text()).toBe('2 pekerja menunggu verifikasi')
    expect(w.find('li[data-id="2"] [data-testid="tanda-duplikat"]').exists()).toBe(true)
    expect(w.find('li[data-id="1"] [data-testid="tanda-duplikat"]').exists()).toBe(false)
    await w.find('[data-testid="pilih-semua"]').setValue(true)
    expect(w.find('[data-testid="verif-terpilih"]').text()).toBe('Verifikasi terpilih (2)')
    await w.find('[data-testid="verif-terpilih"]').trigger('click')
    // confirmed first (issue 17 item 9): the question names both, nothing is sent yet
    expect(w.find('[data-testid="konfirmasi-massal"]').text()).toContain('Verifikasi 2 pekerja: Ani, Budi?')
    await flush()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await w.find('[data-testid="yakin-verif-terpilih"]').trigger('click')
    await flush()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({ ids: [1, 2], keputusan: 'verifikasi', alasan: '' })
    expect(w.find('[data-testid="hasil-1"]').text()).toBe('Diverifikasi')
    expect(w.find('[data-testid="galat-2"]').text()).toContain('Ada dugaan duplikat untuk Budi')
    expect(w.find('[data-testid="hasil-massal"]').text()).toContain('1 berhasil, 1 gagal')
  })

  it('verifies one worker only after "Ya, verifikasi"; "Batal" sends nothing', async () => {
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/workers') return { body: { items: [worker(1, 'Ani')], total: 1, page: 1, limit: 25 } }
      if (url.pathname === '/api/v1/workers/1/verify' && init.method === 'POST') return { body: { ...worker(1, 'Ani'), status: 'diverifikasi' } }
      if (url.pathname === '/api/v1/regions') return { body: tree }
      return { body: { items: [], total: 0 } }
    })
    const w = await mountView(VerificationView, '/verifikasi', 'verifikasi')
    await w.find('[data-testid="verif-1"]').trigger('click')
    expect(w.find('[data-testid="konfirmasi-1"]').text()).toContain('Verifikasi Ani?')
    await w.find('[data-testid="batal-verif-1"]').trigger('click')
    await flush()
    expect(w.find('[data-testid="konfirmasi-1"]').exists()).toBe(false)
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await w.find('[data-testid="verif-1"]').trigger('click')
    await w.find('[data-testid="yakin-verif-1"]').trigger('click')
    await flush()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/workers/1/verify'])
    expect(w.find('[data-testid="hasil-1"]').text()).toBe('Diverifikasi')
  })

  it('asks for a reason before rejecting', async () => {
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/workers') return { body: { items: [worker(1, 'Ani')], total: 1, page: 1, limit: 25 } }
      if (url.pathname === '/api/v1/workers/1/reject' && init.method === 'POST') return { body: { ...worker(1, 'Ani'), status: 'ditolak' } }
      if (url.pathname === '/api/v1/regions') return { body: tree }
      return { body: { items: [], total: 0 } }
    })
    const w = await mountView(VerificationView, '/verifikasi', 'verifikasi')
    await w.find('[data-testid="tolak-1"]').trigger('click')
    await w.find('[data-testid="kirim-tolak-1"]').trigger('click')
    expect(w.find('.galat-kolom').text()).toContain('minimal 5 karakter')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await w.find('[data-testid="alasan-1"]').setValue('Bukan warga RT ini')
    await w.find('[data-testid="kirim-tolak-1"]').trigger('click')
    await flush()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ alasan: 'Bukan warga RT ini' })
    expect(w.find('[data-testid="hasil-1"]').text()).toBe('Ditolak')
  })
})

describe('FundingView', () => {
  it('shows the budget card and each worker\'s allocation outcome with its reasons', async () => {
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'apbd_kota', nama: 'APBD Kota Jambi', jenis: 'apbd_kota', wilayah: '', pekerjaan: [], aktif: true }] } }
      if (url.pathname === '/api/v1/reports/budget') return { body: { tahun: 2026, rows: [{ sumber_dana: 'apbd_kota', tahun: 2026, pagu: 4032000, kuota: 10, terpakai: 1008000, pekerja: 5, sisa: 3024000, persen_terpakai: 25 }] } }
      if (url.pathname === '/api/v1/workers') return { body: { items: [worker(1, 'Ani'), worker(2, 'Budi')], total: 2, page: 1, limit: 50 } }
      if (url.pathname === '/api/v1/regions') return { body: tree }
      if (url.pathname === '/api/v1/allocations' && init.method === 'POST') return { body: { accepted: 1, rejected: 1, items: [
        { pekerja_id: 1, nama: 'Ani', ok: true, iuran: 201600, masalah: [] },
        { pekerja_id: 2, nama: 'Budi', ok: false, iuran: 0, masalah: [{ field: 'sumber_dana', code: 'kuota_penuh', message: 'Kuota APBD Kota Jambi 2026 penuh' }] },
      ] } }
      return undefined
    })
    const w = await mountView(FundingView, '/pendanaan', 'pendanaan')
    const card = w.find('[data-kode="apbd_kota"]')
    expect(card.find('[data-col="pagu"]').text()).toBe('Rp4.032.000')
    expect(card.find('[data-col="sisa"]').text()).toBe('Rp3.024.000')
    expect(card.find('[data-col="kuota"]').text()).toBe('5 / 10')
    expect(calls.find((c) => c.path.startsWith('/api/v1/workers'))?.path).toContain('status=diverifikasi')
    await w.find('[data-testid="alokasi-pilih-semua"]').setValue(true)
    await w.find('[data-testid="alokasi-mulai"]').setValue(`${new Date().getFullYear()}-12`)
    await w.find('[data-testid="alokasi-bulan"]').setValue('1')
    await w.find('form.form-alokasi').trigger('submit')
    await flush()
    expect(calls.find((c) => c.path === '/api/v1/allocations')?.body).toEqual({ pekerja: [1, 2], sumber_dana: 'apbd_kota', mulai: `${new Date().getFullYear()}-12`, bulan: 1 })
    expect(w.find('[data-testid="alokasi-ringkas"]').text()).toBe('1 diterima, 1 ditolak.')
    expect(w.find('[data-testid="alokasi-hasil"] li[data-id="1"]').text()).toContain('Rp201.600')
    expect(w.find('[data-testid="alokasi-hasil"] li[data-id="2"]').text()).toContain('Kuota APBD Kota Jambi 2026 penuh')
  })
})

describe('WorkerLedger', () => {
  it('lists the months with their state and funder', async () => {
    stubFetch((url) => (url.pathname === '/api/v1/workers/7/ledger' ? { body: { pekerja_id: 7, months: [
      { bulan: '2026-01', iuran: 16800, dibayar: 16800, sumber_dana: 'apbd_kota', status: 'lunas' },
      { bulan: '2026-02', iuran: 16800, dibayar: 0, sumber_dana: 'apbd_kota', status: 'tunggakan' },
    ] } } : undefined))
    const w = mount(WorkerLedger, { props: { workerId: 7 }, global: { plugins: [i18n] } })
    await flush()
    expect(w.text()).toContain('2 bulan · ditagih Rp33.600 · dibayar Rp16.800')
    expect(w.find('[data-bulan="2026-02"]').text()).toContain('Februari 2026')
    expect(w.find('[data-bulan="2026-02"]').text()).toContain('Menunggak')
    expect(w.find('[data-bulan="2026-01"]').text()).toContain('APBD Kota')
  })

  it('names the funder when the user may list funders', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/workers/8/ledger') return { body: { pekerja_id: 8, months: [
        { bulan: '2026-12', iuran: 16800, dibayar: 0, sumber_dana: 'dkb_rt001', status: 'tagihan' }] } }
      if (url.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'dkb_rt001', nama: 'Dana Kampung Bahagia RT 001', jenis: 'dana_kampung_bahagia', wilayah: '', pekerjaan: [], aktif: true }] } }
      return undefined
    })
    const w = mount(WorkerLedger, { props: { workerId: 8 }, global: { plugins: [i18n] } })
    await flush()
    expect(w.find('[data-bulan="2026-12"]').text()).toContain('Dana Kampung Bahagia RT 001 · iuran Rp16.800, dibayar Rp0')
    expect(w.find('[data-bulan="2026-12"]').text()).toContain('Ditagih')
  })
})

describe('UsersView', () => {
  it('picks the area by name from the admin\'s own area, down to the role\'s level (issue 17 item 9)', async () => {
    const { session } = await import('@/auth')
    const { forgetRegions } = await import('@/lib/regions')
    const { default: UsersView } = await import('./UsersView.vue')
    forgetRegions()
    session.user = { id: 1, aktif: true, kohort: '', username: 'admin.sungaipenuh', nama: 'Admin', role: 'admin_kota', area: '15.72', area_nama: 'Kota Sungai Penuh',
      permissions: ['manage_users'] }
    session.mode = 'session'
    const n = (kode: string, nama: string, tingkat: string, children: unknown[] = []) => ({ kode, nama, tingkat, children })
    const regions = [n('15.72', 'Kota Sungai Penuh', 'kota', [
      n('15.72.01', 'Sungai Penuh', 'kecamatan', [n('15.72.01.1001', 'Pasar Sungai Penuh', 'kelurahan'), n('15.72.01.1002', 'Dusun Baru', 'kelurahan')]),
      n('15.72.02', 'Pesisir Bukit', 'kecamatan', [n('15.72.02.1001', 'Koto Keras', 'kelurahan')]),
    ])]
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/users' && init.method === 'POST') return { status: 201, body: { id: 3, username: 'rt.baru' } }
      if (url.pathname === '/api/v1/users') return { body: { items: [], limit: 500, page: 1, total: 0 } }
      if (url.pathname === '/api/v1/regions') return { body: { regions } }
      if (url.pathname === '/api/v1/regions/15.72.01.1002/rts') return { body: { kelurahan: 'Dusun Baru', items: [
        { kode: '15.72.01.1002.001', nomor: 1, nama_ketua: 'Pak Amir' }, { kode: '15.72.01.1002.002', nomor: 2, nama_ketua: '' }] } }
      return undefined
    })
    const w = await mountView(UsersView, '/pengguna', 'pengguna')
    // one kab/kota: named, not a choice; the kecamatan by name
    expect(w.find('[data-testid="u-area-kota"]').text()).toContain('Kota Sungai Penuh')
    expect(w.findAll('[data-testid="u-area-kecamatan"] option').map((o) => o.text())).toEqual(['— pilih —', 'Sungai Penuh', 'Pesisir Bukit'])
    expect(w.text()).not.toContain('15.71')
    await w.find('[data-testid="u-area-kecamatan"]').setValue('15.72.01')
    await w.find('[data-testid="u-area-kelurahan"]').setValue('15.72.01.1002')
    await flush()
    expect(w.findAll('[data-testid="u-area-rt"] option').map((o) => o.text())).toEqual(['— pilih —', 'RT 001 · Pak Amir', 'RT 002'])
    await w.find('[data-testid="u-area-rt"]').setValue('15.72.01.1002.001')
    expect(w.find('[data-testid="u-area-kode"]').text()).toBe('Kota Sungai Penuh › Sungai Penuh › Dusun Baru › RT 001 · Pak Amir (kode 15.72.01.1002.001)')
    // another kecamatan clears what was below it
    await w.find('[data-testid="u-area-kecamatan"]').setValue('15.72.02')
    expect(w.find('[data-testid="u-area-kode"]').text()).toBe('Kota Sungai Penuh › Pesisir Bukit (kode 15.72.02)')
    await w.find('[data-testid="u-area-kecamatan"]').setValue('15.72.01')
    await w.find('[data-testid="u-area-kelurahan"]').setValue('15.72.01.1002')
    await flush()
    await w.find('[data-testid="u-area-rt"]').setValue('15.72.01.1002.002')
    await w.find('[data-testid="u-username"]').setValue('rt.baru')
    await w.find('[data-testid="u-nama"]').setValue('RT Baru')
    await w.find('[data-testid="u-password"]').setValue('kata-sandi-panjang')
    await w.find('form').trigger('submit')
    await flush()
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ role: 'ketua_rt', area: '15.72.01.1002.002' })
    // an operator kecamatan stops at the kecamatan
    await w.find('[data-testid="u-role"]').setValue('operator_kecamatan')
    expect(w.find('[data-testid="u-area-kelurahan"]').exists()).toBe(false)
    await w.find('[data-testid="u-area-kecamatan"]').setValue('15.72.02')
    expect(w.find('[data-testid="u-area-kode"]').text()).toBe('Kota Sungai Penuh › Pesisir Bukit (kode 15.72.02)')
  }, 30000)
})

describe('RtSessionsView (issue 21 item 4)', () => {
  it('lists the RT heads with their live sessions and ends one head\'s sessions after a confirmation', async () => {
    const { default: RtSessionsView } = await import('./RtSessionsView.vue')
    const heads = [
      { id: 7, username: 'ketua.rt', nama: 'Ketua RT 001', area: '15.71.01.1001.001', area_nama: 'RT 001 Simpang IV Sipin',
        sesi: [{ dibuat: '2026-11-21T01:00:00Z', terakhir_aktif: '2026-11-21T02:10:00Z' }] },
      { id: 8, username: 'ketua.rt2', nama: 'Ketua RT 002', area: '15.71.01.1001.002', area_nama: 'RT 002 Simpang IV Sipin', sesi: [] },
    ]
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/users/sesi-rt') return { body: { items: heads, total: 2, page: 1, limit: 500 } }
      if (url.pathname === '/api/v1/users/7/sesi' && init.method === 'DELETE') return { body: { diakhiri: 1 } }
      return undefined
    })
    const w = await mountView(RtSessionsView, '/sesi-rt', 'sesi-rt')
    const list = w.find('[data-testid="daftar-sesi-rt"]')
    expect(list.text()).toContain('Ketua RT 001')
    expect(list.text()).toContain('1 sesi aktif')
    expect(list.text()).toContain('Tidak ada sesi yang aktif')
    expect(w.find('[data-testid="akhiri-ketua.rt2"]').exists()).toBe(false)
    await w.find('[data-testid="akhiri-ketua.rt"]').trigger('click')
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false)
    await w.find('[data-testid="yakin-akhiri-ketua.rt"]').trigger('click')
    await flush()
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/v1/users/7/sesi'])
    expect(w.find('[data-testid="hasil-sesi-ketua.rt"]').text()).toBe('1 sesi diakhiri.')
    expect(w.find('[data-testid="akhiri-ketua.rt"]').exists()).toBe(false)
  })
})

describe('PendingChangesPanel (issue 17)', () => {
  it('writes each pending change in words: labels, dates, the kelurahan by name, heirs by name and relation', async () => {
    const { default: PendingChangesPanel } = await import('./PendingChangesPanel.vue')
    stubFetch((u) => (u.pathname === '/api/v1/worker-changes'
      ? { body: { items: [{
          id: 4, pekerja_id: 12, nama_pekerja: 'Siti Aminah', wilayah: '15.71.01.1001.007', status: 'menunggu',
          diajukan_oleh: 'ketua.rt7', diajukan_pada: '2026-11-22T01:00:00Z',
          perubahan: {
            tanggal_lahir: ['1985-08-17', '1985-08-18'],
            kode_kelurahan: ['15.71.01.1001', '15.71.01.1002'],
            ahli_waris: [[{ nama: 'Budi', hubungan: 'suami', nik: '1571**********01', tanggal_lahir: '' }], [{ nama: 'Budi', hubungan: 'suami', nik: '1571**********01', tanggal_lahir: '' }, { nama: 'Ani', hubungan: 'anak', nik: '', tanggal_lahir: '2015-01-02' }]],
          },
          nama_wilayah: { '15.71.01.1001': 'Simpang IV Sipin', '15.71.01.1002': 'Telanaipura' },
        }], limit: 20, page: 1, total: 1 } }
      : undefined))
    const w = await mountView(PendingChangesPanel, '/verifikasi', 'verifikasi')
    const rows = w.findAll('[data-testid="perubahan-4"] tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['Tanggal lahir', '17/08/1985', '→ 18/08/1985'],
      ['Kelurahan', 'Simpang IV Sipin', '→ Telanaipura'],
      ['Ahli waris', 'Budi (Suami)', '→ Budi (Suami), Ani (Anak)'],
    ])
    expect(w.text()).not.toMatch(/tanggal_lahir|kode_kelurahan|ahli_waris|15\.71\.01/)
  })
})

describe('WorkerLedger: months BPJS does not let us bill (issue 17)', () => {
  it('keeps them out of the billed total, says why in words, and shows what was paid on them as lebih bayar', async () => {
    stubFetch((u) => {
      if (u.pathname === '/api/v1/workers/5/ledger') return { body: { pekerja_id: 5, months: [
        { bulan: '2026-01', iuran: 16800, dibayar: 16800, sumber_dana: 'apbd_kota', status: 'tidak_ditagih', keterangan: 'Tidak ditagih: belum diterima BPJS' },
        { bulan: '2026-02', iuran: 16800, dibayar: 0, sumber_dana: 'apbd_kota', status: 'tidak_ditagih', keterangan: 'Tidak ditagih: ditolak BPJS' },
        { bulan: '2026-03', iuran: 16800, dibayar: 16800, sumber_dana: 'apbd_kota', status: 'lunas' },
      ] } }
      if (u.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'apbd_kota', nama: 'APBD Kota Jambi' }] } }
      return undefined
    })
    const w = await mountView(WorkerLedger, '/pekerja/5', 'pekerja', { workerId: 5 })
    expect(w.text()).toContain('1 bulan · ditagih Rp16.800 · dibayar Rp16.800')
    expect(w.find('[data-testid="iuran-tidak-ditagih"]').text()).toBe('2 bulan tidak ditagih menurut jawaban BPJS · iuran dicadangkan Rp33.600')
    expect(w.find('[data-testid="iuran-lebih-bayar"]').text()).toBe('Lebih bayar, perlu dikembalikan: Rp16.800')
    expect(w.find('[data-bulan="2026-02"]').text()).toContain('Tidak ditagih: ditolak BPJS')
  })
})
