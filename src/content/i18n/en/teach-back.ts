import type { TeachBackText } from '../../teach/teach-back-text'

export const teachBack: TeachBackText = { title: 'Check your understanding' }
