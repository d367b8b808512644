// The shapes of the API as the client reads them. Those the contract names are its generated types
// (schema.d.ts from docs/openapi.yaml, issue 18 item 5): a change of the server's answers changes
// the spec, the spec these types, and vue-tsc shows every screen it touches.
import type { components } from './schema'

type Schemas = components['schemas']

export type Permission =
  | 'view_workers' | 'view_full_nik' | 'record_workers' | 'verify_workers' | 'manage_funding' | 'manage_bpjs'
  | 'manage_claims' | 'manage_projects' | 'manage_users' | 'view_reports' | 'view_audit'
  | 'view_projects' // Jakon (issue 9)
  | 'send_bpjs_batches' | 'manage_cards' // BPJS registration and cards (issue 4)
  | 'decide_claims' // claims (issue 5)
  | 'manage_holidays' // holidays as data (issue 15)

export const ALL_PERMISSIONS: Permission[] = [
  'view_workers', 'view_full_nik', 'record_workers', 'verify_workers', 'manage_funding', 'manage_bpjs',
  'manage_claims', 'manage_projects', 'manage_users', 'view_reports', 'view_audit',
  'view_projects', // Jakon (issue 9)
  'send_bpjs_batches', 'manage_cards', // BPJS registration and cards (issue 4)
  'decide_claims', // claims (issue 5)
  'manage_holidays', // holidays as data (issue 15)
]

export type Role =
  | 'ketua_rt' | 'operator_kelurahan' | 'operator_kecamatan' | 'admin_kota' | 'petugas_bpjs' | 'pemprov' | 'auditor'

export type User = Schemas['User']

/** Second factor (issue 16 item 8): required for admin_kota, auditor and petugas_bpjs. */
export type OtpStatus = Schemas['OtpStatus']

export type SessionDoc = Schemas['SessionDoc']

export type FieldError = Schemas['GalatKolom']

export interface AreaFigures {
  kode: string
  nama: string
  workers: number
  verified: number
  covered: number
  potential: number
  covered_other?: number
  coverage_pct: number | null
}

export type RegionNode = Schemas['RegionNode']

export interface CoverageReport {
  level: string
  rows: AreaFigures[]
  total: AreaFigures
}

export type WorkerSummary = Schemas['WorkerSummary']

export type NikWarning = Schemas['NikWarning']

export interface Heir {
  id?: number
  nama: string
  hubungan: string
  hubungan_label?: string
  nik: string
  tanggal_lahir: string | null
}

export type Worker = Schemas['Worker']

export interface Page<T> {
  items: T[]
  total: number
  page: number
  limit: number
}

export interface Premium {
  [key: string]: unknown
  total: number
  per_worker_month: number
}

export interface RtInfo {
  kode: string
  nomor: number
  nama_ketua: string
}

// Jakon (issue 9): Kampung Bahagia construction projects and their compliance report.
export type ProjectStatus = 'direncanakan' | 'bersertifikat' | 'dimulai' | 'selesai'
export type ComplianceFilter = '' | 'tanpa_sertifikat' | 'terlambat' | 'mulai_tanpa_perlindungan' | 'patuh'

export type ProjectCompliance = Schemas['ProjectCompliance']

export type ProjectWorker = Schemas['ProjectWorker']

export type Project = Schemas['Project']

export interface ComplianceRow {
  kode: string
  nama: string
  proyek: number
  tanpa_sertifikat: number
  terlambat: number
  mulai_tanpa_perlindungan: number
  patuh: number
  nilai: number
  iuran: number
}

export interface ComplianceReport {
  wilayah: string
  tanggal: string
  total: ComplianceRow
  per_kelurahan: ComplianceRow[]
  per_rt: ComplianceRow[]
  bermasalah: Project[]
}

export interface JakonQuote {
  value: number
  basis: number
  ppn_included: boolean
  ppn_percent: number
  tiers: { from: number; to: number | null; slice: number; jkk: number; jkm: number; jkk_rate: string; jkm_rate: string }[]
  jkk: number
  jkm: number
  total: number
  source: string
  batas_daftar?: string
}

// Coverage trend by month (issue 6): GET /reports/coverage/trend
export interface TrendMonth {
  bulan: string // YYYY-MM
  dialokasikan: number
  lunas: number
  coverage_pct: number | null
}
export interface CoverageTrend {
  kode: string
  nama: string
  potensi: number | null
  peserta_lain: number | null
  rows: TrendMonth[]
}
