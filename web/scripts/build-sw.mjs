#!/usr/bin/env node
// Builds the service worker (sw/sw.ts) into dist/sw.js after `vite build`, with the list of
// files it keeps on the phone (issue 21 item 1; docs/WEB.md "Offline"). Workbox's runtime
// (workbox-precaching, workbox-routing) is bundled by Vite itself; the list is put in place of
// self.__WB_MANIFEST as Workbox's own injectManifest does. Not vite-plugin-pwa: its Workbox build
// tool needs Node 20 and brings Babel and Rollup 2 besides the Rollup pinned in package.json.
//
// Kept: every file of dist except the ECharts chunk (charts need the network's figures anyway,
// and no RT head's screen draws one), the GeoJSON (the same), the .gz copies (the server sends
// them in place of the file) and the worker itself. Hashed files (assets/) are kept by name,
// the others with a hash of their content, so that a new build replaces what changed.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const dist = new URL('../dist/', import.meta.url).pathname
const entry = new URL('../sw/sw.ts', import.meta.url).pathname

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

const LEFT_OUT = [/^\.vite\//, /\.gz$/, /^sw\.js$/, /\.geojson$/, /^assets\/echarts-[\w-]+\.js$/, /\.map$/]
export function precacheList(files) {
  return files
    .map((f) => relative(dist, f).split('\\').join('/'))
    .filter((f) => !LEFT_OUT.some((re) => re.test(f)))
    .sort()
    .map((f) => ({
      url: `/${f}`,
      revision: f.startsWith('assets/') ? null : createHash('md5').update(readFileSync(join(dist, f))).digest('hex'),
    }))
}

const list = precacheList(walk(dist))
await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    copyPublicDir: false,
    lib: { entry, formats: ['iife'], name: 'lindungiSw', fileName: () => 'sw.js' },
  },
})
const swPath = join(dist, 'sw.js')
const code = readFileSync(swPath, 'utf8')
if (!code.includes('self.__WB_MANIFEST')) {
  console.error('build-sw: self.__WB_MANIFEST tidak ada di sw.js / not found in the built worker')
  process.exit(1)
}
writeFileSync(swPath, code.replace('self.__WB_MANIFEST', JSON.stringify(list)))
// What a phone downloads in the background after its first visit (the server sends gzip), and
// again only for the files a new version changes. Budget: 320 KB gzip, 1.6 s of the slow phone
// profile's 1.6 Mbps (under 2 s), taken while the login page waits for the password; 300 KB until
// the office screens of 7 December 2026 (funnel, planner, messages, rules) took it to 305 KB
// (docs/WEB.md).
const BUDGET = 320 * 1024
const bytes = list.reduce((n, e) => n + gzipSync(readFileSync(join(dist, e.url.slice(1))), { level: 9 }).length, 0)
console.log(`build-sw: sw.js keeps ${list.length} files on the phone, ${(bytes / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`)
if (bytes > BUDGET) {
  console.error('build-sw: OVER BUDGET')
  process.exit(1)
}
