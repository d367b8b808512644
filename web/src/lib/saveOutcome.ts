// What became of a save, in words, for the message shown beside the button that was pressed
// (issue 17 item 3): saved, sent for a second person's approval, or refused, and, when the
// network is down, that nothing was saved and when to try again.
import { ref } from 'vue'
import { ApiError } from '@/api/client'
import '@/workers/messages' // outcome.* texts

// 'info': nothing changed and nothing is wrong (a payment recorded before, a preview cancelled).
export type OutcomeKind = 'ok' | 'pending' | 'info' | 'error' | 'offline'

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

/**
 * One screen's save outcomes, each shown beside the button that caused it (issue 17 item 3): the
 * screen names its actions (`'budget' | 'funder'`), `run` sends one and records what became of it
 * under that name, and the template puts `<SaveOutcome :outcome="saves.at('budget')" />` right
 * under that button. A new action clears the previous outcome, so only one message is on screen.
 */
export function useSaveOutcome<A extends string>(t: Translate) {
  const outcome = ref<SaveOutcomeState | null>(null)
  const where = ref<A | ''>('')
  const busy = ref<A | ''>('')
  function show(at: A, state: SaveOutcomeState | null) {
    where.value = at
    outcome.value = state
  }
  return {
    busy,
    /** The outcome to show beside action `at`'s button, or null. */
    at: (at: A): SaveOutcomeState | null => (where.value === at ? outcome.value : null),
    ok: (at: A, message: string) => show(at, { kind: 'ok', message }),
    /** Any outcome beside `at` (a refusal worded by the screen, an "already recorded"). */
    show: (at: A, state: SaveOutcomeState) => show(at, state),
    fail: (at: A, e: unknown) => show(at, failedSave(e, t)),
    clear: () => show('' as A, null),
    /**
     * Sends one save; on success shows `done` (a text, or one made from the answer) beside `at`;
     * on failure shows the refusal, or that nothing reached the server, and returns undefined.
     */
    async run<T>(at: A, send: () => Promise<T>, done: string | ((r: T) => string)): Promise<T | undefined> {
      show(at, null)
      busy.value = at
      try {
        const r = await send()
        show(at, { kind: 'ok', message: typeof done === 'string' ? done : done(r) })
        return r
      } catch (e) {
        show(at, failedSave(e, t))
        return undefined
      } finally {
        busy.value = ''
      }
    },
  }
}
