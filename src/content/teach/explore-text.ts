/** The words of the explore feature, keyed by language (each pack in src/content/i18n/<lang>/explore.ts). */
export interface ExploreText {
  readonly title: string
}
