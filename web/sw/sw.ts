/// <reference lib="webworker" />
// The service worker (issue 21 item 1): the app's own files (scripts, styles, the HTML, icons,
// the manifest) are kept on the phone so that the app opens without a connection, and every
// address of the app (/rt, /pekerja/baru, ...) opens from the kept index.html. Of the API only the
// region tree is kept (GET /api/v1/regions: names and codes of areas, no person; the worker form's
// kecamatan and kelurahan offline), taken from the network first. No other API answer, no
// download, no map: no personal data ever sits in these caches (an RT head's offline drafts live
// in IndexedDB, src/offline/). Built by scripts/build-sw.mjs, which puts the list of files in place
// of self.__WB_MANIFEST; type-checked by tsconfig.sw.json (a worker, not a page).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

// A new version takes over at once: the old one's files are replaced in the same step, so a page
// never mixes the two (a screen not yet opened loads from the new build, as without a worker).
self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Pages of the single-page app, never the API, the metrics or a file the server makes.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api(\/|$)/, /^\/metrics(\/|$)/, /\.[a-z0-9]+$/i],
  }),
)

// The region tree, from the network when there is one; the copy is dropped on logout
// (src/offline/sync.ts forgetOnPhone deletes every cache but the precache).
registerRoute(({ url, request }) => request.method === 'GET' && url.pathname === '/api/v1/regions' && url.search === '', new NetworkFirst({ cacheName: 'lindungi-wilayah', networkTimeoutSeconds: 10 }))
