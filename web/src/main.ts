import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { i18n, loadEnglish } from './i18n'
import { onUnauthorized } from './api/client'
import { clearSession, loadSession, noteSessionEnd, offlineModule } from './auth'
import { loadServerClock } from './lib/clock'
import './styles.css'

// A 401 on any API call means the session ended: back to the login page, then back here.
onUnauthorized((error) => {
  clearSession()
  noteSessionEnd(error.code)
  const here = router.currentRoute.value
  if (!here.meta.public) router.push({ path: '/masuk', query: { next: here.fullPath } })
})

router.afterEach((to) => {
  const key = to.meta.title
  const title = key ? i18n.global.t(key) : ''
  document.title = title ? `${title} · Lindungi` : 'Lindungi'
})

document.documentElement.lang = i18n.global.locale.value
// Someone who chose English sees English from the first paint: its texts load before mounting.
const texts = i18n.global.locale.value === 'en' ? loadEnglish().catch(() => undefined) : Promise.resolve()
// The server's date (issue 15) before the first screen picks a default year or month; the session
// asked at the same time (the router's guard reuses the answer): one round trip less before the
// first screen on a slow line (issue 21 item 5).
Promise.all([texts, loadServerClock(), loadSession()]).then(() => createApp(App).use(i18n).use(router).mount('#app'))

// An RT head's drafts recorded offline are sent when the connection returns (issue 21; the code
// loads only then, not with the first load).
addEventListener('online', () => void offlineModule().then((m) => m.syncNow()).catch(() => undefined))

// The app's files kept on the phone, so that it opens without a connection (issue 21; sw/sw.ts).
// Registered once the page has loaded, so that its download (docs/WEB.md "Offline") does not
// compete with the first screen's on a slow line. Only in a build: the dev server has no sw.js.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => undefined))
