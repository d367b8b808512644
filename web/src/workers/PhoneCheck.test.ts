// The worker form's live phone check (issue 20 item 5): the server's one rule, asked once per
// distinct number after typing pauses; the canonical form or the server's sentence is shown.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'
import PhoneCheck from './PhoneCheck.vue'

const mounted: { unmount: () => void }[] = []
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount()
  vi.unstubAllGlobals()
})

async function settle() {
  await new Promise((r) => setTimeout(r, 550))
  await flush()
}

describe('PhoneCheck', () => {
  it('shows the form a number will be stored in, or what is wrong, from the server', async () => {
    const { calls } = stubFetch((_url, init) => {
      const body = JSON.parse(String(init.body))
      return body.no_hp === '0812-3456-7890'
        ? { body: { valid: true, no_hp: '+6281234567890', pesan: null } }
        : { body: { valid: false, no_hp: null, pesan: 'Nomor HP harus nomor seluler Indonesia (dari server)' } }
    })
    const w = mount(PhoneCheck, { props: { value: '' }, global: { plugins: [i18n] } })
    mounted.push(w)
    await settle()
    expect(calls).toHaveLength(0) // nothing typed, nothing asked
    await w.setProps({ value: '0812-3456-7890' })
    await settle()
    expect(calls.map((c) => [c.method, c.path])).toEqual([['POST', '/api/v1/no-hp']])
    expect(w.find('[data-testid="no_hp-kanonik"]').text()).toBe('Disimpan sebagai +6281234567890')
    await w.setProps({ value: '0741 123456' })
    await settle()
    expect(w.find('[data-testid="no_hp-masalah"]').text()).toBe('Nomor HP harus nomor seluler Indonesia (dari server)')
    expect(w.find('[data-testid="no_hp-kanonik"]').exists()).toBe(false)
    await w.setProps({ value: '0812-3456-7890' })
    await settle()
    expect(calls).toHaveLength(2) // asked once per distinct number
    expect(w.find('[data-testid="no_hp-kanonik"]').exists()).toBe(true)
  })
})
