import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { WIDE_SCREEN } from './src/lib/wide-screen'

/**
 * The production build's Content-Security-Policy: everything from the page's own origin, no
 * inline script or style, no eval, nothing from any other origin.
 * - `'wasm-unsafe-eval'` lets the page compile WebAssembly, and only that: the meshopt decoder
 *   that unpacks the compressed models is a small WebAssembly module shipped inside three.js.
 *   It does not allow `eval()`, `new Function()` or string timers in JavaScript.
 * - `require-trusted-types-for 'script'`: no code path may write HTML or script strings into
 *   the DOM. The one script URL the page hands the browser, the service worker's, goes through
 *   a Trusted Types policy that allows that URL only (src/features/offline/service-worker.ts).
 * - `worker-src 'self'`: the service worker that keeps the app working offline, from the
 *   page's own origin (`manifest-src 'self'`: its web manifest).
 * - `frame-ancestors` cannot be set from a meta tag; a host that sends headers should add
 *   `frame-ancestors 'self'` and the clinic origins that embed it (README: "Embedding Resurface").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
].join('; ')

/**
 * Writes the policy into the built page only (the dev server's hot reload needs inline code),
 * right after the charset so it covers every script and style the page names.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />'
  return {
    name: 'resurface:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(charset)) throw new Error(`index.html must start its head with ${charset}`)
        const policy = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
      },
    },
  }
}

/**
 * On a wide screen the 3D view is the page's centre, so the built page asks for the scene's
 * code and the first model as soon as it is parsed, beside the page's own script. On a phone
 * (narrower than the side-by-side layout) these hints do not apply: the text comes first and
 * the 3D view is fetched when the page is idle (src/scene/preload.ts).
 */
function preloadFirstView(): Plugin {
  const WIDE = WIDE_SCREEN
  return {
    name: 'resurface:preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {})
        const scene = files.find((f) => f.type === 'chunk' && f.name === 'HipScene')
        const model = files.find((f) => f.type === 'asset' && f.names.includes('hip.glb'))
        if (!scene || !model) throw new Error('preload-first-view: the HipScene chunk or hip.glb is missing from the build')
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', href: `./${scene.fileName}`, media: WIDE }, injectTo: 'head' },
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', type: 'model/gltf-binary', crossorigin: 'anonymous', href: `./${model.fileName}`, media: WIDE },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}

/**
 * R3F's `<Canvas>` calls `extend(THREE)` on the whole three.js namespace, which keeps all of
 * three.js in the first 3D bundle whatever the scene uses. This removes that call (and the
 * namespace import) from R3F's browser entry; src/scene/three-catalogue.ts registers the
 * classes the scene names instead. The build fails if R3F's entry no longer has the two lines,
 * so an upgrade cannot silently bring the whole namespace back or drop the registration.
 */
export function threeCatalogueForFiber(): Plugin {
  const namespaceImport = "import * as THREE from 'three';"
  const registerAll = 'React.useMemo(() => extend(THREE), []);'
  return {
    name: 'resurface:three-catalogue-for-fiber',
    transform(code, id) {
      if (!/[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(id)) return null
      if (!code.includes(namespaceImport) || !code.includes(registerAll)) {
        throw new Error('three-catalogue-for-fiber: R3F\'s entry changed; check how its <Canvas> registers three.js')
      }
      return { code: code.replace(namespaceImport, '').replace(registerAll, ''), map: null }
    },
  }
}

/** The web manifest's colours: the header's navy (index.html's theme-color) and the page's background (tokens.css). */
const THEME_COLOUR = '#0f2233'
const BACKGROUND_COLOUR = '#f3f6f9'

/**
 * Offline and installable: a web manifest, and a service worker (Workbox's, generated at build
 * time) that keeps a copy of every file of the build, models and language packs included, so a
 * second visit, or any link into the app (`?step=guide-pin&lang=es`), works without a network.
 * Every URL is relative (`base: './'`): the worker's scope is the folder the app is served from.
 * - `injectRegister: false`: the plugin writes no script into the page (the CSP forbids inline
 *   script); the app registers the worker from its own code, once its first view is up
 *   (src/features/offline/register.ts).
 * - `registerType: 'prompt'`: a new version waits until the person chooses to use it; the page
 *   never reloads by itself.
 * - `clientsClaim`: the first worker takes charge of the page that installed it, so that page's
 *   later downloads (another step's model) already come from the copy. An update's worker only
 *   activates when the person asks for it, and the page then reloads.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    // The icons are among the files below already (and the plugin adds the manifest itself).
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Resurface',
      short_name: 'Resurface',
      description: 'A calm, step-by-step 3D walkthrough of hip resurfacing surgery for patients and students.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: BACKGROUND_COLOUR,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Every kind of file the build has: code, styles, the page, images, the step previews,
      // the models and the meshopt decoder. tests/e2e/offline.test.ts checks none is left out.
      globPatterns: ['**/*.{js,css,html,svg,png,jpg,glb,wasm,woff2}'],
      // Workbox skips files over 2 MiB with only a warning; the 3D scene's chunk is about 1 MB and
      // the largest model under 0.5 MB, so 8 MiB leaves room without letting anything drop out.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Any navigation inside the scope, whatever its query (`?step=guide-pin&lang=es`), gets the
      // one page; the app reads the query itself.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
    },
  })
}

// `base: './'` makes the build work from any static server and from any sub-path.
export default defineConfig({
  base: './',
  plugins: [threeCatalogueForFiber(), react(), contentSecurityPolicy(), preloadFirstView(), offlineApp()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The 3D scene (three.js + drei) is one lazily loaded chunk of about 1 MB; the page's text
    // and navigation are in the small entry chunk and do not wait for it.
    chunkSizeWarningLimit: 1200,
  },
})
