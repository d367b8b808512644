import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { billingMessages } from './messages'
import panelTexts from './locales/panels'
import {
  checkCalculator, checkInvoice, checkPayment, linesSum, monthsOf, monthsRunText, pageOf, paymentErrors, rangeText, REPORTS, reportFileName, reportFilters, reportUrl, todayJakarta,
} from './logic'
import { budgetLines } from './panels'
import { preview } from './reports'
import type { FundingRow } from './types'

describe('report URLs', () => {
  it('builds the JSON, XLSX and PDF URLs of a route, leaving empty filters out', () => {
    expect(reportUrl('/reports/funding', { tahun: 2026 })).toBe('/api/v1/reports/funding?tahun=2026')
    expect(reportUrl('/reports/funding', { tahun: 2026 }, 'xlsx')).toBe('/api/v1/reports/funding?tahun=2026&format=xlsx')
    expect(reportUrl('/reports/arrears', { tahun: 2026, wilayah: '', sumber_dana: 'apbd_kota' }, 'pdf')).toBe(
      '/api/v1/reports/arrears?tahun=2026&sumber_dana=apbd_kota&format=pdf',
    )
    expect(reportUrl('/arrears', { wilayah: '15.71.01.1001', tahun: 2026 }, 'xlsx')).toBe('/api/v1/arrears?wilayah=15.71.01.1001&tahun=2026&format=xlsx')
    // a funder code with a colon (an RT fund) is encoded
    expect(reportUrl('/reports/invoices', { sumber_dana: 'dana_kampung_bahagia:15.71.01.1001.023' }, 'pdf')).toBe(
      '/api/v1/reports/invoices?sumber_dana=dana_kampung_bahagia%3A15.71.01.1001.023&format=pdf',
    )
  })

  it('gives each report only its own filters, so the URL carries nothing the route does not take', () => {
    const values = { level: 'kelurahan', wilayah: '15.71.01', tahun: 2026, sumber_dana: 'apbd_kota', dari: '2026-01-01', sampai: '2026-11-22' }
    const url = (key: string, f: 'xlsx' | 'pdf') => {
      const def = REPORTS.find((r) => r.key === key)!
      return reportUrl(def.path, reportFilters(def, values), f)
    }
    expect(url('coverage', 'xlsx')).toBe('/api/v1/reports/coverage?level=kelurahan&wilayah=15.71.01&format=xlsx')
    expect(url('funding', 'pdf')).toBe('/api/v1/reports/funding?tahun=2026&format=pdf')
    expect(url('invoices', 'xlsx')).toBe('/api/v1/reports/invoices?tahun=2026&sumber_dana=apbd_kota&format=xlsx')
    expect(url('arrears', 'pdf')).toBe('/api/v1/reports/arrears?tahun=2026&wilayah=15.71.01&sumber_dana=apbd_kota&format=pdf')
    expect(url('claims', 'xlsx')).toBe('/api/v1/reports/claims?dari=2026-01-01&sampai=2026-11-22&wilayah=15.71.01&format=xlsx')
    expect(url('projects', 'pdf')).toBe('/api/v1/reports/projects?wilayah=15.71.01&format=pdf')
    expect(REPORTS.find((r) => r.key === 'projects')!.permission).toBe('view_projects')
  })

  it('names the downloaded file after the report and its filters', () => {
    expect(reportFileName('laporan-tunggakan', { tahun: 2026, wilayah: '' }, 'xlsx')).toBe('laporan-tunggakan-2026.xlsx')
    expect(reportFileName('laporan-tagihan', { tahun: 2026, sumber_dana: 'dana_kampung_bahagia:15.71' }, 'pdf')).toBe('laporan-tagihan-2026-dana_kampung_bahagia_15.71.pdf')
  })
})

