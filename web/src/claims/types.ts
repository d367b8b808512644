// The claims API's documents (docs/API.md "Claims", docs/CLAIMS.md), kept beside the claims screens.
// All of them are the contract's (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from '@/api/schema'

type Schemas = components['schemas']

export type ClaimStatus = Schemas['ClaimStatus']
export type Cover = Schemas['Cover']
export type Claim = Schemas['Claim']
export type Benefit = Claim['manfaat']
export type BenefitLine = NonNullable<Benefit['lines']>[number]
export type Heir = Claim['ahli_waris']['penerima'][number]
export type ChecklistItem = Claim['dokumen'][number]
export type ClaimFile = ChecklistItem['berkas'][number]
export type ScholarshipYear = Schemas['ScholarshipYear']
export type Child = Claim['beasiswa_anak'][number]
export type Sla = NonNullable<Claim['sla']>
export type ClaimSummary = Schemas['ClaimSummary']
export type ScholarshipDue = Schemas['ScholarshipDue']
export type ScholarshipsDue = Schemas['ScholarshipsDue']
export type ClaimsReport = Schemas['ClaimsReport']
export type ClaimsReportRow = ClaimsReport['rows'][number] | ClaimsReport['total']
