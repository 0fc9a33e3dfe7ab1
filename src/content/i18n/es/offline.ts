import type { OfflineText } from '../../reach/offline-text'

export const offline: OfflineText = {
  updateAvailable: 'Hay una versión nueva',
}
