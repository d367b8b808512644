// The budget planner screen (issue 22 item 2): the figures of the server's answer, the what-if
// parameters sent as the API names them, and the chart's bars as the path to the target.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Plan } from '@/api/types'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'
import PlannerView from './PlannerView.vue'
import { funderRows, hasScenario, pathOption, planQuery, sumOfLines, type PlanForm } from './plannerLogic'

const months = (covered: number[]) =>
  covered.map((c, i) => {
    const bulan = `2027-${String(i + 1).padStart(2, '0')}`
    return { bulan, label: bulan, tercakup: c, cakupan: Math.floor((c * 10_000) / 1_000) / 100, iuran: (c - 400) * 16_800 }
  })

function plan(extra: Partial<Plan> = {}): Plan {
  const covered = [450, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950, 1000]
  const per_bulan = months(covered)
  const total = per_bulan.reduce((s, m) => s + m.iuran, 0)
  return {
    tanggal: '2026-12-07', tahun: 2027,
    wilayah: { kode: '15.71', nama: 'Kota Jambi' },
    target: { jenis: 'persen', persen: 100, jumlah: 1000 },
    potensi: 1000, peserta_lain: 400, tercakup_sekarang: 400, terdata_belum_tercakup: 100,
    tidak_memenuhi_syarat: [{ kode: 'penghasilan_di_atas_batas', label: 'Penghasilan di atas batas program', jumlah: 3 }],
    pekerja_baru: 600, pekerja_baru_terdata: 100, pekerja_belum_terdata: 500,
    mulai: { bulan: '2027-01', label: 'Januari 2027' }, iuran_per_bulan: 16_800, total_iuran: total,
    per_sumber_dana: [
      { sumber_dana: 'apbd_provinsi', nama: 'Pro Jambi Tangguh', jenis: 'apbd_provinsi', pekerja: 50, pekerja_lanjutan: 0, pekerja_baru: 50, pekerja_belum_terdata: 0, iuran: 1_000_000, bulanan: Array(12).fill(0).map((_, i) => (i === 0 ? 1_000_000 : 0)), anggaran: 5_000_000, kekurangan: 0 },
      { sumber_dana: 'apbd_kota', nama: 'APBD Kota Jambi', jenis: 'apbd_kota', pekerja: 550, pekerja_lanjutan: 0, pekerja_baru: 550, pekerja_belum_terdata: 500, iuran: total - 1_000_000, bulanan: Array(12).fill(0).map((_, i) => (i === 0 ? total - 1_000_000 : 0)), anggaran: 10_000_000, kekurangan: total - 11_000_000 },
    ],
    per_bulan,
    skenario: { tambah_anggaran: {}, pindah_provinsi: [], dana_rt: null },
    peringkat_rt: [{
      kode_rt: '15.71.01.1001.001', nama: 'RT 001, Kelurahan Simpang IV Sipin', belum_tercakup: 2, direncanakan: 1,
      pekerja: [
        { id: 7, peringkat: 1, nama: 'Siti Aminah', pekerjaan: 'ojek_online', pekerjaan_label: 'Ojek Online', penghasilan: 1_500_000, tanggungan: 3, skor: 85, skor_rincian: { pekerjaan: 40, penghasilan: 30, tanggungan: 15 }, direncanakan: true, mulai: { bulan: '2027-01', label: 'Januari 2027' }, sumber_dana: 'apbd_provinsi' },
        { id: 8, peringkat: 2, nama: 'Budi', pekerjaan: 'pedagang_umkm', pekerjaan_label: 'Pedagang / Pelaku UMKM', penghasilan: 3_000_000, tanggungan: 0, skor: 40, skor_rincian: { pekerjaan: 20, penghasilan: 20, tanggungan: 0 }, direncanakan: false, mulai: null, sumber_dana: '' },
      ],
    }],
    ...extra,
  }
}

const form = (f: Partial<PlanForm> = {}): PlanForm => ({
  all: false, percent: 100, year: 2027, wilayah: '', raiseFunder: '', raiseAmount: null, toProvince: [], rtFund: null, ...f,
})

afterEach(() => vi.unstubAllGlobals())

