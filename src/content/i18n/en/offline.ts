import type { OfflineText } from '../../reach/offline-text'

export const offline: OfflineText = {
  updateAvailable: 'A new version is ready.',
  useUpdate: 'Use it now',
  dismissUpdate: 'Not now',
  offlineReady: 'Resurface is now saved on this device. It works without the internet.',
}
