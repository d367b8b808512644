// The billing screens' pure logic, tested in logic.test.ts: report URLs, form checks before the
// server sees them, and the payment route's refusals mapped to the field they concern.
import { jakartaIso, todayIso } from '@/lib/clock'
import { API_BASE, ApiError, queryString, type Query } from '@/api/client'
import { formatMonthName, parseDate, parseRupiah } from '@/lib/format'

export type ReportFormat = 'xlsx' | 'pdf' | 'csv'

/** The URL of a report (JSON without a format), its filters' empty values left out. */
export function reportUrl(path: string, filters: Query, format?: ReportFormat): string {
  return `${API_BASE}${path}${queryString({ ...filters, format })}`
}

/** A report's download file name: "laporan-tunggakan-2026.xlsx". */
export function reportFileName(name: string, filters: Query, format: ReportFormat): string {
  const parts = [name, ...Object.values(filters).filter((v) => v !== '' && v !== null && v !== undefined && v !== false).map(String)]
  return `${parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '_')}.${format}`
}

// The reports of the Reports screen: their route, their filters, and who may read them.
export interface ReportDef {
  key: 'coverage' | 'funding' | 'invoices' | 'arrears' | 'claims' | 'projects'
  path: string
  filters: ('level' | 'wilayah' | 'tahun' | 'sumber_dana' | 'dari' | 'sampai')[]
  permission: 'view_reports' | 'view_projects'
  file: string
}
export const REPORTS: ReportDef[] = [
  { key: 'coverage', path: '/reports/coverage', filters: ['level', 'wilayah'], permission: 'view_reports', file: 'laporan-cakupan' },
  { key: 'funding', path: '/reports/funding', filters: ['tahun'], permission: 'view_reports', file: 'laporan-anggaran' },
  { key: 'invoices', path: '/reports/invoices', filters: ['tahun', 'sumber_dana'], permission: 'view_reports', file: 'laporan-tagihan' },
  { key: 'arrears', path: '/reports/arrears', filters: ['tahun', 'wilayah', 'sumber_dana'], permission: 'view_reports', file: 'laporan-tunggakan' },
  { key: 'claims', path: '/reports/claims', filters: ['dari', 'sampai', 'wilayah'], permission: 'view_reports', file: 'laporan-klaim' },
  { key: 'projects', path: '/reports/projects', filters: ['wilayah'], permission: 'view_projects', file: 'laporan-jakon' },
]

/** Only the filters a report takes, from the screen's shared filter values. */
export function reportFilters(def: ReportDef, values: Record<string, string | number>): Query {
  const out: Query = {}
  for (const f of def.filters) out[f] = values[f]
  return out
}

export type FieldErrors = Record<string, string[]>

const REFERENCE = /^[A-Za-z0-9 ./_-]{3,64}$/

export interface PaymentInput { jumlah: string; tanggal: string; referensi: string }
export interface PaymentBody { jumlah: number; tanggal: string; referensi: string }

/**
 * Checks a payment before it is sent: a positive amount (not above what is still owed, when known),
 * a real date not after today, and a reference of 3-64 letters, digits, spaces, - / . _ (the
 * server's rule). Errors are message keys under billing.pay.errors.
 */
export function checkPayment(input: PaymentInput, sisa: number | null, today: string): { body?: PaymentBody; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const jumlah = parseRupiah(input.jumlah)
  if (jumlah === null || jumlah <= 0) errors.jumlah = ['jumlah_tidak_valid']
  else if (sisa !== null && jumlah > sisa) errors.jumlah = ['kelebihan_bayar']
  const tanggal = parseDate(input.tanggal)
  if (!tanggal) errors.tanggal = ['tanggal_tidak_valid']
  else if (tanggal > today) errors.tanggal = ['tanggal_masa_depan']
  const referensi = input.referensi.trim()
  if (!REFERENCE.test(referensi)) errors.referensi = ['referensi_tidak_valid']
  if (Object.keys(errors).length) return { errors }
  return { body: { jumlah: jumlah!, tanggal: tanggal!, referensi }, errors }
}

// The payment route's refusals and the field each belongs under ('' = the whole form).
const PAYMENT_FIELDS: Record<string, string> = {
  jumlah_tidak_valid: 'jumlah',
  kelebihan_bayar: 'jumlah',
  tanggal_tidak_valid: 'tanggal',
  tanggal_masa_depan: 'tanggal',
  referensi_tidak_valid: 'referensi',
  referensi_dipakai: 'referensi',
  tagihan_lunas: '',
  tagihan_batal: '',
}

