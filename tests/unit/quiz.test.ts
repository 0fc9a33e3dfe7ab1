/** The self-test's logic: scoring, an attempt from start to results, and the scores kept on this device. */
import { describe, expect, it } from 'vitest'
import { STEP_IDS, type StepId } from '../../src/content/steps-index'
import { questionById, questionsOf, type QuestionId } from '../../src/content/teach/questions'
import type { QuestionSpec } from '../../src/content/teach/quiz-schema'
import { isBetter, isRight, scoreOf, type Answer } from '../../src/features/quiz/scoring'
import {
  answer,
  currentQuestion,
  finish,
  moveItem,
  next,
  sceneOf,
  scoreOfSession,
  shuffledSteps,
  startSession,
  stepsToReview,
} from '../../src/features/quiz/session'
import { QUIZ_RESULTS_KEY, loadResults, noResults, parseResults, saveResult, withResult } from '../../src/features/quiz/results-store'

/** The right answer to a question, and a wrong one. */
function rightAnswer(q: QuestionSpec): Answer {
  switch (q.kind) {
    case 'find':
      return { kind: 'find', structure: q.structure }
    case 'choice':
      return { kind: 'choice', option: q.correct }
    case 'order':
      return { kind: 'order', steps: q.steps }
    case 'next':
      return { kind: 'next', step: q.answer }
  }
}
function wrongAnswer(q: QuestionSpec): Answer {
  switch (q.kind) {
    case 'find':
      return { kind: 'find', structure: q.structure === 'femur' ? 'pelvis' : 'femur' }
    case 'choice':
      return { kind: 'choice', option: q.options.find((o) => o !== q.correct)! }
    case 'order':
      return { kind: 'order', steps: [...q.steps].reverse() }
    case 'next':
      return { kind: 'next', step: q.options.find((o) => o !== q.answer)! }
  }
}

const q = (id: QuestionId) => questionById(id)

describe('scoring', () => {
  it('judges each kind', () => {
    for (const id of questionsOf('femoral-head')) {
      expect(isRight(q(id), rightAnswer(q(id))), id).toBe(true)
      expect(isRight(q(id), wrongAnswer(q(id))), id).toBe(false)
    }
    expect(isRight(q('hip-neck-shaft-angle'), undefined)).toBe(false)
    // An answer of another kind is never right.
    expect(isRight(q('hip-neck-shaft-angle'), { kind: 'next', step: 'incision' })).toBe(false)
  })

  it('accepts the femoral cartilage for the femoral head only when it was touched there', () => {
    const head = q('hip-find-head')
    expect(isRight(head, { kind: 'find', structure: 'femoral-head', part: 'femur' })).toBe(true)
    expect(isRight(head, { kind: 'find', structure: 'cartilage', part: 'cartilage-femoral' })).toBe(true)
    expect(isRight(head, { kind: 'find', structure: 'cartilage', part: 'cartilage-acetabular' })).toBe(false)
    expect(isRight(head, { kind: 'find', structure: 'cartilage' })).toBe(false)
    expect(isRight(head, { kind: 'find', structure: 'acetabulum', part: 'pelvis' })).toBe(false)
  })

  it('an order is right only in full', () => {
    const order = q('head-order') as Extract<QuestionSpec, { kind: 'order' }>
    expect(isRight(order, { kind: 'order', steps: order.steps.slice(0, -1) })).toBe(false)
    expect(isRight(order, { kind: 'order', steps: moveItem(order.steps, 1, 1) })).toBe(false)
  })

  it('scores a set and compares scores', () => {
    const qs = questionsOf('the-hip').map(q)
    const answers = Object.fromEntries(qs.map((x, i) => [x.id, i === 0 ? wrongAnswer(x) : rightAnswer(x)]))
    expect(scoreOf(qs, answers)).toEqual({ right: qs.length - 1, total: qs.length })
    expect(scoreOf(qs, {})).toEqual({ right: 0, total: qs.length })
    expect(isBetter({ right: 3, total: 4 }, { right: 2, total: 4 })).toBe(true)
    expect(isBetter({ right: 2, total: 4 }, { right: 3, total: 4 })).toBe(false)
    expect(isBetter({ right: 4, total: 8 }, { right: 2, total: 4 })).toBe(true)
    expect(isBetter({ right: 0, total: 4 }, undefined)).toBe(true)
  })
})

