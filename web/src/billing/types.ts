// The billing API's documents (docs/API.md "Billing", docs/FUNDING.md), kept beside the billing screens.
import type { FieldError } from '@/api/types'

export type InvoiceStatus = 'terbit' | 'sebagian' | 'lunas' | 'batal'

export interface Invoice {
  id: number
  nomor: string
  sumber_dana: string
  tahun: number
  dari: string
  sampai: string
  baris: number
  total: number
  dibayar: number
  sisa: number
  status: InvoiceStatus
  alasan_batal: string
  pelaku: string
  dibuat: string
}

export interface Payment { id: number; tagihan_id: number; jumlah: number; tanggal: string; referensi: string; pelaku: string; dibuat: string }

/** One worker on an invoice and the months it bills for them (issue 17 item 7). */
export interface InvoiceWorker {
  pekerja_id: number; nama: string; nik: string; kpj: string
  /** lebih_bayar: paid on a month BPJS's answers no longer allow (to be refunded or offset). */
  bulan: { bulan: string; iuran: number; dibayar: number; lebih_bayar?: number }[]
  bulan_teks: string; jumlah_bulan: number; jumlah: number; dibayar: number; lebih_bayar?: number
}

export interface InvoiceDetail extends Invoice {
  bulan: { bulan: string; baris: number; total: number; dibayar: number }[]
  pembayaran: Payment[]
  sumber_dana_nama?: string
  pekerja: { items: InvoiceWorker[]; total: number; offset: number; limit: number }
  /** Paid months BPJS's answers no longer allow, over the whole invoice (issue 17). */
  lebih_bayar?: { bulan: number; jumlah: number; teks: string }
}

export interface PaymentAnswer { pembayaran: Payment; tagihan: Invoice; baru: boolean; baris: number }

export interface ArrearsRt { kode_rt: string; pekerja: number; bulan_tunggakan: number; tunggakan: number; bulan_berakhir: number; berakhir: number }
export interface ArrearsLine {
  pekerja_id: number; nama: string; kode_rt: string; bulan: string; iuran: number; dibayar: number
  status: 'tunggakan' | 'berakhir'; sumber_dana: string; tagihan_id: number
}
export interface Arrears {
  tahun: number; wilayah: string; sumber_dana: string; tunggakan: number; berakhir: number
  rts: ArrearsRt[]; items?: ArrearsLine[]
}

export interface RenewalItem { pekerja_id: number; nama: string; ok: boolean; iuran: number; masalah: FieldError[] }
export interface Renewal {
  tahun: number; sumber_dana: string; accepted: number; rejected: number
  items: RenewalItem[]; verifikasi_ulang: { pekerja_id: number; nama: string; masalah: FieldError[] }[]
}

export interface RtFund {
  kode_rt: string; tahun: number; sumber_dana: string; dana_tahunan: number; iuran_tahun_ini: number; sisa: number
  persen_terpakai: number; pekerja_didanai: number; dasar: string
  kalkulator?: { workers: number; months: number; per_worker_month: number; total: number; total_teks: string; persen_dana: number; dasar: string }
}

export interface FundingRow {
  sumber_dana: string; nama: string; jenis: string; pagu: number; dialokasikan: number; ditagih: number; dibayar: number
  sisa: number; kuota: number; pekerja: number; persen_kuota: number; persen_pagu: number
}
export interface FundingReport { rows: FundingRow[] }

export interface InvoicesReport { tagihan?: Invoice[]; pembayaran: Payment[] }

export interface ClaimsTotals { dibuka: number; dibayar: number; tertunda: number; ditolak: number; jumlah_dibayar: number; beasiswa_dibayar: number }
export interface ClaimsSummary {
  dari: string; sampai: string; total: ClaimsTotals
  beasiswa_jatuh_tempo: { tahun_ajaran: string; total: number }
}
