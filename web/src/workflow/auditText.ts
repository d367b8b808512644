// The audit log in words (issue 17 item 10): each change as "field: old → new" with the field's
// label and the values as people read them (labels for codes, DD/MM/YYYY, "Desember 2026",
// Rupiah, Ya/Tidak), never raw JSON or enum values.
import { formatDate, formatDateTime, formatMonthName, formatNumber, formatRupiah } from '@/lib/format'

export interface AuditLine {
  field: string
  from: string
  to: string
}

/** A label lookup: the text for a message key, or null when the locale has none. */
export type Lookup = (key: string, params?: Record<string, string>) => string | null

// Fields whose whole numbers are Rupiah (RULES.md: premiums, budgets, payments and benefits).
const MONEY = new Set([
  'pagu', 'jumlah', 'iuran', 'nilai', 'dibayar', 'jumlah_bayar', 'jumlah_disetujui', 'upah_bulanan', 'penghasilan',
  'manfaat_total', 'tunggakan', 'sisa', 'total', 'kuota_rupiah',
  'batas_penghasilan', 'dana_rt_per_tahun', // programme rules per kab/kota (issue 22 item 4)
])
// Where a field's codes have their labels: the code lists of DESIGN.md §6 first, then the audit's own.
const CODE_LISTS: Record<string, string[]> = {
  status: ['codes.status', 'audit.values'],
  pekerjaan: ['codes.pekerjaan'],
  kategori: ['codes.kategori'],
  hubungan: ['codes.hubungan'],
  jenis: ['codes.sumber_dana', 'audit.values'],
  sumber_dana: ['codes.sumber_dana', 'audit.values'],
  prioritas_dana: ['codes.sumber_dana'], // programme rules per kab/kota (issue 22 item 4)
  peran: ['roles', 'audit.values'],
  role: ['roles', 'audit.values'],
  // a region's name when the caller's lookup knows it (the pending changes give their kelurahan names)
  kode_kelurahan: ['wilayah'],
}

/** "tanggal_lahir" -> "Tanggal lahir": the last resort for a field without a label. */
export function humanize(code: string): string {
  const words = code.replace(/_/g, ' ').trim()
  return words ? words[0].toUpperCase() + words.slice(1) : code
}

function fieldLabel(field: string, lookup: Lookup): string {
  return lookup(`audit.fields.${field}`) ?? humanize(field)
}

function valueText(field: string, v: unknown, lookup: Lookup, locale: 'id' | 'en'): string {
  if (v === null || v === undefined || v === '') return '–'
  if (typeof v === 'boolean') return lookup(v ? 'audit.yes' : 'audit.no') ?? String(v)
  if (typeof v === 'number') return MONEY.has(field) && Number.isInteger(v) ? formatRupiah(v) : formatNumber(v, Number.isInteger(v) ? 0 : 2)
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v)
    if (/^\d{4}-\d{2}$/.test(v)) return formatMonthName(v, locale)
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return formatDateTime(v)
    for (const list of CODE_LISTS[field] ?? ['audit.values']) {
      const label = lookup(`${list}.${v}`)
      if (label) return label
    }
    // An enum value nobody labelled still reads as words rather than snake_case.
    return /^[a-z]+(_[a-z]+)+$/.test(v) ? humanize(v) : v
  }
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return v.map((x) => valueText(field, x, lookup, locale)).join(', ') || '–'
    // Lists of records (heirs, rows): their names where they have one (a heir's relation after it),
    // otherwise how many.
    const names = v.map((x) => {
      if (!x || typeof x !== 'object' || !('nama' in x)) return null
      const r = x as { nama: unknown; hubungan?: unknown }
      const relation = typeof r.hubungan === 'string' && r.hubungan ? valueText('hubungan', r.hubungan, lookup, locale) : ''
      return relation ? `${String(r.nama)} (${relation})` : String(r.nama)
    })
    if (names.every((n) => n)) return names.join(', ')
    return lookup('audit.items', { n: formatNumber(v.length) }) ?? String(v.length)
  }
  // A nested record: its fields in words, one after the other.
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${fieldLabel(k, lookup)} ${valueText(k, x, lookup, locale)}`)
    .join('; ')
}

/**
 * The lines of one audit entry. The server writes changes as {"field": [old, new]} or
 * {"field": value}; anything else (free text) becomes a single line.
 */
export function auditLines(changes: unknown, lookup: Lookup, locale: 'id' | 'en' = 'id'): AuditLine[] {
  if (changes === null || changes === undefined || changes === '') return []
  if (typeof changes !== 'object' || Array.isArray(changes)) {
    return [{ field: '', from: '', to: typeof changes === 'string' ? changes : valueText('', changes, lookup, locale) }]
  }
  // [old, new] of plain values, or of two lists (a worker's heirs before and after).
  const pair = (v: unknown[]) =>
    v.length === 2 && (v.every((x) => x === null || typeof x !== 'object') || v.every((x) => x === null || Array.isArray(x)))
  return Object.entries(changes as Record<string, unknown>).map(([field, v]) =>
    Array.isArray(v) && pair(v)
      ? { field: fieldLabel(field, lookup), from: valueText(field, v[0], lookup, locale), to: valueText(field, v[1], lookup, locale) }
      : { field: fieldLabel(field, lookup), from: '', to: valueText(field, v, lookup, locale) },
  )
}
