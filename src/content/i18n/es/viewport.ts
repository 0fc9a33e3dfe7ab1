/**
 * Strings of the 3D view and its states (loading, errors, no WebGL), and of the parts of the
 * page fetched when first opened (src/ui/LazyPart.tsx). Part of `ui`.
 */
import type { viewport as englishViewport } from '../en/viewport'
export const viewport: Readonly<Record<keyof typeof englishViewport, string>> = {
  viewportLabel: '3D view of the hip',
  viewportLabelsList: 'Labels in the 3D view',
  viewportLoading: 'Loading the 3D hip model',
  viewportNoWebGLTitle: 'The 3D view is not available',
  viewportNoWebGLText:
    'This browser or device cannot show 3D graphics (WebGL is off or missing). Every step, its text and its labels still work below.',
  viewportErrorTitle: 'The 3D model did not load',
  viewportErrorText: 'The step text still works. Check your connection, then try again.',
  viewportRetry: 'Try again',
  viewportContextLostTitle: 'The 3D view paused',
  viewportContextLostText:
    'The graphics system stopped the 3D view (this can happen when a device is busy or wakes from sleep). It comes back by itself when the browser allows; if it does not, try again.',
  /** `{side}` and `{labels}` are filled in by the view. */
  viewportDescription: 'The hip seen from {side}. Labelled: {labels}.',
  viewportDescriptionNoLabels: 'The hip seen from {side}.',
  viewSideFront: 'the front',
  viewSideFrontSide: 'the front and the outer side',
  viewSideSide: 'the outer side',
  viewSideBackSide: 'behind and the outer side',
  viewSideBack: 'behind',
  viewSideInnerSide: 'the inner side',
  partLoadFailedTitle: 'This part did not load',
  partLoadFailedText: 'Check your connection, then reload. You will come back to this same place.',
  partLoadFailedReload: 'Reload',
}
