// The one way the billing and report screens download a file (XLSX or PDF): a GET with the session
// cookie, the progress when the server sends a length, the server's own error message (e.g. 400
// format_tidak_dikenal) as an ApiError, and the file saved through a temporary object URL.
import { ApiError, apiLanguage, clientText } from '@/api/client'

export async function downloadFile(url: string, fileName: string, onProgress?: (share: number | null) => void): Promise<void> {
  let res: Response
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { Accept: '*/*', 'Accept-Language': apiLanguage() } })
  } catch {
    throw new ApiError(0, 'jaringan', clientText('network'))
  }
  if (!res.ok) {
    let err: { code?: string; message?: string; field?: string } | undefined
    try {
      err = (await res.json())?.error
    } catch {
      err = undefined
    }
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? clientText('failed', res.status), err?.field ?? '')
  }
  const type = res.headers.get('Content-Type') ?? 'application/octet-stream'
  // A JSON answer to a file request means the server ignored the format: say so rather than save JSON.
  if (type.startsWith('application/json')) throw new ApiError(res.status, 'format_tidak_didukung', clientText('noFile'))
  const total = Number(res.headers.get('Content-Length') ?? 0)
  const chunks: BlobPart[] = []
  if (res.body && onProgress) {
    const reader = res.body.getReader()
    let got = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      got += value.length
      onProgress(total ? got / total : null)
    }
  } else {
    chunks.push(await res.blob())
  }
  const href = URL.createObjectURL(new Blob(chunks, { type }))
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 60000)
}
