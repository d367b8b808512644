// Test helpers: a fetch stub that answers by method and path, and a mount with i18n and a router.
import { vi } from 'vitest'

export interface StubReply {
  status?: number
  body?: unknown
}
export type StubHandler = (url: URL, init: RequestInit) => StubReply | undefined

export interface FetchCall {
  method: string
  path: string
  headers: Record<string, string>
  body: unknown
}

export function stubFetch(handler: StubHandler) {
  const calls: FetchCall[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const headers = (init.headers ?? {}) as Record<string, string>
    calls.push({
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    })
    const reply = handler(url, init) ?? { status: 404, body: { error: { code: 'rute_tidak_ada', message: 'tidak ada' } } }
    const status = reply.status ?? 200
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls }
}

export async function flush(times = 5) {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0))
}
