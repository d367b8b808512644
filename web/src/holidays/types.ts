// GET /api/v1/libur and /libur/status (docs/API.md, issue 15): the contract's types
// (docs/openapi.yaml, generated into src/api/schema.d.ts).
import type { components } from '@/api/schema'

type Schemas = components['schemas']

export type CalendarWarning = Schemas['CalendarWarning']
export type Holiday = Schemas['Holiday']
export type HolidayYear = Schemas['HolidayYear']
export type CalendarStatus = Schemas['CalendarStatus']
