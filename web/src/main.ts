import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { onUnauthorized } from './api/client'
import { clearSession } from './auth'
import './styles.css'

// A 401 on any API call means the session ended: back to the login page, then back here.
onUnauthorized(() => {
  clearSession()
  const here = router.currentRoute.value
  if (!here.meta.public) router.push({ path: '/masuk', query: { next: here.fullPath } })
})

router.afterEach((to) => {
  const key = to.meta.title
  const title = key ? i18n.global.t(key) : ''
  document.title = title ? `${title} · Lindungi` : 'Lindungi'
})

document.documentElement.lang = i18n.global.locale.value
createApp(App).use(i18n).use(router).mount('#app')
