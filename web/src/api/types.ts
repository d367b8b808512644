// The shapes of the API as the client reads them. Those the contract names are its generated types
// (schema.d.ts from docs/openapi.yaml, issue 18 item 5): a change of the server's answers changes
// the spec, the spec these types, and vue-tsc shows every screen it touches.
import type { components, paths } from './schema'

type Schemas = components['schemas']

/** What a role may do (src/core/access.hpp), as the contract names it. */
export type Permission = Schemas['User']['permissions'][number]

export const ALL_PERMISSIONS: Permission[] = [
  'view_workers', 'view_full_nik', 'record_workers', 'verify_workers', 'manage_funding', 'manage_bpjs',
  'manage_claims', 'manage_projects', 'manage_users', 'view_reports', 'view_audit',
  'view_projects', // Jakon (issue 9)
  'send_bpjs_batches', 'manage_cards', // BPJS registration and cards (issue 4)
  'decide_claims', // claims (issue 5)
  'manage_holidays', // holidays as data (issue 15)
  'manage_programme_rules', // programme rules per kab/kota (issue 22 item 4)
  'end_rt_sessions', // a lost phone's sessions (issue 21 item 4)
]

export type Role = Schemas['User']['role']

export type User = Schemas['User']

/** Second factor (issue 16 item 8): required for admin_kota, auditor and petugas_bpjs. */
export type OtpStatus = Schemas['OtpStatus']

export type SessionDoc = Schemas['SessionDoc']

export type FieldError = Schemas['GalatKolom']

export type AreaFigures = Schemas['AreaFigures']

export type RegionNode = Schemas['RegionNode']

export type CoverageReport = Schemas['CoverageReport']

export type WorkerSummary = Schemas['WorkerSummary']

export type NikWarning = Schemas['NikWarning']

/** Cek Perlindungan (issue 20 item 1): POST /public/cek's answer. */
export type CekPerlindungan = Schemas['CekPerlindungan']

export type Heir = Schemas['Heir']

export type Worker = Schemas['Worker']

/** A page of a list (the contract's Page) whose items are T. */
export type Page<T> = Omit<Schemas['Page'], 'items'> & { items: T[] }

export type Premium = Schemas['Premium']

export type RtInfo = Schemas['RtList']['items'][number]

// Jakon (issue 9): Kampung Bahagia construction projects and their compliance report.
export type ProjectStatus = Schemas['Project']['status']
/** GET /projects?kepatuhan=…, or '' for every project. */
export type ComplianceFilter = '' | NonNullable<NonNullable<paths['/api/v1/projects']['get']['parameters']['query']>['kepatuhan']>

export type ProjectCompliance = Schemas['ProjectCompliance']

export type ProjectWorker = Schemas['ProjectWorker']

export type Project = Schemas['Project']

export type ComplianceRow = Schemas['ComplianceRow']

export type ComplianceReport = Schemas['ComplianceReport']

export type JakonQuote = Schemas['JakonQuote']

// Coverage trend by month (issue 6): GET /reports/coverage/trend
export type TrendMonth = CoverageTrend['rows'][number]
export type CoverageTrend = Schemas['CoverageTrend']
