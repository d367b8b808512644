// The road to universal coverage (issue 22 item 1): the area's steps with their drops and reasons
// in words, the rows per area below it, and a row opening that area's own funnel.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'
import FunnelView from './FunnelView.vue'

const step = (kode: string, label: string, jumlah: number | null, turun = 0, alasan: { kode: string; label: string; jumlah: number }[] = []) =>
  ({ kode, label, jumlah, turun, alasan })
const steps = (scale: number) => [
  step('potensi', 'Potensi tenaga kerja', 228_000 * scale),
  step('belum_terlindungi', 'Belum menjadi peserta BPJS Ketenagakerjaan', 127_680 * scale, 100_320 * scale, [
    { kode: 'peserta_jalur_lain', label: 'Sudah menjadi peserta lewat jalur lain (pemberi kerja atau mandiri)', jumlah: 100_320 * scale },
  ]),
  step('terdata', 'Terdata sebagai pekerja rentan', 15_000 * scale, 112_680 * scale, [{ kode: 'belum_terdata', label: 'Belum didata oleh RT', jumlah: 112_680 * scale }]),
  step('diverifikasi', 'Lolos verifikasi kelurahan', 3_000 * scale, 12_000 * scale, [
    { kode: 'menunggu_pemeriksa', label: 'Menunggu diperiksa petugas kelurahan', jumlah: 12_000 * scale },
    { kode: 'ditolak', label: 'Ditolak saat verifikasi', jumlah: 0 },
  ]),
  step('didanai', 'Didanai (iuran dialokasikan)', 3_000 * scale),
  step('aktif', 'Aktif sebagai peserta BPJS', 3_000 * scale),
  step('kartu_diserahkan', 'Kartu peserta sudah diserahkan', 2_000 * scale, 1_000 * scale, [
    { kode: 'kartu_belum_dicetak', label: 'Kartu belum dicetak', jumlah: 1_000 * scale },
  ]),
]

afterEach(() => vi.unstubAllGlobals())

describe('FunnelView (issue 22 item 1)', () => {
  it('shows every step, the drops with their reasons in words, and opens a row', async () => {
    const { calls } = stubFetch((url) => {
      if (url.pathname !== '/api/v1/reports/funnel') return undefined
      const w = url.searchParams.get('wilayah')
      if (w === '15.71.01')
        return { body: { level: 'kelurahan', tanggal: '2026-12-07', wilayah: { kode: '15.71.01', nama: 'Telanaipura', tahapan: steps(0.1) }, rows: [] } }
      return {
        body: {
          level: 'kecamatan', tanggal: '2026-12-07',
          wilayah: { kode: '15.71', nama: 'Kota Jambi', tahapan: steps(1) },
          rows: [{ kode: '15.71.01', nama: 'Telanaipura', tahapan: steps(0.1) }],
        },
      }
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/corong', component: FunnelView }] })
    router.push('/corong')
    await router.isReady()
    const w = mount(FunnelView, { global: { plugins: [i18n, router] } })
    await flush(10)
    expect(w.find('[data-testid="corong-subjudul"]').text()).toContain('Kota Jambi')
    const items = w.findAll('[data-testid="corong"] li')
    expect(items.length).toBe(7)
    expect(items[0].text()).toContain('228.000')
    expect(items[2].text()).toContain('Belum didata oleh RT: 112.680')
    // a reason of 0 is not shown; words, never the codes
    expect(items[3].text()).toContain('Menunggu diperiksa petugas kelurahan: 12.000')
    expect(items[3].text()).not.toContain('Ditolak saat verifikasi')
    expect(w.find('[data-testid="corong"]').text()).not.toMatch(/menunggu_pemeriksa|belum_terdata|kartu_diserahkan/)
    expect(items[6].text()).toContain('2.000')
    expect(w.find('[data-testid="corong-tabel"]').text()).toContain('Telanaipura')

    await w.find('[data-testid="corong-tabel"] button').trigger('click')
    await flush(10)
    expect(router.currentRoute.value.query).toEqual({ wilayah: '15.71.01', level: 'kelurahan' })
    expect(calls.some((c) => c.path.includes('wilayah=15.71.01'))).toBe(true)
    expect(w.find('[data-testid="corong-subjudul"]').text()).toContain('Telanaipura')
  })

  it('counts the vulnerable workers unless another category, or every one, is chosen, and keeps it', async () => {
    const { calls } = stubFetch((url) => {
      if (url.pathname !== '/api/v1/reports/funnel') return undefined
      return { body: { level: 'kecamatan', kategori: url.searchParams.get('kategori'), tanggal: '2026-12-07', wilayah: { kode: '15.71', nama: 'Kota Jambi', tahapan: steps(1) }, rows: [{ kode: '15.71.01', nama: 'Telanaipura', tahapan: steps(0.1) }] } }
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/corong', component: FunnelView }] })
    router.push('/corong')
    await router.isReady()
    const w = mount(FunnelView, { global: { plugins: [i18n, router] } })
    await flush(10)
    expect(calls[calls.length - 1].path).toContain('kategori=pekerja_rentan')
    expect((w.find('[data-testid="corong-kategori"]').element as HTMLSelectElement).value).toBe('pekerja_rentan')
    await w.find('[data-testid="corong-kategori"]').setValue('semua')
    await flush(10)
    expect(router.currentRoute.value.query.kategori).toBe('semua')
    expect(calls[calls.length - 1].path).not.toContain('kategori=')
    await w.find('[data-testid="corong-kategori"]').setValue('petugas_keagamaan')
    await flush(10)
    expect(calls[calls.length - 1].path).toContain('kategori=petugas_keagamaan')
    await w.find('[data-testid="corong-tabel"] button').trigger('click')
    await flush(10)
    expect(router.currentRoute.value.query).toEqual({ kategori: 'petugas_keagamaan', wilayah: '15.71.01', level: 'kelurahan' })
    await w.find('[data-testid="corong-kategori"]').setValue('pekerja_rentan')
    await flush(10)
    expect(router.currentRoute.value.query).toEqual({ wilayah: '15.71.01', level: 'kelurahan' })
  })
})
