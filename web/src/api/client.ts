// One way to call the API: JSON in and out, the session cookie, the CSRF header on every write,
// a time limit for slow connections, and errors turned into ApiError with the server's message.
import type { FieldError } from './types'

export const API_BASE = '/api/v1'

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field = '',
    public errors: FieldError[] = [],
    /** The whole `error` object of the answer (a 409 may name more, e.g. the other record's kelurahan). */
    public detail: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

let csrfToken = ''
let language = 'id'
let unauthorizedHandler: ((error: ApiError) => void) | null = null

/**
 * The language the server answers in (its messages, field problems and warnings): sent as
 * Accept-Language on every call. i18n.ts sets it from the user's choice (docs/API.md "Languages").
 */
export function setApiLanguage(locale: string): void {
  language = locale
}

export function apiLanguage(): string {
  return language
}

export function setCsrfToken(token: string): void {
  csrfToken = token
}

/** Called on a 401 from any route except the session routes themselves. */
export function onUnauthorized(handler: ((error: ApiError) => void) | null): void {
  unauthorizedHandler = handler
}

export type Query = Record<string, string | number | boolean | null | undefined>

export function queryString(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined || v === '' || v === false) continue
    params.set(k, v === true ? '1' : String(v))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  body?: unknown
  signal?: AbortSignal
  timeoutMs?: number
  /** More headers (an offline draft's Idempotency-Key). */
  headers?: Record<string, string>
}

// The few texts the client writes itself, when no server answered (or answered without a
// message): in the language of the app's switch, like the server's (issue 17 item 10).
const CLIENT_TEXTS = {
  id: {
    network: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
    timeout: 'Server terlalu lama menjawab. Periksa koneksi lalu coba lagi.',
    failed: 'Permintaan gagal (HTTP {status})',
    noFile: 'Server tidak menghasilkan berkas untuk format ini.',
  },
  en: {
    network: 'Cannot reach the server. Check the connection and try again.',
    timeout: 'The server took too long to answer. Check the connection and try again.',
    failed: 'The request failed (HTTP {status})',
    noFile: 'The server did not produce a file for this format.',
  },
} as const

/** One of the client's own texts in the app's language; {status} filled in. */
export function clientText(key: keyof (typeof CLIENT_TEXTS)['id'], status?: number): string {
  const text: string = CLIENT_TEXTS[language === 'en' ? 'en' : 'id'][key]
  return text.replace('{status}', String(status ?? ''))
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json', 'Accept-Language': language }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken

  const controller = new AbortController()
  const timeout = setTimeout(() => controller.abort('timeout'), options.timeoutMs ?? 30000)
  const outer = options.signal
  const forward = () => controller.abort(outer?.reason)
  outer?.addEventListener('abort', forward)

  let res: Response
  try {
    res = await fetch(API_BASE + path + queryString(options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: controller.signal,
    })
  } catch (e) {
    if (outer?.aborted) throw e
    if (controller.signal.aborted) throw new ApiError(0, 'waktu_habis', clientText('timeout'))
    throw new ApiError(0, 'jaringan', clientText('network'))
  } finally {
    clearTimeout(timeout)
    outer?.removeEventListener('abort', forward)
  }

  if (res.status === 204) return undefined as T
  const text = await res.text()
  let data: unknown = undefined
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; field?: string; errors?: FieldError[] } })?.error
    const error = new ApiError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? clientText('failed', res.status),
      err?.field ?? '',
      err?.errors ?? [],
      err ?? {},
    )
    if (res.status === 401 && !path.startsWith('/auth/') && unauthorizedHandler) unauthorizedHandler(error)
    throw error
  }
  return data as T
}

/** Groups field errors of a 422 by field, in the order the server gave them. */
export function errorsByField(errors: FieldError[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const e of errors) (out[e.field || ''] ??= []).push(e.message)
  return out
}

// Workflow screens: uploads go through XMLHttpRequest (fetch reports no upload progress) and need the token.
export function currentCsrfToken(): string {
  return csrfToken
}
