import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { clearSession, session } from '@/auth'
import { ALL_PERMISSIONS, type Permission } from '@/api/types'
import { flush, stubFetch } from '@/test/helpers'
import InvoiceDetailView from './InvoiceDetailView.vue'
import RtFund from './RtFund.vue'
import DashboardPanels from './DashboardPanels.vue'
import ReportDownload from './ReportDownload.vue'
import InvoicesView from './InvoicesView.vue'

function asUser(permissions: Permission[]) {
  session.user = { id: 1, aktif: true, kohort: '', username: 'admin.kota', nama: 'Admin', role: 'admin_kota', area: '15.71', area_nama: 'Kota Jambi', permissions }
  session.mode = 'session'
}

async function mountView(component: object, props: Record<string, unknown>, path = '/') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }] })
  router.push(path)
  await router.isReady()
  const w = mount(component, { props, global: { plugins: [i18n, router] }, attachTo: document.body })
  await flush()
  return w
}

const invoice = {
  id: 7, nomor: 'TGH-2026-00007', sumber_dana: 'apbd_kota', tahun: 2026, dari: '2026-12', sampai: '2026-12', baris: 2, total: 33600, dibayar: 0, sisa: 33600,
  status: 'terbit', alasan_batal: '', pelaku: 'admin.kota', dibuat: '2026-11-22T01:00:00Z',
  bulan: [{ bulan: '2026-12', baris: 2, total: 33600, dibayar: 0 }], pembayaran: [],
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  clearSession()
  document.body.innerHTML = ''
})

describe('InvoiceDetailView', () => {
  it('records a payment, then says "sudah tercatat" when the server answers baru:false', async () => {
    asUser([...ALL_PERMISSIONS])
    let paid = 0
    let replies = 0
    const { calls } = stubFetch((u, init) => {
      if (u.pathname === '/api/v1/invoices/7' ) return { body: { ...invoice, dibayar: paid, sisa: invoice.total - paid, status: paid ? 'sebagian' : 'terbit' } }
      if (u.pathname === '/api/v1/invoices/7/payments' && init.method === 'POST') {
        const first = replies++ === 0
        paid = 10000
        const p = { id: 1, tagihan_id: 7, jumlah: 10000, tanggal: '2026-11-20', referensi: 'SP2D/001', pelaku: 'admin.kota', dibuat: '' }
        return { status: first ? 201 : 200, body: { pembayaran: p, tagihan: invoice, baru: first, baris: first ? 1 : 0 } }
      }
      if (u.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'apbd_kota', nama: 'APBD Kota Jambi' }] } }
      return undefined
    })
    const w = await mountView(InvoiceDetailView, { id: '7' })
    expect(w.find('[data-testid="tg-total"]').text()).toBe('Rp33.600')
    expect(w.text()).toContain('APBD Kota Jambi · Desember 2026')
    await w.find('[data-testid="bayar-jumlah"]').setValue('10.000')
    await w.find('[data-testid="bayar-tanggal"]').setValue('20/11/2026')
    await w.find('[data-testid="bayar-referensi"]').setValue('SP2D/001')
    await w.find('form').trigger('submit')
    await flush()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ jumlah: 10000, tanggal: '2026-11-20', referensi: 'SP2D/001' })
    expect(w.find('[data-testid="bayar-hasil"]').text()).toBe('Pembayaran Rp10.000 dengan referensi SP2D/001 tercatat.')
    expect(w.find('[data-testid="tg-dibayar"]').text()).toBe('Rp10.000')
    await w.find('[data-testid="bayar-jumlah"]').setValue('10.000')
    await w.find('[data-testid="bayar-referensi"]').setValue('SP2D/001')
    await w.find('form').trigger('submit')
    await flush()
    expect(w.find('[data-testid="bayar-hasil"]').text()).toContain('sudah tercatat sebelumnya')
  })

  it('puts kelebihan_bayar under the amount and referensi_dipakai under the reference, and checks before sending', async () => {
    asUser([...ALL_PERMISSIONS])
    const { calls } = stubFetch((u, init) => {
      if (u.pathname === '/api/v1/invoices/7') return { body: invoice }
      if (u.pathname === '/api/v1/invoices/7/payments' && init.method === 'POST') {
        return { status: 409, body: { error: { code: 'referensi_dipakai', field: 'referensi', message: 'Referensi SP2D/001 sudah dipakai untuk pembayaran lain' } } }
      }
      return undefined
    })
    const w = await mountView(InvoiceDetailView, { id: '7' })
    await w.find('[data-testid="bayar-jumlah"]').setValue('40.000')
    await w.find('[data-testid="bayar-tanggal"]').setValue('01/01/2099')
    await w.find('[data-testid="bayar-referensi"]').setValue('x')
    await w.find('form').trigger('submit')
    await flush()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(w.find('[data-testid="galat-bayar-jumlah"]').text()).toBe('Jumlah melebihi sisa tagihan.')
    expect(w.find('[data-testid="galat-bayar-tanggal"]').text()).toBe('Tanggal bayar tidak boleh setelah hari ini.')
    expect(w.find('[data-testid="galat-bayar-referensi"]').exists()).toBe(true)
    await w.find('[data-testid="bayar-jumlah"]').setValue('1.000')
    await w.find('[data-testid="bayar-tanggal"]').setValue('01/01/2026')
    await w.find('[data-testid="bayar-referensi"]').setValue('SP2D/001')
    await w.find('form').trigger('submit')
    await flush()
    expect(w.find('[data-testid="galat-bayar-jumlah"]').exists()).toBe(false)
    expect(w.find('[data-testid="galat-bayar-referensi"]').text()).toBe(
      'Nomor referensi ini sudah dipakai untuk pembayaran lain. (Referensi SP2D/001 sudah dipakai untuk pembayaran lain)',
    )
  })

  it('shows no payment or cancel form to a role that only reads reports', async () => {
    asUser(['view_workers', 'view_reports'])
    stubFetch((u) => (u.pathname === '/api/v1/invoices/7' ? { body: invoice } : undefined))
    const w = await mountView(InvoiceDetailView, { id: '7' })
    expect(w.find('[data-testid="tg-nomor"]').text()).toBe('TGH-2026-00007')
    expect(w.find('[data-testid="form-bayar"]').exists()).toBe(false)
    expect(w.find('[data-testid="batal-buka"]').exists()).toBe(false)
  })
})

