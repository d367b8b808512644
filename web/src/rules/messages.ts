// The programme rules screen's texts join the app's messages when the screen loads, so that they
// do not weigh on the first load (the budget of docs/WEB.md).
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

let merged = false

export function useRulesMessages(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', id)
  i18n.global.mergeLocaleMessage('en', en)
  merged = true
}

export const rulesMessages = { id, en }

// Merged as soon as the chunk is evaluated: the router sets the page title before setup runs.
useRulesMessages()
