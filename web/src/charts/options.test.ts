import { describe, expect, it } from 'vitest'
import { coverageColor, coverageMapOption, coveragePieces, FIXED_PIECES, kecamatanBarOption, pieceLabel, PIECE_COLORS } from './options'
import type { AreaFigures } from '@/api/types'

const row = (kode: string, nama: string, pct: number | null): AreaFigures => ({
  kode, nama, workers: 100, verified: 50, covered: 40, potential: 1000, coverage_pct: pct,
})
const labels = { coverage: 'Cakupan', workers: 'Pekerja', covered: 'Terlindungi', potential: 'Potensi' }

describe('coveragePieces', () => {
  it('falls back to fixed classes without figures', () => {
    expect(coveragePieces([])).toBe(FIXED_PIECES)
    expect(coveragePieces([null, undefined])).toBe(FIXED_PIECES)
  })
  it('fits five classes to the figures, at least five points wide', () => {
    const p = coveragePieces([44.3, 47.4, 46.1])
    expect(p).toHaveLength(5)
    expect(p[0].min).toBeLessThanOrEqual(44.3)
    expect(p[4].max).toBeGreaterThanOrEqual(47.4)
    expect(p[4].max - p[0].min).toBe(5)
    expect(p.map((x) => x.color)).toEqual(PIECE_COLORS)
  })
  it('spans a wide range on whole percents', () => {
    const p = coveragePieces([10, 60])
    expect(p.map((x) => [x.min, x.max])).toEqual([[10, 20], [20, 30], [30, 40], [40, 50], [50, 60]])
    expect(pieceLabel(p[0])).toBe('10–20%')
  })
  it('labels fractional classes with a comma decimal', () => {
    expect(pieceLabel({ min: 44, max: 45.5, color: '' })).toBe('44,0–45,5%')
  })
})

describe('coverageColor', () => {
  it('picks the class of a figure, the top class for the maximum', () => {
    const p = coveragePieces([10, 60])
    expect(coverageColor(10, p)).toBe(PIECE_COLORS[0])
    expect(coverageColor(35, p)).toBe(PIECE_COLORS[2])
    expect(coverageColor(60, p)).toBe(PIECE_COLORS[4])
    expect(coverageColor(5, p)).toBe(PIECE_COLORS[0])
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
  })
})
