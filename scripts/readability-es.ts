/**
 * Prints the INFLESZ (Szigriszt-Pazos) score of each step's Spanish patient text and their
 * average, measured as tests/unit/readability-es.test.ts measures them.
 * Run: npx tsx scripts/readability-es.ts
 */
import { es } from '../src/content/i18n/es'
import { STEP_IDS } from '../src/content/steps-index'
import { plainText } from '../src/lib/rich-text'
import { spanishReadability } from '../src/lib/readability-es'

const termFor = (id: string) => (es.glossary as Record<string, { term: string } | undefined>)[id]?.term
const rows = STEP_IDS.map((id) => ({ id, ...spanishReadability(es.steps[id].patient.map((p) => plainText(p.text, termFor)).join(' ')) }))
for (const r of rows)
  console.log(`${r.id.padEnd(22)} INFLESZ ${r.szigriszt.toFixed(1).padStart(5)} (${r.inflesz})  Fernández Huerta ${r.fernandezHuerta.toFixed(1)}  ${r.words} words, ${r.sentences} sentences`)
const average = rows.reduce((sum, r) => sum + r.szigriszt, 0) / rows.length
console.log(`average                INFLESZ ${average.toFixed(1).padStart(5)}`)
