import { describe, expect, it } from 'vitest'
import { bodyOf, formFrom, kabkotaOf, moved, FUNDER_KINDS } from './logic'
import type { ProgrammeRuleSet } from './types'

const sungaiPenuh: ProgrammeRuleSet = {
  wilayah: '15.72',
  berlaku_mulai: '2025-01-01',
  usia_min: 18,
  usia_maks: 60,
  batas_penghasilan: 3000000,
  dana_rt: false,
  dana_rt_per_tahun: 0,
  prioritas_dana: ['apbd_kota', 'apbd_provinsi'],
  prioritas_dana_label: ['APBD Kota/Kabupaten', 'APBD Provinsi'],
  dasar_hukum: 'Perwal contoh',
  bawaan: false,
}

describe('programme rules form (issue 22 item 4)', () => {
  it('starts from the rules in force: their order first, the other kinds after, unticked', () => {
    const f = formFrom(sungaiPenuh)
    expect(f.berlakuMulai).toBe('')
    expect(f.usiaMaks).toBe('60')
    expect(f.danaRt).toBe(false)
    expect(f.prioritas.map((p) => [p.kind, p.aktif])).toEqual([
      ['apbd_kota', true], ['apbd_provinsi', true], ['dana_kampung_bahagia', false], ['donatur', false], ['mandiri', false],
    ])
    expect(formFrom(null).prioritas.map((p) => p.kind)).toEqual(FUNDER_KINDS)
  })

  it('moves a kind up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b'])
  })

  it('makes the body: dates and Rupiah as people type them, the order as ticked', () => {
    const f = formFrom(sungaiPenuh)
    f.berlakuMulai = '01/01/2027'
    f.batasPenghasilan = 'Rp3.500.000'
    f.prioritas = moved(f.prioritas, 1, -1)
    f.dasarHukum = ' Perwal 2026 '
    const { body, problems } = bodyOf(f)
    expect(problems).toEqual({})
    expect(body).toEqual({
      berlaku_mulai: '2027-01-01', usia_min: 18, usia_maks: 60, batas_penghasilan: 3500000, dana_rt: false,
      dana_rt_per_tahun: 0, prioritas_dana: ['apbd_provinsi', 'apbd_kota'], dasar_hukum: 'Perwal 2026',
    })
  })

  it('names what it cannot read, leaves what is empty to the server', () => {
    const f = formFrom(null)
    f.berlakuMulai = '31/02/2027'
    f.usiaMin = 'lima belas'
    f.batasPenghasilan = 'enam juta'
    f.danaRt = true
    f.danaRtPerTahun = ''
    const { body, problems } = bodyOf(f)
    expect(problems).toEqual({ berlaku_mulai: 'date', usia_min: 'number', batas_penghasilan: 'rupiah' })
    expect(body.usia_maks).toBeNull()
    expect(body.dana_rt_per_tahun).toBeNull()
  })

  it('drops the RT fund from the order when there is no RT fund', () => {
    const f = formFrom(null)
    f.prioritas.forEach((p) => (p.aktif = true))
    f.danaRt = false
    expect(bodyOf(f).body.prioritas_dana).toEqual(['apbd_provinsi', 'apbd_kota', 'donatur', 'mandiri'])
  })

  it('finds the kab/kota of any code', () => {
    expect(kabkotaOf('15.71.01.1001.007')).toBe('15.71')
    expect(kabkotaOf('15.72')).toBe('15.72')
    expect(kabkotaOf('15')).toBe('')
    expect(kabkotaOf('')).toBe('')
  })
})

describe('programme rules texts', () => {
  it('has the same keys in both languages', async () => {
    const { rulesMessages } = await import('./messages')
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]))
    expect(keys(rulesMessages.en)).toEqual(keys(rulesMessages.id))
  })
})
