import { describe, expect, it } from 'vitest'
import type { ImportResult } from '@/api/workflow'
import { confirmationNames, defaultPeriod, filterRows, funderName, groupFunders, formatMonth, importRows, issueText, ledgerSummary, monthChoices, monthRange, nextMonth } from './logic'
import { workflowMessages } from './messages'

const result: ImportResult = {
  rows: 4, created: 2, updated: 0, unchanged: 1, accepted: 3, rejected: 1, duplicates: 0, flagged: 0, clean: 3, pending_changes: 0, timing_ms: { read_check: 0, dedup: 0, write: 0 },
  errors: [
    { row: 4, column: 'nik', code: 'nik_panjang', message: 'Baris 4, kolom nik: NIK harus 16 digit, bukan 15 digit' },
    { row: 4, column: 'rt', code: 'rt_tidak_ada', message: 'Baris 4, kolom rt: RT 9 tidak ada' },
  ],
  warnings: [
    { row: 2, column: 'no_hp', code: 'no_hp_nol_hilang', message: 'Baris 2, kolom no_hp: angka 0 di depan hilang' },
    { row: 0, column: 'warna', code: 'kolom_tidak_dikenal', message: 'Kolom warna tidak dikenal' },
  ],
  import_id: null, dry_run: true, saved: false, message: '', file: 'rt.csv', format: 'csv', unknown_columns: ['warna'],
  items: [
    { row: 3, action: 'unchanged', nik: '1571**********03', nama: 'Budi', worker_id: 7, changed: [], duplicate_of: [], pending: [], pending_change_id: null, peringatan_nik: false },
    { row: 2, action: 'create', nik: '1571**********02', nama: 'Ani', worker_id: null, changed: [], duplicate_of: [], pending: [], pending_change_id: null, peringatan_nik: false },
    { row: 5, action: 'create', nik: '1571**********05', nama: 'Citra', worker_id: null, changed: [], duplicate_of: [], pending: [], pending_change_id: null, peringatan_nik: false },
  ],
}

describe('importRows', () => {
  it('puts each row\'s errors and warnings beside it, in row order', () => {
    const { rows, fileIssues } = importRows(result)
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5])
    const four = rows.find((r) => r.row === 4)!
    expect(four.action).toBe('rejected')
    expect(four.errors.map((e) => e.column)).toEqual(['nik', 'rt'])
    expect(rows.find((r) => r.row === 2)!.warnings).toHaveLength(1)
    expect(fileIssues.map((i) => i.code)).toEqual(['kolom_tidak_dikenal'])
  })
  it('filters rows by outcome and by problems', () => {
    const { rows } = importRows(result)
    expect(filterRows(rows, 'masalah').map((r) => r.row)).toEqual([2, 4])
    expect(filterRows(rows, 'create').map((r) => r.row)).toEqual([2, 5])
    expect(filterRows(rows, 'rejected').map((r) => r.row)).toEqual([4])
    expect(filterRows(rows, 'semua')).toHaveLength(4)
  })
  it('marks accepted rows whose NIK contradicts them, not rejected ones (issue 17 item 2)', () => {
    const flagged: ImportResult = { ...result, flagged: 1, clean: 2, items: result.items!.map((i) => (i.row === 5 ? { ...i, peringatan_nik: true } : i)) }
    const { rows } = importRows(flagged)
    expect(rows.filter((r) => r.nikFlag).map((r) => r.row)).toEqual([5])
    const rejected = importRows({ ...flagged, items: [{ row: 4, action: 'create', nik: '', nama: 'X', worker_id: null, changed: [], duplicate_of: [], pending: [], pending_change_id: null, peringatan_nik: true }] })
    expect(rejected.rows.find((r) => r.row === 4)!.nikFlag).toBe(false)
  })
  it('drops the row and column prefix that the screen shows beside the message', () => {
    expect(issueText(result.errors[0])).toBe('NIK harus 16 digit, bukan 15 digit')
    expect(issueText({ row: 0, column: '', code: 'x', message: 'Berkas kosong' })).toBe('Berkas kosong')
  })
})

