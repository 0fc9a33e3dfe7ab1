/**
 * The lay description's known inaccuracies (FACTS.md section 2), as one rule every content test
 * applies: what a sentence breaks, empty when it is clean. The corrections themselves ("not less
 * invasive", "no screws") pass.
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
