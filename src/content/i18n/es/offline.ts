import type { OfflineText } from '../../reach/offline-text'

export const offline: OfflineText = {
  updateAvailable: 'Hay una versión nueva lista.',
  useUpdate: 'Usarla ahora',
  dismissUpdate: 'Ahora no',
  offlineReady: 'La aplicación Resurface ya está guardada en este dispositivo. Funciona sin conexión a internet.',
}
