import { describe, expect, it } from 'vitest'
import { knownInaccuracies } from './known-inaccuracies'

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
