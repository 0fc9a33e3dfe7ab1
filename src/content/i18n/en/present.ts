import type { PresentText } from '../../teach/present-text'

export const present: PresentText = { title: 'Presenter' }
