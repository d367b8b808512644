// Pure helpers of the workflow screens, kept out of the components so that Vitest checks them.
import { i18n } from '@/i18n'
import { todayDate } from '@/lib/clock'
import { formatMonthName } from '@/lib/format'
import { findNode } from '@/lib/regions'
import type { FieldError, RegionNode } from '@/api/types'
import type { BudgetRow, Funder, ImportIssue, ImportItem, ImportResult, LedgerMonth } from '@/api/workflow'

export interface ImportRowView {
  row: number
  action: string // create | update | unchanged | rejected
  nama: string
  nik: string
  workerId: number | null
  changed: string[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
  nikFlag: boolean // saved, but its NIK contradicts it: not a clean row (issue 17 item 2)
}

/**
 * One line per spreadsheet row, in row order, with that row's errors and warnings beside it, so
 * that the person who filled the sheet sees what to fix in place. Problems of rows the server did
 * not list (a row it could not read at all) still get a line; problems with row 0 concern the file.
 */
export function importRows(result: ImportResult): { rows: ImportRowView[]; fileIssues: ImportIssue[] } {
  const byRow = new Map<number, ImportRowView>()
  const line = (row: number, item?: ImportItem): ImportRowView => {
    let v = byRow.get(row)
    if (!v) {
      v = { row, action: item?.action ?? 'rejected', nama: item?.nama ?? '', nik: item?.nik ?? '', workerId: item?.worker_id ?? null,
        changed: item?.changed ?? [], errors: [], warnings: [], nikFlag: !!item?.peringatan_nik }
      byRow.set(row, v)
    }
    return v
  }
  for (const item of result.items ?? []) line(item.row, item)
  const fileIssues: ImportIssue[] = []
  for (const e of result.errors) {
    if (e.row > 0) {
      const v = line(e.row)
      v.errors.push(e)
      v.action = 'rejected'
      v.nikFlag = false
    } else fileIssues.push(e)
  }
  for (const w of result.warnings) (w.row > 0 ? line(w.row).warnings : fileIssues).push(w)
  return { rows: [...byRow.values()].sort((a, b) => a.row - b.row), fileIssues }
}

/** The message without its "Baris 4, kolom rt: " prefix: the row and column are shown beside it. */
export function issueText(issue: ImportIssue): string {
  return issue.message.replace(/^Baris \d+(, kolom [^:]+)?: /, '')
}

export type RowFilter = 'semua' | 'masalah' | 'create' | 'update' | 'unchanged' | 'rejected'

export function filterRows(rows: ImportRowView[], filter: RowFilter): ImportRowView[] {
  if (filter === 'semua') return rows
  if (filter === 'masalah') return rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0)
  return rows.filter((r) => r.action === filter)
}

/** "2026-05" -> "Mei 2026" (issue 17 item 10: people read "Desember 2026", not "2026-12"), in the chosen language. */
export function formatMonth(iso: string, locale: 'id' | 'en' = i18n.global.locale.value === 'en' ? 'en' : 'id'): string {
  return formatMonthName(iso, locale)
}

/** The next month after today as YYYY-MM: the first month an allocation normally starts. */
export function nextMonth(today: Date = todayDate()): string {
  const y = today.getFullYear() + (today.getMonth() === 11 ? 1 : 0)
  const m = ((today.getMonth() + 1) % 12) + 1
  return `${y}-${String(m).padStart(2, '0')}`
}

/**
 * The default period of an allocation, inside a year that has a budget (issue 17 item 6: the next
 * month fell in a year without one, so the first try was refused). The next month when its year is
 * budgeted; else this month when this year is; else January of the first budgeted year after. The
 * count is the longest of `counts` (the form's choices) that ends by December: a budget is yearly.
 */
export function defaultPeriod(
  budgetedYears: number[],
  today: Date = todayDate(),
  counts: number[] = [1, 3, 6, 12],
): { mulai: string; bulan: number } {
  const years = new Set(budgetedYears)
  const next = nextMonth(today)
  const thisMonth = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`
  const later = [...years].filter((y) => y > today.getFullYear()).sort((a, b) => a - b)
  let mulai = next
  if (!years.has(Number(next.slice(0, 4)))) {
    if (years.has(today.getFullYear())) mulai = thisMonth
    else if (later.length) mulai = `${later[0]}-01`
  }
  const left = 13 - Number(mulai.slice(5, 7))  // months to December
  return { mulai, bulan: Math.max(...counts.filter((n) => n <= left), Math.min(...counts)) }
}

/** The months an allocation may start in: January of this year to December of the next, as YYYY-MM. */
export function monthChoices(today: Date = todayDate()): string[] {
  const out: string[] = []
  for (let y = today.getFullYear(); y <= today.getFullYear() + 1; y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`)
  return out
}

/** The months mulai .. mulai+count-1 as "MM/YYYY – MM/YYYY". */
export function monthRange(start: string, count: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(start)
  if (!m || count < 1) return ''
  const first = Number(m[1]) * 12 + Number(m[2]) - 1
  const last = first + count - 1
  const iso = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
  return count === 1 ? formatMonth(iso(first)) : `${formatMonth(iso(first))} – ${formatMonth(iso(last))}`
}

