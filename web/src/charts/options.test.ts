import { describe, expect, it } from 'vitest'
import { coverageColor, coverageMapOption, coveragePieces, FIXED_PIECES, kecamatanBarOption, monthLabel, pieceLabel, PIECE_COLORS, trendBarOption } from './options'
import type { AreaFigures, TrendMonth } from '@/api/types'

const row = (kode: string, nama: string, pct: number | null): AreaFigures => ({
  kode, nama, workers: 100, verified: 50, covered: 40, potential: 1000, covered_other: 0, coverage_pct: pct, nilai_perlindungan: 0,
})
const labels = { coverage: 'Cakupan', workers: 'Pekerja', covered: 'Terlindungi', potential: 'Potensi' }

describe('coveragePieces', () => {
  it('falls back to fixed classes without figures', () => {
    expect(coveragePieces([])).toBe(FIXED_PIECES)
    expect(coveragePieces([null, undefined])).toBe(FIXED_PIECES)
  })
  it('is one fixed sequential 0–100 % scale whatever the figures', () => {
    expect(coveragePieces([44.3, 47.4, 46.1])).toBe(FIXED_PIECES)
    expect(FIXED_PIECES.map((x) => [x.min, x.max])).toEqual([[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]])
    expect(pieceLabel(FIXED_PIECES[0])).toBe('0–20%')
    expect(new Set(PIECE_COLORS).size).toBe(5)
  })
  it('labels fractional classes with a comma decimal', () => {
    expect(pieceLabel({ min: 44, max: 45.5, color: '' })).toBe('44,0–45,5%')
  })
})

describe('coverageColor', () => {
  it('picks the class of a figure, the top class for the maximum', () => {
    const p = coveragePieces([10, 60])
    expect(coverageColor(10, p)).toBe(PIECE_COLORS[0])
    expect(coverageColor(45, p)).toBe(PIECE_COLORS[2])
    expect(coverageColor(100, p)).toBe(PIECE_COLORS[4])
    expect(coverageColor(-1, p)).toBe(PIECE_COLORS[0])
    expect(coverageColor(null, p)).toBe('#cfd8d3')
  })
})

describe('coverageMapOption', () => {
  it('keys the map data by kelurahan code and shows figures in the tooltip', () => {
    const rows = [row('15.71.01.1001', 'Simpang IV Sipin', 44.3), row('15.71.01.1002', 'Buluran <Kenali>', 47.4)]
    const opt = coverageMapOption('peta', rows, labels)
    const series = opt.series[0]
    expect(series.nameProperty).toBe('kode')
    expect(series.map).toBe('peta')
    expect(series.data).toEqual([{ name: '15.71.01.1001', value: 44.3 }, { name: '15.71.01.1002', value: 47.4 }])
    const tip = opt.tooltip.formatter({ name: '15.71.01.1002' })
    expect(tip).toContain('47,4%')
    expect(tip).toContain('1.000')
    expect(tip).toContain('Buluran &#60;Kenali&#62;') // names are escaped
    expect(opt.tooltip.formatter({ name: 'lain' })).toBe('')
    expect(opt.visualMap.pieces).toHaveLength(5)
    expect(opt.visualMap.pieces[4]).toHaveProperty('lte')
  })
})

describe('kecamatanBarOption', () => {
  it('sorts kecamatan so the highest coverage is on top', () => {
    const rows = [row('a', 'A', 50), row('b', 'B', 30), row('c', 'C', null)]
    const opt = kecamatanBarOption(rows, labels)
    expect(opt.yAxis.data).toEqual(['C', 'B', 'A'])
    expect(opt.series[0].data.map((d) => d.value)).toEqual([0, 30, 50])
    expect(opt.series[0].label.formatter({ value: 30 })).toBe('30,0%')
    // an unknown percentage is said so, not drawn as 0,0% (issue 17 item 8)
    expect(kecamatanBarOption(rows, { ...labels, unknown: 'Belum ada data' }).series[0].label.formatter({ value: 0, dataIndex: 0 })).toBe('Belum ada data')
    expect(opt.series[0].label.formatter({ value: 0, dataIndex: 0 })).not.toBe('0,0%')
  })
})

// Coverage trend by month (issue 6)
describe('trendBarOption', () => {
  const month = (bulan: string, lunas: number, pct: number | null): TrendMonth => ({ bulan, dialokasikan: lunas + 1, lunas, coverage_pct: pct })
  it('draws the coverage percentage per month with short month-name labels, zeros kept', () => {
    const o = trendBarOption([month('2025-12', 0, 15), month('2026-01', 3, 16.5)], 'Cakupan')
    expect(o.xAxis.data).toEqual(['Des 2025', 'Jan 2026'])
    expect(o.series[0].data).toEqual([15, 16.5])
    expect(o.series[0].name).toBe('Cakupan')
    expect(o.yAxis.axisLabel.formatter(16.5)).toBe('16,5%')
  })
  it('draws the paid workers when the potential is unknown', () => {
    const o = trendBarOption([month('2026-10', 1200, null), month('2026-11', 0, null)], 'Lunas')
    expect(o.series[0].data).toEqual([1200, 0])
    expect(o.yAxis.axisLabel.formatter(1200)).toBe('1.200')
    expect(o.tooltip.valueFormatter(1200)).toBe('1.200')
  })
  it('labels a month as MM/YYYY', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026')
    expect(monthLabel('2026-12')).toBe('Des 2026')
  })
})