describe('payment form', () => {
  const today = '2026-11-22'
  it('accepts an amount typed the Indonesian way, a past date and a reference', () => {
    expect(checkPayment({ jumlah: 'Rp 1.500.000', tanggal: '20/11/2026', referensi: ' SP2D/001 ' }, 2000000, today)).toEqual({
      body: { jumlah: 1500000, tanggal: '2026-11-20', referensi: 'SP2D/001' },
      errors: {},
    })
  })
  it('refuses each wrong field under its own name before sending', () => {
    expect(checkPayment({ jumlah: '0', tanggal: '31/02/2026', referensi: 'X1' }, 100, today).errors).toEqual({
      jumlah: ['jumlah_tidak_valid'],
      tanggal: ['tanggal_tidak_valid'],
      referensi: ['referensi_tidak_valid'],
    })
    expect(checkPayment({ jumlah: '101', tanggal: '23/11/2026', referensi: 'ABC' }, 100, today).errors).toEqual({
      jumlah: ['kelebihan_bayar'],
      tanggal: ['tanggal_masa_depan'],
    })
    expect(checkPayment({ jumlah: '5', tanggal: '22/11/2026', referensi: 'BAD#REF' }, null, today).errors).toEqual({ referensi: ['referensi_tidak_valid'] })
  })

  it('puts the server\'s refusals under the right field with the screen\'s sentence and the server\'s figures', () => {
    const tr = (code: string) => (billingMessages.id.billing.pay.errors as Record<string, string>)[code] ?? ''
    const over = new ApiError(422, 'kelebihan_bayar', 'Pembayaran Rp2 melebihi sisa tagihan Rp1', 'jumlah', [
      { field: 'jumlah', code: 'kelebihan_bayar', message: 'Pembayaran Rp2 melebihi sisa tagihan Rp1' },
    ])
    expect(paymentErrors(over, tr)).toEqual({ jumlah: ['Jumlah melebihi sisa tagihan. (Pembayaran Rp2 melebihi sisa tagihan Rp1)'] })
    // 409 without errors[]: the code alone decides the field
    const used = new ApiError(409, 'referensi_dipakai', 'Referensi SP2D/001 sudah dipakai untuk pembayaran lain', 'referensi')
    expect(Object.keys(paymentErrors(used, tr))).toEqual(['referensi'])
    expect(paymentErrors(used, tr).referensi[0]).toMatch(/^Nomor referensi ini sudah dipakai/)
    expect(paymentErrors(new ApiError(409, 'tagihan_lunas', 'Tagihan ini sudah lunas', 'tagihan'), tr)).toEqual({ '': ['Tagihan ini sudah lunas. (Tagihan ini sudah lunas)'] })
    expect(paymentErrors(new ApiError(422, 'tanggal_masa_depan', 'Tanggal pembayaran 20/11/2027 belum terjadi', 'tanggal'), tr).tanggal).toHaveLength(1)
    // an unknown code keeps the server's message under the field it names
    expect(paymentErrors(new ApiError(422, 'lain', 'Pesan server', 'jumlah'), tr)).toEqual({ jumlah: ['Pesan server'] })
    expect(paymentErrors(new Error('jaringan putus'), tr)).toEqual({ '': ['jaringan putus'] })
  })
})

describe('invoice form, months, calculator', () => {
  it('needs a funder and a month range inside one fiscal year', () => {
    expect(checkInvoice({ sumber_dana: 'apbd_kota', dari: '2026-01', sampai: '2026-03' })).toEqual({})
    expect(checkInvoice({ sumber_dana: '', dari: '2026-13', sampai: '2026-03' })).toEqual({ sumber_dana: ['sumber_wajib'], dari: ['bulan_tidak_valid'] })
    expect(checkInvoice({ sumber_dana: 'x', dari: '2026-12', sampai: '2027-01' })).toEqual({ sampai: ['satu_tahun'] })
    expect(checkInvoice({ sumber_dana: 'x', dari: '2026-05', sampai: '2026-04' })).toEqual({ sampai: ['urutan_bulan'] })
  })
  it('writes months the Indonesian way', () => {
    expect(monthsOf(2026)).toHaveLength(12)
    expect(monthsOf(2026)[0]).toBe('2026-01')
    expect(rangeText('2026-05', '2026-05')).toBe('05/2026')
    expect(rangeText('2026-01', '2026-03')).toBe('01/2026 – 03/2026')
    expect(todayJakarta(new Date('2026-11-21T18:30:00Z'))).toBe('2026-11-22')
  })
  it('takes 1-10,000 workers and 1-12 months for the RT calculator', () => {
    expect(checkCalculator('20', '12')).toEqual({ workers: 20, months: 12, errors: {} })
    expect(checkCalculator('0', '13').errors).toEqual({ workers: ['pekerja_tidak_valid'], months: ['bulan_kalkulator'] })
    expect(checkCalculator('2,5', '').errors).toEqual({ workers: ['pekerja_tidak_valid'], months: ['bulan_kalkulator'] })
    expect(checkCalculator('10000', '1').workers).toBe(10000)
    expect(checkCalculator('10001', '1').errors.workers).toBeDefined()
  })
})

