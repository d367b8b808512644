// GET /api/v1/aturan and PUT /api/v1/aturan/{kab/kota} (docs/API.md, issue 22 item 4): the
// contract's types (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from '@/api/schema'

type Schemas = components['schemas']

export type ProgrammeRules = Schemas['ProgrammeRules']
export type ProgrammeRuleSet = Schemas['ProgrammeRuleSet']
export type ProgrammeRuleRow = Schemas['ProgrammeRuleRow']
export type FunderKind = ProgrammeRuleSet['prioritas_dana'][number]
