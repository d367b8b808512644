// The language switch also sets the language of the server's answers (issue 17 item 10).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, apiLanguage } from './api/client'
import { setLocale } from './i18n'
import { formatDate, formatRupiah } from './lib/format'
import { uploadFile } from './workflow/upload'
import { stubFetch } from './test/helpers'

afterEach(async () => {
  vi.unstubAllGlobals()
  await setLocale('id')
})

describe('language choice', () => {
  it('makes every API call ask for the chosen language', async () => {
    const { calls } = stubFetch(() => ({ body: {} }))
    await setLocale('en')
    expect(apiLanguage()).toBe('en')
    expect(localStorage.getItem('lindungi.bahasa')).toBe('en')
    await api('/workers')
    expect(calls[0].headers['Accept-Language']).toBe('en')
    await setLocale('id')
    await api('/workers')
    expect(calls[1].headers['Accept-Language']).toBe('id')
  })

  it('uploads ask for it too', async () => {
    const headers: Record<string, string> = {}
    class FakeXhr {
      upload = { onprogress: null }
      status = 200
      responseText = '{}'
      onload: (() => void) | null = null
      open() {}
      setRequestHeader(name: string, value: string) {
        headers[name] = value
      }
      send() {
        this.onload?.()
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    await setLocale('en')
    await uploadFile('/imports', Object.assign(new Blob(['nik\n']), { name: 'rt.csv' }))
    expect(headers['Accept-Language']).toBe('en')
  })

  it('writes amounts and dates as readers of the chosen language expect, and Indonesian as before', async () => {
    await setLocale('en')
    expect(formatRupiah(4032000)).toBe('Rp4,032,000')
    expect(formatDate('2025-05-22')).toBe('22 May 2025')
    await setLocale('id')
    expect(formatRupiah(4032000)).toBe('Rp4.032.000')
    expect(formatDate('2025-05-22')).toBe('22/05/2025')
  })
})