describe('InvoiceDetailView: workers and months (issue 17 item 7)', () => {
  const worker = (i: number) => ({
    pekerja_id: i, nama: `Pekerja ${String(i).padStart(3, '0')}`, nik: '1571**********01', kpj: i % 2 ? `2501000000${i % 10}` : '',
    bulan: [{ bulan: '2026-11', iuran: 16800, dibayar: 0 }, { bulan: '2026-12', iuran: 16800, dibayar: 0 }],
    bulan_teks: '', jumlah_bulan: 2, jumlah: 33600, dibayar: 0,
  })
  it('lists each worker with masked NIK, KPJ, months by name and Rupiah, pages of 50, the total equal to the invoice', async () => {
    asUser(['view_reports'])
    const total = 120
    const big = { ...invoice, dari: '2026-11', baris: 2 * total, total: 33600 * total, sisa: 33600 * total }
    const { calls } = stubFetch((u) => {
      if (u.pathname === '/api/v1/invoices/7') {
        const offset = Number(u.searchParams.get('offset'))
        const limit = Number(u.searchParams.get('limit'))
        const items = Array.from({ length: Math.min(limit, total - offset) }, (_, k) => worker(offset + k + 1))
        return { body: { ...big, sumber_dana_nama: 'APBD Kota Jambi', pekerja: { items, total, offset, limit } } }
      }
      return undefined
    })
    const w = await mountView(InvoiceDetailView, { id: '7' })
    const rows = w.findAll('[data-testid="tg-pekerja"] tbody tr')
    expect(rows.length).toBe(50)
    expect(rows[0].find('[data-col="nama"]').text()).toBe('Pekerja 001')
    expect(rows[0].find('[data-col="nik"]').text()).toBe('1571**********01')
    expect(rows[0].find('[data-col="kpj"]').text()).toBe('25010000001')
    expect(rows[1].find('[data-col="kpj"]').text()).toBe('belum ada')
    expect(rows[0].find('[data-col="bulan"]').text()).toBe('November 2026 – Desember 2026')
    expect(rows[0].find('[data-col="jumlah"]').text()).toBe('Rp33.600')
    expect(w.find('[data-testid="tg-jumlah-halaman"]').text()).toBe('Rp1.680.000')
    expect(w.find('[data-testid="tg-jumlah-total"]').text()).toBe('Rp4.032.000')
    expect(w.find('[data-testid="tg-halaman"]').text()).toBe('Pekerja 1–50 dari 120')
    expect(w.find('[data-testid="tg-sebelumnya"]').exists()).toBe(false)
    expect(w.text()).toContain('APBD Kota Jambi · November 2026 – Desember 2026')
    await w.find('[data-testid="tg-berikutnya"]').trigger('click')
    await flush()
    expect(calls.some((c) => c.path.includes('offset=50') && c.path.includes('limit=50'))).toBe(true)
    expect(w.find('[data-testid="tg-halaman"]').text()).toBe('Pekerja 51–100 dari 120')
    await w.find('[data-testid="tg-berikutnya"]').trigger('click')
    await flush()
    expect(w.findAll('[data-testid="tg-pekerja"] tbody tr').length).toBe(20)
    expect(w.find('[data-testid="tg-berikutnya"]').exists()).toBe(false)
    expect(w.find('[data-testid="tg-unduh-xlsx"]').exists()).toBe(true)
    expect(w.find('[data-testid="tg-unduh-pdf"]').exists()).toBe(true)
  }, 30000)  // three pages of up to 50 rows: slow on a loaded machine
  it('marks paid months BPJS no longer allows: lebih bayar per worker, in words, and its total (issue 17)', async () => {
    asUser(['view_reports'])
    const refunded = {
      ...worker(2),
      bulan: [{ bulan: '2026-11', iuran: 16800, dibayar: 16800, lebih_bayar: 16800 }, { bulan: '2026-12', iuran: 16800, dibayar: 16800 }],
      dibayar: 33600, lebih_bayar: 16800,
    }
    const items = [{ ...worker(1), lebih_bayar: 0 }, refunded]
    stubFetch((u) => (u.pathname === '/api/v1/invoices/7'
      ? { body: { ...invoice, dari: '2026-11', baris: 4, total: 67200, dibayar: 33600, sisa: 33600, status: 'sebagian', pekerja: { items, total: 2, offset: 0, limit: 50 }, lebih_bayar: { bulan: 1, jumlah: 16800, teks: '' } } }
      : undefined))
    const w = await mountView(InvoiceDetailView, { id: '7' })
    expect(w.find('[data-testid="tg-lebih-bayar"]').text()).toContain('Lebih bayar, perlu dikembalikan: Rp16.800 untuk 1 bulan')
    const rows = w.findAll('[data-testid="tg-pekerja"] tbody tr')
    expect(rows[0].find('[data-col="lebih-bayar"]').exists()).toBe(false)
    expect(rows[1].find('[data-col="lebih-bayar"]').text()).toBe('Lebih bayar, perlu dikembalikan: Rp16.800 (November 2026)')
    // the total row equals its rows
    const sum = items.reduce((s, x) => s + (x.lebih_bayar ?? 0), 0)
    expect(w.find('[data-testid="tg-lebih-bayar-total"]').text()).toBe(`Rp${sum.toLocaleString('id-ID')}`)
  })
  it('says so when an invoice lists no workers', async () => {
    asUser(['view_reports'])
    stubFetch((u) => (u.pathname === '/api/v1/invoices/7' ? { body: { ...invoice, pekerja: { items: [], total: 0, offset: 0, limit: 50 } } } : undefined))
    const w = await mountView(InvoiceDetailView, { id: '7' })
    expect(w.find('[data-testid="tg-rinci"]').text()).toContain('Tagihan ini tidak memuat pekerja.')
    expect(w.find('[data-testid="tg-pekerja"]').exists()).toBe(false)
  })
})

