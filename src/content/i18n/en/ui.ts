/** Every interface string, in English. Keys here are the keys every language must give. */
import { viewport } from './viewport'

export const ui = {
  ...viewport,
  appName: 'Resurface',
  nextStep: 'Next step',
  previousStep: 'Previous step',
} as const

export type UiKey = keyof typeof ui
