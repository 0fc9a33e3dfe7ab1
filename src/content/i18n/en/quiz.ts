import type { QuizText } from '../../teach/quiz-text'

export const quiz: QuizText = { title: 'Test yourself' }
