// The server's one clock (issue 15): "today" in the web app is the server's today, never the
// phone's. A server started with LINDUNGI_TODAY (a demo opened on a chosen day, training, the
// tests' date matrix) moves every date the screens default to, and the header says so.
import { reactive } from 'vue'

export const serverClock = reactive({
  /** The server's today as YYYY-MM-DD; empty until loaded. */
  today: '',
  /** The fixed date LINDUNGI_TODAY set on the server, or null on a real server. */
  fixed: null as string | null,
})

/** Today in Jakarta (WIB, UTC+7) by the browser's clock: only until the server has answered. */
export function jakartaIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Reads the server's date from GET /api/v1/health (no login needed). */
export async function loadServerClock(fetcher: typeof fetch = fetch): Promise<void> {
  try {
    const r = await fetcher('/api/v1/health', { credentials: 'same-origin' })
    if (!r.ok) return
    const body = (await r.json()) as { today?: string; tanggal_tetap?: string | null }
    if (body.today && /^\d{4}-\d{2}-\d{2}$/.test(body.today)) serverClock.today = body.today
    serverClock.fixed = body.tanggal_tetap ?? null
  } catch {
    // offline or the server is down: the browser's Jakarta date stands in
  }
}

/** Today as YYYY-MM-DD: the server's when known. */
export function todayIso(): string {
  return serverClock.today || jakartaIso()
}

/** Today as a local Date at midnight (for functions that take a Date). */
export function todayDate(): Date {
  const [y, m, d] = todayIso().split('-').map(Number)
  return new Date(y, m - 1, d)
}

export function thisYear(): number {
  return Number(todayIso().slice(0, 4))
}

/** This month as YYYY-MM. */
export function thisMonth(): string {
  return todayIso().slice(0, 7)
}
