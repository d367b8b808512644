// The session: who is logged in, what they may do. Written against docs/API.md's accounts
// contract: a 401 leads to the login page; any other failure (a proxy's 404 included) is shown as
// an error and grants nothing — the app never pretends to know who the user is.
import { reactive } from 'vue'
import { api, ApiError, setCsrfToken } from './api/client'
import type { Permission, SessionDoc, User } from './api/types'

export type SessionMode = 'unknown' | 'session' | 'none' | 'error'

export const session = reactive({
  mode: 'unknown' as SessionMode,
  user: null as User | null,
  error: '',
  /** 'idle' when the server ended the session after 30 minutes without a request (issue 16):
   *  the login page says so. */
  ended: '' as '' | 'idle',
  /** A restricted session (issue 16 item 8): only the second factor's enrolment screen. */
  terbatas: false,
  /** Opened without a connection from the user remembered on this phone (issue 21): no CSRF token
   *  yet; src/offline/sync.ts asks the server again before sending anything. */
  luring: false,
})

// An RT head's user (name, role, area, permissions: no token) is remembered on the phone so that
// the app opens offline to record workers (issue 21; written by src/offline/sync.ts when the RT
// home or the worker form opens, outside the first load); forgotten on logout and when a session ends.
export const REMEMBERED = 'lindungi.pengguna-luring'
// A logout without a connection could not end the server's session (its cookie would open it again
// next time): noted here, and ended at the next start that reaches the server.
const LOGOUT = 'lindungi.keluar-tertunda'

/** Remembers why the session ended, from a 401's code. */
export function noteSessionEnd(code: string): void {
  if (code === 'sesi_tidak_aktif') session.ended = 'idle'
}

let loading: Promise<void> | null = null

function apply(doc: SessionDoc): void {
  session.user = doc.user
  session.ended = ''
  session.mode = 'session'
  session.terbatas = !!doc.sesi_terbatas
  session.luring = false
  session.error = ''
  setCsrfToken(doc.csrf_token ?? '')
}

export function clearSession(): void {
  session.user = null
  session.mode = 'none'
  session.terbatas = false
  session.luring = false
  setCsrfToken('')
  loading = null
  localStorage.removeItem(REMEMBERED)
}

/** Asks the server who we are, once; later calls reuse the answer. */
export function loadSession(force = false): Promise<void> {
  if (loading && !force) return loading
  loading = (async () => {
    try {
      apply(await api<SessionDoc>('/auth/me'))
      if (localStorage.getItem(LOGOUT)) await logout()
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        clearSession()
        noteSessionEnd(e.code)
      } else if (e instanceof ApiError && e.status === 0 && localStorage.getItem(REMEMBERED)) {
        session.user = JSON.parse(localStorage.getItem(REMEMBERED)!) as User
        session.mode = 'session'
        session.luring = true
        loading = null // ask again on the next navigation
      } else {
        session.user = null
        session.mode = 'error'
        session.error = e instanceof Error ? e.message : String(e)
        loading = null // try again on the next navigation
      }
    }
  })()
  return loading
}

/**
 * `code`: the authenticator's 6 digits, or a recovery code (it has letters), when the server
 * answered 401 "perlu_kode_otp" to the password alone.
 */
export async function login(username: string, password: string, code = ''): Promise<void> {
  const body: Record<string, string> = { username, password }
  const c = code.trim()
  if (c) body[/^[\d ]+$/.test(c) ? 'kode_otp' : 'kode_pemulihan'] = c
  apply(await api<SessionDoc>('/auth/login', { method: 'POST', body }))
  localStorage.removeItem(LOGOUT)
  loading = Promise.resolve()
}

export async function logout(): Promise<void> {
  try {
    if (session.mode === 'session') await api<void>('/auth/logout', { method: 'POST' })
    localStorage.removeItem(LOGOUT)
  } catch {
    localStorage.setItem(LOGOUT, '1')
  } finally {
    clearSession()
    // the offline drafts and caches (issue 21 item 4)
    await offlineModule().then((m) => m.forgetOnPhone()).catch(() => undefined)
  }
}

/** The RT head's offline drafts (src/offline/sync.ts), loaded only when needed (the connection's
 *  return, logout): one place that imports it, so the first load carries one loader, not three. */
export const offlineModule = () => import('./offline/sync')

export function can(permission: Permission): boolean {
  return !!session.user?.permissions?.includes(permission)
}

export function isRole(role: string): boolean {
  return session.user?.role === role
}

/** An RT code looks like 15.71.01.1001.007: the user's area when they are a ketua RT. */
export function isRtCode(code: string): boolean {
  return /^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{3}$/.test(code)
}

/** Where a user lands after login: the RT home for a ketua RT, the dashboard for who sees reports. */
export function homeRoute(): string {
  if (!session.user) return '/masuk'
  if (session.terbatas) return '/otp'
  if (session.user.role === 'ketua_rt') return '/rt'
  if (can('view_reports')) return '/dasbor'
  if (can('view_workers')) return '/pekerja'
  return '/publik'
}
