/**
 * The ids of the decision aid (resurfacing, a total hip replacement, or not yet): its options,
 * the things a person may weigh, and how much each matters to them. Ids are stored on the
 * person's device (the consultation sheet) and must never be renamed; words live in the
 * language packs.
 */

/** The three options, in the order they are shown (IPDAS: include not having surgery). */
export const OPTION_IDS = ['resurfacing', 'thr', 'not-yet'] as const
export type OptionId = (typeof OPTION_IDS)[number]

/** "What matters most to you?": the features a person can weigh. */
export const VALUE_IDS = ['keep-bone', 'second-operation', 'metal-follow-up', 'return-to-sport', 'recovery-time'] as const
export type ValueId = (typeof VALUE_IDS)[number]

/** How much one feature matters to the person, from least to most. */
export const VALUE_WEIGHTS = ['little', 'some', 'a-lot'] as const
export type ValueWeight = (typeof VALUE_WEIGHTS)[number]

export const isValueId = (v: unknown): v is ValueId => typeof v === 'string' && (VALUE_IDS as readonly string[]).includes(v)
export const isValueWeight = (v: unknown): v is ValueWeight => typeof v === 'string' && (VALUE_WEIGHTS as readonly string[]).includes(v)
