// Time to usable (issue 17: "the journeys measure time to usable for each page"; issue 21 item 5):
// measured in the journeys and written down (ARTIFACTS/waktu-siap.json and a table at the end of
// the run, copied into docs/PERFORMANCE.md), never asserted: a timing assertion fails on a slow
// machine and passes on a fast one (the developers' guide, "Measured speed").
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const rows = []

/** One measurement: `profile` (e.g. "ponsel lambat, kunjungan pertama"), the page, milliseconds. */
export function recordUsable(profile, page, ms) {
  rows.push({ profil: profile, halaman: page, ms: Math.round(ms) })
}

/** Navigates to `url` and waits for `selector` (what makes the page usable); returns milliseconds. */
export async function timeToUsable(page, url, selector) {
  const started = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForSelector(selector, { timeout: 30000 })
  return Date.now() - started
}

/** Writes the measurements and prints them, once, at the end of the run. */
export function writeUsable(dir) {
  if (rows.length === 0) return
  writeFileSync(join(dir, 'waktu-siap.json'), `${JSON.stringify(rows, null, 2)}\n`)
  console.log('Waktu sampai halaman dapat dipakai (ms):')
  for (const r of rows) console.log(`  ${String(r.ms).padStart(6)}  ${r.profil}: ${r.halaman}`)
}
