// Sending the RT head's drafts (issue 21 item 2): automatically when the connection returns (the
// shell's `online` listener, main.ts), when the RT home opens, and by its button. Each send is
// POST /workers with `Idempotency-Key: <draft id>`, so a send whose answer was lost and is sent
// again is answered from the server's record of the first, never saved twice. One send at a time
// across tabs (Web Locks). What became of each draft is kept on it (drafts.ts) and shown by
// OfflineQueue.vue.
import { reactive } from 'vue'
import { i18n } from '@/i18n'
import { api, ApiError } from '@/api/client'
import type { Worker } from '@/api/types'
import { loadSession, REMEMBERED, session } from '@/auth'
import { workerPayload } from '@/workers/workerForm'
import { type Draft, forgetAll, listDrafts, putDraft } from './drafts'
import './messages'

export type Send = (d: Draft) => Promise<Worker>

/** The real send: the draft's form as the request body, its id as the Idempotency-Key. */
export const sendDraft: Send = (d) =>
  api<Worker>('/workers', { method: 'POST', body: workerPayload(d.form!), headers: { 'Idempotency-Key': d.id } })

/** Only an RT head's records are kept on the phone (item 4): others save online as before. */
export function keepsDrafts(): boolean {
  return session.user?.role === 'ketua_rt'
}

/** Remembers the RT head's user on the phone (auth.ts opens the app offline from it). Called by
 *  the screens an RT head records from; the session's own check, never a token. */
export function rememberForOffline(): void {
  if (keepsDrafts() && !session.luring && !session.terbatas) localStorage.setItem(REMEMBERED, JSON.stringify(session.user))
}

/** What one send made of a draft. `stop`: the send got no answer the draft can act on (no
 *  connection, a time limit, the session ended or its token is stale, the server busy or failing):
 *  the draft stays `menunggu` and the rest wait for the next round. `later`: the server is still
 *  working on an earlier send with this key (409 `idempotensi_diproses`): the draft stays
 *  `menunggu`, the others go on, and the round asks to be tried again in a while. `renewSession`:
 *  the server refused the session's CSRF token, so the next round asks for the session first. */
export interface SendOutcome {
  draft: Draft
  stop: boolean
  later: boolean
  renewSession?: boolean
}

/**
 * A draft after one send: the saved worker, or the server's answer to the key or the record
 * (docs/API.md "Idempotency-Key: never twice"). A replayed answer (`Idempotent-Replayed: true`) is
 * the first answer again, so it reads exactly like it.
 */
export function afterSend(d: Draft, outcome: { worker: Worker } | { error: unknown }, now = Date.now()): SendOutcome {
  const base: Draft = { ...d, updated: now, tries: d.tries + 1 }
  const cleared = { message: undefined, errors: undefined, kelurahanLain: undefined }
  if ('worker' in outcome) {
    return { draft: { ...base, ...cleared, state: 'terkirim', form: null, workerId: outcome.worker.id }, stop: false, later: false }
  }
  const e = outcome.error
  const waiting = (stop: boolean, later: boolean): SendOutcome => ({ draft: { ...base, state: 'menunggu' }, stop, later })
  if (!(e instanceof ApiError) || e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500) return waiting(true, false)
  // the session's CSRF token is out of date (a session reopened elsewhere): nothing to correct in
  // the record; the next round asks the server for the session again (syncNow)
  if (e.status === 403 && e.code === 'csrf_tidak_valid') return { ...waiting(true, false), renewSession: true }
  // the first send with this key is still being written: never a second record, so wait for it
  if (e.status === 409 && e.code === 'idempotensi_diproses') return waiting(false, true)
  // the first send's write committed but the server stopped before keeping its answer: the record
  // is there (without the worker's number to link to); the server's message says so on the draft
  if (e.status === 409 && e.code === 'idempotensi_tanpa_jawaban') {
    return { draft: { ...base, ...cleared, state: 'terkirim', form: null, workerId: undefined, message: e.message }, stop: false, later: false }
  }
  // the key's first send was saved with other data (the draft was edited after a send whose
  // answer was lost): a record the phone did not know had arrived, shown as a conflict, not merged
  if (e.status === 422 && e.code === 'kunci_idempotensi_dipakai') {
    return { draft: { ...base, state: 'konflik', message: e.message, errors: [], kelurahanLain: undefined }, stop: false, later: false }
  }
  if (e.status === 409 && (e.field === 'nik' || e.code.startsWith('nik_'))) {
    // nik_terdaftar_di_wilayah_lain names the other record's kelurahan (and nothing else) in `nama_kelurahan`
    const other = e.detail.nama_kelurahan
    return { draft: { ...base, state: 'konflik', message: e.message, errors: [], kelurahanLain: typeof other === 'string' && other ? other : undefined }, stop: false, later: false }
  }
  return { draft: { ...base, state: 'perlu_diperbaiki', message: e.message, errors: e.errors.length ? e.errors : e.field ? [{ field: e.field, code: e.code, message: e.message }] : [] }, stop: false, later: false }
}

