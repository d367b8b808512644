// The worker form's live NIK check (issue 17 items 2 and 9): the mismatch at once, the server's
// region warning and the duplicate warning once per complete NIK, nothing for a NIK the lookup
// does not answer about (elsewhere or unknown: 404), and a quiet note when the lookup is throttled.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { nikCheckMessages } from '@/nik/messages'
import { flush, stubFetch } from '@/test/helpers'
import NikCheck from './NikCheck.vue'

const registered = {
  id: 41, nik: '1571015708850003', nama: 'Siti Aminah', jenis_kelamin: 'P', kode_kelurahan: '15.71.01.1001', kelurahan: 'Simpang IV Sipin',
  rt: 7, kode_rt: '15.71.01.1001.007', status: 'didata', status_label: 'Didata', tanggal_lahir: '1985-08-17', peringatan: [],
}

async function mountCheck(props: { nik: string; tanggalLahir: string; jenisKelamin: '' | 'L' | 'P'; workerId?: number }) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] })
  router.push('/')
  await router.isReady()
  const w = mount(NikCheck, { props, global: { plugins: [i18n, router] } })
  mounted.push(w)
  return w
}
const mounted: { unmount: () => void }[] = []

// The component asks after typing pauses (400 ms).
async function settle() {
  await new Promise((r) => setTimeout(r, 450))
  await flush()
}

afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount() // a pending lookup must not reach the next test
  vi.unstubAllGlobals()
})

describe('NikCheck', () => {
  it('warns at once when the birth date or sex contradicts the NIK, in words', async () => {
    stubFetch(() => undefined)
    const w = await mountCheck({ nik: '15710157088500', tanggalLahir: '18/08/1985', jenisKelamin: 'L' })
    expect(w.find('[data-testid="nik-peringatan"]').exists()).toBe(false) // NIK not complete yet
    await w.setProps({ nik: '1571015708850003' })
    const text = w.find('[data-testid="nik-peringatan"]').text()
    expect(text).toContain('Tanggal lahir 18/08/1985 tidak sesuai dengan NIK (NIK menunjukkan 17/08/1985)')
    expect(text).toContain('Jenis kelamin laki-laki tidak sesuai dengan NIK (NIK menunjukkan perempuan)')
    await w.setProps({ tanggalLahir: '17/08/1985', jenisKelamin: 'P' })
    expect(w.find('[data-testid="nik-peringatan"]').exists()).toBe(false)
  })

  it('asks the server once per complete NIK: region warning and a NIK registered in the area', async () => {
    const { calls } = stubFetch((url) => {
      if (url.pathname === '/api/v1/nik/1571015708850003') return { body: { valid: true, warnings: [] } }
      if (url.pathname === '/api/v1/workers/nik/1571015708850003') return { body: registered }
      if (url.pathname === '/api/v1/nik/9971015708850003')
        return { body: { valid: true, warnings: [{ code: 'nik_wilayah_tidak_dikenal', message: 'Kode provinsi 99 dalam NIK tidak dikenal' }] } }
      return undefined // 404: not registered, or registered outside the caller's area
    })
    const w = await mountCheck({ nik: '1571015708850003', tanggalLahir: '', jenisKelamin: '' })
    await settle()
    const dup = w.find('[data-testid="nik-ganda"]')
    expect(dup.text()).toContain('NIK ini sudah terdaftar atas nama Siti Aminah, RT 007, Kelurahan Simpang IV Sipin (Didata).')
    expect(dup.find('a').attributes('href')).toBe('/pekerja/41')

    await w.setProps({ nik: '9971015708850003' })
    await settle()
    expect(w.find('[data-testid="nik-ganda"]').exists()).toBe(false)
    expect(w.find('[data-testid="nik-peringatan"]').text()).toContain('Kode provinsi 99 dalam NIK tidak dikenal')

    await w.setProps({ nik: '1571015708850003' }) // typed again: answered from memory
    await settle()
    expect(w.find('[data-testid="nik-ganda"]').exists()).toBe(true)
    expect(calls.filter((c) => c.path === '/api/v1/workers/nik/1571015708850003')).toHaveLength(1)
  })

  it('does not warn about the record being edited, and says when the lookup is throttled', async () => {
    stubFetch((url) => {
      if (url.pathname.startsWith('/api/v1/nik/')) return { body: { valid: true, warnings: [] } }
      if (url.pathname === '/api/v1/workers/nik/1571015708850003') return { body: registered }
      if (url.pathname === '/api/v1/workers/nik/1571011708850003')
        return { status: 429, body: { error: { code: 'terlalu_banyak_pencarian_nik', message: 'Terlalu banyak' } } }
      return undefined
    })
    const w = await mountCheck({ nik: '1571015708850003', tanggalLahir: '', jenisKelamin: '', workerId: 41 })
    await settle()
    expect(w.find('[data-testid="nik-ganda"]').exists()).toBe(false)
    await w.setProps({ nik: '1571011708850003' })
    await settle()
    expect(w.find('[data-testid="nik-ganda-jeda"]').exists()).toBe(true)
  })
})

describe('NikCheck messages', () => {
  const keys = (o: object, p = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
  it('English has the keys and placeholders of Bahasa Indonesia', () => {
    expect(keys(nikCheckMessages.en).sort()).toEqual(keys(nikCheckMessages.id).sort())
    const get = (o: object, k: string) => k.split('.').reduce((v: any, x) => v[x], o) as string
    for (const k of keys(nikCheckMessages.id)) {
      expect(get(nikCheckMessages.id, k), k).not.toBe('')
      expect((get(nikCheckMessages.en, k).match(/\{\w+\}/g) ?? []).sort(), k).toEqual((get(nikCheckMessages.id, k).match(/\{\w+\}/g) ?? []).sort())
    }
  })
})
