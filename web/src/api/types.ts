// The shapes of docs/API.md, as the client reads them.

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

export interface User {
  username: string
  nama: string
  role: Role | string
  area: string
  area_nama: string
  permissions: Permission[]
}

/** Second factor (issue 16 item 8): required for admin_kota, auditor and petugas_bpjs. */
export interface OtpStatus {
  wajib: boolean
  aktif: boolean
  sisa_kode_pemulihan: number
}

export interface SessionDoc {
  user: User
  csrf_token: string
  /** The role requires a second factor not enrolled yet: the session may only enrol it. */
  sesi_terbatas?: boolean
  otp?: OtpStatus
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
  tanggal_lahir: string | null
  // What the NIK contradicts in the record (issue 17 item 2), in words; empty when nothing.
  peringatan: NikWarning[]
}

export interface NikWarning {
  kode: string
  kolom: string // tanggal_lahir | jenis_kelamin | nik
  pesan: string
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

// Jakon (issue 9): Kampung Bahagia construction projects and their compliance report.
export type ProjectStatus = 'direncanakan' | 'bersertifikat' | 'dimulai' | 'selesai'
export type ComplianceFilter = '' | 'tanpa_sertifikat' | 'terlambat' | 'mulai_tanpa_perlindungan' | 'patuh'

export interface ProjectCompliance {
  batas_daftar: string | null
  sisa_hari_kerja: number
  tanpa_sertifikat: boolean
  terlambat: boolean
  mulai_tanpa_perlindungan: boolean
  patuh: boolean
}

export interface ProjectWorker {
  id: number
  nik: string
  nama: string
  peran: string
  pekerja_id: number | null
}

export interface Project {
  id: number
  jenis: 'swakelola' | 'kontrak'
  nama: string
  kode_kelurahan: string
  rt: number
  kode_rt: string
  nilai: number
  ppn_termasuk: boolean
  ppn_persen: number
  upah_bulanan: number
  tanggal_spk: string | null
  rencana_mulai: string | null
  rencana_selesai: string | null
  pelaksana: string
  iuran: number
  dasar_iuran: string
  sumber_aturan: string
  tanggal_aturan: string | null
  nomor_sertifikat: string
  tanggal_bayar: string | null
  jumlah_bayar: number
  status: ProjectStatus
  tanggal_mulai: string | null
  tanggal_selesai: string | null
  jumlah_pekerja: number
  pekerja: ProjectWorker[]
  versi: number
  kepatuhan: ProjectCompliance
}

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
