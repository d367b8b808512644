import { describe, expect, it } from 'vitest'
import { checklistProgress, documentContentType, documentProblem, formatBytes, linesTotal, MAX_DOCUMENT_BYTES, nextActions, schoolYearOf } from './logic'
import { claimsMessages } from './messages'
import type { ChecklistItem, Claim } from './types'

describe('claim documents', () => {
  it('accepts PDF, JPEG and PNG up to 5 MB and names the problem otherwise', () => {
    expect(documentProblem({ name: 'akta.pdf', type: 'application/pdf', size: 1000 })).toBeNull()
    expect(documentProblem({ name: 'foto.JPG', type: '', size: 1000 })).toBeNull()
    expect(documentProblem({ name: 'scan', type: 'image/png', size: 1000 })).toBeNull()
    expect(documentProblem({ name: 'surat.docx', type: 'application/msword', size: 1000 })).toBe('jenis')
    expect(documentProblem({ name: 'besar.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('ukuran')
    expect(documentProblem({ name: 'tepat.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES })).toBeNull()
    expect(documentProblem({ name: 'kosong.pdf', type: 'application/pdf', size: 0 })).toBe('kosong')
  })
  it('sends a content type from the file or its name', () => {
    expect(documentContentType({ name: 'a.pdf', type: '' })).toBe('application/pdf')
    expect(documentContentType({ name: 'a.jpeg', type: '' })).toBe('image/jpeg')
    expect(documentContentType({ name: 'x', type: 'image/png' })).toBe('image/png')
    expect(documentContentType({ name: 'x', type: '' })).toBe('application/octet-stream')
  })
  it('counts required items only', () => {
    const item = (wajib: boolean, ada: boolean) => ({ kode: 'k', label: 'l', wajib, ada, dasar: '', berkas: [] }) as ChecklistItem
    expect(checklistProgress([item(true, true), item(true, false), item(false, true)])).toEqual({ done: 1, required: 2 })
  })
  it('formats sizes the Indonesian way', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(6 * 1024 * 1024 + 200000)).toBe('6,2 MB')
  })
})

describe('claim cases', () => {
  it('school year starts in July', () => {
    expect(schoolYearOf('2026-07-01')).toBe(2026)
    expect(schoolYearOf('2026-06-30')).toBe(2025)
    expect(schoolYearOf('2026-11-22')).toBe(2026)
  })
  it('sums the benefit lines', () => {
    expect(linesTotal({ manfaat: { kind: 'jkm', total: 42000000, lines: [
      { label: 'a', amount: 20000000, amount_teks: '', basis: '' }, { label: 'b', amount: 12000000, amount_teks: '', basis: '' }, { label: 'c', amount: 10000000, amount_teks: '', basis: '' }] } })).toBe(42000000)
  })
  it('offers the next step by status, cover and permission', () => {
    const c = (status: Claim['status'], cover: Claim['pertanggungan']['keputusan'], kedaluwarsa = false) =>
      ({ status, pertanggungan: { keputusan: cover, alasan: '', dikonfirmasi_oleh: '', dikonfirmasi_pada: '' }, kedaluwarsa })
    const rt = (p: string) => p === 'manage_claims'
    const bpjs = (p: string) => p === 'decide_claims' || p === 'manage_claims'
    expect(nextActions(c('draf', 'perlu_konfirmasi'), rt).decideCover).toBe(false)
    expect(nextActions(c('draf', 'perlu_konfirmasi'), bpjs).decideCover).toBe(true)
    expect(nextActions(c('draf', 'terlindungi'), rt).upload).toBe(true)
    expect(nextActions(c('dokumen_lengkap', 'terlindungi'), rt).submit).toBe(true)
    expect(nextActions(c('dokumen_lengkap', 'terlindungi', true), rt).submit).toBe(false)
    expect(nextActions(c('dokumen_lengkap', 'tidak_terlindungi'), rt).submit).toBe(false)
    expect(nextActions(c('diajukan', 'terlindungi'), rt).decide).toBe(false)
    expect(nextActions(c('diajukan', 'terlindungi'), bpjs).decide).toBe(true)
    expect(nextActions(c('disetujui', 'terlindungi'), bpjs).pay).toBe(true)
    expect(nextActions(c('dibayar', 'terlindungi'), bpjs)).toEqual({ decideCover: false, upload: false, submit: false, decide: false, pay: false })
  })
})

describe('claims messages', () => {
  const keys = (obj: object, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
  const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
  it('English has exactly the keys of Bahasa Indonesia, none empty, same placeholders', () => {
    const { id, en } = claimsMessages
    expect(keys(en).sort()).toEqual(keys(id).sort())
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      expect(get(id, k), k).not.toBe('')
      expect(names(get(en, k)), k).toBe(names(get(id, k)))
    }
  })
  it('uses no character that vue-i18n reads as syntax', () => {
    for (const lang of [claimsMessages.id, claimsMessages.en])
      for (const k of keys(lang)) expect(get(lang, k), k).not.toMatch(/[|@]/)
  })
})
