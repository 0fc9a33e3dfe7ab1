import { describe, expect, it } from 'vitest'
import { knownInaccuracies, knownInaccuraciesEs } from './known-inaccuracies'

describe('the known-inaccuracy rule itself', () => {
  it('catches each wording of FACTS.md section 2 and lets the corrections through', () => {
    expect(knownInaccuracies('It is less invasive than a total hip.')).not.toEqual([])
    expect(knownInaccuracies('The metal implant is fixed with cement or screws.').length).toBeGreaterThanOrEqual(2)
    expect(knownInaccuracies('One metal implant covers the ball.')).not.toEqual([])
    expect(knownInaccuracies('The surgeon removes the damaged bone.')).not.toEqual([])
    expect(knownInaccuracies('Removing the damaged bone comes first.')).not.toEqual([])
    expect(knownInaccuracies('Two screws hold the cup.')).not.toEqual([])
    expect(knownInaccuracies('It is not less invasive. The cup needs no screws.')).toEqual([])
  })
})

describe('the Spanish known-inaccuracy rule', () => {
  it.each([
    ['Es menos invasiva que un reemplazo total de cadera.', 'calls it less invasive'],
    ['Una cirugía menos invasiva, con una cicatriz pequeña.', 'calls it less invasive'],
    ['El implante metálico tiene un casquete y un vástago.', 'the implant as one metal piece'],
    ['Se coloca un implante metálico sobre la bola.', 'the implant as one metal piece'],
    ['Se fija con cemento o tornillos especiales.', '"cemento o tornillos"'],
    ['Su cirujano quita el hueso dañado y el cartílago.', '"quita el hueso dañado"'],
    ['Primero se retira el hueso dañado.', '"quita el hueso dañado"'],
    ['El cirujano elimina el hueso dañado.', '"quita el hueso dañado"'],
    ['Luego se eliminan también el hueso dañado y el cartílago.', '"quita el hueso dañado"'],
    ['Dos tornillos sujetan la copa.', 'screws as if they were used'],
  ])('catches "%s"', (sentence, rule) => {
    expect(knownInaccuraciesEs(sentence)).toContain(rule)
  })

  it('lets the corrections through', () => {
    for (const sentence of [
      'La artroplastia de superficie no es menos invasiva que una ATC.',
      'No, no es una operación menos invasiva.',
      'La copa se sujeta sin cemento y sin tornillos.',
      'Los tornillos no son estándar: solo los admiten copas especiales.',
      'Su nueva cadera tiene dos partes: el casquete y la copa.',
      'Decir "implante metálico" no siempre es cierto.',
      'Se quita una capa fina de hueso, en parte sano.',
      // "no" inside another word ("nota", "noche") is no denial.
    ])
      expect(knownInaccuraciesEs(sentence), sentence).toEqual([])
    expect(knownInaccuraciesEs('Nota: es menos invasiva.')).toContain('calls it less invasive')
    expect(knownInaccuraciesEs('Esta noche se ponen tornillos.')).toContain('screws as if they were used')
  })
})
