// Jakon (issue 9): the projects list with its compliance summary, the form's premium preview, and
// the detail page's certificate gate and workers.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import { forgetRegions } from '@/lib/regions'
import { flush, stubFetch } from '@/test/helpers'
import type { Project, Role } from '@/api/types'
import ProjectsView from './ProjectsView.vue'
import ProjectFormView from './ProjectFormView.vue'
import ProjectDetailView from './ProjectDetailView.vue'

function project(over: Partial<Project> = {}): Project {
  return {
    id: 7, jenis: 'swakelola', nama: 'Semenisasi gang RT 001', kode_kelurahan: '15.71.01.1001', rt: 1,
    kode_rt: '15.71.01.1001.001', nilai: 80000000, ppn_termasuk: false, ppn_persen: 11, upah_bulanan: 0,
    tanggal_spk: '2026-11-16', rencana_mulai: null, rencana_selesai: null, pelaksana: 'ST/001/2026', iuran: 192000,
    dasar_iuran: 'nilai_kontrak', sumber_aturan: 'Permenaker 5/2021', tanggal_aturan: '2021-04-01',
    nomor_sertifikat: '', tanggal_bayar: null, jumlah_bayar: 0, status: 'direncanakan', tanggal_mulai: null,
    tanggal_selesai: null, jumlah_pekerja: 0, pekerja: [], versi: 1,
    dibuat: '2026-11-16T02:00:00Z', dibuat_oleh: 'operator.kelurahan', diubah: '2026-11-16T02:00:00Z',
    kepatuhan: { batas_daftar: '2026-12-04', sisa_hari_kerja: 10, tanpa_sertifikat: true, terlambat: false,
      mulai_tanpa_perlindungan: false, patuh: false },
    ...over,
  }
}

const tree = {
  regions: [{ kode: '15', nama: 'Jambi', tingkat: 'provinsi', children: [{ kode: '15.71', nama: 'Kota Jambi', tingkat: 'kota', children: [
    { kode: '15.71.01', nama: 'Telanaipura', tingkat: 'kecamatan', children: [
      { kode: '15.71.01.1001', nama: 'Simpang IV Sipin', tingkat: 'kelurahan', children: [] },
    ] },
  ] }] }],
}
const rts = { kelurahan: 'Simpang IV Sipin', items: [{ kode: '15.71.01.1001.001', nomor: 1, nama_ketua: 'Pak RT' }] }
function regionReply(url: URL) {
  if (url.pathname === '/api/v1/regions') return { body: tree }
  if (url.pathname === '/api/v1/regions/15.71.01.1001/rts') return { body: rts }
  return undefined
}

const row = (kode: string, nama: string, n: Partial<Record<string, number>>) => ({
  kode, nama, proyek: 0, tanpa_sertifikat: 0, terlambat: 0, mulai_tanpa_perlindungan: 0, patuh: 0, nilai: 0, iuran: 0, ...n,
})

function asAdmin(role = 'admin_kota', area = '15.71', permissions = ['view_projects', 'manage_projects']) {
  session.mode = 'session'
  session.user = { id: 1, aktif: true, kohort: '', username: 'u', nama: 'U', role: role as Role, area, area_nama: '', permissions: permissions as any }
}

async function mountAt(path: string, routePath: string, component: any) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: routePath, component, props: true },
    { path: '/proyek', component: { template: '<div>daftar</div>' } },
    { path: '/proyek/:id', component: { template: '<div>rinci</div>' } },
  ] })
  router.push(path)
  await router.isReady()
  const w = mount(component, { props: routePath.includes(':id') ? { id: path.split('/').pop() } : {}, global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush()
  return { w, router }
}

// Every wrapper is unmounted after its test: a form left mounted re-rendered after the test
// environment was torn down ("window is not defined", an unhandled error that failed a CI run).
enableAutoUnmount(afterEach)

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  clearSession()
  forgetRegions()
  document.body.innerHTML = ''
})

