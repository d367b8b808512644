// The RT head's offline drafts (issue 21 items 2 and 4): kept per user in IndexedDB (fake-indexeddb,
// a complete IndexedDB in JavaScript, in place of the browser's), sent with the draft's id as the
// Idempotency-Key, each send's outcome kept on the draft, and everything gone on logout.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import type { Worker } from '@/api/types'
import { session } from '@/auth'
import { stubFetch } from '@/test/helpers'
import { emptyForm, type WorkerFormState } from '@/workers/workerForm'
import { deleteDraft, forgetAll, getDraft, listDrafts, newDraft, newDraftId, putDraft } from './drafts'
import { afterSend, forgetOnPhone, queue, RETRY_FIRST_MS, sendPending, syncNow, unsentCount } from './sync'
import { offlineMessages } from './messages'

function form(nik: string, nama: string): WorkerFormState {
  return { ...emptyForm(), nik, nama, tanggal_lahir: '01/01/1990', jenis_kelamin: 'L', kode_kelurahan: '15.71.01.1001', rt: '1', pekerjaan: 'lainnya', penghasilan: '1.500.000', persetujuan: true,
    ahli_waris: [{ nama: 'Sri', hubungan: 'istri', nik: '', tanggal_lahir: '' }] }
}
const worker = (id: number) => ({ id }) as Worker

beforeEach(() => {
  session.user = { username: 'ketua.rt', role: 'ketua_rt' } as typeof session.user
  session.mode = 'session'
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await forgetAll()
})

describe('drafts on the phone', () => {
  it('keeps each draft under its own id and lists only the owner’s, oldest first', async () => {
    const a = newDraft('ketua.rt', form('1571010101900001', 'Budi'), 1000)
    const b = newDraft('ketua.rt', form('1571010101900002', 'Ani'), 500)
    const other = newDraft('ketua.rt2', form('1571010101900003', 'Lain'), 700)
    for (const d of [a, b, other]) await putDraft(d)
    expect((await listDrafts('ketua.rt')).map((d) => d.nama)).toEqual(['Ani', 'Budi'])
    expect((await listDrafts('ketua.rt2')).map((d) => d.nama)).toEqual(['Lain'])
    expect(await getDraft('ketua.rt', other.id)).toBeNull()
    await deleteDraft('ketua.rt', other.id) // not theirs: nothing happens
    expect(await listDrafts('ketua.rt2')).toHaveLength(1)
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newDraftId()).not.toBe(newDraftId())
  })

  it('stores a plain copy of the form (a reactive form may change after saving)', async () => {
    const f = form('1571010101900001', 'Budi')
    const d = newDraft('ketua.rt', f)
    f.nama = 'Diubah'
    await putDraft(d)
    expect((await getDraft('ketua.rt', d.id))!.form!.nama).toBe('Budi')
  })

  it('forgets every draft of every user on logout', async () => {
    await putDraft(newDraft('ketua.rt', form('1571010101900001', 'Budi')))
    await putDraft(newDraft('ketua.rt2', form('1571010101900002', 'Ani')))
    expect(await unsentCount()).toBe(1)
    await forgetOnPhone()
    expect(await listDrafts('ketua.rt')).toEqual([])
    expect(await listDrafts('ketua.rt2')).toEqual([])
  })
})

