/** The words of the teach-back feature, keyed by language (each pack in src/content/i18n/<lang>/teach-back.ts). */
export interface TeachBackText {
  readonly title: string
}