describe('InvoiceDetailView: cancel', () => {
  it('asks for a reason of at least 5 characters, then cancels and shows the reason', async () => {
    asUser([...ALL_PERMISSIONS])
    let cancelled = false
    const { calls } = stubFetch((u, init) => {
      if (u.pathname === '/api/v1/invoices/7') return { body: cancelled ? { ...invoice, status: 'batal', alasan_batal: 'Salah bulan' } : invoice }
      if (u.pathname === '/api/v1/invoices/7/cancel' && init.method === 'POST') {
        cancelled = true
        return { body: { ...invoice, status: 'batal' } }
      }
      return undefined
    })
    const w = await mountView(InvoiceDetailView, { id: '7' })
    await w.find('[data-testid="batal-buka"]').trigger('click')
    await w.find('[data-testid="batal-alasan"]').setValue('abc')
    await w.find('[data-testid="batal-kirim"]').trigger('submit')
    await flush()
    expect(w.find('[data-testid="galat-batal-alasan"]').text()).toBe('Alasan wajib diisi (min. 5 karakter).')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await w.find('[data-testid="batal-alasan"]').setValue('Salah bulan')
    const forms = w.findAll('form')
    await forms[forms.length - 1].trigger('submit')
    await flush()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ alasan: 'Salah bulan' })
    expect(w.find('[data-testid="tg-status"]').text()).toBe('Batal')
    expect(w.text()).toContain('Tagihan dibatalkan: Salah bulan')
    expect(w.find('[data-testid="form-bayar"]').exists()).toBe(false)
  })
})

