// The BPJS screens' texts join the app's messages when the first of them loads, outside the
// first-load bundle (the 250 KB budget of docs/WEB.md).
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

let merged = false

export function useBpjsMessages(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', id)
  i18n.global.mergeLocaleMessage('en', en)
  merged = true
}

export const bpjsMessages = { id, en }

// Merged when the chunk is evaluated: the router sets the page title before setup runs.
useBpjsMessages()
