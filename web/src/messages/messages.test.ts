// The message screens (issue 20): the outbox shows states in words and offers a retry only for a
// failed message and only to the city admin; the templates editor shows the server's problems
// from a preview under the text.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import { flush, stubFetch } from '@/test/helpers'
import OutboxView from './OutboxView.vue'
import TemplatesView from './TemplatesView.vue'
import { messageTexts } from './messages'
import type { Message } from './types'

const base: Message = {
  id: 1, pekerja_id: 7, penerima: 'pekerja', penerima_label: 'pekerja', nama_penerima: 'Siti Aminah', no_hp: '081234567890',
  templat: 'kartu_siap', templat_judul: 'Kartu peserta siap diambil', isi: 'Yth. Siti Aminah, kartu Anda siap.', status: 'terkirim',
  status_label: 'terkirim', alasan: '', percobaan: 1, dibuat: '2026-12-07T03:00:00Z', coba_pada: '2026-12-07T03:00:00Z',
  terkirim_pada: '2026-12-07T03:00:01Z', kunci: 'kartu_siap:1',
}
const failed: Message = { ...base, id: 2, kunci: 'kartu_siap:2', status: 'gagal', status_label: 'gagal', terkirim_pada: '', alasan: 'Gateway menolak pesan: nomor tidak terdaftar di WhatsApp' }

async function mountView(component: object, permissions: string[]) {
  session.user = { id: 1, aktif: true, kohort: '', username: 'admin.kota', nama: 'Admin', role: 'admin_kota', area: '15.71', area_nama: 'Kota Jambi', permissions: permissions as never }
  session.mode = 'session'
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  router.push('/pesan')
  await router.isReady()
  const w = mount(component, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush(10)
  return w
}

afterEach(() => {
  vi.unstubAllGlobals()
  clearSession()
  document.body.innerHTML = ''
})

describe('message screens', () => {
  it('has the same keys in both languages', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
    expect(keys(messageTexts.en).sort()).toEqual(keys(messageTexts.id).sort())
  })

  it('lists messages with their state in words and retries only a failed one, for the city admin', async () => {
    const { calls } = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/messages/2/retry' && init.method === 'POST') return { body: { ...failed, status: 'antre', status_label: 'dalam antrean' } }
      if (url.pathname === '/api/v1/messages') return { body: { items: url.searchParams.get('limit') === '1' ? [base] : [base, failed], total: 2, page: 1, limit: 50 } }
      return undefined
    })
    const w = await mountView(OutboxView, ['view_workers', 'manage_messages'])
    expect(w.findAll('[data-testid="status-pesan"]').map((x) => x.text())).toEqual(['terkirim', 'gagal'])
    expect(w.find('[data-testid="alasan-pesan"]').text()).toContain('nomor tidak terdaftar')
    expect(w.find('[data-testid="kirim-ulang-1"]').exists()).toBe(false)
    await w.find('[data-testid="kirim-ulang-2"]').trigger('click')
    await flush(10)
    expect(calls.some((c) => c.path === '/api/v1/messages/2/retry' && c.method === 'POST')).toBe(true)
    expect(w.find('[data-testid="pesan-hasil"]').text()).toContain('dimasukkan lagi ke antrean')
  })

  it('offers no retry to a role that may only read', async () => {
    stubFetch((url) => (url.pathname === '/api/v1/messages' ? { body: { items: [failed], total: 1, page: 1, limit: 50 } } : undefined))
    const w = await mountView(OutboxView, ['view_workers'])
    expect(w.find('[data-testid="kirim-ulang-2"]').exists()).toBe(false)
  })

  it('shows a preview and the problems the server names under the template', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/message-templates') {
        return { body: { items: [{ kode: 'kartu_siap', judul: 'Kartu peserta siap diambil', isi: 'Yth. {nama}', isi_bawaan: 'Yth. {nama}', isian: ['nama', 'kpj'], diubah: false, diubah_oleh: '', diubah_pada: '' }] } }
      }
      if (url.pathname === '/api/v1/message-templates/kartu_siap/preview') {
        return { body: { kode: 'kartu_siap', isi: 'Yth. Siti Aminah {salah}', masalah: [{ field: 'isi', code: 'isian_tidak_dikenal', message: "Isian 'salah' tidak dikenal untuk templat ini" }] } }
      }
      return undefined
    })
    const w = await mountView(TemplatesView, ['view_workers', 'manage_messages'])
    await w.find('[data-testid="isi-kartu_siap"]').setValue('Yth. {nama} {salah}')
    await w.find('[data-testid="pratinjau-kartu_siap"]').trigger('click')
    await flush(10)
    expect(w.find('[data-testid="hasil-pratinjau-kartu_siap"]').text()).toContain('Yth. Siti Aminah')
    expect(w.find('[data-testid="masalah-kartu_siap"]').text()).toContain("Isian 'salah' tidak dikenal")
  })
})
