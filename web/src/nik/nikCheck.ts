// The worker form's live NIK check (issue 17 item 2): what a NIK encodes, and what it contradicts
// in the birth date and sex being typed. It mirrors src/core/nik.cpp (analyze_nik's structure and
// nik_consistency) so that the warning shows as people type, offline too, with the same words as
// the server's `peringatan`; the server (src/core/worker.cpp nik_warnings) stays the rule of
// record, and the region check is the server's (GET /nik/{nik}, NikCheck.vue).

export type Sex = 'L' | 'P'

export interface NikParts {
  day: number
  month: number
  yy: number // the year's last two digits: the NIK holds no century
  sex: Sex
  kodeWilayah: string // "15.71.01"
}

export interface NikMismatch {
  kolom: 'tanggal_lahir' | 'jenis_kelamin'
  kode: 'nik_tanggal_lahir_beda' | 'nik_jenis_kelamin_beda'
  typed: string // "12/03/1985" or "L"
  fromNik: string // "12/03/1986" or "P"
}

function exists(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

function ddmmyyyy(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`
}

// Digits only (spaces ignored), 16 of them, a day 01-31 (man) or 41-71 (woman), a month 01-12, a
// date that exists in 19yy or 20yy, a serial that is not 0000; null otherwise (the server names
// what is wrong when the form is saved).
export function decodeNik(text: string): NikParts | null {
  const nik = text.replace(/\s/g, '')
  if (!/^\d{16}$/.test(nik)) return null
  const dd = Number(nik.slice(6, 8))
  const month = Number(nik.slice(8, 10))
  const yy = Number(nik.slice(10, 12))
  let day: number
  let sex: Sex
  if (dd >= 41 && dd <= 71) {
    sex = 'P'
    day = dd - 40
  } else if (dd >= 1 && dd <= 31) {
    sex = 'L'
    day = dd
  } else {
    return null
  }
  if (month < 1 || month > 12) return null
  if (!exists(2000 + yy, month, day) && !exists(1900 + yy, month, day)) return null
  if (nik.slice(12) === '0000') return null
  return { day, month, yy, sex, kodeWilayah: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}` }
}

// What the NIK contradicts: the birth date (ISO "1985-03-12", compared by day, month and the
// year's two digits) and the sex. The NIK's date is shown in the century nearest the typed year,
// as the server does.
export function nikMismatches(nik: string, birthIso: string | null, sex: Sex | ''): NikMismatch[] {
  const parts = decodeNik(nik)
  if (!parts) return []
  const out: NikMismatch[] = []
  const m = birthIso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthIso) : null
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (d !== parts.day || mo !== parts.month || y % 100 !== parts.yy) {
      let best = Math.floor(y / 100) * 100 + parts.yy
      for (const c of [best - 100, best + 100]) if (Math.abs(c - y) < Math.abs(best - y)) best = c
      if (!exists(best, parts.month, parts.day)) best = exists(2000 + parts.yy, parts.month, parts.day) ? 2000 + parts.yy : 1900 + parts.yy
      out.push({ kolom: 'tanggal_lahir', kode: 'nik_tanggal_lahir_beda', typed: ddmmyyyy(y, mo, d), fromNik: ddmmyyyy(best, parts.month, parts.day) })
    }
  }
  if (sex && sex !== parts.sex) out.push({ kolom: 'jenis_kelamin', kode: 'nik_jenis_kelamin_beda', typed: sex, fromNik: parts.sex })
  return out
}

// Whether a NIK is complete enough to ask the server about (region, already registered): each
// distinct NIK is asked once (the registry lookup is throttled and audited).
export function completeNik(text: string): string | null {
  const nik = text.replace(/\s/g, '')
  return decodeNik(nik) ? nik : null
}
