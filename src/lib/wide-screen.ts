/**
 * Where the 3D view is the page's centre (desktop layout): its code and first model load beside
 * the first render. Its own module so vite.config.ts can read it without bundling the scene.
 */
export const WIDE_SCREEN = '(min-width: 900px)'
