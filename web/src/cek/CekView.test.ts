// Cek Perlindungan (issue 20 item 1): the page sends the NIK in a POST body (never in the address),
// shows the server's answer as it is (no figure of its own), and shows a wrong pair and an unknown
// NIK alike; malformed input is caught before anything is asked.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { flush, stubFetch } from '@/test/helpers'
import CekView from './CekView.vue'

const answer = {
  inisial: 'S. N. A.',
  status: 'terlindungi',
  status_label: 'Terlindungi s.d. 31/12/2026',
  terlindungi_sampai: '2026-12-31',
  pembiayaan: 'apbd_kota',
  pembiayaan_label: 'Iuran dibayar Pemerintah Kota/Kabupaten (APBD)',
  kartu: 'dicetak',
  kartu_label: 'Kartu peserta sudah dicetak dan dapat diambil di Kantor Kelurahan Telanaipura',
  tempat_ambil: 'Kantor Kelurahan Telanaipura',
  manfaat: [
    { kode: 'jkm', label: 'Meninggal bukan karena kecelakaan kerja', teks: 'Bila meninggal bukan karena kecelakaan kerja, ahli waris menerima Rp43.210.000', jumlah: 43210000,
      rincian: [{ label: 'Santunan sekaligus', jumlah: 21210000 }], dasar_hukum: 'PP 82/2019' },
  ],
  langkah: [
    { kode: 'meninggal', label: 'Bila peserta meninggal dunia', hubungi: [{ teks: 'Lapor ke Ketua RT' }],
      dokumen: [{ kode: 'akta_kematian', label: 'Akta kematian atau surat keterangan kematian', wajib: true }, { kode: 'lainnya', label: 'Dokumen lain', wajib: false }],
      keterangan: 'BPJS membayar paling lambat 3 hari kerja' },
  ],
}
const notFound = { error: { code: 'data_tidak_cocok', message: 'NIK dan tanggal lahir tidak cocok dengan peserta mana pun.', field: '' } }

afterEach(() => vi.unstubAllGlobals())

async function mountPage() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/cek', component: CekView }, { path: '/publik', component: { template: '<div/>' } }] })
  router.push('/cek')
  await router.isReady()
  return mount(CekView, { global: { plugins: [i18n, router] }, attachTo: document.body })
}

describe('CekView', () => {
  it('posts the NIK and the ISO date in the body and shows the answer as the server wrote it', async () => {
    const { calls } = stubFetch((url, init) => (url.pathname === '/api/v1/public/cek' && init.method === 'POST' ? { body: answer } : undefined))
    const w = await mountPage()
    await w.find('#nik').setValue('1571 0157 0885 0003')
    await w.find('#tanggal_lahir').setValue('17081985')
    expect((w.find('#tanggal_lahir').element as HTMLInputElement).value).toBe('17/08/1985')
    await w.find('form').trigger('submit')
    await flush(10)
    expect(calls).toHaveLength(1)
    expect(calls[0].path).toBe('/api/v1/public/cek')
    expect(calls[0].body).toEqual({ nik: '1571015708850003', tanggal_lahir: '1985-08-17' })
    expect(w.find('[data-testid="cek-inisial"]').text()).toBe('S. N. A.')
    expect(w.find('[data-testid="cek-status"]').text()).toBe('Terlindungi s.d. 31/12/2026')
    expect(w.find('[data-testid="cek-status"]').classes()).toContain('terlindungi')
    expect(w.find('[data-testid="cek-sampai"]').text()).toBe('31/12/2026')
    expect(w.find('[data-testid="cek-tempat"]').text()).toBe('Kantor Kelurahan Telanaipura')
    const benefits = w.find('[data-testid="cek-manfaat"]').text()
    // the server's figure, whatever it is: the page computes none of its own
    expect(benefits).toContain('Rp43.210.000')
    expect(benefits).toContain('Rp21.210.000')
    expect(benefits).not.toContain('42.000.000')
    const death = w.find('[data-testid="cek-langkah-meninggal"]').text()
    expect(death).toContain('Akta kematian atau surat keterangan kematian')
    expect(death).toContain('(bila ada)')
    expect(w.find('[data-testid="cek-form"]').exists()).toBe(false)
    await w.find('[data-testid="cek-lagi"]').trigger('click')
    expect((w.find('#nik').element as HTMLInputElement).value).toBe('')
    w.unmount()
  })

  it('shows a refusal in one box, the same for every no-match', async () => {
    stubFetch(() => ({ status: 404, body: notFound }))
    const w = await mountPage()
    await w.find('#nik').setValue('1571015708850003')
    await w.find('#tanggal_lahir').setValue('18/08/1985')
    await w.find('form').trigger('submit')
    await flush(10)
    expect(w.find('[data-testid="cek-tidak-cocok"]').text()).toContain('NIK dan tanggal lahir tidak cocok dengan peserta mana pun.')
    expect(w.find('[data-testid="cek-hasil"]').exists()).toBe(false)
    w.unmount()
  })

  it('asks nothing for a NIK that is not 16 digits or a date that does not exist', async () => {
    const { calls } = stubFetch(() => ({ body: answer }))
    const w = await mountPage()
    await w.find('#nik').setValue('15710157')
    await w.find('#tanggal_lahir').setValue('31/02/1985')
    await w.find('form').trigger('submit')
    await flush()
    expect(calls).toHaveLength(0)
    expect(w.find('[data-testid="galat-nik"]').text()).toContain('NIK harus 16 angka')
    expect(w.find('[data-testid="galat-tanggal_lahir"]').exists()).toBe(true)
    w.unmount()
  })
})
