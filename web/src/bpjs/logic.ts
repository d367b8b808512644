// Pure helpers of the BPJS screens (tested in logic.test.ts).
import type { BatchWorker, BpjsBatch, CardBatch, ResponseResult, ResponseRowOutcome, RowError } from './types'

/** The share of a batch BPJS has answered, 0–100. */
export function answeredPct(b: Pick<BpjsBatch, 'jumlah' | 'menunggu'>): number {
  if (!b.jumlah) return 0
  return ((b.jumlah - b.menunggu) / b.jumlah) * 100
}

/** The batch's state in one word: sent (nobody answered), partly answered, answered. */
export function batchState(b: Pick<BpjsBatch, 'jumlah' | 'menunggu'>): 'dikirim' | 'sebagian' | 'selesai' {
  if (b.menunggu <= 0) return 'selesai'
  if (b.menunggu >= b.jumlah) return 'dikirim'
  return 'sebagian'
}

/** The share of a card batch handed over, 0–100. */
export function handedPct(b: Pick<CardBatch, 'jumlah' | 'diserahkan'>): number {
  return b.jumlah ? (b.diserahkan / b.jumlah) * 100 : 0
}

export type WorkerFilter = 'semua' | 'dikirim' | 'diterima' | 'ditolak'

export function filterWorkers(rows: BatchWorker[], f: WorkerFilter): BatchWorker[] {
  return f === 'semua' ? rows : rows.filter((r) => r.status === f)
}

/** Groups the response file's problems by row number, rows in order; row 0 (the file) first. */
export function errorsByRow(result: Pick<ResponseResult, 'errors'>): { row: number; errors: RowError[] }[] {
  const map = new Map<number, RowError[]>()
  for (const e of result.errors) {
    const list = map.get(e.row ?? 0) ?? []
    list.push(e)
    map.set(e.row ?? 0, list)
  }
  return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([row, errors]) => ({ row, errors }))
}

/** The message without the "Baris N, kolom X: " prefix the row label already says. */
export function shortMessage(e: RowError): string {
  return e.message.replace(/^Baris \d+(, kolom [^:]+)?: /, '')
}

/** A file name for a downloaded PDF from Content-Disposition, else a fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const m = disposition?.match(/filename="?([^";]+)"?/)
  return m ? m[1] : fallback
}

/** A preview row (issue 17 item 9): what the row would do, with its problems when it is refused. */
export interface PreviewRow extends ResponseRowOutcome { errors: RowError[] }

/**
 * The preview of a response file, row by row in file order, each with its problems; the rows the
 * server could not read at all (problems of row 0, the file) are left to `errorsByRow`.
 * `onlyProblems` keeps the refused rows.
 */
export function previewRows(result: Pick<ResponseResult, 'errors'> & Partial<Pick<ResponseResult, 'baris'>>, onlyProblems = false): PreviewRow[] {
  const byRow = new Map(errorsByRow(result).map((x) => [x.row, x.errors]))
  const rows = (result.baris ?? []).map((r) => ({ ...r, errors: byRow.get(r.row) ?? [] }))
  return onlyProblems ? rows.filter((r) => r.hasil === 'galat') : rows
}

/** Whether applying the previewed file would change anything (an accepted or a rejected worker). */
export function previewChanges(result: Pick<ResponseResult, 'accepted' | 'rejected'>): boolean {
  return result.accepted + result.rejected > 0
}
