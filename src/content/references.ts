/**
 * The sources behind every clinical claim, from ../shared/clinical/FACTS.md. Ids match the
 * fact sheet's bracketed numbers.
 */
export const SOURCES = {
  '39': { citation: 'FDA approval of the Birmingham Hip Resurfacing, reported by WebMD, 11 May 2006' },
} as const satisfies Record<string, { citation: string }>

export type SourceId = keyof typeof SOURCES
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]
