// The dashboard budget panel's lines, pure and tested: one per funder, except the RT funds (one per
// RT, dozens of them), which are summed into a single line so that the panel stays readable.
import type { FundingRow } from './types'

export interface BudgetLine {
  kode: string; nama: string; pagu: number; dialokasikan: number; sisa: number; pekerja: number
  kuota: number; persen_kuota: number; persen_pagu: number
}

export const RT_FUNDS = 'dana_kampung_bahagia'

export function budgetLines(rows: FundingRow[], rtLabel: (n: number) => string): BudgetLine[] {
  const out: BudgetLine[] = []
  const rt = rows.filter((r) => r.jenis === RT_FUNDS)
  for (const r of rows) {
    if (r.jenis === RT_FUNDS) continue
    out.push({ kode: r.sumber_dana, nama: r.nama, pagu: r.pagu, dialokasikan: r.dialokasikan, sisa: r.sisa, pekerja: r.pekerja, kuota: r.kuota, persen_kuota: r.persen_kuota, persen_pagu: r.persen_pagu })
  }
  if (rt.length) {
    const sum = (k: 'pagu' | 'dialokasikan' | 'sisa' | 'pekerja') => rt.reduce((n, r) => n + r[k], 0)
    const pagu = sum('pagu')
    out.push({
      kode: RT_FUNDS, nama: rtLabel(rt.length), pagu, dialokasikan: sum('dialokasikan'), sisa: sum('sisa'), pekerja: sum('pekerja'),
      kuota: 0, persen_kuota: 0, persen_pagu: pagu > 0 ? (100 * sum('dialokasikan')) / pagu : 0,
    })
  }
  return out
}