describe('ProjectsView', () => {
  it('shows the compliance summary per kelurahan and filters the list', async () => {
    asAdmin()
    const { calls } = stubFetch((url) => {
      if (url.pathname === '/api/v1/reports/projects') return { body: {
        wilayah: '15.71', tanggal: '2026-11-21',
        total: row('15.71', 'Kota Jambi', { proyek: 3, tanpa_sertifikat: 2, terlambat: 1, mulai_tanpa_perlindungan: 1, patuh: 1 }),
        per_kelurahan: [row('15.71.01.1001', 'Simpang IV Sipin', { proyek: 3, tanpa_sertifikat: 2, terlambat: 1, mulai_tanpa_perlindungan: 1, patuh: 1 })],
        per_rt: [row('15.71.01.1001.001', 'Simpang IV Sipin RT 001', { proyek: 3 })],
        bermasalah: [],
      } }
      if (url.pathname === '/api/v1/projects') {
        const late = url.searchParams.get('kepatuhan') === 'terlambat'
        const items = late ? [project({ kepatuhan: { ...project().kepatuhan, terlambat: true } })] : [project(), project({ id: 8, nama: 'Gapura' })]
        return { body: { items, total: items.length, page: 1, limit: 20 } }
      }
      return undefined
    })
    const { w } = await mountAt('/proyek', '/proyek', ProjectsView)
    expect(w.find('[data-testid="ringkasan"]').text()).toContain('Simpang IV Sipin')
    expect(w.find('[data-testid="ringkasan-total"]').text()).toContain('3')
    expect(w.findAll('[data-testid="daftar-proyek"] li')).toHaveLength(2)
    // The report is fetched with the app's language (Accept-Language), not a plain link the browser would send in its own.
    expect(w.find('[data-testid="unduh-xlsx"]').element.tagName).toBe('BUTTON')
    await w.find('[data-testid="saring-terlambat"]').trigger('click')
    await flush()
    expect(calls.some((c) => c.path.includes('kepatuhan=terlambat'))).toBe(true)
    expect(w.findAll('[data-testid="daftar-proyek"] li')).toHaveLength(1)
    expect(w.find('[data-testid="lencana-terlambat"]').exists()).toBe(true)
    await w.find('[data-testid="ganti-tingkat"]').trigger('click')
    expect(w.find('[data-testid="ringkasan"]').text()).toContain('RT 001')
  })

  it('offers a new project only to those who manage projects', async () => {
    asAdmin('petugas_bpjs', '15.71', ['view_projects'])
    stubFetch((url) => {
      if (url.pathname === '/api/v1/reports/projects') return { body: { wilayah: '', tanggal: '2026-11-21', total: row('', '', {}), per_kelurahan: [], per_rt: [], bermasalah: [] } }
      if (url.pathname === '/api/v1/projects') return { body: { items: [], total: 0, page: 1, limit: 20 } }
      return undefined
    })
    const { w } = await mountAt('/proyek', '/proyek', ProjectsView)
    expect(w.find('[data-testid="proyek-baru"]').exists()).toBe(false)
    expect(w.text()).toContain(i18n.global.t('projects.empty'))
  })
})

