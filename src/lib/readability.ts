/**
 * Flesch-Kincaid grade level (Kincaid et al. 1975):
 *   0.39 * words/sentences + 11.8 * syllables/words - 15.59
 * Syllables come from the `syllable` package (English rules plus an exception list). Callers
 * strip rich-text markup first (see `plainText` in rich-text.ts) so the reader's words are
 * measured, not the `{{id}}` links.
 *
 * Choices that err towards a *higher* grade, so the test cannot flatter the text:
 * - a numeral counts one syllable per digit ("40" is 2, "3.5" is 2), which is at least as
 *   many as it is spoken with in most cases;
 * - a hyphenated word is one word with all its syllables ("ball-and-socket" is 1 word, 4 syllables).
 */
import { syllable } from 'syllable'

export interface ReadabilityStats {
  readonly sentences: number
  readonly words: number
  readonly syllables: number
  readonly grade: number
}

/** Sentences end at . ! ? (possibly followed by a closing quote or bracket) before a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)\]]?)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*/gu

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? []
}

export function countSyllables(word: string): number {
  if (/\p{N}/u.test(word) && !/\p{L}/u.test(word)) return Math.max(1, (word.match(/\p{N}/gu) ?? []).length)
  return Math.max(1, syllable(word))
}

export function readabilityStats(text: string): ReadabilityStats {
  const sentences = Math.max(1, splitSentences(text).length)
  const wordList = splitWords(text)
  const words = Math.max(1, wordList.length)
  const syllables = wordList.reduce((sum, w) => sum + countSyllables(w), 0)
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
  return { sentences, words, syllables, grade }
}

export const fleschKincaidGrade = (text: string): number => readabilityStats(text).grade
