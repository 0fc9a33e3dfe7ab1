/**
 * Readability of Spanish text (FACTS.md section 12): the Szigriszt-Pazos index read on the
 * INFLESZ scale, and Fernández Huerta. Both count only word and sentence length, so the work is
 * in counting Spanish syllables, which (unlike English) follow written rules:
 * - a syllable has one vowel nucleus; a, e, o are strong, i, u (and a final y) weak;
 * - a weak vowel beside another vowel forms a diphthong (cie-lo, cui-da-do) or a triphthong
 *   (buey, a-ve-ri-guáis), unless it carries the accent: í, ú break it (pa-ís, ci-ru-gí-a);
 * - two strong vowels are two syllables (le-er, po-e-ta); so is a doubled weak one (chi-i-ta);
 * - u is silent in que, qui, gue, gui, and sounds in güe, güi (ci-güe-ña);
 * - h between vowels does not break a diphthong (RAE, Ortografía 2010: prohi-bir, ahu-mar).
 * Sentences are split as in readability.ts; words as there too (Unicode letters, so accents and ñ
 * belong to words), with a decimal comma kept inside a numeral.
 *
 * Choices that err towards a *harder* score, so a test cannot flatter the text: a numeral is
 * counted as it is spoken ("40" is cua-ren-ta, "3,5" is tres co-ma cin-co; past a million, two per
 * digit) and a range's dash as "a"; an all-capitals abbreviation counts at least one syllable per
 * letter (its letters are read out: "BHR" is be-ha-che-e-rre, counted 3); "mm", "cm" count as the
 * words they stand for.
 */
import { splitSentences } from './readability'

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
const UNITS: Readonly<Record<string, string>> = { mm: 'milímetros', cm: 'centímetros', g: 'gramos', kg: 'kilogramos', ml: 'mililitros' }

/**
 * Syllables of one run of adjacent vowels. Each strong vowel (or accented í, ú) is a nucleus of its
 * own and the unaccented weak ones join it (ue, uái, but le-er, pa-ís); a run of weak vowels
 * only is one nucleus (ciu-dad, cui-da-do) unless a weak vowel is doubled (chi-i-ta).
 */
function nucleiInRun(run: string): number {
  const vowels = [...run]
  const strong = vowels.filter((v) => STRONG.has(v)).length
  if (strong > 0) return strong
  return 1 + vowels.filter((v, i) => i > 0 && v === vowels[i - 1]).length
}

/** Syllables of a stretch of letters (no digits). */
function letterSyllables(letters: string): number {
  const unit = UNITS[letters]
  if (unit) return wordSyllables(unit)
  const abbreviation = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  const spoken = wordSyllables(letters.toLowerCase())
  return abbreviation ? Math.max(letters.length, spoken) : spoken
}

function wordSyllables(lower: string): number {
  const w = lower
    .normalize('NFC')
    .replace(/q[uü]/g, 'q')
    .replace(/gu(?=[eéií])/g, 'g')
    .replace(/h/g, '')
    // y is a vowel at the end of a word or before a consonant (muy, buey, y), a consonant before a vowel (ma-yo).
    .replace(/y(?![aeiouáéíóúü])/g, 'i')
  const runs = w.match(/[aeiouáéíóúü]+/g) ?? []
  return Math.max(1, runs.reduce((sum, run) => sum + nucleiInRun(run), 0))
}

const UNITS_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve']
const TWENTIES = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos']

/** A whole number below a million as it is read aloud, or null beyond that. */
export function spellNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return null
  if (n < 10) return UNITS_WORDS[n]!
  if (n < 20) return TEENS[n - 10]!
  if (n < 30) return TWENTIES[n - 20]!
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ` y ${UNITS_WORDS[n % 10]}` : '')
  if (n === 100) return 'cien'
  if (n < 1000) return HUNDREDS[Math.floor(n / 100)]! + (n % 100 ? ` ${spellNumber(n % 100)}` : '')
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  return (thousands === 1 ? 'mil' : `${spellNumber(thousands)} mil`) + (rest ? ` ${spellNumber(rest)}` : '')
}

/** A numeral ("40", "3,5", "3.5") as spoken: the whole part by name, then "coma" and each decimal digit. */
function numeralSyllables(numeral: string): number {
  const [whole = '', ...fractions] = numeral.split(/[.,]/)
  const spokenWhole = spellNumber(Number(whole))
  let syllables = spokenWhole ? phraseSyllables(spokenWhole) : 2 * whole.length
  for (const fraction of fractions) syllables += 2 + [...fraction].reduce((sum, d) => sum + wordSyllables(UNITS_WORDS[Number(d)] ?? 'cero'), 0)
  return syllables
}

const phraseSyllables = (phrase: string): number => phrase.split(' ').reduce((sum, w) => sum + wordSyllables(w), 0)

/**
 * Syllables of one word as splitWords gives it: letters, a numeral, or a hyphenated compound
 * ("metal-metal", "44-66"), whose parts are counted and whose dash between two numbers is read "a".
 */
export function countSpanishSyllables(word: string): number {
  const parts = word.split(/[-–]/).filter((p) => p !== '')
  let syllables = 0
  parts.forEach((part, i) => {
    if (i > 0 && /^\d/.test(part) && /\d$/.test(parts[i - 1]!)) syllables += 1
    // A part can mix letters and digits ("H1"): count each stretch on its own.
    for (const piece of part.match(/\d+(?:[.,]\d+)*|[^\d.,'’]+/gu) ?? []) {
      syllables += /^\d/.test(piece) ? numeralSyllables(piece) : letterSyllables(piece)
    }
  })
  return Math.max(1, syllables)
}

// As readability.ts's word pattern, and a decimal comma joins digits ("3,5" is one word, as "3.5" is).
const WORD = /[\p{L}\p{N}]+(?:(?:['’.\-–]|,(?=\p{N}))[\p{L}\p{N}]+)*/gu

export function splitSpanishWords(text: string): string[] {
  return text.match(WORD) ?? []
}

export interface SpanishReadability {
  readonly sentences: number
  readonly words: number
  readonly syllables: number
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale. */
  readonly szigriszt: number
  readonly inflesz: InfleszBand
  readonly fernandezHuerta: number
}

export type InfleszBand = 'very hard' | 'somewhat hard' | 'normal' | 'fairly easy' | 'very easy'

/** INFLESZ bands for patient texts (Barrio-Cantalejo et al. 2008): <40, 40-55, 55-65, 65-80, >80. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'very hard'
  if (score < 55) return 'somewhat hard'
  if (score < 65) return 'normal'
  if (score <= 80) return 'fairly easy'
  return 'very easy'
}

export function spanishReadability(text: string): SpanishReadability {
  const sentences = Math.max(1, splitSentences(text).length)
  const wordList = splitSpanishWords(text)
  const words = Math.max(1, wordList.length)
  const syllables = wordList.reduce((sum, w) => sum + countSpanishSyllables(w), 0)
  const szigriszt = 206.835 - 62.3 * (syllables / words) - words / sentences
  const fernandezHuerta = 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)
  return { sentences, words, syllables, szigriszt, inflesz: infleszBand(szigriszt), fernandezHuerta }
}

export const szigrisztPazos = (text: string): number => spanishReadability(text).szigriszt
