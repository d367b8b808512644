import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import { ALL_PERMISSIONS, type Permission } from '@/api/types'
import { flush, stubFetch } from '@/test/helpers'
import fixture from './fixture.json'

vi.mock('@/workflow/upload', () => ({ uploadFile: vi.fn() }))
const { uploadFile } = await import('@/workflow/upload')
const { default: ClaimDetailView } = await import('./ClaimDetailView.vue')
const { default: ClaimNewView } = await import('./ClaimNewView.vue')

function asUser(permissions: Permission[]) {
  session.user = { id: 1, aktif: true, kohort: '', username: 'u', nama: 'U', role: 'ketua_rt', area: '15.71.01.1001.001', area_nama: 'RT 1', permissions }
  session.mode = 'session'
}

async function mountView(component: object, path: string, props: Record<string, unknown>) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/klaim/:id', component },
    { path: '/pekerja/:id/kejadian', component },
    { path: '/:rest(.*)*', component: { template: '<div />' } },
  ] })
  router.push(path)
  await router.isReady()
  const w = mount(component, { props, global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush()
  return { w, router }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.mocked(uploadFile).mockReset()
  clearSession()
  document.body.innerHTML = ''
})

describe('ClaimDetailView', () => {
  it('shows the benefit line by line with its basis, the heirs, the checklist and the cover form for decide_claims', async () => {
    asUser([...ALL_PERMISSIONS])
    stubFetch((u) => (u.pathname === '/api/v1/claims/1' ? { body: fixture } : undefined))
    const { w } = await mountView(ClaimDetailView, '/klaim/1', { id: '1' })
    const lines = w.findAll('[data-testid="baris-manfaat"]')
    expect(lines).toHaveLength(3)
    expect(lines[0].text()).toContain('Rp20.000.000')
    expect(lines[0].text()).toContain('PP 82/2019')
    expect(w.find('[data-testid="manfaat-total"]').text()).toBe('Rp42.000.000')
    expect(w.findAll('[data-testid="penerima"] li').map((l) => l.attributes('data-nama'))).toEqual(['Zubaidah', 'Riko'])
    expect(w.find('[data-testid="klaim-kedaluwarsa"]').text()).toContain('10/11/2031')
    expect(w.find('[data-testid="dokumen"]').text()).toContain('Dokumen wajib 0 dari 7')
    expect(w.find('[data-testid="form-cover"]').exists()).toBe(true)
  })

  it('hides the cover decision from a ketua RT and refuses a wrong file type in Indonesian before sending', async () => {
    asUser(['view_workers', 'manage_claims'])
    stubFetch((u) => (u.pathname === '/api/v1/claims/1' ? { body: fixture } : undefined))
    const { w } = await mountView(ClaimDetailView, '/klaim/1', { id: '1' })
    expect(w.find('[data-testid="form-cover"]').exists()).toBe(false)
    const input = w.find('[data-testid="berkas-kartu_peserta"]')
    const file = new File(['halo'], 'surat.docx', { type: 'application/msword' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flush()
    expect(w.find('[data-testid="galat-unggah"]').text()).toContain('bukan PDF, JPG atau PNG')
    expect(uploadFile).not.toHaveBeenCalled()
  })

  it('uploads a PDF with its name and content type, then reloads the case', async () => {
    asUser(['view_workers', 'manage_claims'])
    const { calls } = stubFetch((u) => (u.pathname === '/api/v1/claims/1' ? { body: fixture } : undefined))
    vi.mocked(uploadFile).mockResolvedValue({})
    const { w } = await mountView(ClaimDetailView, '/klaim/1', { id: '1' })
    const input = w.find('[data-testid="berkas-akta_kematian"]')
    const file = new File(['%PDF-1.4'], 'akta.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flush()
    const [path, sent, options] = vi.mocked(uploadFile).mock.calls[0]
    expect(path).toBe('/claims/1/documents/akta_kematian')
    expect(sent).toBe(file)
    expect(options?.query).toEqual({ nama_berkas: 'akta.pdf' })
    expect(options?.contentType).toBe('application/pdf')
    expect(calls.filter((c) => c.path === '/api/v1/claims/1')).toHaveLength(2)
    expect(w.find('[data-testid="unggah-selesai"]').text()).toContain('akta.pdf')
  })
})

describe('ClaimsView', () => {
  it('asks the server for one page and pages with its total (issue 21 item 5)', async () => {
    asUser(['view_workers'])
    const claim = (id: number) => ({
      id, pekerja: `Pekerja ${id}`, pekerja_id: id, wilayah: '15.71.01.1001.001', jenis_kejadian: 'meninggal', jenis_klaim: 'jkm',
      tanggal_kejadian: '2026-06-10', status: 'draf', pertanggungan: 'terlindungi', manfaat_total: 42000000, dibayar_jumlah: 0,
    })
    const { calls } = stubFetch((u) => {
      if (u.pathname === '/api/v1/claims') {
        const page = Number(u.searchParams.get('page'))
        return { body: { items: page === 3 ? [claim(5)] : [claim(6), claim(7)], limit: 20, page, total: 45 } }
      }
      return undefined
    })
    const { default: ClaimsView } = await import('./ClaimsView.vue')
    const { w, router } = await mountView(ClaimsView, '/klaim?page=2', {})
    const asked = new URL(calls.find((c) => c.path.startsWith('/api/v1/claims'))!.path, 'http://x').searchParams
    expect([asked.get('page'), asked.get('limit')]).toEqual(['2', '20'])
    expect(w.find('[data-testid="jumlah-klaim"]').text()).toContain('45')
    expect(w.findAll('[data-testid="daftar-klaim"] tbody tr')).toHaveLength(2)
    await w.find('[data-testid="pager-next"]').trigger('click')
    await flush()
    expect(router.currentRoute.value.query.page).toBe('3')
    await flush()
    expect(w.findAll('[data-testid="daftar-klaim"] tbody tr').map((r) => r.attributes('data-id'))).toEqual(['5'])
  })
})

describe('ClaimNewView', () => {
  it('posts the event and shows a second death refused with a link to the existing case', async () => {
    asUser(['view_workers', 'manage_claims'])
    const { calls } = stubFetch((u, init) => {
      if (u.pathname === '/api/v1/workers/6') return { body: { id: 6, nama: 'Abdul Rahman', status: 'meninggal' } }
      if (u.pathname === '/api/v1/claims' && init.method === 'POST')
        return { status: 409, body: { error: { code: 'kematian_sudah_dicatat', field: 'jenis', message: 'Kematian Abdul Rahman sudah dicatat pada kasus klaim #1 (meninggal 10/11/2026)' } } }
      if (u.pathname === '/api/v1/claims') return { body: { items: [{ id: 1, jenis_kejadian: 'meninggal' }], total: 1 } }
      return undefined
    })
    const { w } = await mountView(ClaimNewView, '/pekerja/6/kejadian', { id: '6' })
    await w.find('#tanggal').setValue('10112026')
    expect((w.find('#tanggal').element as HTMLInputElement).value).toBe('10/11/2026')
    await w.find('form').trigger('submit')
    await flush()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ pekerja_id: 6, jenis: 'meninggal', tanggal: '2026-11-10', kecelakaan_kerja: false })
    expect(w.find('[data-testid="galat-kejadian"]').text()).toContain('sudah dicatat pada kasus klaim #1')
    expect(w.find('[data-testid="kasus-lama"]').attributes('href')).toBe('/klaim/1')
  })
})
