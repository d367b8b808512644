// The Reports screen's preview tables, pure and tested: for each report, its columns and its rows
// taken from the route's JSON (the same figures as its XLSX and PDF).
export type Kind = 'text' | 'num' | 'rp' | 'pct'
export interface Column { key: string; label: string; kind: Kind }
export type Row = Record<string, string | number>
export interface Preview { columns: Column[]; rows: Row[]; total?: Row }

type Json = Record<string, unknown>
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : [])
const pick = (r: Json, keys: string[]): Row => Object.fromEntries(keys.map((k) => [k, (r[k] ?? '') as string | number]))
const cols = (spec: [string, Kind][], label: (k: string) => string): Column[] => spec.map(([key, kind]) => ({ key, kind, label: label(key) }))

const SPECS: Record<string, [string, Kind][]> = {
  coverage: [['nama', 'text'], ['workers', 'num'], ['verified', 'num'], ['covered', 'num'], ['potential', 'num'], ['coverage_pct', 'pct']],
  funding: [['nama', 'text'], ['pagu', 'rp'], ['dialokasikan', 'rp'], ['ditagih', 'rp'], ['dibayar', 'rp'], ['sisa', 'rp'], ['pekerja', 'num'], ['persen_pagu', 'pct']],
  invoices: [['nomor', 'text'], ['sumber_dana', 'text'], ['bulan', 'text'], ['total', 'rp'], ['dibayar', 'rp'], ['sisa', 'rp'], ['status', 'text'], ['lebih_bayar', 'rp']],
  arrears: [['kode_rt', 'text'], ['pekerja', 'num'], ['bulan_tunggakan', 'num'], ['tunggakan', 'rp'], ['bulan_berakhir', 'num'], ['berakhir', 'rp']],
  claims: [['nama', 'text'], ['dibuka', 'num'], ['dibayar', 'num'], ['tertunda', 'num'], ['ditolak', 'num'], ['jumlah_dibayar', 'rp'], ['beasiswa_dibayar', 'rp']],
  projects: [['nama', 'text'], ['proyek', 'num'], ['patuh', 'num'], ['tanpa_sertifikat', 'num'], ['terlambat', 'num'], ['mulai_tanpa_perlindungan', 'num'], ['iuran', 'rp']],
}

/**
 * Words for a cell holding a code or a month (issue 17 item 10: people read words, not codes): an
 * invoice's status ("lunas" -> "Lunas"), its funder's code -> the funder's name, a month "2026-12"
 * -> "Desember 2026", an RT's code -> "RT 023 · Simpang IV Sipin (15.71.01.1001.023)". The default
 * keeps the code and writes months as MM/YYYY.
 */
export type Words = (column: 'status' | 'sumber_dana' | 'bulan' | 'kode_rt', value: string) => string
const plain: Words = (column, value) => (column === 'bulan' ? month(value) : value)

/** The preview of a report's JSON; label(column) names the columns in the user's language. */
export function preview(key: string, data: unknown, label: (column: string) => string, words: Words = plain): Preview {
  const spec = SPECS[key]
  if (!spec) return { columns: [], rows: [] }
  const d = (data ?? {}) as Json
  const keys = spec.map(([k]) => k)
  const columns = cols(spec, label)
  switch (key) {
    case 'coverage':
    case 'claims':
      return { columns, rows: list(d.rows).map((r) => pick(r, keys)), total: d.total ? pick(d.total as Json, keys) : undefined }
    case 'funding':
      return { columns, rows: list(d.rows).map((r) => pick(r, keys)) }
    case 'invoices': {
      const text = (v: unknown) => String(v ?? '')
      const rows: Row[] = list(d.tagihan).map((r) => ({
        ...pick(r, keys),
        sumber_dana: words('sumber_dana', text(r.sumber_dana)),
        status: r.status ? words('status', text(r.status)) : '',
        lebih_bayar: Number(r.lebih_bayar ?? 0),
        bulan: r.dari === r.sampai ? words('bulan', text(r.dari)) : `${words('bulan', text(r.dari))} – ${words('bulan', text(r.sampai))}`,
      }))
      // Paid months BPJS's answers no longer allow (lebih bayar): a column, its total the sum of its rows.
      const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k] ?? 0), 0)
      const overpaid = sum('lebih_bayar')
      const total: Row | undefined = overpaid ? { nomor: '', sumber_dana: '', bulan: '', total: '', dibayar: '', sisa: '', status: '', lebih_bayar: overpaid } : undefined
      return { columns, rows, total }
    }
    case 'arrears': {
      const total: Row = { kode_rt: '', pekerja: '', bulan_tunggakan: '', tunggakan: Number(d.tunggakan ?? 0), bulan_berakhir: '', berakhir: Number(d.berakhir ?? 0) }
      return { columns, rows: list(d.rts).map((r) => ({ ...pick(r, keys), kode_rt: words('kode_rt', String(r.kode_rt ?? '')) })), total }
    }
    case 'projects':
      return { columns, rows: list(d.per_kelurahan).map((r) => pick(r, keys)), total: d.total ? pick(d.total as Json, keys) : undefined }
  }
  return { columns, rows: [] }
}

function month(v: unknown): string {
  return String(v ?? '').replace(/^(\d{4})-(\d{2})$/, '$2/$1')
}
