/**
 * Starts what the first 3D frame needs while the page renders its text: the scene's code and
 * the first model file download side by side, instead of one after the other. No three.js
 * here: the page's first bundle calls this (src/main.tsx) when the browser has WebGL.
 */
import { FIRST_MODEL, startModelDownload } from './model-download'

export const loadHipScene = () => import('./HipScene')

export function preloadFirstView(): void {
  // A failure shows where the scene is used (the 3D view's error panel), not here.
  loadHipScene().catch(() => undefined)
  startModelDownload(FIRST_MODEL)
}
