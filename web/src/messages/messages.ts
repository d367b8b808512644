// The message screens' texts join the app's messages when the first of them loads (the first-load
// budget of docs/WEB.md), like the other features' texts.
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

let merged = false

export function useMessageTexts(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', id)
  i18n.global.mergeLocaleMessage('en', en)
  merged = true
}

export const messageTexts = { id, en }

useMessageTexts()
