import type { ExploreText } from '../../teach/explore-text'

export const explore: ExploreText = { title: 'Touch to learn' }
