// "Tidak diizinkan" (issue 17 item 9): a URL this account's role may not open, or a page whose
// first load the API refused with 403, shows a page that says so in words, with a way home,
// instead of bouncing silently to the home screen. Distinct from the 404 page.
import { reactive } from 'vue'
import { ApiError } from '@/api/client'

export const forbidden = reactive({
  /** The API refused the current page's first load: the page is replaced by the explanation. */
  shown: false,
  /** The server's sentence (e.g. "RT … di luar wilayah kewenangan Anda"), when it gave one. */
  message: '',
})

/** Called before every navigation: a new page starts unrefused. */
export function clearForbidden(): void {
  forbidden.shown = false
  forbidden.message = ''
}

/**
 * For a screen's first load (its main data, not an action the user takes on it): a 403 shows the
 * "Tidak diizinkan" page in place of the screen. Returns the message for an ordinary error box
 * (empty for a 403, which the page shows itself).
 */
export function pageLoadFailed(e: unknown): string {
  if (e instanceof ApiError && e.status === 403) {
    forbidden.shown = true
    forbidden.message = e.message
    return ''
  }
  return e instanceof Error ? e.message : String(e)
}

/**
 * The route the guard sends a forbidden URL to: the "terlarang" page, keeping the address the user
 * asked for in the bar (so reloading after signing in with another account opens it).
 */
export function forbiddenLocation(to: { path: string; query: Record<string, unknown>; hash: string }) {
  return {
    name: 'terlarang',
    params: { halaman: to.path.split('/').filter(Boolean) },
    query: to.query as Record<string, string>,
    hash: to.hash,
  }
}
