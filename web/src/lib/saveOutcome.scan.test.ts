// Issue 17 item 3, kept true as screens are added: every component that writes (a POST, PUT,
// PATCH or DELETE through the API client, or through a helper of ours that does: uploads, a
// download made by a POST, login) shows the outcome beside its button with <SaveOutcome>, fed by
// useSaveOutcome (or failedSave, for a list whose rows each keep their own outcome), which words
// "no connection" and "a refusal" for people. The few exceptions are listed below, each with why.
// Where the message lands on the page is measured in the browser (tests/e2e/journeys.d/hasil_simpan.mjs).
import { describe, expect, it } from 'vitest'

// Every source file of the app as text, by its path under src/ ("billing/InvoicesView.vue").
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true }))
    .map(([path, text]) => [path.replace(/^\.\.\//, ''), text as string]),
)

/**
 * Components that write without a <SaveOutcome> of their own, and why. A stale entry (the file
 * no longer writes, or now shows its outcome) fails the test too, so that the list stays short.
 */
const ALLOW: Record<string, string> = {
  // "Keluar": auth.logout clears the session on this device whatever the server answers, and the
  // login page that follows is the outcome.
  'components/AppShell.vue': 'logout',
  // Issue 20: POSTs that read and write nothing. Cek Perlindungan posts the NIK so that it stays
  // out of addresses; its answer (or the refusal in its own box) is the outcome, under the form.
  'cek/CekView.vue': 'a check, not a save',
  // The worker form's live phone check posts the typed number to the core's rule; the save button
  // below has its own outcome.
  'workers/PhoneCheck.vue': 'a check, not a save',
}

const WRITE = /method:\s*['"](POST|PUT|PATCH|DELETE)['"]|\.open\(\s*['"](POST|PUT|PATCH|DELETE)['"]/

/** The exported functions of a module whose own body writes (the API client itself excluded). */
export function writingExports(source: string): string[] {
  const out: string[] = []
  const starts = [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)]
  starts.forEach((m, i) => {
    const body = source.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : source.length)
    if (WRITE.test(body)) out.push(m[1])
  })
  return out
}

/** True when a component's script writes directly, or calls one of `helpers` (name -> module). */
export function writes(source: string, helpers: Map<string, string>): boolean {
  const script = source.split(/<template>/)[0]
  if (WRITE.test(script)) return true
  for (const imp of script.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    for (const item of imp[1].split(',')) {
      const [name, alias = name] = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)
      if (helpers.has(name) && new RegExp(`\\b${alias}\\s*[(<]`).test(script)) return true
    }
  }
  return false
}

/** What a writing component lacks for its outcome to show beside its button ([] when nothing). */
export function missing(source: string): string[] {
  const [script, template = ''] = source.split(/<template>/)
  const lacks: string[] = []
  if (!/<SaveOutcome[\s>]/.test(template)) lacks.push('<SaveOutcome> in the template')
  if (!/from\s+['"]@\/lib\/saveOutcome['"]/.test(script) || !/\b(useSaveOutcome|failedSave|isUnreachable)\s*[(<]/.test(script))
    lacks.push('useSaveOutcome (or failedSave) from @/lib/saveOutcome')
  return lacks
}

function helperMap(): Map<string, string> {
  const helpers = new Map<string, string>()
  for (const [f, text] of Object.entries(SOURCES)) {
    if (f.endsWith('.ts') && f !== 'api/client.ts') for (const name of writingExports(text)) helpers.set(name, f)
  }
  return helpers
}

describe('every save shows its outcome beside its button (issue 17 item 3)', () => {
  const helpers = helperMap()
  const writers = Object.keys(SOURCES).filter((f) => f.endsWith('.vue') && writes(SOURCES[f], helpers))

  it('finds the writing helpers and screens (the scan itself works)', () => {
    expect([...helpers.keys()]).toEqual(expect.arrayContaining(['uploadFile', 'postDownload', 'login', 'logout']))
    for (const screen of ['billing/InvoiceDetailView.vue', 'workflow/ImportView.vue', 'views/LoginView.vue', 'bpjs/CardsView.vue'])
      expect(writers).toContain(screen)
    expect(writers.length).toBeGreaterThanOrEqual(23) // 23 on 7 Dec 2026: fewer means the scan lost some
  })

  it('each writing component renders <SaveOutcome> fed by @/lib/saveOutcome, or is listed with a reason', () => {
    const problems = writers
      .filter((f) => !(f in ALLOW))
      .map((f) => [f, missing(SOURCES[f])] as const)
      .filter(([, lacks]) => lacks.length)
      .map(([f, lacks]) => `${f}: ${lacks.join(', ')}`)
    expect(problems).toEqual([])
  })

  it('keeps the exception list honest: every entry still writes and still lacks its own outcome', () => {
    for (const f of Object.keys(ALLOW)) {
      expect(writers).toContain(f)
      expect(missing(SOURCES[f])).not.toEqual([])
    }
  })

  it('would catch a new screen that writes and shows its error elsewhere', () => {
    const bad = `<script setup lang="ts">
import { api } from '@/api/client'
const error = ref('')
async function save() { try { await api('/x', { method: 'PUT', body: {} }) } catch (e) { error.value = String(e) } }
</script>
<template><ErrorBox v-if="error" :message="error" /><button @click="save">Simpan</button></template>`
    expect(writes(bad, helpers)).toBe(true)
    expect(missing(bad)).toHaveLength(2)
    const viaHelper = `<script setup lang="ts">
import { uploadFile as up } from './upload'
async function go(f: File) { await up('/imports', f) }
</script><template><button /></template>`
    expect(writes(viaHelper, helpers)).toBe(true)
    const readsOnly = `<script setup lang="ts">
import { api } from '@/api/client'
const x = await api('/workers')
</script><template></template>`
    expect(writes(readsOnly, helpers)).toBe(false)
  })
})
