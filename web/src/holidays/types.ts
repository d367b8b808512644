// GET /api/v1/libur and /libur/status (docs/API.md, issue 15).
export interface CalendarWarning { tahun: number; sebagian: boolean; pesan: string }
export interface Holiday {
  tanggal: string
  tanggal_teks: string
  jenis: 'libur_nasional' | 'cuti_bersama'
  jenis_label: string
  nama: string
  dasar: string
  diubah_oleh?: string
}
export interface HolidayYear {
  tahun: number
  lengkap: boolean
  dasar: string | null
  items: Holiday[]
  total: number
  peringatan: CalendarWarning[]
}
export interface CalendarStatus {
  hari_ini: string
  tahun: { tahun: number; lengkap: boolean; dasar: string; hari: number }[]
  peringatan: CalendarWarning[]
}
