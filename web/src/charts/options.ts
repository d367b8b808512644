// Chart options as plain functions of the API's figures, so that they can be tested without a canvas.
import type { AreaFigures, TrendMonth } from '@/api/types'
import { formatNumber, formatPercent } from '@/lib/format'

/** The name the kelurahan boundaries are registered under in ECharts. */
export const MAP_NAME = 'kota_jambi_kelurahan'

export interface ChartLabels {
  coverage: string
  workers: string
  covered: string
  potential: string
  /** Said instead of a percentage when the potential is unknown (never "0,0%", issue 17 item 8). */
  unknown?: string
}

export interface Piece {
  min: number
  max: number
  color: string
}

/**
 * One sequential scale (issue 17 item 8): light for little coverage, dark green for most, 0–100 %
 * in five fixed classes, the same on the public and the admin maps, so that a 44–51 % spread no
 * longer looks like red against green.
 */
export const PIECE_COLORS = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c']

/** 0–20–40–60–80–100 %. */
export const FIXED_PIECES: Piece[] = PIECE_COLORS.map((color, i) => ({ min: i * 20, max: (i + 1) * 20, color }))

/**
 * The classes of the scale. They no longer depend on the figures shown (a map fitted to its own
 * spread misled readers); the argument stays for the callers that pass their figures.
 */
export function coveragePieces(_values: Array<number | null | undefined> = []): Piece[] {
  return FIXED_PIECES
}

export function coverageColor(pct: number | null | undefined, pieces: Piece[] = FIXED_PIECES): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '#cfd8d3'
  if (pct < pieces[0].min) return pieces[0].color
  return (pieces.find((p) => pct >= p.min && pct < p.max) ?? pieces[pieces.length - 1]).color
}

export function pieceLabel(p: Piece): string {
  const whole = Number.isInteger(p.min) && Number.isInteger(p.max)
  return `${formatNumber(p.min, whole ? 0 : 1)}–${formatNumber(p.max, whole ? 0 : 1)}%`
}

export function areaTooltip(row: AreaFigures, labels: ChartLabels): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return (
    `<b>${esc(row.nama)}</b><br>` +
    `${esc(labels.coverage)}: <b>${formatPercent(row.coverage_pct)}</b><br>` +
    `${esc(labels.covered)}: ${formatNumber(row.covered)}<br>` +
    `${esc(labels.workers)}: ${formatNumber(row.workers)}<br>` +
    `${esc(labels.potential)}: ${formatNumber(row.potential)}`
  )
}

/** The kelurahan choropleth: features are matched on their `kode` property. */
export function coverageMapOption(mapName: string, rows: AreaFigures[], labels: ChartLabels, pieces = coveragePieces(rows.map((r) => r.coverage_pct))) {
  const byKode = new Map(rows.map((r) => [r.kode, r]))
  return {
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (p: { name: string }) => {
        const row = byKode.get(p.name)
        return row ? areaTooltip(row, labels) : ''
      },
    },
    // The colour classes; the legend is drawn in HTML under the map, where it can wrap on a phone.
    visualMap: {
      type: 'piecewise' as const,
      show: false,
      // the last class is closed on the right: it holds the highest figure
      pieces: pieces.map((p, i) => ({
        gte: p.min,
        ...(i === pieces.length - 1 ? { lte: p.max } : { lt: p.max }),
        color: p.color,
        label: pieceLabel(p),
      })),
    },
    series: [
      {
        type: 'map' as const,
        map: mapName,
        nameProperty: 'kode',
        aspectScale: 1,
        roam: false,
        selectedMode: false as const,
        top: 8,
        bottom: 8,
        left: 'center',
        label: { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8, areaColor: '#cfd8d3' },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#3d7ac2' } },
        data: rows.map((r) => ({ name: r.kode, value: r.coverage_pct ?? 0 })),
      },
    ],
  }
}

/** Coverage per kecamatan as horizontal bars, the highest on top. */
export function kecamatanBarOption(rows: AreaFigures[], labels: ChartLabels, pieces = coveragePieces(rows.map((r) => r.coverage_pct))) {
  const sorted = [...rows].sort((a, b) => (a.coverage_pct ?? 0) - (b.coverage_pct ?? 0))
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (p: { dataIndex: number }) => areaTooltip(sorted[p.dataIndex], labels),
    },
    xAxis: { type: 'value' as const, max: 100, axisLabel: { formatter: (v: number) => `${v}%`, fontSize: 11 } },
    yAxis: {
      type: 'category' as const,
      data: sorted.map((r) => r.nama),
      axisLabel: { fontSize: 12, width: 110, overflow: 'truncate' as const },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 18,
        data: sorted.map((r) => ({ value: r.coverage_pct ?? 0, itemStyle: { color: coverageColor(r.coverage_pct, pieces) } })),
        label: {
          show: true,
          position: 'right' as const,
          fontSize: 11,
          formatter: (p: { value: number; dataIndex?: number }) =>
            p.dataIndex !== undefined && sorted[p.dataIndex]?.coverage_pct == null ? (labels.unknown ?? formatPercent(null)) : formatPercent(p.value),
        },
      },
    ],
  }
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']

/** "2026-11" -> "Nov 2026": short enough for a chart's axis on a phone, still a month people read. */
export const monthLabel = (bulan: string) => `${SHORT_MONTHS[Number(bulan.slice(5, 7)) - 1] ?? bulan.slice(5, 7)} ${bulan.slice(0, 4)}`

/**
 * The coverage trend (issue 6) as vertical bars, one per month, oldest on the left: the coverage
 * percentage, or the paid workers when the area's potential is unknown (no percentage exists).
 */
export function trendBarOption(rows: TrendMonth[], seriesName: string) {
  const pct = rows.some((r) => r.coverage_pct !== null)
  const fmt = (v: number) => (pct ? formatPercent(v) : formatNumber(v))
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const, confine: true, valueFormatter: (v: number) => fmt(v) },
    xAxis: { type: 'category' as const, data: rows.map((r) => monthLabel(r.bulan)), axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value' as const, axisLabel: { formatter: fmt, fontSize: 11 }, minInterval: pct ? 0 : 1 },
    series: [
      {
        type: 'bar' as const,
        name: seriesName,
        barMaxWidth: 28,
        itemStyle: { color: '#1a9850' },
        data: rows.map((r) => (pct ? (r.coverage_pct ?? 0) : r.lunas)),
      },
    ],
  }
}