describe('InvoicesView', () => {
  it('asks the server for one page of invoices, pages with its total, and asks every funder at once (issue 21 item 5)', async () => {
    asUser([...ALL_PERMISSIONS])
    const { calls } = stubFetch((u) => {
      if (u.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'apbd_kota', nama: 'APBD Kota Jambi', jenis: 'apbd_kota', wilayah: '15.71', aktif: true }], limit: 500, page: 1, total: 1 } }
      if (u.pathname === '/api/v1/invoices') {
        const page = Number(u.searchParams.get('page'))
        const ids = page === 1 ? Array.from({ length: 20 }, (_, i) => 45 - i) : [25]
        return { body: { items: ids.map((id) => ({ ...invoice, id, nomor: `TGH-2026-000${id}` })), limit: 20, page, total: 45 } }
      }
      return undefined
    })
    const w = await mountView(InvoicesView, {}, '/tagihan')
    expect(calls.find((c) => c.path.startsWith('/api/v1/funders'))?.path).toBe('/api/v1/funders?limit=500')
    const first = new URL(calls.find((c) => c.path.startsWith('/api/v1/invoices'))!.path, 'http://x').searchParams
    expect([first.get('page'), first.get('limit')]).toEqual(['1', '20'])
    expect(w.find('[data-testid="tg-jumlah"]').text()).toBe('45 tagihan')
    expect(w.findAll('[data-testid="daftar-tagihan"] tbody tr')).toHaveLength(20)
    await w.find('[data-testid="pager-next"]').trigger('click')
    await flush()
    const gets = calls.filter((c) => c.path.startsWith('/api/v1/invoices'))
    const last = gets[gets.length - 1]
    expect(new URL(last.path, 'http://x').searchParams.get('page')).toBe('2')
    expect(w.findAll('[data-testid="daftar-tagihan"] tbody tr').map((r) => r.attributes('data-id'))).toEqual(['25'])
  })

  it('refuses a range across two years before sending and shows 409 tidak_ada_alokasi beside the button (issue 17 item 3)', async () => {
    asUser([...ALL_PERMISSIONS])
    const y = new Date().getFullYear() // the form offers last year to next year
    const { calls } = stubFetch((u, init) => {
      if (u.pathname === '/api/v1/funders') return { body: { items: [{ kode: 'apbd_kota', nama: 'APBD Kota Jambi', jenis: 'apbd_kota', wilayah: '15.71', aktif: true }] } }
      if (u.pathname === '/api/v1/invoices' && init.method === 'POST') {
        return { status: 409, body: { error: { code: 'tidak_ada_alokasi', field: 'sumber_dana', message: `Tidak ada alokasi APBD Kota Jambi bulan ${y}-11 s.d. ${y}-11 yang belum ditagih` } } }
      }
      if (u.pathname === '/api/v1/invoices') return { body: { items: [], limit: 20, page: 1, total: 0 } }
      return undefined
    })
    const w = await mountView(InvoicesView, {}, '/tagihan')
    expect(w.find('[data-testid="tg-jumlah"]').text()).toBe('0 tagihan')
    expect(w.text()).toContain('Belum ada tagihan untuk pilihan ini.')
    await w.find('[data-testid="tg-buat"]').trigger('submit')
    await flush()
    expect(w.find('[data-testid="galat-tg-sumber"]').text()).toBe('Pilih pendana.')
    await w.find('[data-testid="tg-sumber"]').setValue('apbd_kota')
    await w.find('[data-testid="tg-dari"]').setValue(`${y}-11`)
    await flush()
    await w.find('[data-testid="tg-sampai"]').setValue(`${y}-11`)
    await w.find('form').trigger('submit')
    await flush()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ sumber_dana: 'apbd_kota', dari: `${y}-11`, sampai: `${y}-11` })
    expect(w.find('[data-testid="tg-pesan"]').attributes('data-kind')).toBe('error')
    expect(w.find('[data-testid="tg-pesan"]').text()).toBe(
      `Tidak ada alokasi pendana ini untuk 11/${y} yang belum ditagih. (Tidak ada alokasi APBD Kota Jambi bulan ${y}-11 s.d. ${y}-11 yang belum ditagih)`,
    )
  })
})

