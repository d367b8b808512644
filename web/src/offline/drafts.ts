// The RT head's offline drafts (issue 21 items 2 and 4): each worker recorded without a connection
// (or whose save never got an answer) is kept on the phone in IndexedDB, under a client-generated
// id that is also the Idempotency-Key of every send, so that the server can tell a resend from a
// new record. Only the signed-in user's drafts are listed and sent; logging out deletes the whole
// database (forgetAll), sent or not.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { FieldError } from '@/api/types'
import type { WorkerFormState } from '@/workers/workerForm'

/** menunggu: not yet sent (or the last send got no answer); terkirim: the server saved it;
 *  perlu_diperbaiki: the server refused it with reasons to correct; konflik: its NIK is already
 *  registered (by another RT, or a record the phone did not know had arrived). */
export type DraftState = 'menunggu' | 'terkirim' | 'perlu_diperbaiki' | 'konflik'

export interface Draft {
  /** Client-generated (crypto.randomUUID) and the Idempotency-Key of every send. */
  id: string
  /** The username it belongs to: the only user who sees or sends it. */
  user: string
  created: number
  updated: number
  state: DraftState
  /** The form as typed, so that it opens again for correcting. Emptied once sent. */
  form: WorkerFormState | null
  /** The worker's name, kept after sending for the list. */
  nama: string
  /** The server's refusal: its message and its per-field problems. */
  message?: string
  errors?: FieldError[]
  /** The kelurahan of the other record, when the server's 409 names it. */
  kelurahanLain?: string
  /** The saved worker, once terkirim. */
  workerId?: number
  /** Sends tried, for the list ("dicoba 3 kali"). */
  tries: number
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { user: string } }
}

export const DB_NAME = 'lindungi-luring'
let db: Promise<IDBPDatabase<DraftDb>> | null = null

function open(): Promise<IDBPDatabase<DraftDb>> {
  db ??= openDB<DraftDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('user', 'user')
    },
    // another tab deletes the database on logout: let it
    blocking() {
      void db?.then((d) => d.close())
      db = null
    },
  })
  return db
}

/** A new id: crypto.randomUUID where the browser has it (every secure context), else 122 random bits. */
export function newDraftId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

export function newDraft(user: string, form: WorkerFormState, now = Date.now()): Draft {
  return { id: newDraftId(), user, created: now, updated: now, state: 'menunggu', form: clone(form), nama: form.nama.trim(), tries: 0 }
}

/** A plain copy (IndexedDB cannot store Vue's reactive proxies). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The user's drafts, oldest first. */
export async function listDrafts(user: string): Promise<Draft[]> {
  if (!user) return []
  const all = await (await open()).getAllFromIndex('drafts', 'user', user)
  return all.sort((a, b) => a.created - b.created)
}

export async function getDraft(user: string, id: string): Promise<Draft | null> {
  const d = await (await open()).get('drafts', id)
  return d && d.user === user ? d : null
}

export async function putDraft(d: Draft): Promise<void> {
  await (await open()).put('drafts', clone(d))
}

export async function deleteDraft(user: string, id: string): Promise<void> {
  const d = await getDraft(user, id)
  if (d) await (await open()).delete('drafts', id)
}

/** Logout (item 4): every draft of every user, and the database itself. */
export async function forgetAll(): Promise<void> {
  const current = db
  db = null
  if (current) (await current).close()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
}
