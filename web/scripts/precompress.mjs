#!/usr/bin/env node
// Writes X.gz next to every text file of dist (and the kelurahan boundaries, which CMake copies
// from data/reference), so that the C++ server can send gzip to browsers that accept it without
// compressing anything at run time. Drops Vite's manifest, which only the size check reads.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
const geojson = new URL('../../data/reference/kota_jambi_kelurahan.geojson', import.meta.url).pathname
const TEXT = /\.(js|mjs|css|html|svg|json|geojson|txt|webmanifest)$/

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

rmSync(join(dist, '.vite'), { recursive: true, force: true })
let before = 0
let after = 0
const compress = (from, to) => {
  const raw = readFileSync(from)
  const gz = gzipSync(raw, { level: 9 })
  if (gz.length >= raw.length) return
  before += raw.length
  after += gz.length
  writeFileSync(to, gz)
}
for (const file of walk(dist)) if (TEXT.test(file)) compress(file, `${file}.gz`)
compress(geojson, join(dist, 'kota_jambi_kelurahan.geojson.gz'))
console.log(`precompress: ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB gzip`)
