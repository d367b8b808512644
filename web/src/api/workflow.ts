// The shapes of the workflow APIs (docs/API.md "Intake", funding, users, audit), as the screens read them.
import type { FieldError, Worker } from './types'

export interface ImportIssue {
  row: number
  column: string
  code: string
  message: string
  level?: 'galat' | 'peringatan'
}

export type ImportAction = 'create' | 'update' | 'unchanged' | 'reject' | 'rejected' | string

export interface ImportItem {
  row: number
  action: ImportAction
  nik: string
  nama: string
  worker_id: number | null
  changed: string[]
  duplicate_of: number[]
  peringatan_nik?: boolean // accepted, but the NIK contradicts the row (issue 17 item 2)
}

export interface ImportResult {
  rows: number
  created: number
  updated: number
  unchanged: number
  accepted: number
  rejected: number
  duplicates: number
  flagged?: number // accepted rows whose NIK contradicts them: not clean (issue 17 item 2)
  clean?: number // accepted - flagged: "baris yang benar"
  errors: ImportIssue[]
  warnings: ImportIssue[]
  import_id: number | null
  dry_run: boolean
  saved: boolean
  message: string
  file: string
  format: string
  unknown_columns: string[]
  items?: ImportItem[]
}

export interface ImportRecord {
  id: number
  waktu: string
  pelaku: string
  wilayah: string
  nama_berkas: string
  format: string
  ukuran: number
  rows: number
  created: number
  updated: number
  unchanged: number
  accepted: number
  rejected: number
  duplicates: number
  warnings: number
}

export interface DuplicatePair {
  id: number
  skor: number
  alasan: string[]
  status: 'menunggu' | 'digabung' | 'bukan_duplikat' | string
  sumber: string
  dibuat: string
  diputuskan_oleh: string
  diputuskan_pada: string
  catatan: string
  pekerja_tetap: number | null
  pekerja: [Worker, Worker]
}

export interface DecisionResult {
  pekerja_id: number
  ok: boolean
  status: string
  error?: { code: string; message: string }
}

export interface BulkDecision {
  results: DecisionResult[]
  ok: number
  failed: number
}

export interface VerificationRecord {
  id: number
  pekerja_id: number
  keputusan: string
  alasan: string
  oleh: string
  waktu: string
}

export interface Funder {
  kode: string
  nama: string
  jenis: string
  wilayah: string
  pekerjaan: string[]
  aktif: boolean
}

export interface BudgetRow {
  sumber_dana: string
  tahun: number
  pagu: number
  kuota: number
  terpakai: number
  pekerja: number
  sisa: number
  persen_terpakai: number
}

export interface AllocationItem {
  pekerja_id: number
  nama: string
  ok: boolean
  iuran: number
  masalah: FieldError[]
}

export interface AllocationResult {
  accepted: number
  rejected: number
  items: AllocationItem[]
}

export interface LedgerMonth {
  bulan: string
  iuran: number
  dibayar: number
  sumber_dana: string
  status: 'lunas' | 'tagihan' | 'tunggakan' | 'berakhir' | 'tidak_ditagih' | string
  /** Why a month BPJS's answers do not let us bill is not billed, in words (status tidak_ditagih). */
  keterangan?: string
}

export interface Ledger {
  pekerja_id: number
  months: LedgerMonth[]
  cover?: { tanggal: string; status: string; alasan: string }
}

export interface UserRow {
  id: number
  username: string
  nama: string
  role: string
  area: string
  area_nama?: string
  kohort?: string
  aktif?: boolean
  permissions?: string[]
  [key: string]: unknown
}

export interface AuditEntry {
  id: number
  waktu: string
  pelaku: string
  aksi: string
  entitas: string
  entitas_id: string
  perubahan: unknown
  hash: string
}

export interface AuditCheck {
  ok: boolean
  entries: number
  unchained: number
  first_bad_id: number
  problem: string
}
