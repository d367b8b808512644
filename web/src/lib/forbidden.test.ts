// "Tidak diizinkan" (issue 17 item 9): the guard's refusal and a page load's 403.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { clearSession } from '@/auth'
import { stubFetch } from '@/test/helpers'
import { clearForbidden, forbidden, forbiddenLocation, onPageForbidden, pageLoadFailed } from './forbidden'

afterEach(() => {
  vi.unstubAllGlobals()
  clearSession()
  clearForbidden()
})

describe('pageLoadFailed', () => {
  it('shows the page for a 403 with the server\'s sentence, and no error box', () => {
    let shown = 0
    onPageForbidden(() => shown++)
    expect(pageLoadFailed(new ApiError(403, 'di_luar_wilayah', 'Wilayah 15.72 di luar kewenangan Anda'))).toBe('')
    expect(forbidden.message).toBe('Wilayah 15.72 di luar kewenangan Anda')
    expect(shown).toBe(1)
    onPageForbidden(null)
    clearForbidden()
    expect(forbidden.message).toBe('')
  })
  it('leaves other failures to the screen\'s error box', () => {
    expect(pageLoadFailed(new ApiError(500, 'kesalahan_server', 'Terjadi kesalahan'))).toBe('Terjadi kesalahan')
    expect(pageLoadFailed(new ApiError(404, 'tidak_ada', 'Tidak ditemukan'))).toBe('Tidak ditemukan')
    expect(pageLoadFailed('putus')).toBe('putus')
    expect(forbidden.message).toBe('')
  })
})

describe('forbiddenLocation', () => {
  it('keeps the address asked for: path segments and query', () => {
    expect(forbiddenLocation({ path: '/pekerja/12', query: { nik: 'lengkap' } })).toEqual({
      name: 'terlarang', params: { halaman: ['pekerja', '12'] }, query: { nik: 'lengkap' },
    })
  })
})

describe('the router guard', () => {
  it('shows "Tidak diizinkan" at the address asked for, and 404 for an address that does not exist', async () => {
    stubFetch((url) => (url.pathname === '/api/v1/auth/me'
      ? { body: { user: { username: 'operator.kelurahan', nama: 'Op', role: 'operator_kelurahan', area: '15.71.01.1001', area_nama: 'Simpang IV Sipin',
          permissions: ['view_workers', 'verify_workers', 'view_reports'] }, csrf_token: 'x' } }
      : undefined))
    window.scrollTo = () => undefined // jsdom has no scrolling; the router's scrollBehavior calls it
    const { router } = await import('@/router')
    await router.push('/pengguna')
    expect(router.currentRoute.value.name).toBe('terlarang')
    expect(router.currentRoute.value.fullPath).toBe('/pengguna')
    await router.push('/bpjs/3?x=1')
    expect(router.currentRoute.value.name).toBe('terlarang')
    expect(router.currentRoute.value.fullPath).toBe('/bpjs/3?x=1')
    await router.push('/tidak-ada-sama-sekali')
    expect(router.currentRoute.value.name).toBe('tidak-ada')
    await router.push('/verifikasi')
    expect(router.currentRoute.value.name).toBe('verifikasi')
    // a page load's 403: the same page at the same address, with the server's sentence
    await router.push('/pekerja?wilayah=15.72')
    pageLoadFailed(new ApiError(403, 'di_luar_wilayah', 'Wilayah 15.72 di luar kewenangan Anda'))
    await new Promise((r) => setTimeout(r, 0))
    await router.isReady()
    expect(router.currentRoute.value.name).toBe('terlarang')
    expect(router.currentRoute.value.fullPath).toBe('/pekerja?wilayah=15.72')
    expect(forbidden.message).toBe('Wilayah 15.72 di luar kewenangan Anda')
    // leaving it forgets the sentence
    await router.push('/verifikasi')
    expect(forbidden.message).toBe('')
  }, 30000)
})
