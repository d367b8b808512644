// Pure helpers of the claims screens (tested in logic.test.ts).
import { formatNumber } from '@/lib/format'
import type { ChecklistItem, Claim, ClaimStatus } from './types'

/** The server's limits for a claim document (docs/API.md): PDF, JPEG or PNG, at most 5 MB. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
const ACCEPTED = /\.(pdf|jpe?g|png)$/i
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png']
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/** What is wrong with a file before it is sent: 'jenis' (type), 'ukuran' (size), 'kosong', or null. */
export function documentProblem(file: { name: string; type: string; size: number }): 'jenis' | 'ukuran' | 'kosong' | null {
  if (!ACCEPTED.test(file.name) && !ACCEPTED_TYPES.includes(file.type)) return 'jenis'
  if (file.size === 0) return 'kosong'
  if (file.size > MAX_DOCUMENT_BYTES) return 'ukuran'
  return null
}

/** The Content-Type to send with a document (the server decides by content, not by this). */
export function documentContentType(file: { name: string; type: string }): string {
  if (file.type && ACCEPTED_TYPES.includes(file.type)) return file.type
  if (/\.pdf$/i.test(file.name)) return 'application/pdf'
  if (/\.png$/i.test(file.name)) return 'image/png'
  if (/\.jpe?g$/i.test(file.name)) return 'image/jpeg'
  return 'application/octet-stream'
}

/** Required checklist items present / required, for the progress bar. */
export function checklistProgress(items: ChecklistItem[]): { done: number; required: number } {
  const req = items.filter((i) => i.wajib)
  return { done: req.filter((i) => i.ada).length, required: req.length }
}

/** The sum of the benefit lines (must equal `manfaat.total`). */
export function linesTotal(claim: Pick<Claim, 'manfaat'>): number {
  return (claim.manfaat.lines ?? []).reduce((s, l) => s + l.amount, 0)
}

/** The school year (starting July) a date falls in: 2026-11-22 → 2026, 2026-03-01 → 2025. */
export function schoolYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number)
  return m >= 7 ? y : y - 1
}

/** Today as YYYY-MM-DD: the server's (issue 15). */
export { todayIso } from '@/lib/clock'

/** What a user with these permissions can do next on a case. */
export function nextActions(c: Pick<Claim, 'status' | 'pertanggungan' | 'kedaluwarsa'>, can: (p: string) => boolean) {
  const cover = c.pertanggungan.keputusan
  return {
    decideCover: cover === 'perlu_konfirmasi' && can('decide_claims'),
    upload: can('manage_claims') && (c.status === 'draf' || c.status === 'dokumen_lengkap'),
    submit: can('manage_claims') && c.status === 'dokumen_lengkap' && cover === 'terlindungi' && !c.kedaluwarsa,
    decide: can('decide_claims') && c.status === 'diajukan',
    pay: can('decide_claims') && c.status === 'disetujui',
  }
}

export const STATUSES: ClaimStatus[] = ['draf', 'dokumen_lengkap', 'diajukan', 'disetujui', 'ditolak', 'dibayar']

/** Bytes for people: 512 B, 1,2 MB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`
  return `${formatNumber(n / 1024 / 1024, 1)} MB`
}
