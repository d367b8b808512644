import { describe, expect, it } from 'vitest'
import type { RegionNode } from '@/api/types'
import { kotaNodes, pickSteps, pickedCode, ROLE_AREA_LEVEL, splitCode } from './regionPick'

const node = (kode: string, nama: string, tingkat: string, children: RegionNode[] = []): RegionNode =>
  ({ kode, nama, tingkat, children, workers: 0, verified: 0, covered: 0, potential: 0, coverage_pct: null } as unknown as RegionNode)

describe('region picker rules (issue 17 item 9)', () => {
  it('asks down to the level of the role', () => {
    expect(pickSteps(ROLE_AREA_LEVEL.ketua_rt)).toEqual(['kota', 'kecamatan', 'kelurahan', 'rt'])
    expect(pickSteps(ROLE_AREA_LEVEL.operator_kelurahan)).toEqual(['kota', 'kecamatan', 'kelurahan'])
    expect(pickSteps(ROLE_AREA_LEVEL.operator_kecamatan)).toEqual(['kota', 'kecamatan'])
    expect(pickSteps(ROLE_AREA_LEVEL.admin_kota)).toEqual(['kota'])
    expect(pickSteps(ROLE_AREA_LEVEL.pemprov)).toEqual(['kota'])
  })
  it('produces the code of the level, or the deepest chosen when the choice stops above it', () => {
    const p = { kota: '15.71', kecamatan: '15.71.01', kelurahan: '15.71.01.1001', rt: '15.71.01.1001.007' }
    expect(pickedCode('rt', p)).toBe('15.71.01.1001.007')
    expect(pickedCode('kelurahan', p)).toBe('15.71.01.1001')
    expect(pickedCode('kecamatan', p)).toBe('15.71.01')
    expect(pickedCode('kota', p)).toBe('15.71')
    expect(pickedCode('provinsi', p)).toBe('15')
    expect(pickedCode('rt', { ...p, rt: '' })).toBe('15.71.01.1001')
    expect(pickedCode('rt', { kota: '15.71', kecamatan: '', kelurahan: '15.71.01.1001', rt: '' })).toBe('15.71')
    expect(pickedCode('rt', { kota: '', kecamatan: '', kelurahan: '', rt: '' })).toBe('')
  })
  it('finds the kab/kota under a province or at the root, never deeper', () => {
    const kota = node('15.72', 'Kota Sungai Penuh', 'kota', [node('15.72.01', 'Sungai Penuh', 'kecamatan')])
    expect(kotaNodes([node('15', 'Jambi', 'provinsi', [kota])]).map((k) => k.kode)).toEqual(['15.72'])
    expect(kotaNodes([kota]).map((k) => k.kode)).toEqual(['15.72'])
  })
  it('splits a code into its choices', () => {
    expect(splitCode('15.71.01.1001.007')).toEqual({ kota: '15.71', kecamatan: '15.71.01', kelurahan: '15.71.01.1001', rt: '15.71.01.1001.007' })
    expect(splitCode('15.71.01')).toEqual({ kota: '15.71', kecamatan: '15.71.01', kelurahan: '', rt: '' })
  })
})
