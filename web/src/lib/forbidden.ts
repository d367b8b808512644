// "Tidak diizinkan" (issue 17 item 9): a URL this account's role may not open, or a page whose
// first load the API refused with 403, shows a page that says so in words, with a way home,
// instead of bouncing silently to the home screen. Distinct from the 404 page.
import { ApiError } from '@/api/client'

// A plain object: it is written before the navigation to the page, which reads it when it renders.
export const forbidden = {
  /** The server's sentence (e.g. "RT … di luar wilayah kewenangan Anda") when the API refused a
   *  page's first load; empty when the guard refused the route. */
  message: '',
}

let showPage: (() => void) | null = null

/** The router registers how the page is shown (it replaces the screen, keeping the address). */
export function onPageForbidden(handler: (() => void) | null): void {
  showPage = handler
}

/** Called before every navigation but the one to the page itself: a new page starts unrefused. */
export function clearForbidden(): void {
  forbidden.message = ''
}

/**
 * For a screen's first load (its main data, not an action the user takes on it): a 403 shows the
 * "Tidak diizinkan" page in place of the screen. Returns the message for an ordinary error box
 * (empty for a 403, which the page shows itself).
 */
export function pageLoadFailed(e: unknown): string {
  if (e instanceof ApiError && e.status === 403) {
    forbidden.message = e.message
    showPage?.()
    return ''
  }
  return e instanceof Error ? e.message : String(e)
}

/**
 * The route the guard sends a forbidden URL to: the "terlarang" page, keeping the address the user
 * asked for in the bar (so reloading after signing in with another account opens it).
 */
export function forbiddenLocation(to: { path: string; query: Record<string, unknown> }) {
  return { name: 'terlarang', params: { halaman: to.path.split('/').filter(Boolean) }, query: to.query as Record<string, string> }
}