describe('months', () => {
  it('writes months the Indonesian way and spans ranges', () => {
    expect(formatMonth('2026-05')).toBe('Mei 2026')
    expect(formatMonth('2026-12', 'en')).toBe('December 2026')
    expect(monthRange('2026-11', 3)).toBe('November 2026 – Januari 2027')
    expect(monthRange('2026-01', 12)).toBe('Januari 2026 – Desember 2026')
    expect(monthRange('2026-01', 1)).toBe('Januari 2026')
    expect(monthRange('bukan', 3)).toBe('')
  })
  it('starts allocations next month, across the year end', () => {
    expect(nextMonth(new Date(2026, 10, 21))).toBe('2026-12')
    expect(nextMonth(new Date(2026, 11, 5))).toBe('2027-01')
  })
  it('offers this year and the next as first months, and next month is among them', () => {
    const choices = monthChoices(new Date(2026, 11, 5))
    expect(choices).toHaveLength(24)
    expect([choices[0], choices[23]]).toEqual(['2026-01', '2027-12'])
    expect(choices).toContain(nextMonth(new Date(2026, 11, 5)))
  })
})

describe('ledgerSummary', () => {
  it('adds up the ledger', () => {
    const s = ledgerSummary([
      { bulan: '2026-01', iuran: 16800, dibayar: 16800, sumber_dana: 'apbd_kota', status: 'lunas' },
      { bulan: '2026-02', iuran: 16800, dibayar: 0, sumber_dana: 'apbd_kota', status: 'tunggakan' },
    ])
    expect(s).toEqual({ n: 2, billed: 33600, paid: 16800, counts: { lunas: 1, tunggakan: 1 }, apart: 0, reserved: 0, overpaid: 0 })
  })
  it('keeps the months BPJS does not let us bill apart, with what was paid on them', () => {
    const s = ledgerSummary([
      { bulan: '2026-01', iuran: 16800, dibayar: 16800, sumber_dana: 'apbd_kota', status: 'tidak_ditagih', keterangan: 'Tidak ditagih: belum diterima BPJS' },
      { bulan: '2026-02', iuran: 16800, dibayar: 0, sumber_dana: 'apbd_kota', status: 'tidak_ditagih', keterangan: 'Tidak ditagih: ditolak BPJS' },
      { bulan: '2026-03', iuran: 16800, dibayar: 0, sumber_dana: 'apbd_kota', status: 'tunggakan' },
    ])
    expect(s.n).toBe(1)
    expect(s.billed).toBe(16800)
    expect(s.paid).toBe(0)
    expect(s.apart).toBe(2)
    expect(s.reserved).toBe(33600)
    expect(s.overpaid).toBe(16800)
  })
})

describe('workflow messages', () => {
  const keys = (obj: object, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
  const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
  it('English has exactly the keys of Bahasa Indonesia, none empty, same placeholders', () => {
    const { id, en } = workflowMessages
    expect(keys(en).sort()).toEqual(keys(id).sort())
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      expect(get(id, k), k).not.toBe('')
      expect(names(get(en, k)), k).toBe(names(get(id, k)))
    }
  })
  it('uses no character that vue-i18n reads as syntax', () => {
    for (const lang of [workflowMessages.id, workflowMessages.en])
      for (const k of keys(lang)) expect(get(lang, k), k).not.toMatch(/[|@]/)
  })
})

describe('defaultPeriod (issue 17 item 6)', () => {
  // [today, budgeted years, start month, months]: the default always lies in a budgeted year.
  const cases: [Date, number[], string, number][] = [
    [new Date(2026, 10, 21), [2026], '2026-12', 1],
    [new Date(2026, 11, 5), [2026], '2026-12', 1],
    [new Date(2026, 11, 5), [2026, 2027], '2027-01', 12],
    [new Date(2026, 11, 5), [2027], '2027-01', 12],
    [new Date(2026, 2, 10), [2026], '2026-04', 6],
    [new Date(2025, 5, 1), [2027], '2027-01', 12],
    [new Date(2026, 2, 10), [], '2026-04', 6],
  ]
  it.each(cases)('on %s with budgets %j starts %s for %i months', (today, years, mulai, bulan) => {
    expect(defaultPeriod(years, today)).toEqual({ mulai, bulan })
  })
})

