// What became of a save, in words, for the message shown beside the button that was pressed
// (issue 17 item 3): saved, sent for a second person's approval, or refused, and, when the
// network is down, that nothing was saved and when to try again.
import { ApiError } from '@/api/client'
import '@/workers/messages' // outcome.* texts

export type OutcomeKind = 'ok' | 'pending' | 'error' | 'offline'

export interface SaveOutcomeState {
  kind: OutcomeKind
  message: string
  /** More lines under the message (a list of refusals). */
  details?: string[]
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** True when the save never reached the server (no network, or no answer before the time limit). */
export function isUnreachable(e: unknown): boolean {
  return e instanceof ApiError && e.status === 0
}

/** A failed save as the person who pressed the button should read it. */
export function failedSave(e: unknown, t: Translate): SaveOutcomeState {
  if (e instanceof ApiError && e.status === 0) {
    // A timeout may hide a save that did arrive: say so rather than claim nothing was saved.
    return { kind: 'offline', message: t(e.code === 'waktu_habis' ? 'outcome.timeout' : 'outcome.offline') }
  }
  if (e instanceof ApiError && e.code === 'versi_berubah') return { kind: 'error', message: t('outcome.stale') }
  if (e instanceof ApiError) {
    const details = e.errors.length > 1 ? e.errors.map((x) => x.message) : []
    return { kind: 'error', message: e.message, details }
  }
  return { kind: 'error', message: e instanceof Error ? e.message : String(e) }
}
