// The planner screen's pure parts (issue 22 item 2): the form as the API's query, and the chart of
// the path to the target, testable without a server or a canvas.
import type { Query } from '@/api/client'
import type { Plan } from '@/api/types'
import { formatNumber, formatPercent } from '@/lib/format'

export interface PlanForm {
  all: boolean // every vulnerable worker on record instead of a percentage
  percent: number
  year: number
  wilayah: string
  raiseFunder: string
  raiseAmount: number | null
  toProvince: string[]
  rtFund: number | null
}

/** The query of GET /reports/rencana for the form; what-if parameters only when set. */
export function planQuery(f: PlanForm): Query {
  const q: Query = { target: f.all ? 'semua' : String(Math.round(f.percent)) }
  // No year: the server's (next year by its clock, never the browser's).
  if (f.year) q.tahun = f.year
  if (f.wilayah) q.wilayah = f.wilayah
  if (f.raiseFunder && f.raiseAmount && f.raiseAmount > 0) q.tambah_anggaran = `${f.raiseFunder}:${Math.round(f.raiseAmount)}`
  if (f.toProvince.length) q.pindah_provinsi = f.toProvince.join(',')
  if (f.rtFund && f.rtFund > 0) q.dana_rt = Math.round(f.rtFund)
  return q
}

/** Whether the form asks for any what-if change. */
export function hasScenario(f: PlanForm): boolean {
  return Boolean((f.raiseFunder && f.raiseAmount) || f.toProvince.length || (f.rtFund && f.rtFund > 0))
}

/**
 * Bars of the coverage at each month's end (percent of the potential, or the workers covered when
 * the potential is unknown), the target as the last bar's height to reach: the path to 100 %.
 */
export function pathOption(plan: Plan, monthLabels: string[], seriesName: string) {
  const pct = plan.potensi !== null
  const fmt = (v: number) => (pct ? formatPercent(v) : formatNumber(v))
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const, confine: true, valueFormatter: (v: number) => fmt(v) },
    xAxis: { type: 'category' as const, data: monthLabels, axisLabel: { fontSize: 11 } },
    yAxis: {
      type: 'value' as const,
      max: pct ? 100 : undefined,
      axisLabel: { formatter: fmt, fontSize: 11 },
    },
    series: [
      {
        type: 'bar' as const,
        name: seriesName,
        barMaxWidth: 28,
        itemStyle: { color: '#1a9850' },
        data: plan.per_bulan.map((m) => (pct ? (m.cakupan ?? 0) : m.tercakup)),
      },
    ],
  }
}

/** The sum of the funders' yearly premiums: the answer's total (shown beside it as a check). */
export function sumOfLines(plan: Plan): number {
  return plan.per_sumber_dana.reduce((s, l) => s + l.iuran, 0)
}

export type PlanLine = Plan['per_sumber_dana'][number]

/** A row of the funders' table: one funder, or the RT funds summed up (`rt`: their lines). */
export interface FunderRow {
  key: string
  line: PlanLine
  rt: PlanLine[] | null
}

/**
 * The funders' lines for the table: the RT funds (one per RT, hundreds in a city) summed into one
 * row where the first of them stands, their lines kept for the row's details; the sums add up
 * to the same total.
 */
export function funderRows(lines: PlanLine[]): FunderRow[] {
  const rt = lines.filter((l) => l.jenis === 'dana_kampung_bahagia')
  const rows: FunderRow[] = []
  for (const l of lines) {
    if (l.jenis !== 'dana_kampung_bahagia') rows.push({ key: l.sumber_dana, line: l, rt: null })
    else if (rt.length === 1) rows.push({ key: l.sumber_dana, line: l, rt: null })
    else if (l === rt[0]) {
      const sum = (f: (x: PlanLine) => number) => rt.reduce((s, x) => s + f(x), 0)
      rows.push({
        key: 'dana_kampung_bahagia',
        line: {
          sumber_dana: '',
          nama: '',
          jenis: 'dana_kampung_bahagia',
          pekerja: sum((x) => x.pekerja),
          pekerja_lanjutan: sum((x) => x.pekerja_lanjutan),
          pekerja_baru: sum((x) => x.pekerja_baru),
          pekerja_belum_terdata: sum((x) => x.pekerja_belum_terdata),
          iuran: sum((x) => x.iuran),
          bulanan: l.bulanan.map((_, m) => sum((x) => x.bulanan[m])),
          anggaran: sum((x) => x.anggaran),
          kekurangan: sum((x) => x.kekurangan),
        },
        rt,
      })
    }
  }
  return rows
}

/** How many RTs of the ranking the screen lists before "show all". */
export const RTS_SHOWN = 20
