// The programme rules form (issue 22 item 4): what the admin types, as PUT /aturan's body, and the
// funders' order of priority edited by moving a kind up or down. No I/O here.
import { parseDate, parseRupiah } from '@/lib/format'
import type { FunderKind, ProgrammeRuleSet } from './types'

/** Every funder kind an order may list, in the order the form offers them when none is chosen. */
export const FUNDER_KINDS: FunderKind[] = ['apbd_provinsi', 'dana_kampung_bahagia', 'apbd_kota', 'donatur', 'mandiri']

export interface RuleForm {
  berlakuMulai: string // DD/MM/YYYY as typed
  usiaMin: string
  usiaMaks: string
  batasPenghasilan: string // Rupiah as typed
  danaRt: boolean
  danaRtPerTahun: string
  /** The kinds in the order of priority, each with whether it is in the order at all. */
  prioritas: { kind: FunderKind; aktif: boolean }[]
  dasarHukum: string
}

/** The form filled from the rules in force (the admin changes what differs), without a date. */
export function formFrom(rules: ProgrammeRuleSet | null): RuleForm {
  const order = rules?.prioritas_dana ?? []
  return {
    berlakuMulai: '',
    usiaMin: rules ? String(rules.usia_min) : '',
    usiaMaks: rules ? String(rules.usia_maks) : '',
    batasPenghasilan: rules ? String(rules.batas_penghasilan) : '',
    danaRt: rules?.dana_rt ?? true,
    danaRtPerTahun: rules && rules.dana_rt ? String(rules.dana_rt_per_tahun) : '',
    prioritas: [
      ...order.map((kind) => ({ kind, aktif: true })),
      ...FUNDER_KINDS.filter((k) => !order.includes(k)).map((kind) => ({ kind, aktif: false })),
    ],
    dasarHukum: '',
  }
}

/** Moves item `i` one place up (-1) or down (+1); the same list when it cannot move. */
export function moved<T>(list: T[], i: number, step: -1 | 1): T[] {
  const j = i + step
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return list
  const out = [...list]
  ;[out[i], out[j]] = [out[j], out[i]]
  return out
}

export interface RuleBody {
  berlaku_mulai: string | null
  usia_min: number | null
  usia_maks: number | null
  batas_penghasilan: number | null
  dana_rt: boolean
  dana_rt_per_tahun: number | null
  prioritas_dana: FunderKind[]
  dasar_hukum: string
}

/** The fields the screen can tell are unreadable before asking the server, by field. */
export type LocalProblems = Partial<Record<keyof RuleBody, 'date' | 'number' | 'rupiah'>>

function whole(text: string): number | null {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : null
}

/**
 * PUT /aturan's body from the form, and what is unreadable in it. An empty field stays null so
 * that the server names it (it is the one that knows every rule); an unreadable one is reported
 * here, by field.
 */
export function bodyOf(form: RuleForm): { body: RuleBody; problems: LocalProblems } {
  const problems: LocalProblems = {}
  const date = form.berlakuMulai.trim() ? parseDate(form.berlakuMulai) : null
  if (form.berlakuMulai.trim() && !date) problems.berlaku_mulai = 'date'
  const min = form.usiaMin.trim() ? whole(form.usiaMin) : null
  if (form.usiaMin.trim() && min === null) problems.usia_min = 'number'
  const max = form.usiaMaks.trim() ? whole(form.usiaMaks) : null
  if (form.usiaMaks.trim() && max === null) problems.usia_maks = 'number'
  const ceiling = form.batasPenghasilan.trim() ? parseRupiah(form.batasPenghasilan) : null
  if (form.batasPenghasilan.trim() && ceiling === null) problems.batas_penghasilan = 'rupiah'
  const fund = form.danaRt && form.danaRtPerTahun.trim() ? parseRupiah(form.danaRtPerTahun) : null
  if (form.danaRt && form.danaRtPerTahun.trim() && fund === null) problems.dana_rt_per_tahun = 'rupiah'
  return {
    body: {
      berlaku_mulai: date,
      usia_min: min,
      usia_maks: max,
      batas_penghasilan: ceiling,
      dana_rt: form.danaRt,
      dana_rt_per_tahun: form.danaRt ? fund : 0,
      // Without an RT fund its kind cannot pay first: it leaves the order with the fund.
      prioritas_dana: form.prioritas.filter((p) => p.aktif && (form.danaRt || p.kind !== 'dana_kampung_bahagia')).map((p) => p.kind),
      dasar_hukum: form.dasarHukum.trim(),
    },
    problems,
  }
}

/** "15.71.01.1001.007" -> "15.71"; "" for a province's code or none. */
export function kabkotaOf(area: string): string {
  const m = /^(\d{2}\.\d{2})(\.|$)/.exec(area)
  return m ? m[1] : ''
}
