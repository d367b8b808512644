import { describe, expect, it } from 'vitest'
import rootEn from '@/locales/en'
import rootId from '@/locales/id'
import { auditLines, humanize, type Lookup } from './auditText'
import { workflowMessages } from './messages'

// The locale's own texts, looked up the way the audit screen does (a key or null).
function lookupIn(...trees: object[]): Lookup {
  return (key, params) => {
    for (const tree of trees) {
      let node: unknown = tree
      for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
      if (typeof node === 'string') return node.replace(/\{(\w+)\}/g, (_, k: string) => params?.[k] ?? '')
    }
    return null
  }
}
const id = lookupIn(workflowMessages.id, rootId)
const en = lookupIn(workflowMessages.en, rootEn)

describe('auditLines', () => {
  it('writes field: old → new with labels, never codes', () => {
    expect(auditLines({ status: ['didata', 'diverifikasi'], rt: [null, 3] }, id)).toEqual([
      { field: 'Status', from: 'Didata', to: 'Diverifikasi' },
      { field: 'RT', from: '–', to: '3' },
    ])
    expect(auditLines({ pekerjaan: ['becak', 'ojek_online'] }, en, 'en')).toEqual([
      { field: 'Occupation', from: 'Becak driver', to: 'Online motorcycle taxi' },
    ])
  })
  it('reads dates, months, times, money and yes/no as people write them', () => {
    expect(auditLines({ tanggal_lahir: ['1980-03-15', '1980-03-16'] }, id)[0]).toEqual({ field: 'Tanggal lahir', from: '15/03/1980', to: '16/03/1980' })
    expect(auditLines({ mulai: '2026-12' }, id)[0]).toEqual({ field: 'Mulai', from: '', to: 'Desember 2026' })
    expect(auditLines({ pagu: [4032000, 201600000] }, id)[0]).toEqual({ field: 'Pagu', from: 'Rp4.032.000', to: 'Rp201.600.000' })
    expect(auditLines({ aktif: [true, false] }, id)[0]).toEqual({ field: 'Aktif', from: 'Ya', to: 'Tidak' })
    expect(auditLines({ waktu: '2026-12-05T03:04:00Z' }, id)[0].to).toBe('05/12/2026 10.04 WIB')
  })
  it('labels codes of other lists by their field: funders, roles, claim and invoice states', () => {
    expect(auditLines({ jenis: 'apbd_kota' }, id)[0].to).toBe('APBD Kota')
    expect(auditLines({ peran: [null, 'operator_kelurahan'] }, id)[0].to).toBe('Operator kelurahan')
    expect(auditLines({ status: ['dokumen_lengkap', 'diajukan'] }, id)[0]).toEqual({ field: 'Status', from: 'Dokumen lengkap', to: 'Diajukan' })
    expect(auditLines({ status: 'terbit' }, en, 'en')[0].to).toBe('Issued')
  })
  it('never shows raw JSON or snake_case', () => {
    const lines = auditLines({ ahli_waris: [{ nama: 'Siti', hubungan: 'istri' }, { nama: 'Budi', hubungan: 'anak' }], baris: [{ a: 1 }, { b: 2 }, { c: 3 }], kode_tak_dikenal: 'nilai_baru_sekali' }, id)
    expect(lines).toEqual([
      { field: 'Ahli waris', from: '', to: 'Siti (Istri), Budi (Anak)' },
      { field: 'Baris', from: '', to: '3 entri' },
      { field: 'Kode tak dikenal', from: '', to: 'Nilai baru sekali' },
    ])
    for (const l of lines) expect(`${l.field} ${l.from} ${l.to}`).not.toMatch(/[{}[\]"]|[a-z]+_[a-z]+/)
    expect(auditLines({ baru: { nama: 'Ani', rt: 4 } }, id)[0].to).toBe('Nama Ani; RT 4')
  })
  it('reads a pending change of a worker in words: heirs before and after, the kelurahan by name (issue 17)', () => {
    const names: Record<string, string> = { '15.71.01.1001': 'Simpang IV Sipin', '15.71.01.1002': 'Telanaipura' }
    const withNames: Lookup = (key, params) => (key.startsWith('wilayah.') ? names[key.slice('wilayah.'.length)] ?? null : id(key, params))
    const lines = auditLines(
      {
        tanggal_lahir: ['1985-08-17', '1985-08-18'],
        kode_kelurahan: ['15.71.01.1001', '15.71.01.1002'],
        ahli_waris: [[{ nama: 'Siti', hubungan: 'istri', nik: '157101********01' }], [{ nama: 'Siti', hubungan: 'istri' }, { nama: 'Budi', hubungan: 'anak' }]],
      },
      withNames,
    )
    expect(lines).toEqual([
      { field: 'Tanggal lahir', from: '17/08/1985', to: '18/08/1985' },
      { field: 'Kelurahan', from: 'Simpang IV Sipin', to: 'Telanaipura' },
      { field: 'Ahli waris', from: 'Siti (Istri)', to: 'Siti (Istri), Budi (Anak)' },
    ])
    // without a name the code stays (never a made-up name)
    expect(auditLines({ kode_kelurahan: ['15.71.01.1001', '15.71.01.1003'] }, withNames)[0].to).toBe('15.71.01.1003')
  })
  it('keeps free text and empty changes as they are', () => {
    expect(auditLines('teks bebas', id)).toEqual([{ field: '', from: '', to: 'teks bebas' }])
    expect(auditLines(null, id)).toEqual([])
    expect(auditLines({}, id)).toEqual([])
    expect(humanize('tanggal_lahir')).toBe('Tanggal lahir')
  })
  it('has a label for every action and kind of record in both languages', () => {
    const idAudit = workflowMessages.id.audit
    const enAudit = workflowMessages.en.audit
    for (const group of ['actions', 'entities', 'fields', 'values'] as const) {
      expect(Object.keys(enAudit[group]).sort()).toEqual(Object.keys(idAudit[group]).sort())
    }
  })
})