describe('previews and the budget panel', () => {
  const row = (kode: string, jenis: string, pagu: number, dialokasikan: number): FundingRow => ({
    sumber_dana: kode, nama: kode, jenis, pagu, dialokasikan, ditagih: 0, dibayar: 0, sisa: pagu - dialokasikan, kuota: 0, pekerja: 2, persen_kuota: 0, persen_pagu: (100 * dialokasikan) / pagu,
  })
  it('sums the RT funds into one line and keeps every other funder', () => {
    const lines = budgetLines([row('apbd_kota', 'apbd_kota', 1000, 500), row('rt:1', 'dana_kampung_bahagia', 100, 10), row('rt:2', 'dana_kampung_bahagia', 100, 30)], (n) => `${n} RT`)
    expect(lines.map((l) => l.kode)).toEqual(['apbd_kota', 'dana_kampung_bahagia'])
    expect(lines[1]).toMatchObject({ nama: '2 RT', pagu: 200, dialokasikan: 40, sisa: 160, pekerja: 4, persen_pagu: 20 })
    expect(budgetLines([], () => '')).toEqual([])
  })
  it('takes each report\'s rows and total from its JSON', () => {
    const label = (c: string) => c
    const arrears = preview('arrears', { tunggakan: 500, berakhir: 100, rts: [{ kode_rt: '15.71.01.1001.023', pekerja: 7, bulan_tunggakan: 14, tunggakan: 500, bulan_berakhir: 0, berakhir: 100 }] }, label)
    expect(arrears.rows).toEqual([{ kode_rt: '15.71.01.1001.023', pekerja: 7, bulan_tunggakan: 14, tunggakan: 500, bulan_berakhir: 0, berakhir: 100 }])
    expect(arrears.total).toMatchObject({ tunggakan: 500, berakhir: 100 })
    const inv = preview('invoices', { tagihan: [{ nomor: 'TGH-2026-00001', sumber_dana: 'apbd_kota', dari: '2026-01', sampai: '2026-03', total: 3, dibayar: 1, sisa: 2, status: 'sebagian' }] }, label)
    expect(inv.rows[0].bulan).toBe('01/2026 – 03/2026')
    expect(inv.total).toBeUndefined()  // nothing to refund: no total row
    // Codes and months in words when the screen gives them (issue 17 item 10).
    const worded = preview('invoices', { tagihan: [{ nomor: 'TGH-2026-00001', sumber_dana: 'apbd_kota', dari: '2026-12', sampai: '2026-12', total: 3, status: 'lunas' }] }, label,
      (c, v) => ({ status: { lunas: 'Lunas' }, sumber_dana: { apbd_kota: 'APBD Kota Jambi' }, bulan: { '2026-12': 'Desember 2026' } } as Record<string, Record<string, string>>)[c][v] ?? v)
    expect(worded.rows[0]).toMatchObject({ status: 'Lunas', sumber_dana: 'APBD Kota Jambi', bulan: 'Desember 2026' })
    // Lebih bayar (issue 17): a column per invoice, its total the sum of the rows.
    const over = preview('invoices', { tagihan: [
      { nomor: 'TGH-2026-00001', dari: '2026-01', sampai: '2026-01', total: 3, lebih_bayar: 16800 },
      { nomor: 'TGH-2026-00002', dari: '2026-02', sampai: '2026-02', total: 3 },
      { nomor: 'TGH-2026-00003', dari: '2026-03', sampai: '2026-03', total: 3, lebih_bayar: 33600 },
    ] }, label)
    expect(over.columns.map((c) => c.key)).toContain('lebih_bayar')
    expect(over.rows.map((r) => r.lebih_bayar)).toEqual([16800, 0, 33600])
    expect(over.total?.lebih_bayar).toBe(50400)
    expect(preview('projects', { per_kelurahan: [], total: { nama: 'Kota Jambi', proyek: 36 } }, label).total?.proyek).toBe(36)
    expect(preview('funding', {}, label).rows).toEqual([])
    expect(preview('coverage', { rows: [{ nama: 'A', workers: 1, verified: 1, covered: 1, potential: 2, coverage_pct: 50, extra: 1 }] }, label).rows[0]).not.toHaveProperty('extra')
  })
})

describe('billing messages', () => {
  const keys = (obj: object, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
  const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
  const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
  for (const [name, { id, en }] of [['screens', billingMessages], ['dashboard panels', panelTexts]] as const) {
    it(`${name}: English has the keys and placeholders of Bahasa Indonesia, none empty, no vue-i18n special characters`, () => {
      expect(keys(en).sort()).toEqual(keys(id).sort())
      for (const k of keys(id)) {
        expect(names(get(en, k)), k).toBe(names(get(id, k)))
        for (const lang of [id, en]) {
          expect(get(lang, k), k).not.toBe('')
          expect(get(lang, k), k).not.toMatch(/[@|$]/)
        }
      }
    })
  }
})

describe('invoice lines (issue 17 item 7)', () => {
  it('joins runs of consecutive months and names each month', () => {
    expect(monthsRunText(['2026-03', '2026-04', '2026-05', '2026-12'])).toBe('Maret 2026 – Mei 2026, Desember 2026')
    expect(monthsRunText(['2026-12', '2027-01'])).toBe('Desember 2026 – Januari 2027')
    expect(monthsRunText(['2026-12'], 'en')).toBe('December 2026')
    expect(monthsRunText([])).toBe('')
  })
  it('sums a page and places it among the total', () => {
    expect(linesSum([{ jumlah: 16800 }, { jumlah: 201600 }])).toBe(218400)
    expect(pageOf(0, 50, 120)).toEqual({ from: 1, to: 50, prev: false, next: true })
    expect(pageOf(100, 50, 120)).toEqual({ from: 101, to: 120, prev: true, next: false })
    expect(pageOf(0, 50, 0)).toEqual({ from: 0, to: 0, prev: false, next: false })
  })
})
