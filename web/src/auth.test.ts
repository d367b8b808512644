import { afterEach, describe, expect, it, vi } from 'vitest'
import { can, clearSession, homeRoute, isRtCode, loadSession, login, logout, session } from './auth'
import { api } from './api/client'
import { stubFetch } from '@/test/helpers'
import { rememberForOffline } from '@/offline/sync'

const ketua = {
  user: { username: 'ketua.rt', nama: 'Ketua RT 001', role: 'ketua_rt', area: '15.71.01.1001.001', area_nama: 'RT 001',
    permissions: ['view_workers', 'record_workers', 'view_reports'] },
  csrf_token: 'csrf-abc',
}

afterEach(() => {
  vi.unstubAllGlobals()
  clearSession()
})

describe('session', () => {
  it('uses the server session from /auth/me and sends its CSRF token', async () => {
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/auth/me' ? { body: ketua } : { status: 201, body: {} }))
    await loadSession(true)
    expect(session.mode).toBe('session')
    expect(session.user?.username).toBe('ketua.rt')
    expect(can('record_workers')).toBe(true)
    expect(can('manage_users')).toBe(false)
    expect(homeRoute()).toBe('/rt')
    await api('/workers', { method: 'POST', body: {} })
    expect(calls[1].headers['X-CSRF-Token']).toBe('csrf-abc')
  })

  it('knows nobody after a 401', async () => {
    stubFetch(() => ({ status: 401, body: { error: { code: 'belum_masuk', message: 'Silakan masuk' } } }))
    await loadSession(true)
    expect(session.mode).toBe('none')
    expect(session.user).toBeNull()
    expect(homeRoute()).toBe('/masuk')
  })

  it('grants nothing when the server answers 404 (a proxy without the API): an error, no user', async () => {
    stubFetch(() => undefined)
    await loadSession(true)
    expect(session.mode).toBe('error')
    expect(session.user).toBeNull()
    expect(can('manage_users')).toBe(false)
    expect(homeRoute()).toBe('/masuk')
  })

  it('opens an RT head’s session offline from the user remembered on the phone, never anyone else’s (issue 21)', async () => {
    stubFetch(() => ({ body: ketua }))
    await loadSession(true)
    rememberForOffline() // the RT home and the worker form do this when they open
    expect(JSON.parse(localStorage.getItem('lindungi.pengguna-luring')!)).toEqual(ketua.user) // no token in it
    // no signal: the same user, marked as opened offline, and no CSRF token to send anything with
    stubFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    await loadSession(true)
    expect(session).toMatchObject({ mode: 'session', luring: true })
    expect(session.user?.username).toBe('ketua.rt')
    expect(homeRoute()).toBe('/rt')
    // the signal returns: the server's session again
    stubFetch(() => ({ body: ketua }))
    await loadSession(true)
    expect(session.luring).toBe(false)
    // a session that ends forgets the user: offline there is then no session, only the error
    clearSession()
    expect(localStorage.getItem('lindungi.pengguna-luring')).toBeNull()
    stubFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    await loadSession(true)
    expect(session.mode).toBe('error')
    expect(session.user).toBeNull()
  })

  it('ends at the next start a session whose logout had no connection (its cookie would open it again)', async () => {
    stubFetch(() => ({ body: ketua }))
    await loadSession(true)
    stubFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    await logout()
    expect(session.user).toBeNull()
    expect(localStorage.getItem('lindungi.keluar-tertunda')).toBe('1')
    // the next start with a connection: the server still knows the session, and it is ended first
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/auth/me' ? { body: ketua } : { status: 204 }))
    await loadSession(true)
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/v1/auth/me', 'POST /api/v1/auth/logout'])
    expect(calls[1].headers['X-CSRF-Token']).toBe('csrf-abc')
    expect(session.user).toBeNull()
    expect(session.mode).toBe('none')
    expect(localStorage.getItem('lindungi.keluar-tertunda')).toBeNull()
    // a login in between supersedes it
    stubFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    session.mode = 'session'
    await logout()
    stubFetch(() => ({ body: ketua }))
    await login('ketua.rt', 'rahasia')
    expect(localStorage.getItem('lindungi.keluar-tertunda')).toBeNull()
    await loadSession(true)
    expect(session.user?.username).toBe('ketua.rt')
  })

  it('remembers no other role on the phone', async () => {
    stubFetch(() => ({ body: { ...ketua, user: { ...ketua.user, username: 'operator', role: 'operator_kelurahan' } } }))
    await loadSession(true)
    rememberForOffline()
    expect(localStorage.getItem('lindungi.pengguna-luring')).toBeNull()
    // nor an RT head's session restricted to enrolling the second factor
    stubFetch(() => ({ body: { ...ketua, sesi_terbatas: true } }))
    await loadSession(true)
    rememberForOffline()
    expect(localStorage.getItem('lindungi.pengguna-luring')).toBeNull()
  })

  it('logs in and out', async () => {
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/auth/login' ? { body: ketua } : { status: 204 }))
    await login('ketua.rt', 'rahasia')
    expect(calls[0].body).toEqual({ username: 'ketua.rt', password: 'rahasia' })
    expect(session.mode).toBe('session')
    await logout()
    expect(calls[1].path).toBe('/api/v1/auth/logout')
    expect(calls[1].headers['X-CSRF-Token']).toBe('csrf-abc')
    expect(session.user).toBeNull()
  })

  it('sends the second factor as a TOTP code or a recovery code; a restricted session goes to enrolment', async () => {
    const restricted = { ...ketua, sesi_terbatas: true, otp: { wajib: true, aktif: false, sisa_kode_pemulihan: 0 } }
    const { calls } = stubFetch(() => ({ body: restricted }))
    await login('admin', 'rahasia', ' 123456 ')
    expect(calls[0].body).toEqual({ username: 'admin', password: 'rahasia', kode_otp: '123456' })
    await login('admin', 'rahasia', 'abcde-fghjk')
    expect(calls[1].body).toEqual({ username: 'admin', password: 'rahasia', kode_pemulihan: 'abcde-fghjk' })
    expect(session.terbatas).toBe(true)
    expect(homeRoute()).toBe('/otp')
  })

  it('recognises RT codes', () => {
    expect(isRtCode('15.71.01.1001.001')).toBe(true)
    expect(isRtCode('15.71.01.1001')).toBe(false)
  })
})