describe('ProjectFormView', () => {
  it('previews the premium and deadline, then saves and opens the project', async () => {
    asAdmin('ketua_rt', '15.71.01.1001.001', ['view_projects', 'manage_projects'])
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/jakon') return { body: {
        value: 80000000, basis: 80000000, ppn_included: false, ppn_percent: 11, jkk: 168000, jkm: 24000, total: 192000,
        source: 'Permenaker 5/2021', batas_daftar: '2026-12-04',
        tiers: [{ from: 0, to: 100000000, slice: 80000000, jkk: 168000, jkm: 24000, jkk_rate: '0,21%', jkm_rate: '0,03%' }],
      } }
      if (url.pathname === '/api/v1/projects' && init.method === 'POST') return { status: 201, body: project({ id: 42 }) }
      return regionReply(url)
    })
    const { w, router } = await mountAt('/proyek/baru', '/proyek/baru', ProjectFormView)
    // The RT head's own RT is filled in.
    expect((w.find('#kode_kelurahan').element as HTMLInputElement).value).toBe('15.71.01.1001')
    expect((w.find('#rt').element as HTMLInputElement).value).toBe('1')
    await w.find('#nama').setValue('Semenisasi gang')
    await w.find('#nilai').setValue('80.000.000')
    await w.find('#tanggal_spk').setValue('16112026')
    expect((w.find('#tanggal_spk').element as HTMLInputElement).value).toBe('16/11/2026')
    await new Promise((r) => setTimeout(r, 350))
    await flush()
    const preview = calls.filter((c) => c.path.startsWith('/api/v1/jakon')).pop()
    expect(preview?.path).toContain('value=80000000')
    expect(preview?.path).toContain('spk=2026-11-16')
    expect(w.find('[data-testid="pratinjau-total"]').text()).toBe('Rp192.000')
    expect(w.find('[data-testid="pratinjau-batas"]').text()).toContain('04/12/2026')
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toMatchObject({ nilai: 80000000, tanggal_spk: '2026-11-16', kode_kelurahan: '15.71.01.1001', rt: 1 })
    expect(router.currentRoute.value.fullPath).toBe('/proyek/42?baru=1')
  })

  it('shows a 422 next to its field', async () => {
    asAdmin()
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/projects' && init.method === 'POST') return { status: 422, body: { error: {
        code: 'wajib_diisi', message: 'Nama penyedia jasa wajib diisi', field: 'pelaksana',
        errors: [{ field: 'pelaksana', code: 'wajib_diisi', message: 'Nama penyedia jasa wajib diisi' }] } } }
      return regionReply(url) ?? { body: {} }
    })
    const { w, router } = await mountAt('/proyek/baru', '/proyek/baru', ProjectFormView)
    await w.find('#jenis').setValue('kontrak')
    // A city admin picks kecamatan, kelurahan and RT.
    await w.find('#kecamatan').setValue('15.71.01')
    await w.find('#kode_kelurahan').setValue('15.71.01.1001')
    await flush()
    await w.find('#rt').setValue('1')
    await w.find('form').trigger('submit')
    await flush()
    expect(w.find('[data-testid="galat-pelaksana"]').text()).toContain('penyedia jasa')
    expect(router.currentRoute.value.fullPath).toBe('/proyek/baru')
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ jenis: 'kontrak', kode_kelurahan: '15.71.01.1001', rt: 1 })
  })
})

describe('ProjectFormView editing', () => {
  it('loads the project, locks the figures once certified, and PUTs with the version read', async () => {
    asAdmin()
    const certified = project({ versi: 3, nomor_sertifikat: 'JK1', tanggal_bayar: '2026-11-18', jumlah_bayar: 192000, status: 'bersertifikat',
      rencana_mulai: '2026-11-23', pelaksana: 'ST/001/2026' })
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/projects/7' && (init.method ?? 'GET') === 'GET') return { body: certified }
      if (url.pathname === '/api/v1/projects/7' && init.method === 'PUT') return { body: { ...certified, versi: 4 } }
      return regionReply(url)
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/proyek/:id/ubah', component: ProjectFormView, props: true },
      { path: '/proyek/:id', component: { template: '<div>rinci</div>' } },
    ] })
    router.push('/proyek/7/ubah')
    await router.isReady()
    const w = mount(ProjectFormView, { props: { id: '7' }, global: { plugins: [i18n, router] }, attachTo: document.body })
    await flush()
    expect((w.find('#nama').element as HTMLInputElement).value).toBe('Semenisasi gang RT 001')
    expect((w.find('#tanggal_spk').element as HTMLInputElement).value).toBe('16/11/2026')
    expect((w.find('#rencana_mulai').element as HTMLInputElement).value).toBe('23/11/2026')
    expect(w.find('[data-testid="terkunci"]').exists()).toBe(true)
    expect(w.find('#nilai').attributes('disabled')).toBeDefined()
    await w.find('#nama').setValue('Semenisasi gang RT 001 tahap 2')
    await w.find('form').trigger('submit')
    await flush()
    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.body).toMatchObject({ versi: 3, nama: 'Semenisasi gang RT 001 tahap 2', nilai: 80000000, tanggal_spk: '2026-11-16', rencana_mulai: '2026-11-23' })
    expect(router.currentRoute.value.fullPath).toBe('/proyek/7?baru=1')
  })
})

