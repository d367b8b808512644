import { afterEach, describe, expect, it } from 'vitest'
import { jakartaIso, loadServerClock, serverClock, thisMonth, thisYear, todayDate, todayIso } from './clock'

afterEach(() => {
  serverClock.today = ''
  serverClock.fixed = null
})

const answer = (body: unknown, ok = true) => (async () => ({ ok, json: async () => body })) as unknown as typeof fetch

describe('the server clock (issue 15)', () => {
  it('takes today and the fixed date from the health answer', async () => {
    await loadServerClock(answer({ status: 'ok', today: '2028-02-29', tanggal_tetap: '2028-02-29' }))
    expect(todayIso()).toBe('2028-02-29')
    expect(serverClock.fixed).toBe('2028-02-29')
    expect(thisYear()).toBe(2028)
    expect(thisMonth()).toBe('2028-02')
    const d = todayDate()
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2028, 1, 29])
  })

  it('a real server has no fixed date', async () => {
    await loadServerClock(answer({ status: 'ok', today: '2026-12-05', tanggal_tetap: null }))
    expect(serverClock.fixed).toBeNull()
    expect(todayIso()).toBe('2026-12-05')
  })

  it('falls back to the Jakarta date when the server does not answer', async () => {
    await loadServerClock((async () => { throw new Error('offline') }) as unknown as typeof fetch)
    expect(todayIso()).toBe(jakartaIso())
    await loadServerClock(answer({}, false))
    expect(serverClock.today).toBe('')
  })

  it('Jakarta is seven hours ahead of UTC', () => {
    expect(jakartaIso(new Date('2026-11-21T18:30:00Z'))).toBe('2026-11-22')
    expect(jakartaIso(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-21')
  })
})