describe('confirmationNames (issue 17 item 9)', () => {
  const items = [
    { id: 1, nama: 'Ani' }, { id: 2, nama: 'Budi' }, { id: 3, nama: 'Citra' }, { id: 4, nama: 'Dedi' }, { id: 5, nama: 'Eka' },
  ]
  it('names the chosen workers in queue order and counts the rest', () => {
    expect(confirmationNames(items, [5, 1, 3, 4])).toEqual({ names: ['Ani', 'Citra', 'Dedi'], more: 1, count: 4 })
  })
  it('names a single worker and nothing more', () => {
    expect(confirmationNames(items, [2])).toEqual({ names: ['Budi'], more: 0, count: 1 })
  })
  it('ignores ids no longer on the page', () => {
    expect(confirmationNames(items, [9, 2])).toEqual({ names: ['Budi'], more: 0, count: 1 })
  })
})

describe('groupFunders / funderName (issue 17 item 6)', () => {
  const f = (kode: string, jenis: string, wilayah: string, nama = kode) => ({ kode, nama, jenis, wilayah, pekerjaan: [], aktif: true })
  const b = (sumber_dana: string, pagu: number, terpakai: number, pekerja: number) =>
    ({ sumber_dana, tahun: 2026, pagu, kuota: 0, terpakai, pekerja, sisa: pagu - terpakai, persen_terpakai: pagu ? (terpakai / pagu) * 100 : 0 })
  const n = (kode: string, nama: string, tingkat: string, children: unknown[] = []) => ({ kode, nama, tingkat, children })
  const regions = [n('15.71', 'Kota Jambi', 'kota', [n('15.71.01', 'Telanaipura', 'kecamatan', [
    n('15.71.01.1001', 'Simpang IV Sipin', 'kelurahan'), n('15.71.01.1002', 'Buluran Kenali', 'kelurahan')])])] as never
  const rows = [
    { funder: f('apbd_kota', 'apbd_kota', '15.71', 'APBD Kota Jambi'), budget: b('apbd_kota', 500_000_000, 4_032_000, 20) },
    { funder: f('dana_kampung_bahagia:15.71.01.1002.003', 'dana_kampung_bahagia', '15.71.01.1002.003'), budget: b('x', 100_000_000, 201_600, 1) },
    { funder: f('dana_kampung_bahagia:15.71.01.1001.002', 'dana_kampung_bahagia', '15.71.01.1001.002'), budget: b('y', 100_000_000, 403_200, 2) },
    { funder: f('dana_kampung_bahagia:15.71.01.1001.001', 'dana_kampung_bahagia', '15.71.01.1001.001'), budget: null },
  ]
  it('groups the RT funds by kelurahan with names and totals equal to the sum of their rows', () => {
    const g = groupFunders(rows, regions)
    expect(g.others.map((r) => r.funder.kode)).toEqual(['apbd_kota'])
    expect(g.groups.map((x) => [x.kode, x.nama, x.kecamatan, x.rows.map((r) => r.rt)])).toEqual([
      ['15.71.01.1001', 'Simpang IV Sipin', 'Telanaipura', ['001', '002']],
      ['15.71.01.1002', 'Buluran Kenali', 'Telanaipura', ['003']],
    ])
    expect(g.groups[0].total).toEqual({ pagu: 100_000_000, terpakai: 403_200, sisa: 99_596_800, pekerja: 2, funds: 2 })
    expect(g.total).toEqual({ pagu: 200_000_000, terpakai: 604_800, sisa: 199_395_200, pekerja: 3, funds: 3 })
    for (const k of ['pagu', 'terpakai', 'sisa', 'pekerja'] as const)
      expect(g.groups.reduce((s, x) => s + x.total[k], 0)).toBe(g.total[k])
  })
  it('keeps the kelurahan code when the region tree has not arrived', () => {
    expect(groupFunders(rows, []).groups[0].nama).toBe('15.71.01.1001')
  })
  it('names an RT fund by its RT and kelurahan, any other funder by its name', () => {
    const label = (rt: string, kel: string) => `RT ${rt} ${kel}`
    expect(funderName(rows[1].funder, regions, label)).toBe('RT 003 Buluran Kenali')
    expect(funderName(rows[0].funder, regions, label)).toBe('APBD Kota Jambi')
  })
})
