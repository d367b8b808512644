// The region tree (GET /regions), fetched once per visit and shared by the screens that need it.
import { api } from '@/api/client'
import type { RegionNode } from '@/api/types'

let cache: Promise<RegionNode[]> | null = null

export function fetchRegions(): Promise<RegionNode[]> {
  if (!cache) {
    cache = api<{ regions: RegionNode[] }>('/regions')
      .then((d) => d.regions)
      .catch((e) => {
        cache = null
        throw e
      })
  }
  return cache
}

export function forgetRegions(): void {
  cache = null
}

/** Every node of a level ('kecamatan', 'kelurahan', …) in tree order. */
export function nodesAt(roots: RegionNode[], tingkat: string): RegionNode[] {
  const out: RegionNode[] = []
  const walk = (n: RegionNode) => {
    if (n.tingkat === tingkat) out.push(n)
    n.children?.forEach(walk)
  }
  roots.forEach(walk)
  return out
}

export function findNode(roots: RegionNode[], kode: string): RegionNode | null {
  for (const n of roots) {
    if (n.kode === kode) return n
    const hit = findNode(n.children ?? [], kode)
    if (hit) return hit
  }
  return null
}

/** "15.71.01.1001.007" -> { kelurahan: "15.71.01.1001", rt: 7 }; null for other codes. */
export function splitRtCode(code: string): { kelurahan: string; rt: number } | null {
  const m = /^(\d{2}\.\d{2}\.\d{2}\.\d{4})\.(\d{3})$/.exec(code)
  return m ? { kelurahan: m[1], rt: Number(m[2]) } : null
}

export function rtCode(kelurahan: string, rt: number): string {
  return `${kelurahan}.${String(rt).padStart(3, '0')}`
}
