/** The words of the explore feature, keyed by language (each pack in src/content/i18n/<lang>/explore.ts). */
export interface ExploreText {
  readonly title: string
  /** The focusable 3D view's accessible name. */
  readonly viewName: string
  /** How to use the keyboard in the 3D view (its accessible description, and shown while it has focus). */
  readonly keyboardHint: string
  /** The name card's close button (`{name}`: the structure's name). */
  readonly closeCard: string
  /** Said (polite live region) when the keyboard reaches a structure: `{name}: {meaning}`. */
  readonly announce: string
  /** Said instead during a self-test, which must not give the name away: `{n}` of `{total}`. */
  readonly announceInQuiz: string
  /** Said when the keyboard clears the name. */
  readonly cleared: string
}
