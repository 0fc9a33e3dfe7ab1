/**
 * The lay description's known inaccuracies (FACTS.md section 2), as one rule every content test
 * applies: what a sentence breaks, empty when it is clean. The corrections themselves ("not less
 * invasive", "no screws") pass. `knownInaccuraciesEs` is the same rule for the Spanish pack.
 */
export function knownInaccuracies(sentence: string): string[] {
  const found: string[] = []
  if (/less invasive/i.test(sentence) && !/not less invasive/i.test(sentence)) found.push('calls it less invasive')
  if (/\b(the|one) metal implant\b/i.test(sentence)) found.push('the implant as one metal piece')
  if (/cement or screws/i.test(sentence)) found.push('"cement or screws"')
  if (/remov(e[sd]?|ing) the damaged bone/i.test(sentence)) found.push('"removes the damaged bone"')
  if (/screw/i.test(sentence) && !/\b(no|not|only)\b/i.test(sentence)) found.push('screws as if they were used')
  return found
}

// JavaScript's \b knows only ASCII letters; these bounds know á, é, ñ.
const word = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu')

/**
 * The same inaccuracies in Spanish: "menos invasiva" unless denied ("no es menos invasiva", "no
 * ... menos invasivo"), "el/un implante metálico" (one piece), "cemento o tornillos", "quita /
 * retira / elimina / saca el hueso dañado", and screws ("tornillo") in a sentence without "no",
 * "sin" or "solo".
 */
export function knownInaccuraciesEs(sentence: string): string[] {
  const found: string[] = []
  if (/menos invasiv/i.test(sentence) && !word('no').test(sentence.slice(0, sentence.search(/menos invasiv/i)))) found.push('calls it less invasive')
  if (word('(el|un) implante metálico').test(sentence)) found.push('the implant as one metal piece')
  if (/cemento\s+(o|u|y\/o)\s+tornillos?/i.test(sentence)) found.push('"cemento o tornillos"')
  if (word('(quit|retir|elimin|sac|extirp)\\p{L}*( también)? el hueso dañado').test(sentence)) found.push('"quita el hueso dañado"')
  if (/tornillo/i.test(sentence) && !word('no|sin|solo|sólo|ningún|ninguno').test(sentence)) found.push('screws as if they were used')
  return found
}