describe('what a send makes of a draft', () => {
  const d = newDraft('ketua.rt', form('1571010101900001', 'Budi'), 1)

  it('saved: terkirim, with the worker and without the form (no personal data kept longer than needed)', () => {
    const { draft, stop } = afterSend(d, { worker: worker(42) }, 2)
    expect(stop).toBe(false)
    expect(draft).toMatchObject({ state: 'terkirim', workerId: 42, form: null, nama: 'Budi', tries: 1, updated: 2 })
  })

  it('no answer (network, time limit, session ended, server busy or failing): still waiting, and the round stops', () => {
    for (const e of [new ApiError(0, 'jaringan', 'x'), new ApiError(0, 'waktu_habis', 'x'), new ApiError(401, 'sesi_berakhir', 'x'), new ApiError(429, 'x', 'x'), new ApiError(503, 'server_sibuk', 'x'), new ApiError(500, 'x', 'x')]) {
      const { draft, stop } = afterSend(d, { error: e })
      expect(stop, e.code).toBe(true)
      expect(draft.state).toBe('menunggu')
      expect(draft.form).toEqual(d.form)
    }
  })

  it('refused with reasons: perlu diperbaiki, with the server’s field errors', () => {
    const errors = [{ field: 'nama', code: 'wajib', message: 'Nama wajib diisi' }, { field: 'nama_ahli_waris', code: 'wajib', message: 'Nama ahli waris ke-1 wajib diisi' }]
    const { draft, stop } = afterSend(d, { error: new ApiError(422, 'validasi', 'Data belum benar', '', errors) })
    expect(stop).toBe(false)
    expect(draft).toMatchObject({ state: 'perlu_diperbaiki', message: 'Data belum benar', errors })
    const single = afterSend(d, { error: new ApiError(400, 'tanggal', 'Tanggal lahir tidak valid', 'tanggal_lahir') }).draft
    expect(single.errors).toEqual([{ field: 'tanggal_lahir', code: 'tanggal', message: 'Tanggal lahir tidak valid' }])
  })

  it('a NIK registered meanwhile: konflik, with the other record’s kelurahan from the error’s nama_kelurahan', () => {
    const msg = 'NIK 1571**********01 sudah terdaftar di luar wilayah Anda, di Kelurahan Telanaipura; hubungi operator kelurahan bila pekerja pindah RT'
    const error = { code: 'nik_terdaftar_di_wilayah_lain', field: 'nik', message: msg, nama_kelurahan: 'Telanaipura' }
    const named = afterSend(d, { error: new ApiError(409, error.code, msg, 'nik', [], error) }).draft
    expect(named).toMatchObject({ state: 'konflik', message: msg, kelurahanLain: 'Telanaipura', errors: [] })
    const plain = afterSend(d, { error: new ApiError(409, 'nik_terdaftar_di_wilayah_lain', msg, 'nik') }).draft
    expect(plain).toMatchObject({ state: 'konflik', kelurahanLain: undefined })
    expect(afterSend(d, { error: new ApiError(409, 'nik_sudah_ada', 'NIK ini sudah terdaftar', 'nik') }).draft.state).toBe('konflik')
  })

  it('the first send with this key still being written (409 idempotensi_diproses): still waiting, tried again later, never perlu diperbaiki', () => {
    const { draft, stop, later } = afterSend(d, { error: new ApiError(409, 'idempotensi_diproses', 'Data dengan kunci pengiriman ini sedang diproses; kirim ulang beberapa saat lagi') })
    expect(draft).toMatchObject({ state: 'menunggu', form: d.form, tries: 1 })
    expect(draft.message).toBeUndefined()
    expect(stop).toBe(false) // the other drafts go on
    expect(later).toBe(true)
  })

  it('written, but its answer lost in a crash (409 idempotensi_tanpa_jawaban): terkirim, saying the record is there', () => {
    const msg = 'Data dengan kunci pengiriman ini sudah tersimpan, tetapi jawabannya tidak tercatat karena server berhenti; muat ulang data untuk melihat hasilnya'
    const { draft, stop, later } = afterSend({ ...d, message: 'lama' }, { error: new ApiError(409, 'idempotensi_tanpa_jawaban', msg) })
    expect(draft).toMatchObject({ state: 'terkirim', form: null, message: msg, nama: 'Budi' })
    expect(draft.workerId).toBeUndefined()
    expect([stop, later]).toEqual([false, false])
  })

  it('the key already used with other data (edited after a send that was recorded): konflik, not a second record', () => {
    const msg = 'Data dengan kunci pengiriman ini sudah diterima sebelumnya dengan isi yang berbeda; periksa data yang tersimpan sebelum mengirim ulang sebagai data baru'
    const error = new ApiError(422, 'kunci_idempotensi_dipakai', msg, 'Idempotency-Key', [{ field: 'Idempotency-Key', code: 'kunci_idempotensi_dipakai', message: msg }])
    expect(afterSend(d, { error }).draft).toMatchObject({ state: 'konflik', message: msg, errors: [] })
  })

  it('a stale CSRF token: nothing to correct in the record, so it waits (the session is asked again first)', () => {
    const { draft, stop, renewSession } = afterSend(d, { error: new ApiError(403, 'csrf_tidak_valid', 'Token keamanan (CSRF) tidak ada atau tidak cocok; muat ulang halaman') })
    expect(draft.state).toBe('menunggu')
    expect(stop).toBe(true)
    expect(renewSession).toBe(true)
    expect(afterSend(d, { error: new ApiError(403, 'tidak_berwenang', 'Anda tidak berwenang') }).draft.state).toBe('perlu_diperbaiki')
  })
})

