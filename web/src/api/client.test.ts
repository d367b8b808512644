import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError, errorsByField, onUnauthorized, queryString, setApiLanguage, setCsrfToken } from './client'
import { stubFetch } from '@/test/helpers'

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken('')
  setApiLanguage('id')
  onUnauthorized(null)
})

describe('api client', () => {
  it('sends the CSRF token on writes only', async () => {
    const { calls } = stubFetch((url) => (url.pathname === '/api/v1/workers' ? { status: 201, body: { id: 1 } } : { body: {} }))
    setCsrfToken('tok-123')
    await api('/regions')
    await api('/workers', { method: 'POST', body: { nama: 'A' } })
    expect(calls[0].headers['X-CSRF-Token']).toBeUndefined()
    expect(calls[1].headers['X-CSRF-Token']).toBe('tok-123')
    expect(calls[1].headers['Content-Type']).toBe('application/json')
    expect(calls[1].body).toEqual({ nama: 'A' })
  })

  it('asks for answers in the chosen language on every call (issue 17 item 10)', async () => {
    const { calls } = stubFetch(() => ({ body: {} }))
    await api('/regions')
    expect(calls[0].headers['Accept-Language']).toBe('id')
    setApiLanguage('en')
    await api('/regions')
    await api('/workers', { method: 'POST', body: { nama: 'A' } })
    expect(calls[1].headers['Accept-Language']).toBe('en')
    expect(calls[2].headers['Accept-Language']).toBe('en')
  })

  it('builds query strings without empty values', () => {
    expect(queryString({ q: 'budi', status: '', page: 2, jht: true, x: null, y: false })).toBe('?q=budi&page=2&jht=1')
    expect(queryString({})).toBe('')
  })

  it('turns an error body into ApiError with every field problem', async () => {
    stubFetch(() => ({
      status: 422,
      body: { error: { code: 'nik_panjang', message: 'NIK harus 16 digit', field: 'nik', errors: [
        { field: 'nik', code: 'nik_panjang', message: 'NIK harus 16 digit' },
        { field: 'nama', code: 'wajib_diisi', message: 'Nama wajib diisi' },
        { field: 'nik', code: 'x', message: 'Kedua' },
      ] } },
    }))
    const e = (await api('/workers', { method: 'POST', body: {} }).catch((x) => x)) as ApiError
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(422)
    expect(e.field).toBe('nik')
    expect(errorsByField(e.errors)).toEqual({ nik: ['NIK harus 16 digit', 'Kedua'], nama: ['Nama wajib diisi'] })
  })

  it('reports a 401 outside the session routes', async () => {
    stubFetch(() => ({ status: 401, body: { error: { code: 'belum_masuk', message: 'Silakan masuk' } } }))
    const handler = vi.fn()
    onUnauthorized(handler)
    await api('/workers').catch(() => undefined)
    expect(handler).toHaveBeenCalledTimes(1)
    await api('/auth/me').catch(() => undefined)
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('explains a network failure in Bahasa Indonesia', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    const e = (await api('/health').catch((x) => x)) as ApiError
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(0)
    expect(e.message).toMatch(/Tidak dapat terhubung/)
  })

  it('explains a network failure in English when English is chosen', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    setApiLanguage('en')
    try {
      const e = (await api('/health').catch((x) => x)) as ApiError
      expect(e.code).toBe('jaringan')
      expect(e.message).toBe('Cannot reach the server. Check the connection and try again.')
    } finally {
      setApiLanguage('id')
    }
  })

  it('returns nothing for 204', async () => {
    stubFetch(() => ({ status: 204 }))
    expect(await api('/auth/logout', { method: 'POST' })).toBeUndefined()
  })
})
