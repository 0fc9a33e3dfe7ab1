/**
 * Prints the INFLESZ (Szigriszt-Pazos) score of each step's Spanish patient text and their
 * average, measured as tests/unit/readability-es.test.ts measures them; then, for the
 * translators, the patient pages measured the same way (not held to a limit by a test yet).
 * Run: npx tsx scripts/readability-es.ts
 */
import { es } from '../src/content/i18n/es'
import { STEP_IDS } from '../src/content/steps-index'
import { plainText } from '../src/lib/rich-text'
import { spanishReadability, type SpanishReadability } from '../src/lib/readability-es'
import { patientBlocks } from '../src/content/decide/patient-text'
import type { PageSection, Passage } from '../src/content/i18n/types'

const termFor = (id: string) => (es.glossary as Record<string, { term: string } | undefined>)[id]?.term
const prose = (passages: readonly Passage[]) => passages.map((p) => plainText(p.text, termFor)).join(' ')
const sectionProse = (s: PageSection) => prose([...s.body, ...(s.list ?? []), ...(s.after ?? [])])
const line = (name: string, r: SpanishReadability) =>
  `${name.padEnd(22)} INFLESZ ${r.szigriszt.toFixed(1).padStart(5)} (${r.inflesz})  Fernández Huerta ${r.fernandezHuerta.toFixed(1)}  ${r.words} words, ${r.sentences} sentences`

const rows = STEP_IDS.map((id) => ({ id, ...spanishReadability(prose(es.steps[id].patient)) }))
for (const r of rows) console.log(line(r.id, r))
const average = rows.reduce((sum, r) => sum + r.szigriszt, 0) / rows.length
console.log(`${'average'.padEnd(22)} INFLESZ ${average.toFixed(1).padStart(5)}`)

const { welcome, questions, recovery } = es.pages
const pages: Record<string, string> = {
  welcome: [prose(welcome.lead), ...[welcome.whoFor, welcome.howTo, welcome.notice, welcome.about].map(sectionProse)].join(' '),
  decide: patientBlocks(es.decide)
    .map((b) => prose(b.passages))
    .join(' '),
  questions: [prose(questions.intro), prose(questions.items), sectionProse(questions.teachBack)].join(' '),
  recovery: [prose(recovery.intro), prose(recovery.stages.map((s) => s.text)), sectionProse(recovery.precautions), prose(recovery.note)].join(' '),
  glossary: Object.values(es.glossary)
    .map((e) => e.definition)
    .join(' '),
}
console.log('\npatient pages')
for (const [name, text] of Object.entries(pages)) console.log(line(name, spanishReadability(text)))