export interface SyncSummary {
  sent: number
  refused: number
  waiting: number
  /** Some drafts wait for the server to finish an earlier send of theirs: try again in a while. */
  later: boolean
}

/** Set when the server refused a send's CSRF token: the next round reloads the session first. */
let sessionStale = false
let running: Promise<SyncSummary> | null = null

/** Sends the user's `menunggu` drafts, oldest first, one at a time; stops at the first that got no answer. */
export function sendPending(user: string, send: Send = sendDraft): Promise<SyncSummary> {
  running ??= withLock(async () => {
    const summary: SyncSummary = { sent: 0, refused: 0, waiting: 0, later: false }
    const pending = (await listDrafts(user)).filter((d) => d.state === 'menunggu' && d.form)
    for (const [i, d] of pending.entries()) {
      let outcome: { worker: Worker } | { error: unknown }
      try {
        outcome = { worker: await send(d) }
      } catch (error) {
        outcome = { error }
      }
      const { draft, stop, later, renewSession } = afterSend(d, outcome)
      if (renewSession) sessionStale = true
      await putDraft(draft)
      if (draft.state === 'terkirim') summary.sent++
      else if (draft.state !== 'menunggu') summary.refused++
      if (later) {
        summary.waiting++
        summary.later = true
      }
      if (stop) {
        summary.waiting += pending.length - i
        break
      }
    }
    return summary
  }).finally(() => (running = null))
  return running
}

// Two tabs of the same phone must not send the same draft at once.
function withLock<T>(job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined
  return locks ? (locks.request('lindungi-draf', job) as Promise<T>) : job()
}

/** What the RT home shows: the signed-in user's drafts, and whether a send is under way. */
export const queue = reactive({ drafts: [] as Draft[], syncing: false, last: null as SyncSummary | null })

export async function refreshQueue(): Promise<void> {
  queue.drafts = keepsDrafts() ? await listDrafts(session.user!.username) : []
}

/** The wait before trying again drafts the server was still working on: 10 s, doubling to 2 min
 *  (the server answers `idempotensi_tanpa_jawaban` once a first send is two minutes old). */
export const RETRY_FIRST_MS = 10_000
export const RETRY_MAX_MS = 120_000
let retryTimer: ReturnType<typeof setTimeout> | null = null
let retryDelay = RETRY_FIRST_MS

function retryLater(later: boolean): void {
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = null
  if (!later) {
    retryDelay = RETRY_FIRST_MS
    return
  }
  retryTimer = setTimeout(() => {
    retryTimer = null
    void syncNow().catch(() => undefined)
  }, retryDelay)
  retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
}

/** Sends now (the button, the connection's return, the RT home opening, a retry). A session opened
 *  offline, or whose CSRF token the server refused, first asks the server again (the token, and
 *  whether the session still lives). */
export async function syncNow(): Promise<void> {
  if (!keepsDrafts() || queue.syncing) return
  queue.syncing = true
  try {
    if (session.luring || sessionStale) {
      await loadSession(true)
      sessionStale = false
    }
    if (!keepsDrafts() || session.luring) return
    await refreshQueue()
    if (!queue.drafts.some((d) => d.state === 'menunggu')) return
    queue.last = await sendPending(session.user!.username)
    retryLater(queue.last.later)
  } finally {
    queue.syncing = false
    await refreshQueue().catch(() => undefined)
  }
}

/** Drafts not yet saved by the server (menunggu, perlu diperbaiki, konflik): logout warns about them. */
export async function unsentCount(): Promise<number> {
  if (!keepsDrafts()) return 0
  return (await listDrafts(session.user!.username)).filter((d) => d.state !== 'terkirim').length
}

/** Before logout: true when nothing would be lost, or the user says to go on anyway. */
export async function confirmLogout(): Promise<boolean> {
  const n = await unsentCount().catch(() => 0)
  return !n || window.confirm(i18n.global.t('luring.logoutWarning', { n }))
}

/** Logout (item 4): the drafts database and every cache but the app's own files (sw/sw.ts). */
export async function forgetOnPhone(): Promise<void> {
  retryLater(false)
  queue.drafts = []
  queue.last = null
  await forgetAll()
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) if (!name.startsWith('workbox-precache')) await caches.delete(name)
  }
}
