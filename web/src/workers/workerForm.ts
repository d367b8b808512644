// The worker form's state and rules, shared by the add screen (POST /workers) and the edit screen
// (PUT /workers/{id}): an empty form or one filled from a saved worker, the request body, local
// checks before the server is asked, and the server's 422 errors sorted by the field that shows them.
import { ApiError, errorsByField } from '@/api/client'
import type { Worker } from '@/api/types'
import { formatDateInput, formatNumber, parseDate, parseRupiah } from '@/lib/format'

export interface HeirForm {
  id?: number
  nama: string
  hubungan: string
  nik: string
  /** As typed, DD/MM/YYYY; heirs' birth dates are needed to assess scholarships (issue 17 item 9). */
  tanggal_lahir: string
}

export interface WorkerFormState {
  nik: string
  nama: string
  tanggal_lahir: string
  jenis_kelamin: '' | 'L' | 'P'
  kecamatan: string
  kode_kelurahan: string
  rt: string
  alamat: string
  no_hp: string
  pekerjaan: string
  penghasilan: string
  kategori: string
  persetujuan: boolean
  ahli_waris: HeirForm[]
}

export function emptyForm(): WorkerFormState {
  return {
    nik: '',
    nama: '',
    tanggal_lahir: '',
    jenis_kelamin: '',
    kecamatan: '',
    kode_kelurahan: '',
    rt: '',
    alamat: '',
    no_hp: '',
    pekerjaan: '',
    penghasilan: '',
    kategori: 'pekerja_rentan',
    persetujuan: false,
    ahli_waris: [],
  }
}

export function emptyHeir(): HeirForm {
  return { nama: '', hubungan: '', nik: '', tanggal_lahir: '' }
}

const dmy = (iso: string | null | undefined) => formatDateInput(iso)

/** A saved worker as the form shows it (dates DD/MM/YYYY, income with thousands dots). */
export function formFromWorker(w: Worker): WorkerFormState {
  return {
    nik: w.nik,
    nama: w.nama,
    tanggal_lahir: dmy(w.tanggal_lahir),
    jenis_kelamin: w.jenis_kelamin ?? '',
    kecamatan: w.kode_kelurahan.split('.').slice(0, 3).join('.'),
    kode_kelurahan: w.kode_kelurahan,
    rt: w.rt ? String(w.rt) : '',
    alamat: w.alamat ?? '',
    no_hp: w.no_hp ?? '',
    pekerjaan: w.pekerjaan,
    penghasilan: formatNumber(w.penghasilan),
    kategori: w.kategori,
    persetujuan: w.persetujuan,
    ahli_waris: w.ahli_waris.map((h) => ({ id: h.id, nama: h.nama, hubungan: h.hubungan, nik: h.nik ?? '', tanggal_lahir: dmy(h.tanggal_lahir) })),
  }
}

/** The request body of POST /workers and PUT /workers/{id} (the latter adds `versi`). A value that
 *  cannot be read is sent as typed, so that the server names the field in its answer. */
export function workerPayload(form: WorkerFormState) {
  const income = parseRupiah(form.penghasilan)
  return {
    nik: form.nik.replace(/\s/g, ''),
    nama: form.nama.trim(),
    tanggal_lahir: parseDate(form.tanggal_lahir) ?? form.tanggal_lahir.trim(),
    jenis_kelamin: form.jenis_kelamin,
    kode_kelurahan: form.kode_kelurahan,
    rt: form.rt === '' ? '' : Number(form.rt),
    alamat: form.alamat.trim(),
    no_hp: form.no_hp.trim(),
    pekerjaan: form.pekerjaan,
    penghasilan: income ?? form.penghasilan.trim(),
    kategori: form.kategori,
    persetujuan: form.persetujuan,
    ahli_waris: form.ahli_waris.map((h) => ({
      nama: h.nama.trim(),
      hubungan: h.hubungan,
      nik: h.nik.replace(/\s/g, ''),
      tanggal_lahir: h.tanggal_lahir.trim() ? parseDate(h.tanggal_lahir) ?? h.tanggal_lahir.trim() : null,
    })),
  }
}

/** The order in which the form shows its fields: the first field with an error gets the focus.
 *  Heirs' fields are shown in the heirs' section. */
export const FIELD_ORDER = ['nik', 'nama', 'tanggal_lahir', 'jenis_kelamin', 'kode_kelurahan', 'rt', 'alamat', 'no_hp', 'pekerjaan',
  'penghasilan', 'kategori', 'ahli_waris', 'nama_ahli_waris', 'hubungan_ahli_waris', 'nik_ahli_waris', 'persetujuan']
export const HEIR_FIELDS = ['ahli_waris', 'nama_ahli_waris', 'hubungan_ahli_waris', 'nik_ahli_waris']
const KNOWN = new Set(FIELD_ORDER)

export type FieldErrors = Record<string, string[]>

/** Dates the browser can check before the server is asked: the worker's and each heir's. */
export function localErrors(form: WorkerFormState, messages: { invalidDate: string; invalidHeirDate: (n: number) => string }): FieldErrors {
  const out: FieldErrors = {}
  if (form.tanggal_lahir.trim() && !parseDate(form.tanggal_lahir)) out.tanggal_lahir = [messages.invalidDate]
  form.ahli_waris.forEach((h, i) => {
    if (h.tanggal_lahir.trim() && !parseDate(h.tanggal_lahir)) (out.ahli_waris ??= []).push(messages.invalidHeirDate(i + 1))
  })
  return out
}

/** A refused save sorted out: errors next to the fields the form shows, and the rest (a field the
 *  form does not show, a conflict, the network) as one message for beside the button. */
export function sortSaveError(e: unknown): { errors: FieldErrors; stray: string[] } {
  let errors: FieldErrors = {}
  const stray: string[] = []
  if (e instanceof ApiError && e.errors.length) errors = errorsByField(e.errors)
  else if (e instanceof ApiError && e.field && KNOWN.has(e.field)) errors = { [e.field]: [e.message] }
  for (const [f, list] of Object.entries(errors)) {
    if (!KNOWN.has(f)) {
      stray.push(...list)
      delete errors[f]
    }
  }
  return { errors, stray }
}

export function errorCount(errors: FieldErrors): number {
  return Object.values(errors).reduce((n, list) => n + list.length, 0)
}

/** Scrolls to and focuses the first field with an error, or else the summary of errors. */
export function focusFirstError(errors: FieldErrors): void {
  const first = FIELD_ORDER.find((f) => errors[f])
  const el = first ? document.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] select, [data-field="${first}"]`) : null
  const target = el ?? document.querySelector<HTMLElement>('.ringkasan-galat')
  target?.scrollIntoView?.({ block: 'center' })
  target?.focus?.({ preventScroll: true })
}