/**
 * Ledger totals: how many months are billed, what they bill and what was paid on them, and how
 * many months are in each state. Months BPJS's answers do not let us bill (tidak_ditagih) are
 * apart (issue 17): how many, what they reserve of the budget and what was paid on them anyway
 * (lebih bayar, to be refunded or offset), so `billed` is what the invoices bill.
 */
export function ledgerSummary(months: LedgerMonth[]) {
  const counts: Record<string, number> = {}
  let n = 0
  let billed = 0
  let paid = 0
  let apart = 0
  let reserved = 0
  let overpaid = 0
  for (const m of months) {
    counts[m.status] = (counts[m.status] ?? 0) + 1
    if (m.status === 'tidak_ditagih') {
      apart += 1
      reserved += m.iuran
      overpaid += m.dibayar
      continue
    }
    n += 1
    billed += m.iuran
    paid += m.dibayar
  }
  return { n, billed, paid, counts, apart, reserved, overpaid }
}

/** A field's errors joined for one line under a worker in a result list. */
export function problemText(problems: FieldError[]): string {
  return problems.map((p) => p.message).join('; ')
}


/**
 * What a verification confirmation names (issue 17 item 9): the workers about to be verified, by
 * name, at most `shown` of them, and how many more. A decision is confirmed before it is sent
 * (docs/WEB.md says why a confirmation rather than an undo).
 */
export function confirmationNames(
  items: { id: number; nama: string }[],
  ids: Iterable<number>,
  shown = 3,
): { names: string[]; more: number; count: number } {
  const wanted = new Set(ids)
  const chosen = items.filter((w) => wanted.has(w.id))
  return { names: chosen.slice(0, shown).map((w) => w.nama), more: Math.max(0, chosen.length - shown), count: chosen.length }
}

/** A funder with its budget of the year (null: none set). */
export interface FunderRow { funder: Funder; budget: BudgetRow | null }

export interface BudgetSum { pagu: number; terpakai: number; sisa: number; pekerja: number; funds: number }

/** The RT funds of one kelurahan (issue 17 item 6): named, with the kelurahan's total. */
export interface RtFundGroup {
  kode: string
  nama: string
  kecamatan: string
  rows: (FunderRow & { rt: string })[]
  total: BudgetSum
}

const RT_CODE = /^(\d{2}\.\d{2}\.\d{2}\.\d{4})\.(\d{3})$/

function addUp(rows: FunderRow[]): BudgetSum {
  const s: BudgetSum = { pagu: 0, terpakai: 0, sisa: 0, pekerja: 0, funds: rows.length }
  for (const r of rows) {
    if (!r.budget) continue
    s.pagu += r.budget.pagu
    s.terpakai += r.budget.terpakai
    s.sisa += r.budget.sisa
    s.pekerja += r.budget.pekerja
  }
  return s
}

/**
 * The funders summarised (issue 17 item 6): the RT funds (Dana Kampung Bahagia of one RT each)
 * grouped by kelurahan with the kelurahan's and the kecamatan's names from the region tree, each
 * group with its total, groups and RTs in code order; every other funder stays on its own.
 */
export function groupFunders(rows: FunderRow[], regions: RegionNode[]): { others: FunderRow[]; groups: RtFundGroup[]; total: BudgetSum } {
  const names = new Map<string, string>()
  const walk = (n: RegionNode) => {
    names.set(n.kode, n.nama)
    n.children?.forEach(walk)
  }
  regions.forEach(walk)
  const others: FunderRow[] = []
  const byKel = new Map<string, (FunderRow & { rt: string })[]>()
  for (const r of rows) {
    const m = r.funder.jenis === 'dana_kampung_bahagia' ? RT_CODE.exec(r.funder.wilayah) : null
    if (!m) {
      others.push(r)
      continue
    }
    const list = byKel.get(m[1]) ?? []
    list.push({ ...r, rt: m[2] })
    byKel.set(m[1], list)
  }
  const groups = [...byKel.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([kode, list]) => {
    list.sort((a, b) => a.rt.localeCompare(b.rt))
    return { kode, nama: names.get(kode) ?? kode, kecamatan: names.get(kode.slice(0, 8)) ?? '', rows: list, total: addUp(list) }
  })
  return { others, groups, total: addUp(groups.flatMap((g) => g.rows)) }
}

/** A funder's name for people (issue 17 item 6): an RT fund by its RT and kelurahan, not its code. */
export function funderName(f: Funder, regions: RegionNode[], rtFundLabel: (rt: string, kelurahan: string) => string): string {
  const m = f.jenis === 'dana_kampung_bahagia' ? RT_CODE.exec(f.wilayah) : null
  if (!m) return f.nama
  return rtFundLabel(m[2], findNode(regions, m[1])?.nama ?? m[1])
}
