// The billing API's documents (docs/API.md "Billing", docs/FUNDING.md), kept beside the billing screens.
// All of them are the contract's (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from '@/api/schema'

type Schemas = components['schemas']

export type InvoiceStatus = Schemas['InvoiceStatus']
export type Invoice = Schemas['Invoice']
export type Payment = Schemas['Payment']
export type InvoiceDetail = Schemas['InvoiceDetail']
/** One worker on an invoice and the months it bills for them (issue 17 item 7). */
export type InvoiceWorker = InvoiceDetail['pekerja']['items'][number]
export type PaymentAnswer = Schemas['PaymentOutcome']
export type ArrearsRt = Schemas['ArrearsRt']
export type Arrears = Schemas['Arrears']
export type ArrearsLine = Arrears['items'][number]
export type Renewal = Schemas['Renewal']
export type RenewalItem = Renewal['items'][number]
export type RtFund = Schemas['RtFund']
export type FundingReport = Schemas['FundingReport']
export type FundingRow = FundingReport['rows'][number]
export type InvoicesReport = Schemas['InvoicesReport']
export type ClaimsReport = Schemas['ClaimsReport']
export type ClaimsSummary = Pick<ClaimsReport, 'dari' | 'sampai' | 'total' | 'beasiswa_jatuh_tempo'>
export type ClaimsTotals = ClaimsReport['total']