describe('sending the queue', () => {
  it('sends each waiting draft once, oldest first, with its id as Idempotency-Key and the CSRF header', async () => {
    const { setCsrfToken } = await import('@/api/client')
    setCsrfToken('tok')
    const a = newDraft('ketua.rt', form('1571010101900001', 'Budi'), 1)
    const b = newDraft('ketua.rt', form('1571010101900002', 'Ani'), 2)
    const sent = { ...newDraft('ketua.rt', form('1571010101900003', 'Sudah'), 0), state: 'terkirim' as const, form: null }
    const refused = { ...newDraft('ketua.rt', form('1571010101900004', 'Ditolak'), 0), state: 'perlu_diperbaiki' as const }
    for (const d of [b, a, sent, refused]) await putDraft(d)
    let next = 100
    const { calls } = stubFetch((url, init) => (url.pathname === '/api/v1/workers' && init.method === 'POST' ? { status: 201, body: { id: next++ } } : undefined))
    expect(await sendPending('ketua.rt')).toEqual({ sent: 2, refused: 0, waiting: 0, later: false })
    expect(calls.map((c) => c.headers['Idempotency-Key'])).toEqual([a.id, b.id])
    expect(calls.every((c) => c.headers['X-CSRF-Token'] === 'tok')).toBe(true)
    expect(calls[0].body).toMatchObject({ nik: '1571010101900001', nama: 'Budi', tanggal_lahir: '1990-01-01', penghasilan: 1500000, rt: 1, ahli_waris: [{ nama: 'Sri', hubungan: 'istri' }] })
    const after = await listDrafts('ketua.rt')
    expect(after.find((d) => d.id === a.id)).toMatchObject({ state: 'terkirim', workerId: 100, form: null })
    expect(after.find((d) => d.id === b.id)).toMatchObject({ state: 'terkirim', workerId: 101 })
    // a second round sends nothing: terkirim and refused drafts are not sent again
    expect(await sendPending('ketua.rt')).toEqual({ sent: 0, refused: 0, waiting: 0, later: false })
    expect(calls).toHaveLength(2)
  })

  it('keeps each outcome on its draft and stops when the connection drops, to resend with the same key', async () => {
    const drafts = ['Satu', 'Dua', 'Tiga', 'Empat'].map((n, i) => newDraft('ketua.rt', form(`157101010190000${i}`, n), i))
    for (const d of drafts) await putDraft(d)
    const { calls } = stubFetch((_url, init) => {
      const body = JSON.parse(String(init.body))
      if (body.nama === 'Satu') return { status: 422, body: { error: { code: 'validasi', message: 'Data belum benar', errors: [{ field: 'no_hp', code: 'format', message: 'Nomor HP tidak valid' }] } } }
      if (body.nama === 'Dua') return { status: 409, body: { error: { code: 'nik_terdaftar_di_wilayah_lain', field: 'nik', message: 'NIK sudah terdaftar di luar wilayah Anda, di Kelurahan Telanaipura', nama_kelurahan: 'Telanaipura' } } }
      throw new TypeError('Failed to fetch') // Tiga: the signal is gone
    })
    expect(await sendPending('ketua.rt')).toEqual({ sent: 0, refused: 2, waiting: 2, later: false })
    expect(calls.map((c) => (c.body as { nama: string }).nama)).toEqual(['Satu', 'Dua', 'Tiga']) // Empat waits
    const by = Object.fromEntries((await listDrafts('ketua.rt')).map((d) => [d.nama, d]))
    expect(by.Satu).toMatchObject({ state: 'perlu_diperbaiki', errors: [{ field: 'no_hp', message: 'Nomor HP tidak valid' }] })
    expect(by.Dua).toMatchObject({ state: 'konflik', message: 'NIK sudah terdaftar di luar wilayah Anda, di Kelurahan Telanaipura', kelurahanLain: 'Telanaipura' })
    expect(by.Tiga).toMatchObject({ state: 'menunggu', tries: 1 })
    expect(by.Empat).toMatchObject({ state: 'menunggu', tries: 0 })

    // the signal returns: Tiga goes again under the same key, then Empat
    const second = stubFetch(() => ({ status: 201, body: { id: 7 } }))
    expect(await sendPending('ketua.rt')).toEqual({ sent: 2, refused: 0, waiting: 0, later: false })
    expect(second.calls.map((c) => c.headers['Idempotency-Key'])).toEqual([by.Tiga.id, by.Empat.id])
  })

  it('a draft the server is still writing waits while the others go, and is sent again by itself later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const slow = newDraft('ketua.rt', form('1571010101900001', 'Lambat'), 1)
      const next = newDraft('ketua.rt', form('1571010101900002', 'Berikut'), 2)
      for (const d of [slow, next]) await putDraft(d)
      let busy = true
      const { calls } = stubFetch((_url, init) => {
        const body = JSON.parse(String(init.body))
        if (body.nama === 'Lambat' && busy) return { status: 409, body: { error: { code: 'idempotensi_diproses', field: '', message: 'Data dengan kunci pengiriman ini sedang diproses; kirim ulang beberapa saat lagi' } } }
        return { status: 201, body: { id: body.nama === 'Lambat' ? 5 : 6 } }
      })
      await syncNow()
      expect(queue.last).toEqual({ sent: 1, refused: 0, waiting: 1, later: true })
      expect(queue.drafts.map((d) => [d.nama, d.state])).toEqual([['Lambat', 'menunggu'], ['Berikut', 'terkirim']])
      // the first send finishes on the server; the phone tries again by itself, with the same key
      busy = false
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS)
      await vi.waitFor(() => expect(queue.drafts.find((d) => d.nama === 'Lambat')?.state).toBe('terkirim'))
      expect(calls.map((c) => (c.body as { nama: string }).nama)).toEqual(['Lambat', 'Berikut', 'Lambat'])
      expect(calls[2].headers['Idempotency-Key']).toBe(slow.id)
      expect(queue.drafts.find((d) => d.nama === 'Lambat')).toMatchObject({ workerId: 5, tries: 2 })
      // nothing more is scheduled once every draft has its answer
      await vi.advanceTimersByTimeAsync(10 * RETRY_FIRST_MS)
      expect(calls).toHaveLength(3)
    } finally {
      vi.useRealTimers()
    }
  })

  it('two rounds started together send each draft once', async () => {
    await putDraft(newDraft('ketua.rt', form('1571010101900001', 'Budi')))
    const { calls } = stubFetch(() => ({ status: 201, body: { id: 1 } }))
    const [r1, r2] = await Promise.all([sendPending('ketua.rt'), sendPending('ketua.rt')])
    expect(r1).toBe(r2)
    expect(calls).toHaveLength(1)
  })
})

describe('texts', () => {
  it('have the same keys and placeholders in both languages', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
    const get = (o: object, k: string) => k.split('.').reduce((v: any, p) => v[p], o) as string
    const { id, en } = offlineMessages
    expect(keys(en).sort()).toEqual(keys(id).sort())
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    for (const k of keys(id)) {
      expect(names(get(en, k)), k).toBe(names(get(id, k)))
      expect(get(id, k) + get(en, k), k).not.toMatch(/[|@]/)
    }
  })
})
