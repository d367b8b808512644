import { describe, expect, it } from 'vitest'
import idModule from './id'
import enModule from './en'

// Copies taken before anything runs: a screen's messages module (imported below) merges its texts
// into vue-i18n, which merges into the very object `./id` exports; the main texts are compared as
// written, not as merged.
const id = structuredClone(idModule)
const en = structuredClone(enModule)

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('locales', () => {
  it('English has exactly the keys of Bahasa Indonesia', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort())
  })
  it('no message is empty', () => {
    const empty = (o: object) => keys(o).filter((k) => k.split('.').reduce((v: any, p) => v[p], o) === '')
    expect(empty(id)).toEqual([])
    expect(empty(en)).toEqual([])
  })
  it('placeholders match between the languages', () => {
    const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) expect(names(get(en, k)), k).toBe(names(get(id, k)))
  })
})

describe('the texts merged by single screens (views/pageMessages.ts, views/projectMessages.ts)', async () => {
  const { forbiddenMessages, publicMessages } = await import('@/views/pageMessages')
  const { projectMessages } = await import('@/views/projectMessages')
  it('have the same keys and placeholders in both languages, and do not clash with the main texts', () => {
    const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    const main = new Set(keys(id))
    for (const m of [forbiddenMessages, publicMessages, projectMessages]) {
      expect(keys(m.en).sort()).toEqual(keys(m.id).sort())
      for (const k of keys(m.id)) {
        expect(names(get(m.en, k)), k).toBe(names(get(m.id, k)))
        expect(main.has(k), k).toBe(false)
      }
    }
  })
})
