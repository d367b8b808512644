#!/usr/bin/env node
// Draws the app's PNG icons (issue 21: an installable app) from the SVGs in public/icons, which
// repeat favicon.svg's shield on the app's green. Run by hand after changing an SVG; the PNGs are
// committed, so the build needs no image tool. Uses the e2e suite's playwright-core and Debian's
// chromium (CHROMIUM to use another): cd web && node scripts/icons.mjs
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../tests/e2e/package.json', import.meta.url))
const { chromium } = require('playwright-core')
const dir = new URL('../public/icons/', import.meta.url).pathname
const icons = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
]
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
for (const [svg, png, size] of icons) {
  await page.setViewportSize({ width: size, height: size })
  const src = `data:image/svg+xml;base64,${readFileSync(dir + svg).toString('base64')}`
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`)
  await page.screenshot({ path: dir + png, omitBackground: true })
  console.log(`icons: ${png} (${size} px)`)
}
await browser.close()
