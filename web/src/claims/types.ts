// The claims API's documents (docs/API.md "Claims", docs/CLAIMS.md), kept beside the claims screens.
export type ClaimStatus = 'draf' | 'dokumen_lengkap' | 'diajukan' | 'disetujui' | 'ditolak' | 'dibayar'
export type Cover = 'terlindungi' | 'perlu_konfirmasi' | 'tidak_terlindungi'

export interface BenefitLine { label: string; amount: number; amount_teks?: string; basis: string }
export interface Benefit { kind: string; lines: BenefitLine[]; notes?: string[]; source?: string; total: number; total_teks?: string; upah?: number }
export interface Heir { nama: string; hubungan: string; nik?: string; golongan?: number }
export interface ClaimFile { id: number; nama_berkas: string; jenis: string; ukuran: number; diunggah_oleh: string; diunggah_pada: string }
export interface ChecklistItem { kode: string; label: string; wajib: boolean; dasar: string; ada: boolean; berkas: ClaimFile[] }
export interface ScholarshipYear { id: number; tahun_ajaran: string; jenjang: string; jumlah: number; bukti: string; dibayar_pada: string; referensi: string }
export interface Child { id: number; nama: string; nik: string; tanggal_lahir: string; urutan: number; tahun: ScholarshipYear[] }
export interface Sla {
  hari_kerja: number; mulai: string; jatuh_tempo: string; jatuh_tempo_teks?: string; hari_terlambat: number
  denda_keterlambatan: number; denda_keterlambatan_teks?: string; dasar?: string
}

export interface Claim {
  id: number
  pekerja_id: number
  pekerja: string
  wilayah: string
  sumber_dana: string
  kejadian: { jenis: 'meninggal' | 'kecelakaan'; tanggal: string; kecelakaan_kerja: boolean; akibat: string; tempat: string; uraian: string }
  jenis_klaim: string
  status: ClaimStatus
  pertanggungan: { keputusan: Cover; alasan: string; dikonfirmasi_oleh: string; dikonfirmasi_pada: string }
  manfaat: Benefit
  manfaat_total: number
  ahli_waris: {
    golongan: number; penerima: Heir[]; penjelasan: string; tercatat: Heir[]
    beasiswa?: { masa_iur_bulan: number; syarat_masa_iur_bulan: number; alasan: string[] }
  }
  pengembalian_iuran: number
  bulan_dibatalkan: { bulan: string; sumber_dana: string; iuran: number }[]
  dokumen: ChecklistItem[]
  dokumen_lengkap_pada: string
  diajukan_pada: string
  keputusan: { hasil: string; alasan: string; oleh: string; pada: string; jumlah_disetujui: number }
  pembayaran: { jumlah: number; tanggal: string; referensi: string }
  sla: Sla | null
  kedaluwarsa_pada: string
  kedaluwarsa: boolean
  beasiswa_anak: Child[]
  dibuat_oleh: string
  dibuat_pada: string
  versi: number
}

export interface ClaimSummary {
  id: number; pekerja_id: number; pekerja: string; wilayah: string; jenis_kejadian: 'meninggal' | 'kecelakaan'
  tanggal_kejadian: string; jenis_klaim: string; status: ClaimStatus; pertanggungan: Cover; manfaat_total: number; dibayar_jumlah: number
}

export interface ScholarshipDue {
  anak_id: number; nama: string; tanggal_lahir: string; klaim_id: number; pekerja: string; wilayah: string
  status: 'menunggu_bukti_sekolah' | 'menunggu_pembayaran'; tahun_id: number | null; jenjang: string | null; jumlah: number; sudah_diterima: number
}
export interface ScholarshipsDue { tahun_ajaran: string; items: ScholarshipDue[]; total: number }

export interface ClaimsReportRow { kode?: string; nama?: string; dibuka: number; dibayar: number; tertunda: number; ditolak: number; jumlah_dibayar: number; beasiswa_dibayar: number }
export interface ClaimsReport { dari: string; sampai: string; rows: ClaimsReportRow[]; total: ClaimsReportRow; beasiswa_jatuh_tempo: ScholarshipsDue }
