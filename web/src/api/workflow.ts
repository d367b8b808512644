// The shapes of the workflow APIs (docs/API.md "Intake", funding, users, audit): the contract's
// types (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from './schema'

type Schemas = components['schemas']

export type ImportIssue = Schemas['RowError']
export type ImportResult = Schemas['ImportResult']
export type ImportItem = NonNullable<ImportResult['items']>[number]
export type ImportAction = ImportItem['action']
export type ImportRecord = Schemas['ImportSummary']
export type DuplicatePair = Schemas['Duplicate']
export type BulkDecision = Schemas['BulkDecision']
export type DecisionResult = BulkDecision['results'][number]
export type VerificationRecord = Schemas['VerificationList']['items'][number]
export type Funder = Schemas['Funder']
export type BudgetReport = Schemas['BudgetReport']
export type BudgetRow = BudgetReport['rows'][number]
export type AllocationItem = Schemas['AllocationItem']
export type AllocationResult = Schemas['AllocationResult']
export type Ledger = Schemas['Ledger']
export type LedgerMonth = Ledger['months'][number]
export type UserRow = Schemas['UserAccount']
export type AuditEntry = Schemas['AuditEntry']
export type AuditCheck = Schemas['AuditCheck']
