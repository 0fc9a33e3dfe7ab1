/** The words of the present feature, keyed by language (each pack in src/content/i18n/<lang>/present.ts). */
export interface PresentText {
  readonly title: string
}
