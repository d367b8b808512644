// Uploads the raw file as the request body (docs/API.md: no multipart) with progress. fetch()
// cannot report upload progress, so this one call uses XMLHttpRequest, with the same session
// cookie, CSRF header, language, error shape and time limit as api/client.ts.
import { API_BASE, ApiError, apiLanguage, clientText, currentCsrfToken, queryString, type Query } from '@/api/client'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The Content-Type the server expects: XLSX by extension or type, everything else as CSV. */
export function uploadContentType(file: { name: string; type: string }): string {
  if (/\.xlsx$/i.test(file.name) || file.type === XLSX_MIME) return XLSX_MIME
  return 'text/csv'
}

export interface UploadOptions {
  query?: Query
  onProgress?: (fraction: number) => void
  timeoutMs?: number
  /** Another Content-Type than CSV/XLSX (claim documents: PDF, JPEG, PNG). */
  contentType?: string
}

export function uploadFile<T>(path: string, file: Blob & { name: string }, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', API_BASE + path + queryString(options.query))
    xhr.setRequestHeader('Content-Type', options.contentType ?? uploadContentType(file))
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', apiLanguage())
    const token = currentCsrfToken()
    if (token) xhr.setRequestHeader('X-CSRF-Token', token)
    xhr.withCredentials = true
    // A large file on a slow phone connection needs longer than the 30 s of ordinary requests.
    xhr.timeout = options.timeoutMs ?? 300000
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && options.onProgress) options.onProgress(e.loaded / e.total)
    }
    xhr.onload = () => {
      let data: unknown
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        data = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T)
        return
      }
      const err = (data as { error?: { code?: string; message?: string; field?: string; errors?: [] } })?.error
      reject(new ApiError(xhr.status, err?.code ?? `http_${xhr.status}`, err?.message ?? clientText('failed', xhr.status),
        err?.field ?? '', err?.errors ?? []))
    }
    xhr.onerror = () => reject(new ApiError(0, 'jaringan', clientText('network')))
    xhr.ontimeout = () => reject(new ApiError(0, 'waktu_habis', 'Server terlalu lama menjawab. Periksa koneksi lalu coba lagi.'))
    xhr.send(file)
  })
}
