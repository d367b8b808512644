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

/**
 * A draft after one send: the saved worker, or the server's refusal. `stop` when the send never
 * got an answer the draft can act on (no connection, a time limit, the session ended, the server
 * busy or failing): the draft stays `menunggu` and the rest wait for the next try.
 */
export function afterSend(d: Draft, outcome: { worker: Worker } | { error: unknown }, now = Date.now()): { draft: Draft; stop: boolean } {
  const base: Draft = { ...d, updated: now, tries: d.tries + 1 }
  if ('worker' in outcome) {
    return { draft: { ...base, state: 'terkirim', form: null, workerId: outcome.worker.id, message: undefined, errors: undefined, kelurahanLain: undefined }, stop: false }
  }
  const e = outcome.error
  if (!(e instanceof ApiError) || e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500) {
    return { draft: { ...base, state: 'menunggu' }, stop: true }
  }
  if (e.status === 409 && (e.field === 'nik' || e.code.startsWith('nik_'))) {
    const other = e.detail.nama_kelurahan ?? e.detail.kelurahan
    return { draft: { ...base, state: 'konflik', message: e.message, errors: [], kelurahanLain: typeof other === 'string' && other ? other : undefined }, stop: false }
  }
  return { draft: { ...base, state: 'perlu_diperbaiki', message: e.message, errors: e.errors.length ? e.errors : e.field ? [{ field: e.field, code: e.code, message: e.message }] : [] }, stop: false }
}

export interface SyncSummary {
  sent: number
  refused: number
  waiting: number
}

let running: Promise<SyncSummary> | null = null

/** Sends the user's `menunggu` drafts, oldest first, one at a time; stops at the first that got no answer. */
export function sendPending(user: string, send: Send = sendDraft): Promise<SyncSummary> {
  running ??= withLock(async () => {
    const summary: SyncSummary = { sent: 0, refused: 0, waiting: 0 }
    const pending = (await listDrafts(user)).filter((d) => d.state === 'menunggu' && d.form)
    for (const [i, d] of pending.entries()) {
      let outcome: { worker: Worker } | { error: unknown }
      try {
        outcome = { worker: await send(d) }
      } catch (error) {
        outcome = { error }
      }
      const { draft, stop } = afterSend(d, outcome)
      await putDraft(draft)
      if (draft.state === 'terkirim') summary.sent++
      else if (draft.state !== 'menunggu') summary.refused++
      if (stop) {
        summary.waiting = pending.length - i
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

/** Sends now (the button, the connection's return, the RT home opening). A session opened
 *  offline first asks the server again (the CSRF token, and whether the session still lives). */
export async function syncNow(): Promise<void> {
  if (!keepsDrafts() || queue.syncing) return
  queue.syncing = true
  try {
    if (session.luring) await loadSession(true)
    if (!keepsDrafts() || session.luring) return
    await refreshQueue()
    if (!queue.drafts.some((d) => d.state === 'menunggu')) return
    queue.last = await sendPending(session.user!.username)
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
  queue.drafts = []
  queue.last = null
  await forgetAll()
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) if (!name.startsWith('workbox-precache')) await caches.delete(name)
  }
}
