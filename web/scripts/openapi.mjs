// The API's contract in the web app's checks (issue 18 item 5; docs/API.md "OpenAPI"):
//   node scripts/openapi.mjs lint    docs/openapi.yaml against the OpenAPI 3.1 schema
//                                    (@seriousme/openapi-schema-validator) and Redocly's
//                                    recommended rules (@redocly/openapi-core)
//   node scripts/openapi.mjs types   writes src/api/schema.d.ts from it (openapi-typescript)
//   node scripts/openapi.mjs check   both checks: lint, and fails when the committed schema.d.ts is
//                                    not what `types` writes now (edit the spec, then run `types`)
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Validator } from '@seriousme/openapi-schema-validator'
import { createConfig, lint, parseYaml } from '@redocly/openapi-core'
import openapiTS, { astToString } from 'openapi-typescript'

const spec = fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url))
const generated = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url))
const header = `// Generated from docs/openapi.yaml by \`npm run api-types\` (openapi-typescript); do not edit.
// \`npm run api-check\` (scripts/test.sh) fails when this file is not what the spec gives.
`

async function lintSpec() {
  let failed = false
  const validator = new Validator()
  const result = await validator.validate(spec)
  if (!result.valid) {
    failed = true
    for (const e of [].concat(result.errors).slice(0, 20)) console.error('openapi:', JSON.stringify(e))
  }
  // Redocly's recommended rules, less the ones that ask for what this API deliberately lacks:
  // a licence, an example server URL (it is the same origin), 4xx answers on the public file routes.
  const config = await createConfig({
    extends: ['recommended'],
    rules: {
      'info-license': 'off',
      'no-server-example.com': 'off',
      'operation-4xx-response': 'off',
      // /workers/{id}/cards and /workers/nik/{nik}: the server tells them apart by the parameter's
      // pattern (an id is digits only), which this rule does not read.
      'no-ambiguous-paths': 'off',
    },
  })
  const problems = await lint({ ref: spec, config })
  for (const p of problems) {
    const where = p.location?.[0]?.pointer ?? ''
    console.error(`openapi ${p.severity}: ${p.ruleId}: ${p.message} ${where}`)
    if (p.severity === 'error' || p.severity === 'warn') failed = true
  }
  return !failed
}

// The examples stay out of the types: they would only repeat the spec as comments.
function withoutExamples(node, parent) {
  if (Array.isArray(node)) return node.map((v) => withoutExamples(v, ''))
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'example' || k === 'examples') && parent !== 'properties') continue
    out[k] = withoutExamples(v, k)
  }
  return out
}

async function types() {
  const document = withoutExamples(parseYaml(await readFile(spec, 'utf8')), '')
  return header + astToString(await openapiTS(document))
}

const command = process.argv[2]
if (command === 'lint') {
  process.exit((await lintSpec()) ? 0 : 1)
} else if (command === 'types') {
  await writeFile(generated, await types())
} else if (command === 'check') {
  const ok = await lintSpec()
  const now = await types()
  const committed = await readFile(generated, 'utf8').catch(() => '')
  if (now !== committed) {
    console.error('web/src/api/schema.d.ts is not what docs/openapi.yaml gives: run `npm run api-types` in web/')
    process.exit(1)
  }
  if (!ok) process.exit(1)
  console.log('openapi: docs/openapi.yaml lints clean; web/src/api/schema.d.ts matches it')
} else {
  console.error('usage: node scripts/openapi.mjs lint|types|check')
  process.exit(2)
}
