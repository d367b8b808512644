// The shapes of docs/API.md, as the client reads them.

export type Permission =
  | 'view_workers' | 'view_full_nik' | 'record_workers' | 'verify_workers' | 'manage_funding' | 'manage_bpjs'
  | 'manage_claims' | 'manage_projects' | 'manage_users' | 'view_reports' | 'view_audit'

export const ALL_PERMISSIONS: Permission[] = [
  'view_workers', 'view_full_nik', 'record_workers', 'verify_workers', 'manage_funding', 'manage_bpjs',
  'manage_claims', 'manage_projects', 'manage_users', 'view_reports', 'view_audit',
]

export type Role =
  | 'ketua_rt' | 'operator_kelurahan' | 'operator_kecamatan' | 'admin_kota' | 'petugas_bpjs' | 'pemprov' | 'auditor'

export interface User {
  username: string
  nama: string
  role: Role | string
  area: string
  area_nama: string
  permissions: Permission[]
}

export interface SessionDoc {
  user: User
  csrf_token: string
}

export interface FieldError {
  field: string
  code: string
  message: string
}

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

export interface RegionNode extends AreaFigures {
  tingkat: string
  children: RegionNode[]
}

export interface CoverageReport {
  level: string
  rows: AreaFigures[]
  total: AreaFigures
}

export interface WorkerSummary {
  id: number
  nik: string
  nama: string
  jenis_kelamin: 'L' | 'P' | null
  kode_kelurahan: string
  kelurahan: string
  rt: number
  kode_rt: string
  pekerjaan: string
  pekerjaan_label: string
  kategori: string
  status: string
  status_label: string
  sumber_dana: string
}

export interface Heir {
  id?: number
  nama: string
  hubungan: string
  hubungan_label?: string
  nik: string
  tanggal_lahir: string | null
}

export interface Worker extends WorkerSummary {
  kecamatan: string
  tanggal_lahir: string | null
  alamat: string
  no_hp: string
  penghasilan: number
  penghasilan_teks: string
  kategori_label: string
  kpj: string
  alasan: string
  persetujuan: boolean
  ahli_waris: Heir[]
  dibuat: string
  diperbarui: string
  versi: number
}

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