describe('ProjectDetailView', () => {
  it('keeps the start button shut until certificate and payment are recorded', async () => {
    asAdmin()
    let current = project()
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/projects/7' && (init.method ?? 'GET') === 'GET') return { body: current }
      if (url.pathname === '/api/v1/projects/7/certificate') {
        current = project({ nomor_sertifikat: 'JK1', tanggal_bayar: '2026-11-18', jumlah_bayar: 192000, status: 'bersertifikat',
          kepatuhan: { ...project().kepatuhan, tanpa_sertifikat: false, patuh: true } })
        return { body: current }
      }
      if (url.pathname === '/api/v1/projects/7/start') return { body: { ...current, status: 'dimulai', tanggal_mulai: '2026-11-19' } }
      return undefined
    })
    const { w } = await mountAt('/proyek/7', '/proyek/:id', ProjectDetailView)
    expect(w.find('[data-testid="iuran-proyek"]').text()).toBe('Rp192.000')
    expect(w.find('[data-testid="batas-daftar"]').text()).toContain('04/12/2026')
    expect(w.find('[data-testid="pesan-gerbang"]').text()).toContain(i18n.global.t('projects.gateNeeded'))
    expect(w.find('[data-testid="mulai"]').attributes('disabled')).toBeDefined()
    await w.find('#nomor_sertifikat').setValue('JK1')
    await w.find('#tanggal_bayar').setValue('18112026')
    await w.find('[data-testid="form-sertifikat"]').trigger('submit')
    await flush()
    expect(calls.find((c) => c.path.endsWith('/certificate'))?.body).toEqual({ nomor_sertifikat: 'JK1', tanggal_bayar: '2026-11-18', jumlah_bayar: 192000 })
    expect(w.find('[data-testid="mulai"]').attributes('disabled')).toBeUndefined()
    await w.find('[data-testid="mulai"]').trigger('click')
    await flush()
    expect(w.find('[data-testid="status-proyek"]').text()).toBe(i18n.global.t('projects.s_dimulai'))
    expect(w.find('[data-testid="selesai"]').exists()).toBe(true)
  })

  it('adds and removes workers and shows the server refusal', async () => {
    asAdmin()
    let current = project()
    stubFetch((url, init) => {
      if (url.pathname === '/api/v1/projects/7' && (init.method ?? 'GET') === 'GET') return { body: current }
      if (url.pathname === '/api/v1/projects/7/workers') {
        const body = JSON.parse(String(init.body))
        if (body.nik.length !== 16) return { status: 422, body: { error: { code: 'nik_panjang', message: 'NIK harus 16 digit', field: 'nik', errors: [{ field: 'nik', code: 'nik_panjang', message: 'NIK harus 16 digit' }] } } }
        current = project({ pekerja: [{ id: 3, nik: '1571**********02', nama: body.nama, peran: body.peran, pekerja_id: null }] })
        return { status: 201, body: current }
      }
      if (url.pathname === '/api/v1/projects/7/workers/3' && init.method === 'DELETE') {
        current = project()
        return { body: current }
      }
      return undefined
    })
    const { w } = await mountAt('/proyek/7', '/proyek/:id', ProjectDetailView)
    await w.find('#nik').setValue('12345')
    await w.find('#nama_pekerja').setValue('Siti')
    await w.find('[data-testid="form-pekerja"]').trigger('submit')
    await flush()
    expect(w.find('[data-testid="galat-nik"]').text()).toContain('16 digit')
    await w.find('#nik').setValue('1571015708900002')
    await w.find('[data-testid="form-pekerja"]').trigger('submit')
    await flush()
    expect(w.find('[data-testid="pekerja-proyek"]').text()).toContain('1571**********02')
    await w.find('[data-testid="hapus-3"]').trigger('click')
    await flush()
    expect(w.find('[data-testid="pekerja-proyek"]').exists()).toBe(false)
  })
})
