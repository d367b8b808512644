// A POST that answers with a file (the cards' PDF): fetched with the session cookie and CSRF
// header, then saved through a temporary object URL. Returns the response's headers.
import { API_BASE, ApiError, apiLanguage, clientText, currentCsrfToken } from '@/api/client'
import { fileNameFrom } from './logic'

export async function postDownload(path: string, fallbackName: string): Promise<Headers> {
  let res: Response
  try {
    res = await fetch(API_BASE + path, {
      method: 'POST',
      headers: { 'X-CSRF-Token': currentCsrfToken(), Accept: 'application/pdf, application/json', 'Accept-Language': apiLanguage() },
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(0, 'jaringan', clientText('network'))
  }
  if (!res.ok) {
    let err: { code?: string; message?: string } | undefined
    try {
      err = (await res.json())?.error
    } catch {
      err = undefined
    }
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? clientText('failed', res.status))
  }
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileNameFrom(res.headers.get('Content-Disposition'), fallbackName)
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60000)
  return res.headers
}
