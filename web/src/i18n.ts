import { createI18n } from 'vue-i18n'
import id from './locales/id'
import { setApiLanguage } from './api/client'
import { setFormatLocale } from './lib/format'

export type Locale = 'id' | 'en'
const STORAGE_KEY = 'lindungi.bahasa'

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

// The server answers in the same language as the screens (issue 17 item 10), and amounts and dates
// are written the way readers of that language expect (lib/format.ts).
setApiLanguage(initialLocale())
setFormatLocale(initialLocale())

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'id',
  // English joins later (loadEnglish); typed as present so that `locale` may be 'en'.
  messages: { id } as Record<Locale, typeof id>,
})

let english: Promise<void> | null = null

/**
 * The English texts load on demand: most users read Indonesian, and the shell's English strings
 * (~5 KB gzip) would otherwise count against the first-load budget (docs/WEB.md). Merged, not set,
 * because a feature chunk may already have merged its own English texts.
 */
export function loadEnglish(): Promise<void> {
  english ??= import('./locales/en').then((m) => {
    i18n.global.mergeLocaleMessage('en', m.default)
  })
  return english
}

export async function setLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await loadEnglish()
  i18n.global.locale.value = locale
  setApiLanguage(locale)
  setFormatLocale(locale)
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}