describe('an attempt', () => {
  it('practice: each answer shows feedback first, then the next question, then the results', () => {
    let s = startSession('socket', 'practice', 7)
    expect(s.questions).toEqual(questionsOf('socket'))
    const ids = s.questions
    for (let i = 0; i < ids.length; i++) {
      expect(s.phase).toBe('asking')
      expect(currentQuestion(s).id).toBe(ids[i])
      const question = currentQuestion(s)
      s = answer(s, i % 2 === 0 ? rightAnswer(question) : wrongAnswer(question))
      expect(s.phase).toBe('feedback')
      // A second answer to the same question changes nothing.
      expect(answer(s, wrongAnswer(question))).toBe(s)
      s = next(s)
    }
    expect(s.phase).toBe('done')
    expect(scoreOfSession(s)).toEqual({ right: Math.ceil(ids.length / 2), total: ids.length })
    // The steps to review are those teaching the missed questions, once each, in the operation's order.
    const missed = ids.filter((_, i) => i % 2 === 1).map((id) => q(id).teaches)
    expect(stepsToReview(s)).toEqual([...new Set(missed)].sort((a, b) => stepIndex(a) - stepIndex(b)))
    expect(next(s)).toBe(s)
  })

  it('test: answers move straight on, with no feedback, and the last one ends it', () => {
    let s = startSession('after', 'test')
    const n = s.questions.length
    for (let i = 0; i < n; i++) {
      expect(s.phase).toBe('asking')
      expect(s.index).toBe(i)
      s = answer(s, rightAnswer(currentQuestion(s)))
    }
    expect(s.phase).toBe('done')
    expect(scoreOfSession(s)).toEqual({ right: n, total: n })
    expect(stepsToReview(s)).toEqual([])
  })

  it('finishing early counts the unanswered questions as wrong', () => {
    let s = startSession('opening', 'test')
    s = answer(s, rightAnswer(currentQuestion(s)))
    s = finish(s)
    expect(s.phase).toBe('done')
    expect(scoreOfSession(s)).toEqual({ right: 1, total: questionsOf('opening').length })
  })

  it('the whole operation has its own questions', () => {
    const s = startSession('operation', 'test')
    expect(currentQuestion(s).id).toBe('operation-order')
    expect(new Set(s.questions.map((id) => q(id).chapter)).size).toBeGreaterThanOrEqual(6)
  })

  it('shows each question in its step', () => {
    expect(sceneOf(q('opening-find-sciatic'))).toBe('exposure')
    expect(sceneOf(q('socket-next'))).toBe('acetabular-reaming')
    expect(sceneOf(q('head-cap-fixation'))).toBe('cap-cementing')
  })

  it('shuffles an order question the same way within an attempt, never already solved', () => {
    const order = q('operation-order') as Extract<QuestionSpec, { kind: 'order' }>
    const seen = new Set<string>()
    for (let seed = 0; seed < 50; seed++) {
      const shown = shuffledSteps(order, seed)
      expect(shown).toEqual(shuffledSteps(order, seed))
      expect([...shown].sort()).toEqual([...order.steps].sort())
      expect(shown).not.toEqual(order.steps)
      seen.add(shown.join())
    }
    expect(seen.size, 'different attempts see different orders').toBeGreaterThan(5)
  })

  it('moves an item up or down, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})

const stepIndex = (id: StepId) => STEP_IDS.indexOf(id)

/** A Storage in memory; `broken` throws as blocked or full storage does. */
function memoryStorage(broken: 'none' | 'read' | 'write' = 'none'): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => {
      if (broken === 'read') throw new Error('SecurityError')
      return data.get(k) ?? null
    },
    setItem: (k, v) => {
      if (broken === 'write') throw new Error('QuotaExceededError')
      data.set(k, v)
    },
    removeItem: (k) => void data.delete(k),
  }
}

describe('scores kept on this device', () => {
  it('keeps the best and the latest score per set, under its own key', () => {
    const store = memoryStorage()
    saveResult('socket', { right: 3, total: 5 }, store)
    saveResult('socket', { right: 2, total: 5 }, store)
    saveResult('after', { right: 3, total: 3 }, store)
    expect(loadResults(store).sets).toEqual({
      socket: { best: { right: 3, total: 5 }, last: { right: 2, total: 5 } },
      after: { best: { right: 3, total: 3 }, last: { right: 3, total: 3 } },
    })
    expect(JSON.parse(store.getItem(QUIZ_RESULTS_KEY)!).version).toBe(1)
    saveResult('socket', { right: 5, total: 5 }, store)
    expect(loadResults(store).sets.socket?.best).toEqual({ right: 5, total: 5 })
  })

  it('reads missing, corrupt, foreign and other-version values as no scores', () => {
    expect(parseResults(null)).toEqual(noResults)
    expect(parseResults('{not json')).toEqual(noResults)
    expect(parseResults('[]')).toEqual(noResults)
    expect(parseResults(JSON.stringify({ version: 2, sets: { socket: { best: { right: 1, total: 2 }, last: { right: 1, total: 2 } } } }))).toEqual(noResults)
    expect(parseResults('x'.repeat(20_000))).toEqual(noResults)
  })

  it('drops entries field by field: impossible scores and unknown sets', () => {
    const raw = JSON.stringify({
      version: 1,
      sets: {
        socket: { best: { right: 4, total: 3 }, last: { right: 1, total: 3 } },
        after: { best: { right: 2, total: 3 }, last: { right: 2, total: 3 } },
        spleen: { best: { right: 1, total: 1 }, last: { right: 1, total: 1 } },
        opening: { best: { right: -1, total: 3 }, last: { right: 1, total: 3 } },
        'the-hip': { best: { right: 1, total: 0 }, last: { right: 0, total: 0 } },
      },
    })
    expect(parseResults(raw).sets).toEqual({ after: { best: { right: 2, total: 3 }, last: { right: 2, total: 3 } } })
  })

  it('survives blocked or full storage', () => {
    expect(loadResults(memoryStorage('read'))).toEqual(noResults)
    expect(loadResults(null)).toEqual(noResults)
    const results = saveResult('socket', { right: 1, total: 5 }, memoryStorage('write'))
    expect(results.sets.socket?.best).toEqual({ right: 1, total: 5 })
    expect(withResult(noResults, 'opening', { right: 2, total: 5 }).sets.opening?.last).toEqual({ right: 2, total: 5 })
  })
})
