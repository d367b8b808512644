// The shapes of docs/API.md "BPJS registration and member cards", as the client reads them.

export interface SkippedWorker { pekerja_id: number; nama: string; code: string; message: string }

export interface BpjsBatch {
  id: number
  dibuat: string
  pelaku: string
  wilayah: string
  jumlah: number
  menunggu: number
  diterima: number
  ditolak: number
  dilewati?: SkippedWorker[]
}

export interface BatchWorker {
  pekerja_id: number
  nik: string
  nama: string
  status: 'dikirim' | 'diterima' | 'ditolak'
  kpj: string
  tanggal_efektif: string
  alasan: string
  dijawab: string
}

export interface ResponseRecord {
  id: number
  nama_berkas: string
  pelaku: string
  waktu: string
  baris: number
  diterima: number
  ditolak: number
  galat: number
  tidak_berubah: number
}

export interface BpjsBatchDetail extends BpjsBatch {
  pekerja: BatchWorker[]
  jawaban: ResponseRecord[]
}

export interface RowError { row: number; column: string; code: string; message: string }

export interface ResponseResult {
  pendaftaran_id: number
  rows: number
  accepted: number
  rejected: number
  unchanged: number
  invalid: number
  saved: boolean
  errors: RowError[]
  unknown_columns: string[]
  /** true for a preview (`?dry_run=1`): nothing was written (issue 17 item 9) */
  dry_run?: boolean
  /** every row of the file: the worker it names and what it does (or would do) */
  baris?: ResponseRowOutcome[]
}

export type RowOutcome = 'diterima' | 'ditolak' | 'tidak_berubah' | 'galat'

export interface ResponseRowOutcome {
  row: number
  pekerja_id: number | null
  nama: string
  nik: string
  hasil: RowOutcome
  kpj: string
  tanggal_efektif: string
  alasan: string
}

export interface CardBatch {
  id: number
  dibuat: string
  pelaku: string
  wilayah: string
  pendaftaran_id: number | null
  jumlah: number
  diminta: number
  dicetak: number
  diserahkan: number
}

export interface Stamp { oleh: string; pada: string }

export interface Card {
  id: number
  batch_id: number
  pekerja_id: number
  nama?: string
  nik?: string
  kpj?: string
  status: 'diminta' | 'dicetak' | 'diserahkan'
  diminta: Stamp
  dicetak: Stamp
  diserahkan: Stamp
}

export interface CardBatchDetail extends CardBatch { kartu: Card[] }

export interface CardRequestResult {
  batch: CardBatch
  accepted: number
  rejected: number
  items: { pekerja_id: number; nama: string; ok: boolean; kartu_id: number | null; masalah: { code?: string; message: string }[] | string[] }[]
}