describe('RtFund', () => {
  it('shows the fund from /rts/{kode}/dana and the calculator\'s figure from the server, and refuses 0 workers', async () => {
    asUser(['record_workers', 'view_workers'])
    const { calls } = stubFetch((u) => {
      if (u.pathname !== '/api/v1/rts/15.71.01.1001.001/dana') return undefined
      const w = Number(u.searchParams.get('workers'))
      const m = Number(u.searchParams.get('months'))
      const base = { kode_rt: '15.71.01.1001.001', tahun: 2026, sumber_dana: 'x', dana_tahunan: 100000000, iuran_tahun_ini: 1411200, sisa: 98588800, persen_terpakai: 1.4112, pekerja_didanai: 7, dasar: 'Perwal' }
      return { body: w ? { ...base, kalkulator: { workers: w, months: m, per_worker_month: 16800, total: w * m * 16800, total_teks: '', persen_dana: 4.032, dasar: 'PP 44/2015' } } : base }
    })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const w = await mountView(RtFund, { kode: '15.71.01.1001.001' })
    expect(w.find('[data-testid="dana-tahunan"]').text()).toBe('Rp100.000.000')
    expect(w.find('[data-testid="dana-sisa"]').text()).toBe('Rp98.588.800')
    expect(w.find('[data-testid="dana-didanai"]').text()).toBe('7')
    expect(w.find('[data-testid="kal-total"]').text()).toBe('Rp4.032.000')
    expect(calls.some((c) => c.path.endsWith('?workers=20&months=12'))).toBe(true)
    await w.find('[data-testid="kal-pekerja"]').setValue('0')
    await vi.advanceTimersByTimeAsync(400)
    await flush()
    expect(w.find('[data-testid="galat-kal-pekerja"]').text()).toBe('Isi 1-10.000 pekerja.')
    expect(w.find('[data-testid="kal-total"]').exists()).toBe(false)
    await w.find('[data-testid="kal-pekerja"]').setValue('5')
    await vi.advanceTimersByTimeAsync(400)
    await flush()
    expect(w.find('[data-testid="kal-total"]').text()).toBe('Rp1.008.000')
  })
})

