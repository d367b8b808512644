#!/usr/bin/env node
// Prints the gzip size of what a browser downloads on first load, from Vite's manifest:
// - the shell: the entry chunk with its static imports and CSS;
// - the dashboard: the shell plus the dashboard's chunk (its figures show at this point);
// - the dashboard with its charts: plus ECharts, loaded right after (the heaviest first screen);
// - an RT head's home: the shell, the RT home with its offline queue, and the RT fund block.
// Fails when the dashboard with its charts exceeds 260 KB gzip, or the RT home 120 KB
// (docs/WEB.md "Offline" says why); scripts/build-sw.mjs has the service worker's own budget.
import { readFileSync, existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

// 260 KB since 7 December 2026 (was 250 KB): docs/WEB.md "Build" says why.
const BUDGET = 260 * 1024
const dist = new URL('../dist/', import.meta.url).pathname
const manifestPath = join(dist, '.vite', 'manifest.json')
if (!existsSync(manifestPath)) {
  console.error(`bundle-size: ${manifestPath} tidak ada; jalankan vite build dulu`)
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length

// Every file a chunk needs before it runs: itself, its static imports, their CSS.
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imp of manifest[key].imports ?? []) closure(imp, seen)
  return seen
}
function files(keys) {
  const out = new Set()
  for (const k of keys) {
    out.add(manifest[k].file)
    for (const c of manifest[k].css ?? []) out.add(c)
  }
  return out
}
const sum = (set) => [...set].reduce((n, f) => n + gz(f), 0)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
const shell = files(closure(entryKey))
const byName = (name) =>
  Object.keys(manifest).find((k) => k.endsWith(name) || (manifest[k].src ?? '').endsWith(name) || /\.js$/.test(manifest[k].file) && manifest[k].file.includes(name.replace(/\.\w+$/, '') + '-'))
const dashKey = byName('DashboardView.vue')
const dashboard = new Set([...shell, ...files(closure(dashKey))])
const chartsKey = byName('charts/echarts.ts')
const withCharts = new Set([...dashboard, ...files(closure(chartsKey))])

// An RT head's home (issue 21): the shell, the RT home and the RT fund block it loads at once.
const rtHome = new Set([...shell, ...files(closure(byName('RtHomeView.vue'))), ...files(closure(byName('RtFund.vue')))])
const RT_BUDGET = 120 * 1024

const all = Object.values(manifest).map((c) => c.file)
console.log('bundle-size (gzip -9):')
for (const f of [...new Set(all)].sort((a, b) => gz(b) - gz(a)).slice(0, 6)) console.log(`  ${kb(gz(f)).padStart(9)}  ${f}`)
console.log(`  shell (entry + imports + CSS): ${kb(sum(shell))}`)
console.log(`  dashboard, figures on screen:  ${kb(sum(dashboard))}`)
console.log(`  dashboard with its charts:     ${kb(sum(withCharts))} (budget ${kb(BUDGET)}; ${BUDGET - sum(withCharts)} bytes left)`)
console.log(`  RT home (shell, RT fund):      ${kb(sum(rtHome))} (budget ${kb(RT_BUDGET)})`)
if (sum(withCharts) > BUDGET || sum(rtHome) > RT_BUDGET) {
  console.error('bundle-size: OVER BUDGET')
  process.exit(1)
}
