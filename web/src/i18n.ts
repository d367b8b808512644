import { createI18n } from 'vue-i18n'
import id from './locales/id'
import en from './locales/en'

export type Locale = 'id' | 'en'
const STORAGE_KEY = 'lindungi.bahasa'

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'id',
  messages: { id, en },
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}
