import type { OfflineText } from '../../reach/offline-text'

export const offline: OfflineText = {
  updateAvailable: 'Update available',
}