describe('DashboardPanels', () => {
  it('shows budget per funder (RT funds summed) and the claims totals to a role that reads reports', async () => {
    asUser(['view_reports'])
    stubFetch((u) => {
      if (u.pathname === '/api/v1/reports/funding') {
        const r = (k: string, jenis: string, pagu: number, d: number) => ({ sumber_dana: k, nama: k, jenis, pagu, dialokasikan: d, ditagih: 0, dibayar: 0, sisa: pagu - d, kuota: 0, pekerja: 1, persen_kuota: 0, persen_pagu: (100 * d) / pagu })
        return { body: { rows: [r('apbd_kota', 'apbd_kota', 1000, 250), r('rt:1', 'dana_kampung_bahagia', 100, 10), r('rt:2', 'dana_kampung_bahagia', 100, 10)] } }
      }
      if (u.pathname === '/api/v1/reports/claims') {
        return { body: { dari: '2026-01-01', sampai: '2026-11-22', rows: [], total: { dibuka: 3, dibayar: 1, tertunda: 2, ditolak: 0, jumlah_dibayar: 42000000, beasiswa_dibayar: 0 }, beasiswa_jatuh_tempo: { tahun_ajaran: '2026/2027', total: 0 } } }
      }
      return undefined
    })
    const w = await mountView(DashboardPanels, {})
    expect(w.find('li[data-kode="apbd_kota"] [data-col="sisa"]').text()).toBe('Rp750')
    expect(w.find('li[data-kode="dana_kampung_bahagia"] [data-col="pagu"]').text()).toBe('Rp200')
    expect(w.find('li[data-kode="dana_kampung_bahagia"]').text()).toContain('Dana Kampung Bahagia (2 RT)')
    expect(w.find('[data-testid="panel-klaim"] [data-col="jumlah_dibayar"]').text()).toBe('Rp42.000.000')
    expect(w.find('[data-testid="panel-klaim"]').text()).toContain('01/01/2026 – 22/11/2026')
  })

  it('shows neither panel to a role without report permissions', async () => {
    asUser(['view_workers'])
    const { calls } = stubFetch(() => undefined)
    const w = await mountView(DashboardPanels, {})
    expect(w.find('[data-testid="panel-anggaran"]').exists()).toBe(false)
    expect(w.find('[data-testid="panel-klaim"]').exists()).toBe(false)
    expect(calls).toHaveLength(0)
  })
})

describe('ReportDownload', () => {
  it('asks for the report with &format= and shows the server\'s refusal (400 format_tidak_dikenal) in place', async () => {
    asUser(['view_reports'])
    const { calls } = stubFetch(() => ({ status: 400, body: { error: { code: 'format_tidak_dikenal', field: 'format', message: "Format 'pdf' tidak dikenal (json, xlsx)" } } }))
    const w = await mountView(ReportDownload, { path: '/reports/funding', filters: { tahun: 2026 }, file: 'laporan-anggaran' })
    await w.find('[data-testid="unduh-pdf"]').trigger('click')
    await flush()
    expect(calls[0].path).toBe('/api/v1/reports/funding?tahun=2026&format=pdf')
    expect(w.find('.pesan.galat').text()).toBe("PDF: Format 'pdf' tidak dikenal (json, xlsx)")
    expect(w.find('[data-testid="unduh-xlsx"]').attributes('disabled')).toBeUndefined()
  })

  it('saves the XLSX through an object URL with the report\'s file name', async () => {
    asUser(['view_reports'])
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Uint8Array([0x50, 0x4b, 3, 4]), { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Length': '4' } })))
    const created = vi.fn(() => 'blob:x')
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
    URL.createObjectURL = created
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const w = await mountView(ReportDownload, { path: '/arrears', filters: { tahun: 2026, wilayah: '' }, file: 'tunggakan', formats: ['xlsx'] })
    expect(w.find('[data-testid="unduh-pdf"]').exists()).toBe(false)
    await w.find('[data-testid="unduh-xlsx"]').trigger('click')
    await flush()
    expect(created).toHaveBeenCalledTimes(1)
    expect(clicked).toEqual(['tunggakan-2026.xlsx'])
    expect(w.find('.pesan.galat').exists()).toBe(false)
    click.mockRestore()
    URL.createObjectURL = saved.create
    URL.revokeObjectURL = saved.revoke
  })
})
