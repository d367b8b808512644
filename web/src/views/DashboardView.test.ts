// The dashboard's budget and claims panels are a chunk of their own, fetched when their place
// comes near the screen. A chunk that does not arrive is tried once more, then said with a button
// to try again: the panels never silently stay away (a clean-clone CI run's journey waited 15 s
// for a panel that never came).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'

vi.mock('@/components/EChart.vue', () => ({ default: { props: ['option'], template: '<div class="echart-stub" />' } }))
vi.mock('@/charts/echarts', () => ({ loadKelurahanMap: vi.fn(async () => 'peta-uji') }))
vi.mock('@/components/CoverageTrend.vue', () => ({ default: { template: '<div />' } }))
vi.mock('@/holidays/CalendarWarnings.vue', () => ({ default: { template: '<div />' } }))
// The view, loaded afresh with a chunk whose first `failures` imports fail as a lost connection would
// (a chunk once arrived stays loaded, as in a browser, so each test has its own).
async function freshView(failures: number) {
  const chunk = { imports: 0 }
  vi.resetModules()
  vi.doMock('@/billing/DashboardPanels.vue', () => {
    chunk.imports++
    if (chunk.imports <= failures) throw new Error('Failed to fetch dynamically imported module')
    return { default: { template: '<div data-testid="panel-anggaran">panel</div>' } }
  })
  const { default: view } = await import('./DashboardView.vue')
  return { view, chunk }
}

const figures = { workers: 10, verified: 8, covered: 4, potential: 100, coverage_pct: 4, nilai_perlindungan: 0 }
const report = (level: string) => ({
  level,
  rows: [{ kode: '15.71.01', nama: 'Telanaipura', ...figures }],
  total: { kode: '15.71', nama: 'Kota Jambi', ...figures },
  tanggal: '2026-12-07',
  peta: null,
})

afterEach(() => vi.unstubAllGlobals())

async function mountDashboard(failures: number) {
  const { view, chunk } = await freshView(failures)
  stubFetch((url) => {
    if (url.pathname === '/api/v1/reports/coverage') return { body: report(url.searchParams.get('level') ?? '') }
    if (url.pathname === '/api/v1/regions') return { body: { regions: [{ kode: '15.71', nama: 'Kota Jambi', tingkat: 'kota', induk: null }] } }
    return undefined
  })
  const w = mount(view, { global: { plugins: [i18n], stubs: { RouterLink: true } } })
  await flush(10)
  return { w, chunk }
}

describe('DashboardView panels', () => {
  it('are tried again once after a failed chunk, without a word when the second try arrives', async () => {
    const { w, chunk } = await mountDashboard(1)
    await new Promise((r) => setTimeout(r, 1100)) // the second try comes a second later
    await flush(10)
    expect(w.find('[data-testid="panel-anggaran"]').exists()).toBe(true)
    expect(w.find('[data-testid="panel-tempat"] [role="alert"]').exists()).toBe(false)
    expect(chunk.imports).toBe(2)
  })

  it('say so, with "Coba lagi", when the chunk does not come twice; the button loads them', async () => {
    const { w, chunk } = await mountDashboard(2)
    await new Promise((r) => setTimeout(r, 1100)) // the second try comes a second later
    await flush(10)
    const alert = w.find('[data-testid="panel-tempat"] [role="alert"]')
    expect(alert.text()).toContain('Panel anggaran dan klaim tidak dapat dimuat.')
    expect(alert.text()).not.toContain('Failed to fetch') // the browser's reason names our file: not shown
    expect(chunk.imports).toBe(2)
    expect(w.find('[data-testid="panel-anggaran"]').exists()).toBe(false)
    await alert.find('button').trigger('click')
    await flush(10)
    expect(w.find('[data-testid="panel-anggaran"]').exists()).toBe(true)
    expect(w.find('[data-testid="panel-tempat"] [role="alert"]').exists()).toBe(false)
  })
})
