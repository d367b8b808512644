// Display formats, written out by hand so that they do not depend on the browser's ICU data.
// Indonesian (the default): Rp4.032.000, 228.000, 44,5%, 22/05/2025, 22/05/2025 14.05 WIB.
// English (the language switch, docs/WEB.md "Numbers and dates"): Rp4,032,000, 228,000, 44.5%,
// 22 May 2025, 22 May 2025 14:05 WIB: the month written out, because 05/06/2025 reads as 6 May in
// Jakarta and as June 5 in Houston. Dates typed into a field stay DD/MM/YYYY in both languages
// (formatDateInput; the fields say so). Missing values show as an en dash.
import { ref } from 'vue'

const DASH = '–'

export type FormatLocale = 'id' | 'en'

// The language the formats follow: set by i18n.ts with the app's language. A ref, so that a
// template that writes an amount is drawn again when the language changes.
const current = ref<FormatLocale>('id')

export function setFormatLocale(locale: string): void {
  current.value = locale === 'en' ? 'en' : 'id'
}

export function formatLocale(): FormatLocale {
  return current.value
}

const SEPARATORS: Record<FormatLocale, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

function isMissing(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))
}

/** 228000 -> "228.000"; 1234.5 with digits=1 -> "1.234,5" ("228,000" and "1,234.5" in English). */
export function formatNumber(value: number | null | undefined, digits = 0, locale: FormatLocale = current.value): string {
  if (isMissing(value)) return DASH
  const v = value as number
  const negative = v < 0
  const fixed = Math.abs(v).toFixed(digits)
  const [whole, fraction] = fixed.split('.')
  const { group, decimal } = SEPARATORS[locale]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)
  const text = fraction ? `${grouped}${decimal}${fraction}` : grouped
  return negative && Number(fixed) !== 0 ? `-${text}` : text
}

/** 4032000 -> "Rp4.032.000" ("Rp4,032,000" in English); -1500 -> "-Rp1.500". Rupiah are whole numbers. */
export function formatRupiah(value: number | null | undefined, locale: FormatLocale = current.value): string {
  if (isMissing(value)) return DASH
  const v = Math.round(value as number)
  return (v < 0 ? '-Rp' : 'Rp') + formatNumber(Math.abs(v), 0, locale)
}

/** 44.53 -> "44,5%" ("44.5%" in English); digits fixes the decimals (default 1). */
export function formatPercent(value: number | null | undefined, digits = 1, locale: FormatLocale = current.value): string {
  if (isMissing(value)) return DASH
  return `${formatNumber(value as number, digits, locale)}%`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A day as read: "22/05/2025" in Indonesian, "22 May 2025" in English. */
function dayText(year: number, month: number, day: number, locale: FormatLocale): string {
  if (locale === 'en') return `${day} ${MONTHS_SHORT_EN[month - 1]} ${year}`
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

/** "2025-05-22" (or an ISO timestamp, or a Date) -> "22/05/2025" ("22 May 2025" in English). */
export function formatDate(value: string | Date | null | undefined, locale: FormatLocale = current.value): string {
  if (value === null || value === undefined || value === '') return DASH
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return DASH
    return dayText(value.getFullYear(), value.getMonth() + 1, value.getDate(), locale)
  }
  const m = ISO_DATE.exec(value)
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value
  return dayText(Number(m[1]), Number(m[2]), Number(m[3]), locale)
}

/** What a date field shows and takes, in both languages: "2025-05-22" -> "22/05/2025" ('' when none). */
export function formatDateInput(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const text = formatDate(value, 'id')
  return text === DASH ? '' : text
}

// Kota Jambi keeps Western Indonesia Time (WIB, UTC+7, no daylight saving). Times are shown in WIB
// whatever zone the browser is set to: an operator's laptop left on UTC showed an upload at 03.04
// that happened at 10.04 (issue 17 item 10), and a time without its zone cannot be compared.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * An ISO timestamp (the server writes UTC) -> "22/05/2025 14.05 WIB" (Indonesian writes time with
 * a dot), "22 May 2025 14:05 WIB" in English.
 */
export function formatDateTime(value: string | null | undefined, locale: FormatLocale = current.value): string {
  if (!value) return DASH
  // "2025-05-22 14:05:00" (SQLite) and "2025-05-22T14:05:00" without a zone are the server's UTC.
  const hasZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value)
  const normalized = /^\d{4}-\d{2}-\d{2}[ T]\d/.test(value) ? value.replace(' ', 'T') + (hasZone ? '' : 'Z') : value
  const d = new Date(normalized)
  if (Number.isNaN(d.getTime())) return value
  const wib = new Date(d.getTime() + WIB_OFFSET_MS)
  const hh = String(wib.getUTCHours()).padStart(2, '0')
  const mi = String(wib.getUTCMinutes()).padStart(2, '0')
  const day = dayText(wib.getUTCFullYear(), wib.getUTCMonth() + 1, wib.getUTCDate(), locale)
  return `${day} ${hh}${locale === 'en' ? ':' : '.'}${mi} WIB`
}

const MONTHS: Record<'id' | 'en', readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

/** "2026-12" (or "2026-12-01") -> "Desember 2026" ("December 2026" in English): a month as people say it. */
export function formatMonthName(iso: string | null | undefined, locale: FormatLocale = current.value): string {
  if (!iso) return DASH
  const m = /^(\d{4})-(\d{2})/.exec(iso)
  const month = m ? Number(m[2]) : 0
  if (!m || month < 1 || month > 12) return iso
  return `${MONTHS[locale][month - 1]} ${m[1]}`
}

/**
 * What a person types for an amount of Rupiah: "1.500.000", "Rp 1.500.000,-", "1500000", or in
 * English "1,500,000" (what the English screens show). Returns null when it is not a whole amount.
 */
export function parseRupiah(text: string): number | null {
  let t = text.trim().replace(/^rp\.?\s*/i, '').replace(/,-$/, '').replace(/,00$/, '').replace(/\.00$/, '').replace(/\s/g, '')
  if (t === '') return null
  if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d{1,3}(,\d{3})+$/.test(t)) t = t.replace(/[.,]/g, '')
  if (!/^\d+$/.test(t)) return null
  const n = Number(t)
  return Number.isSafeInteger(n) ? n : null
}

/** "22/05/2025" or "2025-05-22" -> "2025-05-22"; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const t = text.trim()
  let y: number, m: number, d: number
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (match) {
    d = Number(match[1]); m = Number(match[2]); y = Number(match[3])
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
    y = Number(match[1]); m = Number(match[2]); d = Number(match[3])
  } else {
    return null
  }
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Adds the slashes while someone types a date of birth on a phone keypad: "22052025" -> "22/05/2025". */
export function maskDateInput(text: string): string {
  if (/[^\d/]/.test(text)) return text
  const digits = text.replace(/\D/g, '').slice(0, 8)
  if (digits.length <= 2) return digits
  if (digits.length <= 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`
}
