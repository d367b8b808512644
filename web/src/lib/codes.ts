// The code lists of DESIGN.md §6 (labels come from the locale files: codes.<list>.<code>).
export const STATUSES = ['didata', 'diverifikasi', 'ditolak', 'dialokasikan', 'didaftarkan', 'aktif', 'ditolak_bpjs'] as const
export const CATEGORIES = ['pekerja_rentan', 'petugas_keagamaan', 'ketua_rt'] as const
export const OCCUPATIONS = [
  'ojek_online', 'ojek_pangkalan', 'sopir_angkot', 'becak', 'kusir_delman', 'buruh_harian', 'tukang_bangunan',
  'tukang_parkir', 'pedagang_umkm', 'nelayan', 'petani', 'seniman_budayawan', 'pemandi_jenazah',
  'guru_madrasah_takmiliyah', 'petugas_syara', 'ketua_rt', 'lainnya',
] as const
export const HEIR_RELATIONS = [
  'suami', 'istri', 'anak', 'ayah', 'ibu', 'kakek', 'nenek', 'cucu', 'saudara_kandung', 'mertua', 'wasiat',
] as const
export const SORTS = ['nama', '-nama', 'nik', 'rt', 'status', '-dibuat', 'dibuat', '-penghasilan', 'penghasilan'] as const
