// The shapes of docs/API.md "BPJS registration and member cards": the contract's types
// (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from '@/api/schema'

type Schemas = components['schemas']

export type SkippedWorker = Schemas['BpjsBatchCreated']['dilewati'][number]
/** A batch as listed; the answer that creates one also names the workers it left out. */
export type BpjsBatch = Schemas['BpjsBatchSummary'] & Partial<Pick<Schemas['BpjsBatchCreated'], 'dilewati'>>
export type BpjsBatchDetail = Schemas['BpjsBatchDetail']
export type BatchWorker = BpjsBatchDetail['pekerja'][number]
export type ResponseRecord = BpjsBatchDetail['jawaban'][number]
export type RowError = Schemas['RowError']
export type ResponseResult = Schemas['BpjsResponseResult']
/** every row of the file: the worker it names and what it does (or would do) */
export type ResponseRowOutcome = NonNullable<ResponseResult['baris']>[number]
export type RowOutcome = ResponseRowOutcome['hasil']
export type CardBatch = Schemas['CardBatchSummary']
export type Stamp = Schemas['Stamp']
export type Card = Schemas['Card']
export type CardBatchDetail = Schemas['CardBatchDetail']
export type CardRequestResult = Schemas['CardRequestResult']
