import type { GlossaryEntry } from '../types'

export const glossary = {
  femur: { term: 'femur', definition: 'The thigh bone.' },
} as const satisfies Record<string, GlossaryEntry>

export type GlossaryId = keyof typeof glossary
