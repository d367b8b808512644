// The offline drafts' texts join the app's messages when the RT home or the worker form loads (not
// with the first load: docs/WEB.md's budget).
import { i18n } from '@/i18n'
import en from './locales/en'
import id from './locales/id'

export const offlineMessages = { id, en }

i18n.global.mergeLocaleMessage('id', id)
i18n.global.mergeLocaleMessage('en', en)
