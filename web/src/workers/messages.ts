// The texts of correcting a worker and of save outcomes join the app's messages (a deep merge
// into `form`, `worker`, `edit`, `outcome`) when the first screen that uses them loads, so that
// they do not weigh on the first load (the 250 KB budget of docs/WEB.md).
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

let merged = false

export function useWorkerMessages(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', id)
  i18n.global.mergeLocaleMessage('en', en)
  merged = true
}

export const workerMessages = { id, en }

// Merged as soon as a chunk that imports this is evaluated: the router sets the page title
// (worker.edit) before the screen's setup runs.
useWorkerMessages()
