/** The words of the explore feature (touch a part to learn its name), in Spanish (es-419). Key names are kept as printed on the keys. */
import type { ExploreText } from '../../teach/explore-text'

export const explore: ExploreText = {
  title: 'Toque para aprender',
  viewName: 'Vista 3D de la cadera',
  keyboardHint:
    'Las flechas giran la vista. Las teclas + y - acercan y alejan. N nombra la parte siguiente que se ve, Shift y N la anterior. Escape cierra el nombre. El botón Vista inicial vuelve a la vista guiada.',
  closeCard: 'Cerrar: {name}',
  announce: '{name}: {meaning}',
  announceInQuiz: 'Parte {n} de {total} elegida.',
  cleared: 'Nombre cerrado.',
}
