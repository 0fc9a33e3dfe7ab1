/** Every interface string, in English. Keys here are the keys every language must give. */
export const ui = {
  appName: 'Resurface',
  nextStep: 'Next step',
  previousStep: 'Previous step',
} as const

export type UiKey = keyof typeof ui
