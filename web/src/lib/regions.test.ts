import { describe, expect, it } from 'vitest'
import { findNode, nodesAt, rtCode, splitRtCode } from './regions'
import type { RegionNode } from '@/api/types'

const node = (kode: string, tingkat: string, children: RegionNode[] = []): RegionNode => ({
  kode, nama: kode, tingkat, children, workers: 0, verified: 0, covered: 0, covered_other: 0, potential: 0, coverage_pct: null, nilai_perlindungan: 0,
})

const tree = [node('15', 'provinsi', [node('15.71', 'kota', [
  node('15.71.01', 'kecamatan', [node('15.71.01.1001', 'kelurahan'), node('15.71.01.1002', 'kelurahan')]),
  node('15.71.02', 'kecamatan', [node('15.71.02.1001', 'kelurahan')]),
])])]

describe('regions', () => {
  it('lists the nodes of one level', () => {
    expect(nodesAt(tree, 'kecamatan').map((n) => n.kode)).toEqual(['15.71.01', '15.71.02'])
    expect(nodesAt(tree, 'kelurahan')).toHaveLength(3)
  })
  it('finds a node by code', () => {
    expect(findNode(tree, '15.71.02.1001')?.tingkat).toBe('kelurahan')
    expect(findNode(tree, '15.71.09')).toBeNull()
  })
  it('reads and writes RT codes', () => {
    expect(splitRtCode('15.71.01.1001.007')).toEqual({ kelurahan: '15.71.01.1001', rt: 7 })
    expect(splitRtCode('15.71.01.1001')).toBeNull()
    expect(rtCode('15.71.01.1001', 7)).toBe('15.71.01.1001.007')
  })
})
