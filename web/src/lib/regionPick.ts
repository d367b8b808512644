// The region picker's rules (issue 17 item 9), pure and tested: which level an account's role is
// scoped to (core/access.cpp role_area_problem), and which code the choices so far produce.
import type { RegionNode } from '@/api/types'

export type PickLevel = 'provinsi' | 'kota' | 'kecamatan' | 'kelurahan' | 'rt'

/** The level of the area each role's account is scoped to. */
export const ROLE_AREA_LEVEL: Record<string, PickLevel> = {
  ketua_rt: 'rt',
  operator_kelurahan: 'kelurahan',
  operator_kecamatan: 'kecamatan',
  admin_kota: 'kota',
  petugas_bpjs: 'kota',
  auditor: 'kota',
  pemprov: 'provinsi',
}

const ORDER: PickLevel[] = ['provinsi', 'kota', 'kecamatan', 'kelurahan', 'rt']

/** The selects shown for a target level, top to bottom (the province is never a select of its own). */
export interface Picked { kota: string; kecamatan: string; kelurahan: string; rt: string }

export function pickSteps(level: PickLevel): (keyof Picked)[] {
  const end = ORDER.indexOf(level)
  return ORDER.slice(1, Math.max(2, end + 1)) as (keyof Picked)[]
}

/**
 * The code the choices produce: the chosen area at the target level, or, when the choice stops
 * above it, the deepest one chosen (the server then says under the field which level the role
 * needs); a province is the province of the chosen kab/kota.
 */
export function pickedCode(level: PickLevel, p: Picked): string {
  if (level === 'provinsi') return p.kota ? p.kota.slice(0, 2) : ''
  const upTo = ORDER.indexOf(level)
  let code = ''
  for (const l of ['kota', 'kecamatan', 'kelurahan', 'rt'] as const) {
    if (ORDER.indexOf(l) > upTo) break
    if (!p[l]) break
    code = p[l]
  }
  return code
}

/** The kab/kota nodes of the (caller-limited) region tree, in tree order. */
export function kotaNodes(roots: RegionNode[]): RegionNode[] {
  const out: RegionNode[] = []
  const walk = (n: RegionNode) => {
    if (n.tingkat === 'kota') out.push(n)
    else n.children?.forEach(walk)
  }
  roots.forEach(walk)
  return out
}

/** The choices a known code stands for (to show an existing value in the selects). */
export function splitCode(code: string): Picked {
  const parts = code.split('.')
  const at = (n: number) => (parts.length >= n ? parts.slice(0, n).join('.') : '')
  return { kota: at(2), kecamatan: at(3), kelurahan: at(4), rt: at(5) }
}
