// The public page (issue 17 item 8): a citizen chooses the kab/kota; the headline names it, and the
// figures, bars and map are of that kab/kota only.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'

vi.mock('@/components/EChart.vue', () => ({ default: { props: ['option'], template: '<div class="echart-stub" />' } }))
vi.mock('@/charts/echarts', () => ({ loadKelurahanMap: vi.fn(async () => 'peta-uji') }))
const { default: PublicView } = await import('./PublicView.vue')

const row = (kode: string, nama: string, pct: number | null) =>
  ({ kode, nama, workers: 10, verified: 8, covered: 4, potential: pct === null ? 0 : 100, coverage_pct: pct })
const docs: Record<string, unknown> = {
  'kota': { level: 'kota', rows: [row('15.71', 'Kota Jambi', 4), row('15.72', 'Kota Sungai Penuh', null)], total: row('15', 'Jambi', null), tanggal: '2026-12-06' },
  'kecamatan:15.71': { level: 'kecamatan', rows: [row('15.71.01', 'Telanaipura', 4)], total: row('15.71', 'Kota Jambi', 44.5), tanggal: '2026-12-06', peta: '/kota_jambi_kelurahan.geojson' },
  'kelurahan:15.71': { level: 'kelurahan', rows: [row('15.71.01.1001', 'Simpang IV Sipin', 4)], total: row('15.71', 'Kota Jambi', 44.5), tanggal: '2026-12-06', peta: '/kota_jambi_kelurahan.geojson' },
  'kecamatan:15.72': { level: 'kecamatan', rows: [row('15.72.01', 'Sungai Penuh', null)], total: row('15.72', 'Kota Sungai Penuh', null), tanggal: '2026-12-06', peta: null },
  'kelurahan:15.72': { level: 'kelurahan', rows: [row('15.72.01.1001', 'Pasar Sungai Penuh', null)], total: row('15.72', 'Kota Sungai Penuh', null), tanggal: '2026-12-06', peta: null },
}

afterEach(() => vi.unstubAllGlobals())

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/publik', component: PublicView }, { path: '/masuk', component: { template: '<div />' } }, { path: '/cek', component: { template: '<div />' } }] })
  router.push(path)
  await router.isReady()
  const w = mount(PublicView, { global: { plugins: [i18n, router] } })
  await flush(10)
  return { w, router }
}

describe('PublicView (issue 17 item 8)', () => {
  it('names the chosen kab/kota, shows only its figures, and lets a citizen choose another', async () => {
    const { calls } = stubFetch((url) => {
      if (url.pathname === '/api/v1/health') return { body: { status: 'ok' } }
      if (url.pathname !== '/api/v1/public/coverage') return undefined
      const level = url.searchParams.get('level') ?? ''
      const w = url.searchParams.get('wilayah')
      return { body: docs[w ? `${level}:${w}` : level] }
    })
    const { w, router } = await mountAt('/publik')
    expect(w.find('[data-testid="publik-judul"]').text()).toBe('Cakupan perlindungan pekerja rentan di Kota Jambi')
    // Cek Perlindungan (issue 20 item 1): a worker's own check, one tap from the public page
    expect(w.find('[data-testid="publik-cek-tautan"]').attributes('href')).toBe('/cek')
    expect(w.findAll('[data-testid="publik-kabkota"] option').map((o) => o.text())).toEqual(['Kota Jambi', 'Kota Sungai Penuh'])
    expect(w.find('[data-testid="publik-coverage"]').text()).toContain('44,5%')
    expect(w.find('[data-testid="tabel-kecamatan"]').text()).toContain('Telanaipura')
    expect(w.find('[data-testid="tabel-kecamatan"]').text()).not.toContain('Sungai Penuh')
    expect(w.findAll('[data-testid="legenda"] li').length).toBe(5)
    // every figure asked for the chosen kab/kota only
    const figures = calls.filter((c) => c.path.startsWith('/api/v1/public/coverage') && !c.path.includes('level=kota'))
    expect(figures.every((c) => c.path.includes('wilayah=15.71'))).toBe(true)

    await w.find('[data-testid="publik-kabkota"]').setValue('15.72')
    await flush(10)
    expect(router.currentRoute.value.query.wilayah).toBe('15.72')
    expect(w.find('[data-testid="publik-judul"]').text()).toBe('Cakupan perlindungan pekerja rentan di Kota Sungai Penuh')
    expect(w.find('[data-testid="publik-coverage"]').text()).toContain('Belum ada data')
    expect(w.find('[data-testid="tabel-kecamatan"]').text()).not.toContain('Telanaipura')
    expect(w.find('[data-testid="peta-tidak-ada"]').text()).toContain('Kota Sungai Penuh')
    expect(w.findAll('[data-testid="legenda"] li').length).toBe(5) // the scale's key, also without a map
  }, 30000)

  it('opens the kab/kota named in the address', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/health') return { body: { status: 'ok' } }
      if (url.pathname !== '/api/v1/public/coverage') return undefined
      const level = url.searchParams.get('level') ?? ''
      const w = url.searchParams.get('wilayah')
      return { body: docs[w ? `${level}:${w}` : level] }
    })
    const { w } = await mountAt('/publik?wilayah=15.72')
    expect(w.find('[data-testid="publik-judul"]').text()).toBe('Cakupan perlindungan pekerja rentan di Kota Sungai Penuh')
    expect((w.find('[data-testid="publik-kabkota"]').element as HTMLSelectElement).value).toBe('15.72')
  }, 30000)
})
