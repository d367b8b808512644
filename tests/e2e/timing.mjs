// Time to usable (issue 17: "the journeys measure time to usable for each page"; issue 21 item 5):
// measured in the journeys and written down (ARTIFACTS/waktu-siap.json and a table at the end of
// the run, copied into docs/PERFORMANCE.md), never asserted: a timing assertion fails on a slow
// machine and passes on a fast one (the developers' guide, "Measured speed").
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const rows = []

/** One measurement: `profile` (e.g. "ponsel lambat, pertama kali"), the page, milliseconds.
 * Numbers in a page's address become ":id", so that a page is one row of the table. */
export function recordUsable(profile, page, ms) {
  rows.push({ profil: profile, halaman: page.replace(/\/\d+(?=\/|$)/g, '/:id'), ms: Math.round(ms) })
}

/** Navigates to `url` and waits for `selector` (what makes the page usable); returns milliseconds. */
export async function timeToUsable(page, url, selector) {
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForSelector(selector, { timeout: 30000 })
  return Date.now() - started
}

/** Runs inside every page of freshPage() (page.addInitScript): notes [path, ms] in window.__siap
 * when the page's title is shown and nothing is loading, timed from the document's start or from
 * the app's last move to another address (history.pushState/replaceState, back and forward). */
export function usableWatcher() {
  window.__siap = []
  const state = { start: 0, path: location.pathname, done: false }
  const check = () => {
    if (state.done) return
    const main = document.querySelector('#isi')
    if (main && main.querySelector('h1') && !main.querySelector('.memuat, [aria-busy="true"]')) {
      state.done = true
      window.__siap.push([state.path, performance.now() - state.start])
    }
  }
  const moved = () => {
    if (location.pathname === state.path) return
    state.start = performance.now()
    state.path = location.pathname
    state.done = false
  }
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name]
    history[name] = function (...args) {
      const result = original.apply(this, args)
      moved()
      return result
    }
  }
  addEventListener('popstate', moved)
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'class'] })
}

/** Writes every measurement, and prints one line per profile and page (visits, median, slowest),
 * once, at the end of the run. */
export function writeUsable(dir) {
  if (rows.length === 0) return
  writeFileSync(join(dir, 'waktu-siap.json'), `${JSON.stringify(rows, null, 2)}\n`)
  const groups = new Map()
  for (const r of rows) {
    const key = `${r.profil}: ${r.halaman}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(r.ms)
  }
  console.log('Waktu sampai halaman dapat dipakai (ms): kunjungan, median, paling lama')
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a - b)
    console.log(`  ${String(list.length).padStart(3)} ${String(list[Math.floor((list.length - 1) / 2)]).padStart(6)} ${String(list[list.length - 1]).padStart(6)}  ${key}`)
  }
}
