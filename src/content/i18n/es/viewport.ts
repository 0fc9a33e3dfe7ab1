/**
 * Strings of the 3D view and its states (loading, errors, no WebGL), and of the parts of the
 * page fetched when first opened (src/ui/LazyPart.tsx), in Spanish (es-419). Part of `ui`.
 */
import type { viewport as englishViewport } from '../en/viewport'
export const viewport: Readonly<Record<keyof typeof englishViewport, string>> = {
  viewportLabel: 'Vista 3D de la cadera',
  viewportLabelsList: 'Nombres en la vista 3D',
  viewportLoading: 'Cargando el modelo 3D de la cadera',
  viewportNoWebGLTitle: 'La vista 3D no está disponible',
  viewportNoWebGLText:
    'Este navegador o equipo no puede mostrar gráficos 3D (WebGL está apagado o no existe). Todos los pasos, con su texto y sus nombres, siguen funcionando abajo.',
  viewportErrorTitle: 'El modelo 3D no se cargó',
  viewportErrorText: 'El texto de los pasos sigue funcionando. Revise su conexión y vuelva a intentarlo.',
  viewportRetry: 'Reintentar',
  viewportContextLostTitle: 'La vista 3D se detuvo',
  viewportContextLostText:
    'El sistema de gráficos detuvo la vista 3D (puede pasar si el equipo está muy ocupado o sale del modo de reposo). Vuelve sola cuando el navegador lo permite; si no vuelve, intente de nuevo.',
  /** `{side}` and `{labels}` are filled in by the view. */
  viewportDescription: 'La cadera vista desde {side}. Con nombres: {labels}.',
  viewportDescriptionNoLabels: 'La cadera vista desde {side}.',
  viewSideFront: 'adelante',
  viewSideFrontSide: 'adelante y el lado de afuera',
  viewSideSide: 'el lado de afuera',
  viewSideBackSide: 'atrás y el lado de afuera',
  viewSideBack: 'atrás',
  viewSideInnerSide: 'el lado de adentro',
  partLoadFailedTitle: 'Esta parte no se cargó',
  partLoadFailedText: 'Revise su conexión y vuelva a cargar la página. Volverá a este mismo lugar.',
  partLoadFailedReload: 'Recargar',
}
