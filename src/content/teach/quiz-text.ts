/** The words of the quiz feature, keyed by language (each pack in src/content/i18n/<lang>/quiz.ts). */
export interface QuizText {
  readonly title: string
}
