// The billing and report screens' texts join the app's messages when the first of those screens
// loads, so that they do not weigh on the first load (the 250 KB budget of docs/WEB.md).
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

let merged = false

export function useBillingMessages(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', id)
  i18n.global.mergeLocaleMessage('en', en)
  merged = true
}

export const billingMessages = { id, en }

// Merged as soon as a billing chunk is evaluated: the router sets the page title before setup runs.
useBillingMessages()