describe('plannerLogic (issue 22 item 2)', () => {
  it('asks for the target and the year, and what-if parameters only when set', () => {
    expect(planQuery(form())).toEqual({ target: '100', tahun: 2027 })
    expect(planQuery(form({ all: true, year: 0 }))).toEqual({ target: 'semua' })
    expect(planQuery(form({ raiseFunder: 'apbd_provinsi', raiseAmount: 5e8, toProvince: ['nelayan', 'petani'], rtFund: 5e6, wilayah: '15.71' }))).toEqual({
      target: '100', tahun: 2027, wilayah: '15.71', tambah_anggaran: 'apbd_provinsi:500000000', pindah_provinsi: 'nelayan,petani', dana_rt: 5000000,
    })
    expect(planQuery(form({ raiseFunder: 'apbd_kota', raiseAmount: null }))).toEqual({ target: '100', tahun: 2027 })
    expect(hasScenario(form())).toBe(false)
    expect(hasScenario(form({ rtFund: 1 }))).toBe(true)
  })

  it('draws the coverage at each month end up to the target, or the workers when the potential is unknown', () => {
    const p = plan()
    const o = pathOption(p, p.per_bulan.map((m) => m.bulan), 'Cakupan')
    expect(o.series[0].data).toEqual([45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100])
    expect(o.yAxis.max).toBe(100)
    const unknown = pathOption(plan({ potensi: null }), [], 'Tercakup')
    expect(unknown.series[0].data[11]).toBe(1000)
    expect(unknown.yAxis.max).toBeUndefined()
    expect(sumOfLines(p)).toBe(p.total_iuran)
  })

  it('sums the RT funds into one row whose figures add up to theirs, the others kept in order', () => {
    const line = (sumber_dana: string, jenis: string, iuran: number) => ({
      sumber_dana, nama: sumber_dana, jenis, pekerja: 2, pekerja_lanjutan: 1, pekerja_baru: 1, pekerja_belum_terdata: 0,
      iuran, bulanan: Array(12).fill(0).map((_, i) => (i === 11 ? iuran : 0)), anggaran: 100, kekurangan: 0,
    })
    const lines = [line('prov', 'apbd_provinsi', 10), line('rt1', 'dana_kampung_bahagia', 20), line('rt2', 'dana_kampung_bahagia', 30), line('kota', 'apbd_kota', 40)]
    const rows = funderRows(lines)
    expect(rows.map((r) => r.key)).toEqual(['prov', 'dana_kampung_bahagia', 'kota'])
    expect(rows[1].rt?.map((l) => l.sumber_dana)).toEqual(['rt1', 'rt2'])
    expect(rows[1].line.iuran).toBe(50)
    expect(rows[1].line.bulanan[11]).toBe(50)
    expect(rows[1].line.pekerja).toBe(4)
    expect(rows.reduce((s, r) => s + r.line.iuran, 0)).toBe(100)
    // One RT fund alone stays a line of its own.
    expect(funderRows([lines[1]]).map((r) => r.line.nama)).toEqual(['rt1'])
  })
})

describe('PlannerView (issue 22 item 2)', () => {
  it('shows the total, each funder, the ranking in words, and sends a scenario', async () => {
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/reports/rencana' ? { body: plan() } : undefined))
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/rencana', component: PlannerView }] })
    router.push('/rencana')
    await router.isReady()
    const w = mount(PlannerView, { global: { plugins: [i18n, router], stubs: { EChart: true } } })
    await flush(10)
    expect(calls[0].path).toBe('/api/v1/reports/rencana?target=100')
    expect(w.find('[data-testid="rencana-subjudul"]').text()).toContain('Kota Jambi')
    const total = plan().total_iuran.toLocaleString('id-ID')
    expect(w.find('[data-testid="rencana-total"]').text()).toContain(total)
    expect(w.find('[data-testid="rencana-jumlah"]').text()).toContain(total)
    const rows = w.findAll('[data-testid="rencana-sumber"] tbody tr')
    expect(rows.map((r) => r.find('td').text())).toEqual(['Pro Jambi Tangguh', 'APBD Kota Jambi'])
    expect(w.text()).toContain('Penghasilan di atas batas program')
    const rt = w.find('[data-rt="15.71.01.1001.001"]')
    expect(rt.text()).toContain('Siti Aminah')
    expect(rt.text()).toContain('Ojek Online')
    expect(rt.text()).toContain('Belum masuk rencana')
    expect(rt.text()).toContain('RT 001, Kelurahan Simpang IV Sipin: 2 belum tercakup, 1 masuk rencana')
    expect(rt.text()).not.toMatch(/ojek_online|pedagang_umkm|15\.71\./)

    await w.find('[data-testid="rencana-naik-sumber"]').setValue('apbd_provinsi')
    await w.find('[data-testid="rencana-naik-jumlah"]').setValue('500000000')
    await w.find('[data-testid="rencana-provinsi-nelayan"]').setValue(true)
    await w.find('[data-testid="rencana-form"]').trigger('submit')
    await flush(10)
    const last = calls[calls.length - 1].path
    expect(last).toContain('tambah_anggaran=apbd_provinsi%3A500000000')
    expect(last).toContain('pindah_provinsi=nelayan')
    expect(last).toContain('tahun=2027')
  })
})
