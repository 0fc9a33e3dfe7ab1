/**
 * Step and chapter ids, in the order of the operation. Step ids are part of the public URL
 * (`?step=<id>`): never rename one.
 */
export const CHAPTERS = ['the-hip', 'opening', 'socket', 'femoral-head', 'finishing', 'after'] as const
export type ChapterId = (typeof CHAPTERS)[number]

export const STEP_IDS = [
  'healthy-hip',
  'arthritic-hip',
  'incision',
  'exposure',
  'capsule-dislocation',
  'femoral-sizing',
  'acetabular-reaming',
  'cup-impaction',
  'guide-pin',
  'sleeve-reaming',
  'head-shaping',
  'cap-cementing',
  'reduction',
  'closure',
  'recovery',
] as const
export type StepId = (typeof STEP_IDS)[number]

export const isStepId = (value: unknown): value is StepId =>
  typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value)
