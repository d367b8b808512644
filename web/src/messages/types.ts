// Messages to workers and heirs (issue 20): the contract's types (docs/openapi.yaml, generated into
// src/api/schema.d.ts).
import type { components, operations } from '@/api/schema'

type Schemas = components['schemas']

export type Message = Schemas['Message']
export type MessageTemplate = Schemas['MessageTemplate']
/** GET /messages: the one paging envelope (`Page`) of `Message`s. */
export type MessagePage = Schemas['Page'] & { items: Message[] }
export type TemplatePreview = operations['postMessageTemplatePreview']['responses']['200']['content']['application/json']
export type MessageStatus = Message['status']