/**
 * A refused payment as errors per field. Known codes get the screen's own sentence (translate(code)
 * returns '' when there is none) followed by the server's figures; anything else keeps the server's
 * message under the field it names.
 */
export function paymentErrors(e: unknown, translate: (code: string) => string): FieldErrors {
  if (!(e instanceof ApiError)) return { '': [e instanceof Error ? e.message : String(e)] }
  const list = e.errors.length ? e.errors : [{ field: e.field, code: e.code, message: e.message }]
  const out: FieldErrors = {}
  for (const item of list) {
    const code = item.code ?? ''
    const field = code in PAYMENT_FIELDS ? PAYMENT_FIELDS[code] : item.field || ''
    const own = code in PAYMENT_FIELDS ? translate(code) : ''
    ;(out[field] ??= []).push(own ? `${own} (${item.message})` : item.message)
  }
  return out
}

export interface InvoiceInput { sumber_dana: string; dari: string; sampai: string }

/** A new invoice: a funder, and a month range inside one fiscal year. Errors are message keys. */
export function checkInvoice(input: InvoiceInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!input.sumber_dana) errors.sumber_dana = ['sumber_wajib']
  const month = /^\d{4}-(0[1-9]|1[0-2])$/
  if (!month.test(input.dari)) errors.dari = ['bulan_tidak_valid']
  if (!month.test(input.sampai)) errors.sampai = ['bulan_tidak_valid']
  if (!errors.dari && !errors.sampai) {
    if (input.dari.slice(0, 4) !== input.sampai.slice(0, 4)) errors.sampai = ['satu_tahun']
    else if (input.sampai < input.dari) errors.sampai = ['urutan_bulan']
  }
  return errors
}

/** The twelve months of a year as YYYY-MM. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

/** The RT calculator's inputs: 1-10,000 workers (the server's limit) and 1-12 months of one year. */
export function checkCalculator(workers: string, months: string): { workers?: number; months?: number; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const w = /^\d{1,5}$/.test(workers.trim()) ? Number(workers.trim()) : NaN
  const m = /^\d{1,2}$/.test(months.trim()) ? Number(months.trim()) : NaN
  if (!(w >= 1 && w <= 10000)) errors.workers = ['pekerja_tidak_valid']
  if (!(m >= 1 && m <= 12)) errors.months = ['bulan_kalkulator']
  return Object.keys(errors).length ? { errors } : { workers: w, months: m, errors }
}

/** Today as YYYY-MM-DD: the server's today (issue 15), what it compares payment dates with; with
 *  `now`, that instant's date in Jakarta. */
export function todayJakarta(now?: Date): string {
  return now ? jakartaIso(now) : todayIso()
}

/** A funder's display name from the list, or its code. */
export function funderName(funders: { kode: string; nama: string }[], kode: string): string {
  return funders.find((f) => f.kode === kode)?.nama ?? kode
}

/** "2026-05" .. "2026-07" as "05/2026 – 07/2026" (one month alone when they are the same). */
export function rangeText(dari: string, sampai: string): string {
  return dari === sampai ? monthText(dari) : `${monthText(dari)} – ${monthText(sampai)}`
}

/** "2026-05" -> "05/2026". */
export function monthText(iso: string): string {
  return iso.replace(/^(\d{4})-(\d{2})$/, '$2/$1')
}

/**
 * A worker's months on an invoice (YYYY-MM, in order) as people read them: runs of consecutive
 * months joined, "Maret 2026 – Desember 2026, Februari 2027" (issue 17 item 7).
 */
export function monthsRunText(months: string[], locale: 'id' | 'en' = 'id'): string {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  const parts: string[] = []
  for (let i = 0; i < months.length; ) {
    let j = i
    while (j + 1 < months.length && index(months[j + 1]) === index(months[j]) + 1) j++
    parts.push(j > i ? `${formatMonthName(months[i], locale)} – ${formatMonthName(months[j], locale)}` : formatMonthName(months[i], locale))
    i = j + 1
  }
  return parts.join(', ')
}

/** The sum of the lines' amounts (a page of an invoice's workers). */
export function linesSum(items: { jumlah: number }[]): number {
  return items.reduce((n, w) => n + w.jumlah, 0)
}

/** Where a page of `limit` from `offset` stands among `total`: its first and last (1-based), and
 *  whether there is a page before and after it. */
export function pageOf(offset: number, limit: number, total: number): { from: number; to: number; prev: boolean; next: boolean } {
  const to = Math.min(offset + limit, total)
  return { from: total ? offset + 1 : 0, to, prev: offset > 0, next: to < total }
}
